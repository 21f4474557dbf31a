package io.arsim.importer.observed.azure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One route a route server instance learned from, or advertised to, a peer, as Azure shows it (or one
 * path of a virtual network gateway's learned routes).
 *
 * @param instance the instance the route is on ({@code RouteServiceRole_IN_0} or {@code _IN_1}); empty
 *     for PowerShell's output, which merges both instances (use {@code localAddress} to tell them apart)
 * @param localAddress the instance's own address
 * @param network the prefix
 * @param nextHop the next hop; null for a gateway's own prefixes (origin {@code Network}), which have none
 * @param sourcePeer the peer the route was learned from; null for advertised routes, which have none
 * @param origin Azure's origin label: {@code EBgp}, {@code IBgp}, {@code Igp}, or a gateway's {@code Network}
 * @param asPath the AS path
 * @param weight the weight Azure shows (32768 for learned routes, 0 for advertised ones in the docs' samples)
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record ObservedRouteServerRoute(
    String instance,
    Ipv4Address localAddress,
    Ipv4Prefix network,
    @Nullable Ipv4Address nextHop,
    @Nullable Ipv4Address sourcePeer,
    String origin,
    AsPath asPath,
    long weight) {

  public ObservedRouteServerRoute {
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(localAddress, "localAddress");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(asPath, "asPath");
  }
}
