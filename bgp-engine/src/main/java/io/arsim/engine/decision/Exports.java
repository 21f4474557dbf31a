package io.arsim.engine.decision;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.bgp.Community;
import io.arsim.core.bgp.PathAttributes;
import io.arsim.engine.bgp.Neighbor;
import io.arsim.engine.bgp.Node;
import org.apiguardian.api.API;

/**
 * The export rules every BGP router applies (RFC 4271 section 5.1, RFC 1997), shared by the
 * engine's NVAs and by extension speakers (gateways, on-premises routers), so each behaviour states
 * only what is its own.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class Exports {
  private Exports() {}

  /** Whether the session toward {@code to} is eBGP (the neighbour's ASN differs from the node's). */
  public static boolean ebgp(Node self, Neighbor to) {
    return !to.peerAsn().equals(self.asn());
  }

  /**
   * Whether well-known communities stop the path toward {@code to}: NO_ADVERTISE toward every peer,
   * NO_EXPORT toward eBGP peers (RFC 1997).
   */
  public static boolean withheld(Node self, Neighbor to, PathAttributes attributes) {
    return attributes.communities().contains(Community.NO_ADVERTISE)
        || (ebgp(self, to) && attributes.communities().contains(Community.NO_EXPORT));
  }

  /**
   * The route as it goes on the wire after the export policies: toward an eBGP peer the node's ASN
   * is prepended (RFC 4271 section 5.1.2); toward an iBGP peer the path is unchanged.
   */
  public static BgpRoute prependOnEbgp(Node self, Neighbor to, BgpRoute route) {
    if (!ebgp(self, to)) {
      return route;
    }
    return route.withAttributes(route.attributes().toBuilder()
        .asPath(route.attributes().asPath().prepend(self.asn())).build());
  }
}
