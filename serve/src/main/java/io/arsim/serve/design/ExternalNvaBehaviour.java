package io.arsim.serve.design;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.engine.bgp.Candidate;
import io.arsim.engine.bgp.InboundRule;
import io.arsim.engine.bgp.Neighbor;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.NodeBehaviour;
import io.arsim.engine.bgp.Selection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How an NVA that a real router plays behaves in the simulation: it sends each route-server
 * instance exactly the routes the real router sent that instance on the wire (AS path, communities
 * and origin as received), and accepts whatever it is sent. Its own decisions only matter for the
 * simulated data plane (traces through it): it prefers the routes it sends itself, then the first
 * route received. Immutable: {@link DesignBackend} builds a new one for every convergence.
 */
@API(status = INTERNAL, since = "0.2")
public final class ExternalNvaBehaviour implements NodeBehaviour {
  private final Map<String, Map<Ipv4Prefix, BgpRoute>> sentByPeer;

  /**
   * @param sentByPeer per neighbour node (a route-server instance, such as {@code rs/IN_0}), the
   *     routes the real router sent it, by prefix
   */
  public ExternalNvaBehaviour(Map<String, Map<Ipv4Prefix, BgpRoute>> sentByPeer) {
    this.sentByPeer = Map.copyOf(sentByPeer);
  }

  /** Accepts every route: what the instances send the real router is all it gets. */
  @Override
  public Optional<InboundRule> inboundRule(Node self, Neighbor from, BgpRoute route) {
    return Optional.empty();
  }

  /** Its own routes (those it sends on the wire) first, then the first route received. */
  @Override
  public Selection select(Node self, Ipv4Prefix prefix, List<Candidate> candidates) {
    Candidate best = candidates.get(0);
    for (Candidate candidate : candidates) {
      if (candidate.isLocal()) {
        best = candidate;
        break;
      }
    }
    List<Candidate> others = new ArrayList<>(candidates);
    others.remove(best);
    Selection.Owned<Candidate, io.arsim.engine.bgp.DecisionStep> lost = new Selection.Owned<>();
    others.forEach(c -> lost.put(c, io.arsim.engine.bgp.DecisionStep.LOCAL_ROUTE));
    return new Selection(prefix, List.of(best), lost);
  }

  /** The route the real router sent {@code to} for the prefix, when it sent one. */
  @Override
  public Optional<BgpRoute> advertise(Node self, Neighbor to, Selection selection) {
    BgpRoute sent = sentByPeer.getOrDefault(to.peer(), Map.of()).get(selection.prefix());
    return sent == null ? Optional.empty() : Optional.of(new BgpRoute(selection.prefix(), self.name(), sent.attributes()));
  }

  /** As received: the real router already put its AS in the path. */
  @Override
  public BgpRoute afterExport(Node self, Neighbor to, BgpRoute route) {
    return route;
  }
}
