package io.arsim.engine.speaker;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.bgp.Community;
import io.arsim.core.bgp.PathAttributes;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.HubRoutingPreference;
import io.arsim.engine.bgp.Candidate;
import io.arsim.engine.bgp.EngineSettings;
import io.arsim.engine.bgp.InboundRule;
import io.arsim.engine.bgp.Neighbor;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.NodeBehaviour;
import io.arsim.engine.bgp.Selection;
import io.arsim.engine.decision.RouteServerDecisionProcess;
import io.arsim.policy.spi.SpeakerKind;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * One instance of Azure Route Server (azure-route-server-facts.md, Appendix B rules 1-5, refined by
 * what real deployments show, real-deployments.md R1):
 *
 * <ul>
 *   <li>inbound, a path that holds 65515 is rejected (S23a, S3, S9), except over the iBGP sessions
 *       with the VNet's gateways; a route whose next hop is the instance's own address is ignored
 *       (R1);
 *   <li>a peer may advertise at most {@link EngineSettings#routeServerRouteLimit()} routes,
 *       counted as routes held plus routes in the incoming update; more tears the session down
 *       (S1, S2, S31);
 *   <li>{@link RouteServerDecisionProcess}: hub routing preference, then AS-path length, equal
 *       lengths are ECMP; MED ignored;
 *   <li>toward NVAs it advertises its VNet's prefixes and those of VNets peered with
 *       useRemoteGateways as {@code [65515]}, other peers' paths as {@code [65515 ...]} with AS path
 *       and communities kept, gateway routes only with branch-to-branch, never a route carrying
 *       NO_ADVERTISE, never a peer's own route or a path holding the peer's ASN back to it; the next
 *       hop is the instance's own address (S1, S8, S24, S25, R1);
 *   <li>toward the gateways of its VNet (iBGP, only with branch-to-branch) it reflects like a route
 *       reflector: next hop and AS path unchanged, and never the VNet's own address space (R1).
 * </ul>
 */
@API(status = INTERNAL, since = "0.1")
public final class RouteServerBehaviour implements NodeBehaviour {
  private final HubRoutingPreference preference;
  private final boolean branchToBranch;
  private final EngineSettings settings;

  public RouteServerBehaviour(HubRoutingPreference preference, boolean branchToBranch, EngineSettings settings) {
    this.preference = preference;
    this.branchToBranch = branchToBranch;
    this.settings = settings;
  }

  /** Whether the route server exchanges routes with its VNet's gateways. */
  public boolean branchToBranch() {
    return branchToBranch;
  }

  private static final Optional<InboundRule> OWN_ASN = new InboundRule("loop prevention", (self, from, route) ->
      "AS path [" + route.attributes().asPath() + "] holds 65515, the route server's own ASN; Azure Route Server"
          + " drops such routes (eBGP loop prevention). as-override on the sender fixes it").asResult();

  private static final Optional<InboundRule> OWN_NEXT_HOP = new InboundRule("own next hop", (self, from, route) ->
      "the next hop " + route.attributes().nextHop() + " is this instance's own address; an instance ignores such a"
          + " route (the other instance, whose address differs, keeps it; real-deployments R1)").asResult();

  /**
   * Inbound: a path holding 65515 is dropped unless it comes over an iBGP session (a gateway of
   * the VNet); a route whose next hop is the instance's own address is ignored (real-deployments
   * R1: an NVA that passes the next hop on unchanged sends each instance's routes back to it).
   */
  @Override
  public Optional<InboundRule> inboundRule(Node self, Neighbor from, BgpRoute route) {
    if (!from.peerAsn().equals(Asn.AZURE_ROUTE_SERVER) && route.attributes().asPath().contains(Asn.AZURE_ROUTE_SERVER)) {
      return OWN_ASN;
    }
    return route.attributes().nextHop().equals(from.localAddress()) ? OWN_NEXT_HOP : Optional.empty();
  }

  @Override
  public OptionalInt routeLimit(Node self, Neighbor from) {
    return from.peerAsn().equals(Asn.AZURE_ROUTE_SERVER) ? OptionalInt.empty()
        : OptionalInt.of(settings.routeServerRouteLimit());
  }

  @Override
  public boolean resetsLocalPreference() {
    return false;
  }

  @Override
  public Selection select(Node self, Ipv4Prefix prefix, List<Candidate> candidates) {
    return RouteServerDecisionProcess.select(prefix, candidates, preference, settings.routeServerMaxEcmpPaths());
  }

  /**
   * What the instance sends {@code to} for a prefix:
   *
   * <ul>
   *   <li>toward a gateway of its VNet only with branch-to-branch, and never the VNet's own address
   *       space (the gateways hold it themselves, real-deployments R1);
   *   <li>one path of the ECMP set ({@link io.arsim.engine.bgp.EcmpAdvertisement}): not one the peer sent, not one whose
   *       AS path holds the peer's ASN (sender-side loop check: two NVAs sharing an ASN do not
   *       receive each other's routes, R1), not one carrying NO_ADVERTISE; gateway routes only with
   *       branch-to-branch;
   *   <li>toward an iBGP peer (a gateway with 65515) it reflects like a route reflector: next hop
   *       and AS path unchanged (R1); toward eBGP peers (NVAs) the next hop is the instance's own
   *       address, and 65515 is prepended after the export ({@link #afterExport}).
   * </ul>
   */
  @Override
  public Optional<BgpRoute> advertise(Node self, Neighbor to, Selection selection) {
    boolean toGateway = to.peerKind() == SpeakerKind.GATEWAY;
    if (toGateway && !branchToBranch) {
      return Optional.empty();
    }
    Candidate candidate = null;
    switch (settings.ecmpAdvertisement()) {
      case PER_PEER -> {
        for (Candidate c : selection.best()) {
          if (sendable(c, to)) {
            candidate = c;
            break;
          }
        }
      }
      case SINGLE_BEST -> candidate = sendable(selection.primary(), to) ? selection.primary() : null;
    }
    if (candidate == null || candidate.isLocal() && toGateway) {
      return Optional.empty();
    }
    PathAttributes attributes = candidate.route().attributes();
    if (attributes.communities().contains(Community.NO_ADVERTISE)) {
      return Optional.empty();
    }
    // Gateway routes go to NVAs, and to the VNet's other gateway (ExpressRoute <-> site-to-site VPN
    // transit), only with branch-to-branch (S1, S4); never back to the gateway they came from.
    if (candidate.peerKind() == SpeakerKind.GATEWAY && !branchToBranch) {
      return Optional.empty();
    }
    boolean reflect = to.peerAsn().equals(self.asn());
    PathAttributes.Builder out = attributes.toBuilder().noMed().localPreference(PathAttributes.DEFAULT_LOCAL_PREFERENCE);
    if (!reflect || candidate.isLocal()) {
      out.nextHop(to.localAddress());
    }
    return Optional.of(new BgpRoute(selection.prefix(), self.name(), out.build()));
  }

  /** Not the peer's own path, and not a path that holds the peer's ASN (sender-side loop check). */
  private static boolean sendable(Candidate c, Neighbor to) {
    return !c.peer().equals(to.peer()) && !c.route().attributes().asPath().contains(to.peerAsn());
  }

  @Override
  public boolean programsVms() {
    return true;
  }

  /**
   * The next hop of every path of the ECMP set but the route server's own prefixes: the BGP next
   * hop the peer sent (S1, S8, facts 3.3).
   */
  @Override
  public List<Ipv4Address> programmedNextHops(Node self, Selection selection) {
    List<Ipv4Address> hops = new java.util.ArrayList<>(selection.best().size());
    for (Candidate c : selection.best()) {
      if (!c.isLocal()) {
        hops.add(c.route().attributes().nextHop());
      }
    }
    return hops;
  }

  /** Alike when both or neither are gateways (65515): that alone decides whether 65515 is prepended. */
  @Override
  public boolean exportsAlike(Node self, Neighbor a, Neighbor b) {
    return a.peerAsn().equals(Asn.AZURE_ROUTE_SERVER) == b.peerAsn().equals(Asn.AZURE_ROUTE_SERVER);
  }

  @Override
  public BgpRoute afterExport(Node self, Neighbor to, BgpRoute route) {
    if (to.peerAsn().equals(Asn.AZURE_ROUTE_SERVER)) {
      return route;
    }
    return route.withAttributes(route.attributes().toBuilder()
        .asPath(route.attributes().asPath().prepend(Asn.AZURE_ROUTE_SERVER)).build());
  }
}
