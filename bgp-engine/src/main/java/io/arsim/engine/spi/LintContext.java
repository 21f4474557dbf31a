package io.arsim.engine.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.Asn;
import io.arsim.core.topology.Topology;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.Network;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.Rejection;
import io.arsim.engine.bgp.Selection;
import io.arsim.policy.spi.SpeakerKind;
import java.util.Optional;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * What a lint rule looks at: the design, its network and the state it converged to.
 *
 * @param topology the design
 * @param network its speakers and sessions
 * @param state the converged state
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record LintContext(Topology topology, Network network, ConvergedState state) {

  /** Whether the NVA's best path for the prefix came from a route server other than {@code rs}. */
  private boolean crossedAnotherRouteServer(Node nva, Node rs, Rejection r) {
    Selection selection = state.node(nva.name()).orElseThrow().table().get(r.route().prefix());
    if (selection == null) {
      return true;
    }
    String from = selection.primary().peer();
    Optional<Node> source = network.node(from);
    return source.isPresent() && !source.get().owner().equals(rs.owner());
  }

  /**
   * The routes {@code routeServer} (a route server's name) drops from {@code nva} because their path
   * holds 65515 after crossing another route server, as "prefix [path]" lines: what the engine's
   * {@code missing-as-override} rule reports, for rules that must not report the same session again.
   */
  public java.util.SortedSet<String> droppedCrossingRouteServers(String nva, String routeServer) {
    TreeSet<String> routes = new TreeSet<>();
    Optional<Node> nvaNode = network.node(nva);
    if (nvaNode.isEmpty()) {
      return routes;
    }
    for (Node rs : network.nodes()) {
      if (rs.kind() != SpeakerKind.ROUTE_SERVER || !rs.owner().equals(routeServer)) {
        continue;
      }
      for (Rejection r : state.node(rs.name()).orElseThrow().rejections()) {
        if (r.peer().equals(nva) && r.stage() == Rejection.Stage.INBOUND_RULE
            && r.route().attributes().asPath().contains(Asn.AZURE_ROUTE_SERVER)
            && crossedAnotherRouteServer(nvaNode.get(), rs, r)) {
          routes.add(r.route().prefix() + " [" + r.route().attributes().asPath() + "]");
        }
      }
    }
    return routes;
  }
}
