/**
 * The BGP behaviours of the ExpressRoute extension's speakers: virtual network gateways
 * (ExpressRoute and VPN), the Microsoft edge (MSEE, AS 12076) and on-premises routers.
 */
@NullMarked
package io.arsim.expressroute.bgp;

import org.jspecify.annotations.NullMarked;
