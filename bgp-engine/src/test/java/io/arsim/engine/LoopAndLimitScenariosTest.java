package io.arsim.engine;

import static io.arsim.engine.Scenarios.converge;
import static io.arsim.engine.Scenarios.effective;
import static io.arsim.engine.Scenarios.learned;
import static io.arsim.engine.Scenarios.topology;
import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.topology.Topology;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.EngineSettings;
import io.arsim.engine.bgp.Rejection;
import io.arsim.engine.bgp.SessionState;
import org.junit.jupiter.api.Test;

/**
 * S4/S5 without the ExpressRoute parts (their loop is the same with plain route servers in the
 * hubs: about-dual-homed-network, S3, S9) and S6, the route limit (S1, S2, S31).
 */
class LoopAndLimitScenariosTest {

  @Test
  void s4WithoutAsOverrideEachRouteServerDropsWhatCrossedTheOther() {
    Topology topology = topology("s4-expressroute-without-as-override.yaml");
    ConvergedState state = converge(topology);
    // The hub's prefix reaches the spoke route server as [65001 65515]: dropped (own ASN in path).
    assertThat(learned(state, "rs-spoke/IN_0", "nva1")).noneMatch(line -> line.startsWith("10.1.0.0/16"));
    assertThat(state.node("rs-spoke/IN_0").orElseThrow().rejections())
        .filteredOn(r -> r.route().prefix().toString().equals("10.1.0.0/16") && r.peer().equals("nva1"))
        .singleElement()
        .satisfies(r -> {
          assertThat(r.stage()).isEqualTo(Rejection.Stage.INBOUND_RULE);
          assertThat(r.route().attributes().asPath().toString()).isEqualTo("65001 65515");
        });
    // ...and the spoke prefix reaches the hub route servers only as [6500x 65515]: dropped too.
    assertThat(learned(state, "rs-hub1/IN_0", "nva1")).noneMatch(line -> line.startsWith("10.0.0.0/16"));
    assertThat(learned(state, "rs-hub2/IN_1", "nva2")).noneMatch(line -> line.startsWith("10.0.0.0/16"));
    assertThat(effective(topology, state, "vm-hub1")).noneMatch(line -> line.contains(" 10.0.0.0/16 Virtual"));
  }

  @Test
  void s5WithAsOverrideTheRouteServersAcceptEachOthersPrefixes() {
    Topology topology = topology("s5-expressroute-with-as-override.yaml");
    ConvergedState state = converge(topology);
    assertThat(learned(state, "rs-hub1/IN_0", "nva1")).contains("10.0.0.0/16 10.1.1.4 [65001 65001]");
    assertThat(learned(state, "rs-hub2/IN_0", "nva2")).contains("10.0.0.0/16 10.2.1.4 [65002 65002]");
    assertThat(learned(state, "rs-spoke/IN_0", "nva1")).contains("10.1.0.0/16 10.1.1.4 [65001 65001]");
    assertThat(learned(state, "rs-spoke/IN_0", "nva2")).contains("10.2.0.0/16 10.2.1.4 [65002 65002]");
    // hub1 is peered with the spoke: the peering system route wins and the BGP route for the
    // spoke is not programmed in hub1 (facts 3.4: equal to a peered VNet prefix).
    assertThat(effective(topology, state, "vm-hub1"))
        .contains("Default Active 10.0.0.0/16 VNetPeering -")
        .noneMatch(line -> line.contains(" 10.0.0.0/16 VirtualNetworkGateway"));
  }

  @Test
  void s6MoreThanTheLimitTearsBothSessionsDownAndNothingIsProgrammed() {
    Topology topology = topology("s6-route-limit.yaml");
    ConvergedState state = converge(topology);
    assertThat(state.sessions()).filteredOn(s -> s.joins("nva1", "rs-spoke/IN_0") || s.joins("nva1", "rs-spoke/IN_1"))
        .hasSize(2)
        .allSatisfy(s -> {
          assertThat(s.up()).isFalse();
          assertThat(s.reason()).contains("advertised 4001 routes", "the limit is 4000",
              "routes held 0 + routes in the update 4001 = 4001 > 4000");
        });
    assertThat(effective(topology, state, "vm-spoke")).noneMatch(line -> line.startsWith("VirtualNetworkGateway"));
  }

  @Test
  void s6ExactlyTheLimitIsAccepted() {
    Topology topology = topology("s6-route-limit-4000.yaml");
    ConvergedState state = converge(topology);
    assertThat(state.sessions()).allMatch(SessionState::up);
    assertThat(state.node("rs-spoke/IN_0").orElseThrow().learnedFrom("nva1")).hasSize(4000);
    assertThat(effective(topology, state, "vm-spoke")).filteredOn(l -> l.startsWith("VirtualNetworkGateway"))
        .hasSize(4000);
  }

  @Test
  void countingEveryReceivedRouteIsASetting() {
    // nva1 (FRR) also echoes the spoke prefix it learned to both instances, the one it came from
    // included, as [65001 65515]: each instance receives 4,001 routes (real-deployments.md R3).
    Topology topology = topology("s6-route-limit-4000.yaml");
    ConvergedState state = converge(topology,
        EngineSettings.defaults().withRouteLimitCounting(io.arsim.engine.bgp.RouteLimitCounting.RECEIVED));
    assertThat(state.session("nva1", "rs-spoke/IN_0").orElseThrow().reason()).contains("advertised 4001 routes");
    assertThat(state.session("nva1", "rs-spoke/IN_1").orElseThrow().reason()).contains("advertised 4001 routes");
  }

  @Test
  void theOlderLimitOf1000IsASetting() {
    Topology topology = topology("s6-route-limit-4000.yaml");
    ConvergedState state = converge(topology, EngineSettings.defaults().withRouteLimit(EngineSettings.LEGACY_ROUTE_LIMIT));
    assertThat(state.sessions()).noneMatch(SessionState::up);
    assertThat(state.sessions().get(0).reason()).contains("the limit is 1000");
  }
}
