package io.arsim.engine.speaker;

import static org.apiguardian.api.API.Status.INTERNAL;

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
import org.apiguardian.api.API;

/**
 * An NVA as an ordinary BGP router, with FRR's defaults (bgp-reference.md):
 *
 * <ul>
 *   <li>inbound, a path holding the NVA's own ASN is dropped (eBGP loop prevention) unless the
 *       neighbour's {@code allowAsIn} permits it;
 *   <li>FRR's decision process with {@code maximum-paths};
 *   <li>the best path goes to every neighbour except the one it came from; NO_ADVERTISE stops it,
 *       NO_EXPORT stops it toward eBGP neighbours;
 *   <li>toward eBGP neighbours the next hop is the NVA's own address (toward iBGP ones only with
 *       next-hop-self), a MED learned from another AS is not passed on, and the NVA's ASN is
 *       prepended after the export policies ran.
 * </ul>
 *
 * <p>FRR's {@code bgp ebgp-requires-policy} (RFC 8212) is not modelled: NVAs in Azure designs are
 * configured to exchange routes, and the topology file states their policies explicitly.
 */
@API(status = INTERNAL, since = "0.1")
public final class NvaBehaviour implements NodeBehaviour {
  private final int maximumPaths;

  public NvaBehaviour(int maximumPaths) {
    this.maximumPaths = maximumPaths;
  }

  private static final Optional<InboundRule> OWN_ASN = new InboundRule("loop prevention", (self, from, route) -> {
    var allow = from.settings().allowAsIn();
    return "AS path [" + route.attributes().asPath() + "] holds " + self.name() + "'s own ASN " + self.asn()
        + (allow == null ? " (eBGP loop prevention; allowAsIn on the neighbour would accept it)"
            : " more often than its " + allow + " permits (eBGP loop prevention)");
  }).asResult();

  @Override
  public Optional<InboundRule> inboundRule(Node self, Neighbor from, BgpRoute route) {
    return InboundRule.loops(self.asn(), from, route) ? OWN_ASN : Optional.empty();
  }

  @Override
  public Selection select(Node self, Ipv4Prefix prefix, List<Candidate> candidates) {
    return FrrDecisionProcess.select(prefix, candidates, maximumPaths);
  }

  @Override
  public Optional<BgpRoute> advertise(Node self, Neighbor to, Selection selection) {
    Candidate best = selection.primary();
    if (best.peer().equals(to.peer())) {
      return Optional.empty();
    }
    PathAttributes attributes = best.route().attributes();
    boolean ebgp = Exports.ebgp(self, to);
    if (Exports.withheld(self, to, attributes)) {
      return Optional.empty();
    }
    PathAttributes.Builder out = attributes.toBuilder().localPreference(PathAttributes.DEFAULT_LOCAL_PREFERENCE);
    Ipv4Address nextHop = attributes.nextHop();
    if (ebgp || to.nextHopSelf() || best.isLocal()) {
      nextHop = to.localAddress();
    }
    out.nextHop(nextHop);
    if (ebgp && !best.isLocal()) {
      out.noMed();
    }
    return Optional.of(new BgpRoute(selection.prefix(), self.name(), out.build()));
  }

  /** Alike when both or neither are iBGP neighbours: that alone decides whether the ASN is prepended. */
  @Override
  public boolean exportsAlike(Node self, Neighbor a, Neighbor b) {
    return a.peerAsn().equals(self.asn()) == b.peerAsn().equals(self.asn());
  }

  @Override
  public BgpRoute afterExport(Node self, Neighbor to, BgpRoute route) {
    return Exports.prependOnEbgp(self, to, route);
  }
}
