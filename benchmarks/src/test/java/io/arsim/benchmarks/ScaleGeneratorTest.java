package io.arsim.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.NetworkVirtualAppliance;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.file.TopologyFormat;
import io.arsim.core.topology.file.TopologyReader;
import io.arsim.core.topology.file.TopologyWriter;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.SessionState;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generated designs are valid, converge with every session up, and have the promised shape. */
class ScaleGeneratorTest {

  @Test
  void hubAndSpokeIsValidAndConverges() {
    Topology topology = ScaleGenerator.hubAndSpoke(3, 4, 5);
    String yaml = new TopologyWriter().write(topology, TopologyFormat.YAML);
    Topology read = new TopologyReader().read("scale.yaml", TopologyFormat.YAML, yaml).topology();
    assertThat(read).isEqualTo(topology);

    assertThat(topology.networkVirtualAppliances()).hasSize(6);
    assertThat(topology.routeServers()).hasSize(4).allSatisfy(rs -> assertThat(rs.bgpConnections()).hasSize(4));
    assertThat(topology.virtualMachines()).hasSize(4);
    Set<Ipv4Prefix> advertised = new HashSet<>();
    for (NetworkVirtualAppliance nva : topology.networkVirtualAppliances()) {
      assertThat(nva.networks()).hasSize(5);
      advertised.addAll(nva.networks());
    }
    assertThat(advertised).hasSize(30);

    ConvergedState state = Designs.converge(topology);
    assertThat(state.sessions()).allMatch(SessionState::up).hasSize(4 * 2 * 4);
    // Spoke 0 is homed on hubs 0 and 1: 4 NVAs x 5 prefixes plus its own VNet.
    assertThat(state.node("rs-spoke0/IN_0").orElseThrow().table()).hasSize(21);
  }

  @Test
  void routeServerAtLimitsHasEightPeersOnBothInstances() {
    Topology topology = ScaleGenerator.routeServerAtLimits(10, 1_001);
    new TopologyReader().read("limits.yaml", TopologyFormat.YAML, new TopologyWriter().write(topology,
        TopologyFormat.YAML));
    assertThat(topology.virtualMachines()).hasSize(1_001);
    ConvergedState state = Designs.converge(topology);
    assertThat(state.sessions()).allMatch(SessionState::up).hasSize(16);
    assertThat(state.node("rs-hub/IN_1").orElseThrow().table()).hasSize(81);
    assertThat(Designs.count(state).total()).isPositive();
  }

  @Test
  void aRouteServerTakesAtMostFourHubs() {
    assertThatThrownBy(() -> ScaleGenerator.hubAndSpoke(5, 2, 1, 5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 8 peers");
  }

  @Test
  void designsAreNamedBySpec() {
    assertThat(Designs.topology("hs-2-3-4").name()).isEqualTo("scale-h2-s3-p4");
    assertThat(Designs.topology("hs-4-3-4-4").routeServers().get(0).bgpConnections()).hasSize(8);
    assertThat(Designs.topology("limits-5-6").virtualMachines()).hasSize(6);
  }
}
