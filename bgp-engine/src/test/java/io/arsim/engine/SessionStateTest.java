package io.arsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.topology.Topology;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.EngineSettings;
import io.arsim.engine.bgp.Network;
import io.arsim.engine.bgp.SessionState;
import io.arsim.engine.convergence.Simulation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session states that {@link NetworkFactory} derives from a topology (azure-route-server-facts.md
 * section 1 and Appendix B rule 1; gotchas 7 and 9). Designs that validation rejects as errors
 * (ASN mismatch, NVA at 65515) are bound without validation, to test the engine on its own.
 */
class SessionStateTest {

  /** A hub VNet with rs-hub (10.0.255.4/.5), a VNet "far" not peered with it, and nva1. */
  private static final String BASE = """
      name: sessions
      virtualNetworks:
        - name: hub
          location: westeurope
          addressSpace: [10.0.0.0/16]
          subnets:
            - {name: RouteServerSubnet, addressPrefix: 10.0.255.0/27}
            - {name: nva, addressPrefix: 10.0.1.0/24}
        - name: far
          location: westeurope
          addressSpace: [10.9.0.0/16]
          subnets:
            - {name: nva, addressPrefix: 10.9.1.0/24}
      routeServers:
        - name: rs-hub
          virtualNetwork: hub
          bgpConnections:
            - {name: nva1, peerIp: NVA_IP, peerAsn: RS_PEER_ASN}
      networkVirtualAppliances:
        - name: nva1
          asn: NVA_ASN
          networkInterfaces:
            - {subnet: NVA_SUBNET, privateIpAddress: NVA_IP, enableIpForwarding: true}
          networks: [192.168.0.0/16]
          bgpNeighbors: NEIGHBORS
      """;

  private static final String BOTH_INSTANCES =
      "[{peerIp: 10.0.255.4, peerAsn: 65515}, {peerIp: 10.0.255.5, peerAsn: 65515}]";

  private static String design(String nvaAsn, String rsPeerAsn, String subnet, String nvaIp, String neighbors) {
    return BASE.replace("NVA_ASN", nvaAsn).replace("RS_PEER_ASN", rsPeerAsn).replace("NVA_SUBNET", subnet)
        .replace("NVA_IP", nvaIp).replace("NEIGHBORS", neighbors);
  }

  private static Network network(Topology topology) {
    return Scenarios.network(topology);
  }

  private static List<SessionState> sessionsOf(Network network, String node) {
    return network.sessions().stream().filter(s -> s.a().equals(node) || s.b().equals(node)).toList();
  }

  @Test
  void aCorrectDesignHasBothSessionsUp() {
    Network network = network(Tiny.yaml(design("65001", "65001", "hub/nva", "10.0.1.4", BOTH_INSTANCES)));
    assertThat(network.sessions()).hasSize(2).allMatch(SessionState::up);
    ConvergedState state = Simulation.converge(network, EngineSettings.defaults());
    assertThat(state.node("rs-hub/IN_0").orElseThrow().learnedFrom("nva1")).containsOnlyKeys(Tiny.px("192.168.0.0/16"));
  }

  @Test
  void aNeighbourConfiguredOnOneSideOnlyIsDown() {
    // S1, S23e (facts 1: peer both instances): nva1 lists only IN_0, so IN_1's session is one-sided.
    Network network = network(Tiny.yaml(design("65001", "65001", "hub/nva", "10.0.1.4",
        "[{peerIp: 10.0.255.4, peerAsn: 65515}]")));
    assertThat(network.session("nva1", "rs-hub/IN_0").orElseThrow().up()).isTrue();
    SessionState in1 = network.session("nva1", "rs-hub/IN_1").orElseThrow();
    assertThat(in1.up()).isFalse();
    assertThat(in1.reason()).isEqualTo(
        "nva1 has no BGP neighbour 10.0.255.5 (rs-hub/IN_1); the session is configured on one side only");
    ConvergedState state = Simulation.converge(network, EngineSettings.defaults());
    assertThat(state.node("rs-hub/IN_1").orElseThrow().learnedFrom("nva1")).isEmpty();
  }

  @Test
  void anAsnMismatchIsDown() {
    // Facts 1: the route server expects the NVA's ASN; a wrong peerAsn never establishes.
    Network network = network(Tiny.yamlUnchecked(design("65001", "65009", "hub/nva", "10.0.1.4", BOTH_INSTANCES)));
    assertThat(network.sessions()).hasSize(2).allSatisfy(s -> {
      assertThat(s.up()).isFalse();
      assertThat(s.reason()).contains("expects ASN 65009 from nva1, which uses 65001");
    });
  }

  @Test
  void anNvaUsing65515TowardARouteServerIsDownAsIbgp() {
    // S1, S7, S11, S39 (facts 1, gotcha 9): same ASN -> iBGP -> routes are not propagated.
    Network network = network(Tiny.yamlUnchecked(design("65515", "65515", "hub/nva", "10.0.1.4", BOTH_INSTANCES)));
    assertThat(network.sessions()).hasSize(2).allSatisfy(s -> {
      assertThat(s.up()).isFalse();
      assertThat(s.reason()).contains("nva1 uses ASN 65515", "iBGP");
    });
    ConvergedState state = Simulation.converge(network, EngineSettings.defaults());
    assertThat(state.node("rs-hub/IN_0").orElseThrow().table()).containsOnlyKeys(Tiny.px("10.0.0.0/16"));
  }

  @Test
  void anNvaInAVnetNotPeeredWithTheRouteServersIsDown() {
    // S3, S8 (facts 4.3): an NVA may peer with a route server in a peered VNet; without peering
    // there is no TCP path.
    Network network = network(Tiny.yaml(design("65001", "65001", "far/nva", "10.9.1.4", BOTH_INSTANCES)));
    assertThat(network.sessions()).hasSize(2).allSatisfy(s -> {
      assertThat(s.up()).isFalse();
      assertThat(s.reason()).contains("nva1 (VNet far) cannot reach", "(VNet hub)", "neither the same nor peered");
    });
  }

  @Test
  void aNeighbourAtAnAddressNoNodeAnswersIsAnUnresolvedDownSession() {
    // nva1 also lists 10.0.1.99, where nothing in the design answers.
    Network network = network(Tiny.yaml(design("65001", "65001", "hub/nva", "10.0.1.4",
        "[{peerIp: 10.0.255.4, peerAsn: 65515}, {peerIp: 10.0.255.5, peerAsn: 65515},"
            + " {peerIp: 10.0.1.99, peerAsn: 65099}]")));
    assertThat(sessionsOf(network, "nva1")).hasSize(3);
    assertThat(network.sessions()).filteredOn(s -> !s.up()).singleElement().satisfies(s -> {
      assertThat(s.a()).isEqualTo("nva1");
      assertThat(s.b()).isEqualTo("(nothing at 10.0.1.99)");
      assertThat(s.bAddress()).hasToString("10.0.1.99");
      assertThat(s.reason()).contains("answers on 10.0.1.99");
    });
    ConvergedState state = Simulation.converge(network, EngineSettings.defaults());
    assertThat(state.session("nva1", "rs-hub/IN_0").orElseThrow().up()).isTrue();
  }

  @Test
  void aRouteServerConnectionToAnAddressNoNodeAnswersIsUnresolvedOnBothInstances() {
    Network network = network(Tiny.yaml(design("65001", "65001", "hub/nva", "10.0.1.4", BOTH_INSTANCES)
        .replace("bgpConnections:\n", "bgpConnections:\n      - {name: ghost, peerIp: 10.0.1.77, peerAsn: 65077}\n")));
    assertThat(network.sessions()).filteredOn(s -> !s.up())
        .extracting(SessionState::describe)
        .containsExactlyInAnyOrder(
            "rs-hub/IN_0 (10.0.255.4) - (nothing at 10.0.1.77) (10.0.1.77)",
            "rs-hub/IN_1 (10.0.255.5) - (nothing at 10.0.1.77) (10.0.1.77)");
  }

  /**
   * A wrong peer ASN is a validation warning, not an error (issue 17): the design reads, converges,
   * and both sessions are down with the reason (RFC 4271 6.2: an OPEN with another AS than the one
   * configured for the peer closes the session).
   */
  @Test
  void aDesignWithAWrongPeerAsnReadsAndRunsWithTheSessionsDown() {
    io.arsim.core.topology.file.LoadedTopology loaded = new io.arsim.core.topology.file.TopologyReader()
        .read(Scenarios.root().resolve("examples/peer-asn-mismatch.yaml"));
    assertThat(loaded.warnings()).extracting(io.arsim.core.problem.Problem::code).containsExactly("peer-asn-mismatch");
    io.arsim.engine.bgp.ConvergedState state = Scenarios.converge(loaded.topology());
    assertThat(state.sessions()).hasSize(2).allSatisfy(s -> {
      assertThat(s.up()).isFalse();
      assertThat(s.reason()).isEqualTo(s.b() + " expects ASN 65010 from nva1, which uses 65001");
      assertThat(s.b()).startsWith("rs-hub/IN_");
    });
    assertThat(state.node("rs-hub/IN_0").orElseThrow().learnedFrom("nva1")).isEmpty();
  }
}
