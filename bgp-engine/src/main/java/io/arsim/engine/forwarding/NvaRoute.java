package io.arsim.engine.forwarding;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One route of an NVA's own routing table.
 *
 * @param prefix the destination prefix
 * @param kind where the route comes from
 * @param distance its administrative distance
 * @param nextHop the next-hop address, if the route has one
 * @param egress where it sends the traffic, once its next hop is resolved
 * @param origin who put it there, in words ("static route", "eBGP from rs-hub/IN_0 [65515]")
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record NvaRoute(Ipv4Prefix prefix, Kind kind, int distance, @Nullable Ipv4Address nextHop, Egress egress,
    String origin) {

  public NvaRoute {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(egress, "egress");
    Objects.requireNonNull(origin, "origin");
  }

  /** Where a route comes from. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public enum Kind {
    /** A NIC's subnet, a tunnel's far end. */
    CONNECTED,
    /** One of the NVA's own addresses (NIC, loopback, tunnel). */
    LOCAL,
    /** A configured static route. */
    STATIC,
    /** A BGP route learned over eBGP. */
    EBGP,
    /** A BGP route learned over iBGP. */
    IBGP,
    /** The default route Azure's DHCP gives the primary NIC. */
    DEFAULT_GATEWAY
  }

  /** "10.0.0.0/8 via 10.1.2.1 (static route, distance 1) out of fw1-trust". */
  public String describe() {
    return prefix + (nextHop == null ? "" : " via " + nextHop) + " (" + origin + ", distance " + distance + ") "
        + egress.describe();
  }
}
