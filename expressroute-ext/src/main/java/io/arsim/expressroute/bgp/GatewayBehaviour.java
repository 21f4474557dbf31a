package io.arsim.expressroute.bgp;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.Asn;
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
import io.arsim.policy.spi.SpeakerKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * One instance of a virtual network gateway (ExpressRoute or VPN). Its neighbours are on the Azure
 * side (the route server's instances and the gateway's other instance) or outside Azure (the
 * Microsoft edge links of its circuits, on-premises sites, the gateway at the other end of a
 * VNet-to-VNet connection):
 *
 * <ul>
 *   <li>toward the Azure side it sends its VNet's address space with an empty AS path and itself as
 *       next hop (real-deployments R2), its static prefixes alike, and what it learned outside
 *       Azure: an ExpressRoute gateway keeps the Microsoft edge's next hop, a VPN gateway sets its
 *       own; the path is unchanged over iBGP (a gateway with another ASN than 65515 prepends it:
 *       eBGP, R2);
 *   <li>toward outside Azure it sends its VNet's address space (and useRemoteGateways spokes') and
 *       what it learned from the Azure side, never what it learned outside (no transit between
 *       circuits or connections); a VPN gateway never sends a default route (S7, S21);
 *   <li>a VPN gateway drops outside routes that exactly match its VNet's or a peered VNet's prefix
 *       (S21) and accepts at most 4,000 routes from an outside peer (S21);
 *   <li>an ExpressRoute gateway gives the Microsoft edge's routes weight 32769 (R2: how it prefers
 *       the circuit) and uses both links as equal paths;
 *   <li>it programs into VMs what it learned outside (an ExpressRoute gateway: the Microsoft edge
 *       links' addresses as next hops, one each; a VPN gateway: its own address), its static
 *       prefixes and its /32s to the BGP peers of its connections (its own address).
 * </ul>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class GatewayBehaviour implements NodeBehaviour {
  /** Routes a VPN gateway accepts from one on-premises BGP peer (S21). */
  public static final int VPN_ROUTE_LIMIT = 4_000;

  /** The weight an ExpressRoute gateway gives routes from the Microsoft edge (R2). */
  public static final int MICROSOFT_EDGE_WEIGHT = 32_769;

  private final boolean vpn;
  private final List<Ipv4Prefix> localAndPeered;
  private final Set<Ipv4Prefix> staticPrefixes;
  private final Set<Ipv4Prefix> hostRoutes;

  /**
   * @param vpn whether this is a VPN gateway (otherwise ExpressRoute)
   * @param localAndPeered its VNet's and peered VNets' prefixes (the VPN gateway's exact-match filter)
   * @param staticPrefixes prefixes it routes statically (sites without BGP, static VNet-to-VNet
   *     connections), which it originates toward the route server
   * @param hostRoutes the /32s to its BGP peers, programmed into VMs and never advertised
   */
  public GatewayBehaviour(boolean vpn, List<Ipv4Prefix> localAndPeered, List<Ipv4Prefix> staticPrefixes,
      List<Ipv4Prefix> hostRoutes) {
    this.vpn = vpn;
    this.localAndPeered = List.copyOf(localAndPeered);
    this.staticPrefixes = Set.copyOf(staticPrefixes);
    this.hostRoutes = Set.copyOf(hostRoutes);
  }

  /** Whether the neighbour is on the Azure side: a route server instance or the gateway's other instance. */
  private static boolean azureSide(Node self, Neighbor n) {
    return n.peerKind() == SpeakerKind.ROUTE_SERVER || n.peerAsn().equals(self.asn()) && n.peerKind() == self.kind();
  }

  /** Whether the path came from outside Azure: learned there, or one of the gateway's static prefixes. */
  private boolean outside(Node self, Candidate c) {
    if (c.isLocal()) {
      return staticPrefixes.contains(c.route().prefix()) || hostRoutes.contains(c.route().prefix());
    }
    return c.peerKind() != SpeakerKind.ROUTE_SERVER && !(c.peerAsn().equals(self.asn()) && c.peerKind() == self.kind());
  }

  private static final Optional<InboundRule> OWN_ASN = new InboundRule("loop prevention", (self, from, route) ->
      "AS path [" + route.attributes().asPath() + "] holds the gateway's own ASN " + self.asn()
          + " (eBGP loop prevention)").asResult();

  private static final Optional<InboundRule> VNET_PREFIX = new InboundRule("VNet prefix filter", (self, from, route) ->
      route.prefix() + " exactly matches a prefix of the gateway's VNet or a peered VNet; a VPN gateway filters such"
          + " on-premises advertisements (supernets are accepted; vpn-gateway FAQ, S21)").asResult();

  @Override
  public Optional<InboundRule> inboundRule(Node self, Neighbor from, BgpRoute route) {
    if (azureSide(self, from)) {
      return Optional.empty();
    }
    if (InboundRule.loops(self.asn(), from, route)) {
      return OWN_ASN;
    }
    return vpn && localAndPeered.contains(route.prefix()) ? VNET_PREFIX : Optional.empty();
  }

  @Override
  public OptionalInt routeLimit(Node self, Neighbor from) {
    return vpn && !azureSide(self, from) ? OptionalInt.of(VPN_ROUTE_LIMIT) : OptionalInt.empty();
  }

  @Override
  public int weight(Node self, Neighbor from, BgpRoute route) {
    return !vpn && from.peerAsn().equals(Asn.MICROSOFT_EDGE) ? MICROSOFT_EDGE_WEIGHT : 0;
  }

  /** An ExpressRoute gateway uses both links of a circuit as equal paths; a VPN gateway one path. */
  @Override
  public Selection select(Node self, Ipv4Prefix prefix, List<Candidate> candidates) {
    return FrrDecisionProcess.select(prefix, candidates, vpn ? 1 : 2);
  }

  @Override
  public Optional<BgpRoute> advertise(Node self, Neighbor to, Selection selection) {
    Candidate best = selection.primary();
    if (best.peer().equals(to.peer()) || hostRoutes.contains(selection.prefix())) {
      return Optional.empty();
    }
    PathAttributes attributes = best.route().attributes();
    if (Exports.withheld(self, to, attributes)) {
      return Optional.empty();
    }
    PathAttributes.Builder out = attributes.toBuilder().localPreference(PathAttributes.DEFAULT_LOCAL_PREFERENCE);
    boolean outside = outside(self, best);
    if (azureSide(self, to)) {
      // Toward the route server and the other instance: the VNet's space, the static prefixes and
      // what came from outside Azure, never what came from the Azure side.
      if (!best.isLocal() && !outside) {
        return Optional.empty();
      }
      if (vpn || best.isLocal()) {
        out.nextHop(to.localAddress());
      }
      return Optional.of(new BgpRoute(selection.prefix(), self.name(), out.build()));
    }
    // Toward outside Azure: the VNet's space and what the Azure side sent; no transit.
    if (outside) {
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
   * What the gateway learned outside Azure, its static prefixes and its /32s: an ExpressRoute
   * gateway programs the Microsoft edge links' addresses (one row each, real-deployments R2), a VPN
   * gateway its own address (S26, R2); nothing when a path from the Azure side is best.
   */
  @Override
  public List<Ipv4Address> programmedNextHops(Node self, Selection selection) {
    if (!outside(self, selection.primary())) {
      return List.of();
    }
    List<Ipv4Address> hops = new ArrayList<>(selection.best().size());
    for (Candidate c : selection.best()) {
      if (!outside(self, c)) {
        continue;
      }
      Ipv4Address hop = vpn || c.isLocal() ? self.routerId() : c.route().attributes().nextHop();
      if (!hops.contains(hop)) {
        hops.add(hop);
      }
    }
    return hops;
  }

  @Override
  public BgpRoute afterExport(Node self, Neighbor to, BgpRoute route) {
    return Exports.prependOnEbgp(self, to, route);
  }
}
