package io.arsim.engine;

import static io.arsim.engine.Scenarios.advertised;
import static io.arsim.engine.Scenarios.converge;
import static io.arsim.engine.Scenarios.effective;
import static io.arsim.engine.Scenarios.learned;
import static io.arsim.engine.Scenarios.table;
import static io.arsim.engine.Scenarios.topology;
import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.net.Ipv4Address;
import io.arsim.core.topology.Topology;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.SessionState;
import io.arsim.engine.effective.EffectiveRoute;
import io.arsim.engine.effective.EffectiveRoutes;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The reference scenarios of shared/scenarios/README.md, end to end from examples/. Every expected
 * table is written from the Azure documentation cited per scenario, not from arsim's output.
 */
class ReferenceScenariosTest {

  /** The system routes of vm-spoke in the common layout (UDR overview, S17; facts 4.4). */
  private static final List<String> SPOKE_SYSTEM_ROUTES_WITH_BGP_DEFAULT = List.of(
      "Default Invalid 0.0.0.0/0 Internet -",
      "Default Active 10.0.0.0/8 None -",
      "Default Active 10.0.0.0/16 VnetLocal -",
      "Default Active 10.1.0.0/16 VNetPeering -",
      "Default Active 10.2.0.0/16 VNetGlobalPeering -",
      "Default Active 100.64.0.0/10 None -",
      "Default Active 172.16.0.0/12 None -");

  @Nested
  class S1DualHomedActiveActive {
    private final Topology topology = topology("s1-dual-homed-active-active.yaml");
    private final ConvergedState state = converge(topology);

    @Test
    void everySessionIsUp() {
      assertThat(state.sessions()).hasSize(4).allMatch(SessionState::up);
    }

    @Test
    void routeServerLearnsBothPrefixesFromBothNvasOnEachInstance() {
      for (String instance : List.of("rs-spoke/IN_0", "rs-spoke/IN_1")) {
        assertThat(learned(state, instance, "nva1")).containsExactly(
            "0.0.0.0/0 10.1.1.4 [65001]", "192.168.0.0/16 10.1.1.4 [65001]");
        assertThat(learned(state, instance, "nva2")).containsExactly(
            "0.0.0.0/0 10.2.1.4 [65002]", "192.168.0.0/16 10.2.1.4 [65002]");
      }
    }

    @Test
    void eachNvaLearnsTheSpokeAndTheOtherNvasRoutesWithTheInstanceAsNextHop() {
      assertThat(advertised(state, "rs-spoke/IN_0", "nva1")).containsExactly(
          "0.0.0.0/0 10.0.255.4 [65515 65002]",
          "10.0.0.0/16 10.0.255.4 [65515]",
          "192.168.0.0/16 10.0.255.4 [65515 65002]");
      assertThat(advertised(state, "rs-spoke/IN_1", "nva1")).containsExactly(
          "0.0.0.0/0 10.0.255.5 [65515 65002]",
          "10.0.0.0/16 10.0.255.5 [65515]",
          "192.168.0.0/16 10.0.255.5 [65515 65002]");
      assertThat(advertised(state, "rs-spoke/IN_0", "nva2")).containsExactly(
          "0.0.0.0/0 10.0.255.4 [65515 65001]",
          "10.0.0.0/16 10.0.255.4 [65515]",
          "192.168.0.0/16 10.0.255.4 [65515 65001]");
    }

    @Test
    void spokeVmGetsBothPrefixesAsEcmpThroughBothNvas() {
      List<String> expected = new java.util.ArrayList<>(SPOKE_SYSTEM_ROUTES_WITH_BGP_DEFAULT);
      expected.add("Default Invalid 192.168.0.0/16 None -");
      expected.addAll(List.of(
          "VirtualNetworkGateway Active 0.0.0.0/0 VirtualNetworkGateway 10.1.1.4",
          "VirtualNetworkGateway Active 0.0.0.0/0 VirtualNetworkGateway 10.2.1.4",
          "VirtualNetworkGateway Active 192.168.0.0/16 VirtualNetworkGateway 10.1.1.4",
          "VirtualNetworkGateway Active 192.168.0.0/16 VirtualNetworkGateway 10.2.1.4"));
      assertThat(effective(topology, state, "vm-spoke")).containsExactlyElementsOf(expected);
    }

    @Test
    void hubVmsAreNotProgrammedBecauseTheirVnetHasNoRouteServerNorRemoteGateway() {
      assertThat(effective(topology, state, "nva1")).noneMatch(line -> line.startsWith("VirtualNetworkGateway"));
      assertThat(effective(topology, state, "vm-hub2")).noneMatch(line -> line.startsWith("VirtualNetworkGateway"));
    }

    @Test
    void nvaTableHoldsItsOwnRouteAsBestAndTheReflectedOnes() {
      // FRR's default maximum-paths is above 1 (Debian's build: 256), so the spoke prefix from the
      // two instances is best and multipath without any maximum-paths (real-deployments.md R3).
      assertThat(table(state, "nva1")).containsExactly(
          "0.0.0.0/0: local [] best",
          "0.0.0.0/0: rs-spoke/IN_0 [65515 65002] lost at WEIGHT",
          "0.0.0.0/0: rs-spoke/IN_1 [65515 65002] lost at WEIGHT",
          "10.0.0.0/16: rs-spoke/IN_0 [65515] best",
          "10.0.0.0/16: rs-spoke/IN_1 [65515] multipath",
          "192.168.0.0/16: local [] best",
          "192.168.0.0/16: rs-spoke/IN_0 [65515 65002] lost at WEIGHT",
          "192.168.0.0/16: rs-spoke/IN_1 [65515 65002] lost at WEIGHT");
    }

    @Test
    void theSpokePrefixEchoedBackByAnNvaIsRejectedForHolding65515() {
      assertThat(state.node("rs-spoke/IN_1").orElseThrow().rejections())
          .anySatisfy(r -> {
            assertThat(r.route().prefix().toString()).isEqualTo("10.0.0.0/16");
            assertThat(r.route().attributes().asPath().toString()).isEqualTo("65001 65515");
            assertThat(r.reason()).contains("holds 65515");
          });
    }
  }

  @Nested
  class S2DualHomedActivePassive {
    private final Topology topology = topology("s2-dual-homed-active-passive.yaml");
    private final ConvergedState state = converge(topology);

    @Test
    void spokeVmHasOneEntryPerPrefixThroughNva1() {
      List<String> expected = new java.util.ArrayList<>(SPOKE_SYSTEM_ROUTES_WITH_BGP_DEFAULT);
      expected.add("Default Invalid 192.168.0.0/16 None -");
      expected.addAll(List.of(
          "VirtualNetworkGateway Active 0.0.0.0/0 VirtualNetworkGateway 10.1.1.4",
          "VirtualNetworkGateway Active 192.168.0.0/16 VirtualNetworkGateway 10.1.1.4"));
      assertThat(effective(topology, state, "vm-spoke")).containsExactlyElementsOf(expected);
    }

    @Test
    void asPathLengthDecidesAgainstTheProependedNva() {
      assertThat(table(state, "rs-spoke/IN_0")).contains(
          "0.0.0.0/0: nva1 [65001] best",
          "0.0.0.0/0: nva2 [65002 65002 65002] lost at AS_PATH_LENGTH");
    }
  }

  @Nested
  class S8SupernetsAndVnetPrefixes {
    private final Topology topology = topology("s8-supernets-and-vnet-prefixes.yaml");
    private final ConvergedState state = converge(topology);

    @Test
    void supernetIsProgrammedAndThePrefixInsideTheSpokeIsNot() {
      List<String> routes = effective(topology, state, "vm-spoke");
      assertThat(routes).contains(
          "VirtualNetworkGateway Active 10.0.0.0/8 VirtualNetworkGateway 10.1.1.4",
          "Default Invalid 10.0.0.0/8 None -");
      assertThat(routes).noneMatch(line -> line.contains(" 10.0.1.0/24 "));
    }

    @Test
    void trafficToThePeeredHubStillUsesThePeering() {
      List<EffectiveRoute> routes = EffectiveRoutes.of(topology, state, Scenarios.nic(topology, "vm-spoke"));
      assertThat(EffectiveRoutes.lookup(routes, Ipv4Address.parse("10.1.0.5")))
          .extracting(r -> r.prefix() + " " + r.nextHopType())
          .containsExactly("10.1.0.0/16 VNetPeering");
    }
  }

  @Nested
  class S9UdrAndPropagation {
    @Test
    void udrWinsOverBothBgpEntries() {
      Topology topology = topology("s9-udr-and-propagation.yaml");
      List<String> routes = effective(topology, converge(topology), "vm-spoke");
      assertThat(routes).contains(
          "User Active 192.168.0.0/16 VirtualAppliance 10.2.1.4",
          "VirtualNetworkGateway Invalid 192.168.0.0/16 VirtualNetworkGateway 10.1.1.4",
          "VirtualNetworkGateway Invalid 192.168.0.0/16 VirtualNetworkGateway 10.2.1.4",
          "Default Invalid 192.168.0.0/16 None -");
    }

    @Test
    void withPropagationOffNoBgpRouteAppears() {
      Topology topology = topology("s9b-udr-propagation-disabled.yaml");
      List<String> routes = effective(topology, converge(topology), "vm-spoke");
      assertThat(routes).noneMatch(line -> line.startsWith("VirtualNetworkGateway"));
      assertThat(routes).contains("Default Active 0.0.0.0/0 Internet -", "User Active 192.168.0.0/16 VirtualAppliance 10.2.1.4");
    }
  }

  @Nested
  class S10ClassicHubAndSpoke {
    private final Topology topology = topology("s10-classic-hub-and-spoke.yaml");
    private final ConvergedState state = converge(topology);

    @Test
    void routeServerAdvertisesTheRemoteGatewaySpokeAsItsOwn() {
      assertThat(advertised(state, "rs-hub1/IN_0", "nva1")).containsExactly(
          "10.1.0.0/16 10.1.255.4 [65515]",
          "10.20.0.0/16 10.1.255.4 [65515]");
    }

    @Test
    void spokeVmsGetTheNvaRouteFromTheHubRouteServer() {
      assertThat(effective(topology, state, "vm-spoke2"))
          .contains("VirtualNetworkGateway Active 192.168.0.0/16 VirtualNetworkGateway 10.1.1.4")
          .contains("Default Active 10.1.0.0/16 VNetPeering -");
    }
  }
}
