package io.arsim.engine.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.Asn;
import io.arsim.core.net.IpPrefix;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.RouteServer;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.VirtualNetwork;
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
   * Drops that change nothing are left out: a prefix equal to or inside the address space of every
   * VNet the route server programs (its own and its useRemoteGateways spokes) or of a VNet peered
   * with each — Azure would never program it there, since VNet and peering system routes win and
   * a BGP route equal to or inside them is not programmed (S1, S17, R4) — unless a branch-to-branch
   * gateway beside the route server would have passed it on toward on-premises.
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
            && crossedAnotherRouteServer(nvaNode.get(), rs, r) && !neverUsed(rs, r.route().prefix())) {
          routes.add(r.route().prefix() + " [" + r.route().attributes().asPath() + "]");
        }
      }
    }
    return routes;
  }

  /**
   * Whether a route server holding {@code prefix} would change nothing: every VNet it programs has
   * a local or peered prefix covering it, and no branch-to-branch gateway beside it would pass it on.
   */
  private boolean neverUsed(Node rs, Ipv4Prefix prefix) {
    String vnet = rs.virtualNetwork();
    if (vnet == null) {
      return false;
    }
    Optional<RouteServer> server = topology.routeServer(rs.owner());
    boolean passedOn = server.isPresent() && server.get().allowBranchToBranchTraffic() && network.nodes().stream()
        .anyMatch(n -> n.kind() == SpeakerKind.GATEWAY && vnet.equals(n.virtualNetwork()));
    if (passedOn) {
      return false;
    }
    for (VirtualNetwork programmed : topology.virtualNetworks()) {
      // The VNets whose VMs this route server programs: its own, and those using it remotely.
      if (!topology.remoteGatewayVirtualNetwork(programmed.name()).orElse(programmed.name()).equals(vnet)) {
        continue;
      }
      if (!coveredByLocalOrPeered(programmed, prefix)) {
        return false;
      }
    }
    return true;
  }

  private boolean coveredByLocalOrPeered(VirtualNetwork vnet, Ipv4Prefix prefix) {
    for (VirtualNetwork other : topology.virtualNetworks()) {
      if (!other.name().equals(vnet.name()) && !topology.arePeered(vnet.name(), other.name())) {
        continue;
      }
      for (IpPrefix p : other.addressSpace()) {
        if (p instanceof Ipv4Prefix p4 && p4.contains(prefix)) {
          return true;
        }
      }
    }
    return false;
  }
}
