package io.arsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.bgp.PathAttributes;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.ExtensionKind;
import io.arsim.core.topology.Topology;
import io.arsim.engine.bgp.Candidate;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.InboundRule;
import io.arsim.engine.bgp.Neighbor;
import io.arsim.engine.bgp.Network;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.NodeBehaviour;
import io.arsim.engine.bgp.NodeSpec;
import io.arsim.engine.bgp.Selection;
import io.arsim.engine.bgp.SessionState;
import io.arsim.engine.decision.FrrDecisionProcess;
import io.arsim.engine.spi.EngineExtension;
import io.arsim.engine.spi.NetworkAssembly;
import io.arsim.policy.spi.SpeakerKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The engine extension SPI, proved with a test extension that uses only public engine API: it adds
 * a "static peer" node kind, an on-premises router (AS 65050, 10.0.3.4) that originates
 * 172.16.0.0/16 and peers with both instances of the design's route server.
 */
class EngineExtensionTest {

  /** An on-premises router: accepts everything, advertises only what it originates, prepends its ASN. */
  static final class OnPremisesRouter implements NodeBehaviour {
    private static final Optional<InboundRule> OWN_ASN =
        new InboundRule("loop prevention", (self, from, route) -> "own ASN in path").asResult();

    @Override
    public Optional<InboundRule> inboundRule(Node self, Neighbor from, BgpRoute route) {
      return route.attributes().asPath().contains(self.asn()) ? OWN_ASN : Optional.empty();
    }

    @Override
    public Selection select(Node self, Ipv4Prefix prefix, List<Candidate> candidates) {
      return FrrDecisionProcess.select(prefix, candidates, 1);
    }

    @Override
    public Optional<BgpRoute> advertise(Node self, Neighbor to, Selection selection) {
      Candidate best = selection.primary();
      return best.isLocal() ? Optional.of(new BgpRoute(selection.prefix(), self.name(),
          best.route().attributes().toBuilder().nextHop(to.localAddress()).build())) : Optional.empty();
    }

    @Override
    public BgpRoute afterExport(Node self, Neighbor to, BgpRoute route) {
      return route.withAttributes(route.attributes().toBuilder()
          .asPath(route.attributes().asPath().prepend(self.asn())).build());
    }
  }

  /** The extension: one static peer toward every route server instance of the design. */
  static final class StaticPeerExtension implements EngineExtension {
    static final String NODE = "onprem-router";
    static final Ipv4Address ADDRESS = Ipv4Address.parse("10.0.3.4");
    static final Asn ASN = Asn.of(65050);

    @Override
    public String name() {
      return "static-peer";
    }

    @Override
    public List<ExtensionKind<?>> kinds() {
      return List.of();
    }

    @Override
    public void contribute(Topology topology, NetworkAssembly network) {
      network.addNode(NodeSpec.of(NODE, ASN, ADDRESS, SpeakerKind.ON_PREMISES, NODE, new OnPremisesRouter()));
      network.addAddress(ADDRESS, NODE);
      network.addOriginated(NODE, new BgpRoute(Ipv4Prefix.parse("172.16.0.0/16"), BgpRoute.LOCAL,
          PathAttributes.builder().nextHop(ADDRESS).build()));
      for (var rs : topology.routeServers()) {
        List<Ipv4Address> ips = topology.routeServerInstanceIps(rs);
        for (int i = 0; i < ips.size(); i++) {
          String instance = Node.routeServerInstance(rs.name(), i);
          network.addNeighbor(instance, Neighbor.plain(NODE, ips.get(i), ADDRESS, ASN));
          network.addNeighbor(NODE, Neighbor.plain(instance, ADDRESS, ips.get(i), Asn.AZURE_ROUTE_SERVER));
        }
      }
    }
  }

  private final Topology topology = Tiny.yaml(RouteServerRulesTest.SpokeYaml.TEXT.replace("NETWORKS",
      "[192.168.0.0/16]"));
  private final ConvergedDesign design = Scenarios.run().withExtensions(List.of(new StaticPeerExtension()))
      .converge(topology);
  private final Network network = design.network();
  private final ConvergedState state = design.state();

  @Test
  void theExtensionNodeAndItsSessionsAreInTheNetwork() {
    assertThat(network.node(StaticPeerExtension.NODE)).get().extracting(Node::kind).isEqualTo(SpeakerKind.ON_PREMISES);
    assertThat(state.session(StaticPeerExtension.NODE, "rs-hub/IN_0")).get().extracting(SessionState::up)
        .isEqualTo(true);
    assertThat(state.session(StaticPeerExtension.NODE, "rs-hub/IN_1")).get().extracting(SessionState::up)
        .isEqualTo(true);
  }

  @Test
  void theRouteServerLearnsAndProgramsTheStaticPeersPrefix() {
    assertThat(Scenarios.learned(state, "rs-hub/IN_0", StaticPeerExtension.NODE))
        .containsExactly("172.16.0.0/16 10.0.3.4 [65050]");
    assertThat(Scenarios.effective(topology, state, "vm-hub"))
        .contains("VirtualNetworkGateway Active 172.16.0.0/16 VirtualNetworkGateway 10.0.3.4");
    assertThat(Scenarios.effective(topology, state, "vm-spoke1"))
        .contains("VirtualNetworkGateway Active 172.16.0.0/16 VirtualNetworkGateway 10.0.3.4");
  }

  @Test
  void routesFlowBothWaysBetweenTheStaticPeerAndTheNva() {
    assertThat(Scenarios.advertised(state, "rs-hub/IN_0", "nva1")).contains("172.16.0.0/16 10.0.255.4 [65515 65050]");
    assertThat(Scenarios.learned(state, StaticPeerExtension.NODE, "rs-hub/IN_0"))
        .contains("192.168.0.0/16 10.0.255.4 [65515 65001]", "10.0.0.0/16 10.0.255.4 [65515]");
  }
}
