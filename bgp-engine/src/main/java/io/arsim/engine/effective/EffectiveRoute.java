package io.arsim.engine.effective;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One row of a NIC's effective routes, with the portal's columns.
 *
 * @param source Default, VirtualNetworkGateway or User
 * @param active whether the route is in use (the portal's State: Active or Invalid)
 * @param prefix the address prefix
 * @param nextHopType the next-hop type
 * @param nextHopIp the next-hop address (BGP routes and virtual appliances), if any
 * @param origin who put it there: the VNet, peering, route table and route, or the route server
 *     instances and BGP path it came from
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record EffectiveRoute(
    RouteSource source, boolean active, Ipv4Prefix prefix, NextHop nextHopType, @Nullable Ipv4Address nextHopIp,
    String origin) {

  /** The portal's State column. */
  public String state() {
    return active ? "Active" : "Invalid";
  }

  /** The next-hop address, if the route has one. */
  public Optional<Ipv4Address> nextHopAddress() {
    return Optional.ofNullable(nextHopIp);
  }

  /** This route with another state. */
  EffectiveRoute withActive(boolean value) {
    return new EffectiveRoute(source, value, prefix, nextHopType, nextHopIp, origin);
  }
}
