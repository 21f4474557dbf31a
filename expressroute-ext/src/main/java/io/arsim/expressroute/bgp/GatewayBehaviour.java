package io.arsim.expressroute.bgp;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.bgp.PathAttributes;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.engine.bgp.Candidate;
import io.arsim.engine.bgp.InboundRule;
import io.arsim.engine.bgp.Neighbor;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.NodeBehaviour;
import io.arsim.engine.bgp.Selection;
import io.arsim.engine.decision.Exports;
import io.arsim.engine.decision.FrrDecisionProcess;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * A virtual network gateway (ExpressRoute or VPN), ASN 65515:
 *
 * <ul>
 *   <li>toward the route server of its VNet (iBGP, 65515 on both sides, S32) it sends what it
 *       learned outside Azure (from the Microsoft edge or on-premises); the route server decides
 *       what goes further (branch-to-branch). An ExpressRoute gateway keeps the Microsoft edge's
 *       next hop (effective routes show a non-VNet address, S24, S26); a VPN gateway sets its own
 *       address (S26);
 *   <li>toward the Microsoft edge or on-premises (eBGP) it sends its VNet's prefixes (and those of
 *       spokes using it as remote gateway) plus what it learned from the route server, never what
 *       it learned outside Azure (no transit between circuits or connections); a VPN gateway never
 *       sends a default route (S7, S21);
 *   <li>a VPN gateway drops on-premises routes that exactly match its VNet's or a peered VNet's
 *       prefix (S21) and accepts at most 4,000 routes from an on-premises peer (S21).
 * </ul>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class GatewayBehaviour implements NodeBehaviour {
  /** Routes a VPN gateway accepts from one on-premises BGP peer (S21). */
  public static final int VPN_ROUTE_LIMIT = 4_000;

  private final boolean vpn;
  private final List<Ipv4Prefix> localAndPeered;
  private final java.util.Set<Ipv4Prefix> staticPrefixes;

  /**
   * @param vpn whether this is a VPN gateway (otherwise ExpressRoute)
   * @param localAndPeered its VNet's and peered VNets' prefixes (the VPN gateway's exact-match filter)
   * @param staticPrefixes on-premises prefixes of connections without BGP, which the gateway
   *     originates toward the route server (local network gateway prefixes, S4)
   */
  public GatewayBehaviour(boolean vpn, List<Ipv4Prefix> localAndPeered, List<Ipv4Prefix> staticPrefixes) {
    this.vpn = vpn;
    this.localAndPeered = List.copyOf(localAndPeered);
    this.staticPrefixes = java.util.Set.copyOf(staticPrefixes);
  }

  /** Whether the path came from outside Azure: learned over eBGP, or a static on-premises prefix. */
  private boolean outside(Candidate best) {
    return best.isLocal() ? staticPrefixes.contains(best.route().prefix()) : best.ebgp();
  }

  private static boolean ibgp(Node self, Neighbor n) {
    return n.peerAsn().equals(self.asn());
  }

  private static final Optional<InboundRule> OWN_ASN = new InboundRule("loop prevention", (self, from, route) ->
      "AS path [" + route.attributes().asPath() + "] holds the gateway's own ASN " + self.asn()
          + " (eBGP loop prevention)").asResult();

  private static final Optional<InboundRule> VNET_PREFIX = new InboundRule("VNet prefix filter", (self, from, route) ->
      route.prefix() + " exactly matches a prefix of the gateway's VNet or a peered VNet; a VPN gateway filters such"
          + " on-premises advertisements (supernets are accepted; vpn-gateway FAQ, S21)").asResult();

  @Override
  public Optional<InboundRule> inboundRule(Node self, Neighbor from, BgpRoute route) {
    if (ibgp(self, from)) {
      return Optional.empty();
    }
    if (InboundRule.loops(self.asn(), from, route)) {
      return OWN_ASN;
    }
    return vpn && localAndPeered.contains(route.prefix()) ? VNET_PREFIX : Optional.empty();
  }

  @Override
  public OptionalInt routeLimit(Node self, Neighbor from) {
    return vpn && !ibgp(self, from) ? OptionalInt.of(VPN_ROUTE_LIMIT) : OptionalInt.empty();
  }

  @Override
  public Selection select(Node self, Ipv4Prefix prefix, List<Candidate> candidates) {
    return FrrDecisionProcess.select(prefix, candidates, 1);
  }

  @Override
  public Optional<BgpRoute> advertise(Node self, Neighbor to, Selection selection) {
    Candidate best = selection.primary();
    if (best.peer().equals(to.peer())) {
      return Optional.empty();
    }
    PathAttributes attributes = best.route().attributes();
    if (Exports.withheld(self, to, attributes)) {
      return Optional.empty();
    }
    PathAttributes.Builder out = attributes.toBuilder().localPreference(PathAttributes.DEFAULT_LOCAL_PREFERENCE);
    if (ibgp(self, to)) {
      // Toward the route server: only what came from outside Azure.
      if (!outside(best)) {
        return Optional.empty();
      }
      if (vpn) {
        out.nextHop(to.localAddress());
      }
      return Optional.of(new BgpRoute(selection.prefix(), self.name(), out.build()));
    }
    // Toward the Microsoft edge or on-premises: own prefixes and what the route server sent.
    if (outside(best)) {
      return Optional.empty();
    }
    if (vpn && selection.prefix().equals(Ipv4Prefix.DEFAULT_ROUTE)) {
      return Optional.empty();
    }
    out.nextHop(to.localAddress()).noMed();
    return Optional.of(new BgpRoute(selection.prefix(), self.name(), out.build()));
  }

  @Override
  public boolean programsVms() {
    return true;
  }

  /**
   * What the gateway learned outside Azure, and the static prefixes of its non-BGP connections: an
   * ExpressRoute gateway programs the Microsoft edge's next hop (effective routes show a non-VNet
   * address, S24, S26), a VPN gateway its own address (S26).
   */
  @Override
  public List<Ipv4Address> programmedNextHops(Node self, Selection selection) {
    Candidate best = selection.primary();
    if (!outside(best)) {
      return List.of();
    }
    return List.of(vpn || best.isLocal() ? self.routerId() : best.route().attributes().nextHop());
  }

  @Override
  public BgpRoute afterExport(Node self, Neighbor to, BgpRoute route) {
    return Exports.prependOnEbgp(self, to, route);
  }
}
