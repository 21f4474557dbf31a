package io.arsim.engine.decision;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.engine.bgp.Candidate;
import io.arsim.engine.bgp.InboundRule;
import io.arsim.engine.bgp.Neighbor;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.NodeBehaviour;
import io.arsim.engine.bgp.Selection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A router at the edge of the design that is described by its prefixes, not by a configuration: a
 * branch (topology {@code branches}) or an on-premises site (the ExpressRoute extension). It drops
 * paths holding its own ASN (eBGP loop prevention), selects like FRR with one path, and advertises
 * only its own prefixes, each with its address toward the neighbour as next hop and its ASN
 * prepended; well-known communities (RFC 1997) hold a prefix back as they would any path, and a
 * neighbour (a circuit link) can be told not to carry some prefixes.
 *
 * <p>It gives no transit between its neighbours (a documented simplification: an SD-WAN edge or an
 * on-premises core that re-advertises one hub's routes to another is configured to, and can be
 * described as an NVA).
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class EdgeRouterBehaviour implements NodeBehaviour {
  private final Optional<InboundRule> ownAsn;
  private final Map<String, Set<Ipv4Prefix>> notCarried;

  /**
   * @param role how messages name the router: {@code "branch"} gives "holds branch b1's own ASN"
   * @param notCarried per neighbour name (a circuit link), the router's prefixes it does not carry
   */
  public EdgeRouterBehaviour(String role, Map<String, Set<Ipv4Prefix>> notCarried) {
    this.ownAsn = new InboundRule("loop prevention", (self, from, route) -> "AS path ["
        + route.attributes().asPath() + "] holds " + role + " " + self.name() + "'s own ASN " + self.asn()
        + " (eBGP loop prevention)").asResult();
    this.notCarried = Map.copyOf(notCarried);
  }

  /** A branch router: every prefix goes to every neighbour. */
  public static EdgeRouterBehaviour branch() {
    return new EdgeRouterBehaviour("branch", Map.of());
  }

  @Override
  public Optional<InboundRule> inboundRule(Node self, Neighbor from, BgpRoute route) {
    return InboundRule.loops(self.asn(), from, route) ? ownAsn : Optional.empty();
  }

  @Override
  public Selection select(Node self, Ipv4Prefix prefix, List<Candidate> candidates) {
    return FrrDecisionProcess.select(prefix, candidates, 1);
  }

  @Override
  public Optional<BgpRoute> advertise(Node self, Neighbor to, Selection selection) {
    Candidate best = selection.primary();
    if (!best.isLocal() || Exports.withheld(self, to, best.route().attributes())
        || notCarried.getOrDefault(to.peer(), Set.of()).contains(selection.prefix())) {
      return Optional.empty();
    }
    return Optional.of(new BgpRoute(selection.prefix(), self.name(),
        best.route().attributes().toBuilder().nextHop(to.localAddress()).build()));
  }

  @Override
  public BgpRoute afterExport(Node self, Neighbor to, BgpRoute route) {
    return Exports.prependOnEbgp(self, to, route);
  }
}
