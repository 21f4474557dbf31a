package io.arsim.engine.speaker;

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
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A branch router (topology {@code branches}): it drops paths holding its own ASN (eBGP loop
 * prevention), selects like FRR with one path, and advertises only the branch's own prefixes with
 * its address on the tunnel as next hop and its ASN prepended. It gives no transit between the NVAs
 * it peers with, as the ExpressRoute extension's on-premises site does not (a documented
 * simplification: an SD-WAN edge that re-advertises one hub's routes to another is configured to,
 * and can be described as an NVA).
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class BranchBehaviour implements NodeBehaviour {

  private static final Optional<InboundRule> OWN_ASN = new InboundRule("loop prevention", (self, from, route) ->
      "AS path [" + route.attributes().asPath() + "] holds branch " + self.name() + "'s own ASN " + self.asn()
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
    if (!best.isLocal() || Exports.withheld(self, to, best.route().attributes())) {
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
