package io.arsim.engine.trace;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What the BGP table of a router outside Azure's fabric decided for a packet at a hop: an
 * on-premises site, a branch, a Microsoft edge link. Such a router forwards by its best path for
 * the longest matching prefix, to that path's next hop.
 *
 * @param prefix the prefix of the path it followed
 * @param peer the speaker the path came from
 * @param nextHop the path's next hop, where the packet goes
 * @param asPath the path's AS path
 * @param equalPaths how many equal best paths the router holds for the prefix (more than one:
 *     ECMP, the trace fans out)
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record BgpForwarding(Ipv4Prefix prefix, String peer, Ipv4Address nextHop, AsPath asPath, int equalPaths) {

  public BgpForwarding {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(peer, "peer");
    Objects.requireNonNull(nextHop, "nextHop");
    Objects.requireNonNull(asPath, "asPath");
  }

  /** "10.0.0.0/16 via 192.168.100.2 (BGP from er-circuit/primary, AS path [12076])". */
  public String describe() {
    return prefix + " via " + nextHop + " (BGP from " + peer + ", AS path [" + asPath + "]"
        + (equalPaths > 1 ? "; ECMP: one of " + equalPaths + " equal paths" : "") + ")";
  }
}
