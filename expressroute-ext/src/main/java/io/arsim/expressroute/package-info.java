/**
 * ExpressRoute for the engine: gateways and circuits (MSEE AS 12076), on-premises sites, VPN
 * gateways, branch-to-branch exchange, gateway prefix limits and their lint rules. Everything is
 * contributed through the engine's extension SPI; like the engine, it never reads files or prints.
 */
@NullMarked
package io.arsim.expressroute;

import org.jspecify.annotations.NullMarked;
