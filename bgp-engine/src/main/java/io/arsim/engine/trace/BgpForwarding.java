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

  /** The {@link #peer()} of a static route's forwarding (its AS path is empty). */
  public static final String STATIC = "static";

  /** Forwarding by a static route of the router ({@link io.arsim.engine.bgp.StaticRoute}), not by BGP. */
  public static BgpForwarding ofStatic(Ipv4Prefix prefix, Ipv4Address nextHop, int equalRoutes) {
    return new BgpForwarding(prefix, STATIC, nextHop, AsPath.EMPTY, equalRoutes);
  }

  /** Whether the router forwarded by a static route rather than a BGP path. */
  public boolean isStatic() {
    return peer.equals(STATIC);
  }

  /**
   * "10.0.0.0/16 via 192.168.100.2 (BGP from er-circuit/primary, AS path [12076])", or "10.1.0.0/16
   * via 10.1.254.4 (static route; ECMP: one of 2 equal routes)".
   */
  public String describe() {
    if (isStatic()) {
      return prefix + " via " + nextHop + " (static route"
          + (equalPaths > 1 ? "; ECMP: one of " + equalPaths + " equal routes" : "") + ")";
    }
    return prefix + " via " + nextHop + " (BGP from " + peer + ", AS path [" + asPath + "]"
        + (equalPaths > 1 ? "; ECMP: one of " + equalPaths + " equal paths" : "") + ")";
  }
}
