package io.arsim.expressroute.bgp;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.BgpRoute;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * An on-premises router: drops paths holding its own ASN, selects like FRR, and advertises only the
 * site's own prefixes (it gives no transit between its circuits and VPN connections; a documented
 * simplification), each over the links that carry it, with its ASN prepended.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class OnPremisesBehaviour implements NodeBehaviour {
  private final Map<String, Set<Ipv4Prefix>> notCarried;

  /** A router that advertises every prefix to every neighbour. */
  public OnPremisesBehaviour() {
    this(Map.of());
  }

  /** @param notCarried per neighbour (a circuit link), the site prefixes that link does not carry */
  public OnPremisesBehaviour(Map<String, Set<Ipv4Prefix>> notCarried) {
    this.notCarried = Map.copyOf(notCarried);
  }

  private static final Optional<InboundRule> OWN_ASN = new InboundRule("loop prevention", (self, from, route) ->
      "AS path [" + route.attributes().asPath() + "] holds the site's own ASN " + self.asn()
          + " (eBGP loop prevention)").asResult();

  @Override
  public Optional<InboundRule> inboundRule(Node self, Neighbor from, BgpRoute route) {
    return InboundRule.loops(self.asn(), from, route) ? OWN_ASN : Optional.empty();
  }

  @Override
  public Selection select(Node self, Ipv4Prefix prefix, List<Candidate> candidates) {
    return FrrDecisionProcess.select(prefix, candidates, 1);
  }

  @Override
  public Optional<BgpRoute> advertise(Node self, Neighbor to, Selection selection) {
    Candidate best = selection.primary();
    if (!best.isLocal() || notCarried.getOrDefault(to.peer(), Set.of()).contains(selection.prefix())) {
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
