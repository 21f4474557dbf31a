/**
 * The resource kinds ExpressRoute adds to the topology file's {@code extensions} section:
 * ExpressRoute gateways and circuits, VPN gateways and on-premises sites, with their validation
 * rules (azure-route-server-facts.md sections 2.2, 4.2, 5).
 */
@NullMarked
package io.arsim.expressroute.model;

import org.jspecify.annotations.NullMarked;
