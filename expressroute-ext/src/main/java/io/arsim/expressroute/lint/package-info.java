/**
 * The ExpressRoute extension's lint rules: dual-homed designs with gateways and no as-override,
 * useRemoteGateways on a dual-homed spoke, branch-to-branch off, prefix counts near or over the
 * gateway and circuit limits, and VPN gateways that a route server cannot work with.
 */
@NullMarked
package io.arsim.expressroute.lint;

import org.jspecify.annotations.NullMarked;
