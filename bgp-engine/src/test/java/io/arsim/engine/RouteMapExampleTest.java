package io.arsim.engine;

import static io.arsim.engine.Scenarios.effective;
import static io.arsim.engine.Scenarios.learned;
import static io.arsim.engine.Scenarios.table;
import static io.arsim.engine.Scenarios.topology;
import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.Topology;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.Selection;
import org.junit.jupiter.api.Test;

/**
 * examples/nva-route-map-next-hops-and-aggregate.yaml: the outcome its header states, from FRR's
 * route-map and aggregate-address documentation (routemap.rst: first matching clause, set ip
 * next-hop; bgp.rst: summary-only) and RFC 4271 9.2.2.2, with Azure programming whatever next hop
 * the NVA sent (real-deployments.md R3).
 */
class RouteMapExampleTest {
  private final Topology topology = topology("nva-route-map-next-hops-and-aggregate.yaml");
  private final ConvergedState state = Scenarios.converge(topology);

  @Test
  void theRouteServerLearnsTheFirewallNextHopAndTheSummaryOnly() {
    for (String instance : new String[] {"rs-hub/IN_0", "rs-hub/IN_1"}) {
      assertThat(learned(state, instance, "nva1")).containsExactly(
          "0.0.0.0/0 10.1.1.4 [65001]",
          "172.16.5.0/24 10.1.3.4 [65001]",
          "192.168.0.0/16 10.1.1.4 [65001]");
    }
    assertThat(state.node("rs-hub/IN_0").orElseThrow().rejections()).as("seq 20 stopped the echoes").isEmpty();
  }

  @Test
  void theSpokeSendsPaymentsToTheFirewall() {
    assertThat(effective(topology, state, "vm-spoke")).contains(
        "VirtualNetworkGateway Active 0.0.0.0/0 VirtualNetworkGateway 10.1.1.4",
        "VirtualNetworkGateway Active 172.16.5.0/24 VirtualNetworkGateway 10.1.3.4",
        "VirtualNetworkGateway Active 192.168.0.0/16 VirtualNetworkGateway 10.1.1.4");
    assertThat(effective(topology, state, "vm-spoke")).noneMatch(l -> l.contains("192.168.10.0/24"));
  }

  @Test
  void theNvaHoldsItsAggregateAndTheRouteServersPathsTiedOnArrival() {
    Selection summary = state.node("nva1").orElseThrow().table().get(Ipv4Prefix.parse("192.168.0.0/16"));
    assertThat(summary.primary().isAggregate()).isTrue();
    assertThat(summary.primary().weight()).isEqualTo(32768);
    assertThat(table(state, "nva1")).contains(
        "10.2.0.0/16: rs-hub/IN_0 [65515] best",
        "10.2.0.0/16: rs-hub/IN_1 [65515] multipath",
        "192.168.0.0/16: aggregate [] best",
        "192.168.10.0/24: local [] best");
    assertThat(state.node("nva1").orElseThrow().table().get(Ipv4Prefix.parse("10.2.0.0/16")).arrivalOrderDependent())
        .isTrue();
  }
}
