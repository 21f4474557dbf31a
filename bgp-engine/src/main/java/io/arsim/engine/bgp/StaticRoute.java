package io.arsim.engine.bgp;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A static route of a router outside Azure's fabric (a device with no BGP toward Azure): traces
 * forward by it as that router does; BGP never sees it (it is neither originated nor advertised).
 * Administrative distance as on FRR and IOS-XE: it wins over a BGP path of the same prefix.
 *
 * @param prefix the destination prefix
 * @param nextHop where the router sends packets for it (the address of another node: one route
 *     per next hop, several for ECMP)
 */
@API(status = EXPERIMENTAL, since = "0.3")
public record StaticRoute(Ipv4Prefix prefix, Ipv4Address nextHop) {

  public StaticRoute {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(nextHop, "nextHop");
  }
}
