package io.arsim.expressroute;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.engine.bgp.Rejection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scenarios S4 and S5 of shared/scenarios/README.md and the ExpressRoute prefix limit, end to end
 * from examples/. Expected values come from the documentation (facts 2.2, 3.2, 4.2, 5: S1, S3, S9,
 * S18, S19, S24, S38); where the documentation says nothing about a row, the comment says which
 * modelling rule produced it.
 */
class ExpressRouteScenariosTest {
  private static final List<String> SPOKE_SYSTEM = List.of(
      "Default Active 0.0.0.0/0 Internet -",
      "Default Active 10.0.0.0/8 None -",
      "Default Active 10.0.0.0/16 VnetLocal -",
      "Default Active 10.1.0.0/16 VNetPeering -",
      "Default Active 10.2.0.0/16 VNetGlobalPeering -",
      "Default Active 100.64.0.0/10 None -",
      "Default Active 172.16.0.0/12 None -",
      "Default Active 192.168.0.0/16 None -");
  private static final List<String> HUB1_SYSTEM = List.of(
      "Default Active 0.0.0.0/0 Internet -",
      "Default Active 10.0.0.0/8 None -",
      "Default Active 10.0.0.0/16 VNetPeering -",
      "Default Active 10.1.0.0/16 VnetLocal -",
      "Default Active 100.64.0.0/10 None -",
      "Default Active 172.16.0.0/12 None -",
      "Default Active 192.168.0.0/16 None -");

  private static List<String> plus(List<String> a, String... more) {
    List<String> all = new ArrayList<>(a);
    all.addAll(List.of(more));
    return all;
  }

  @Test
  void s4TheHubRouteServerLearnsOnPremisesFromBothGatewayInstancesAndSendsItToTheNva() {
    Er.Run run = Er.run(Er.example("s4-expressroute-without-as-override.yaml"));
    // Each gateway instance is an iBGP speaker of its own (R2). Its VNet's space comes with an empty
    // path and the instance as next hop; what the Microsoft edge sent keeps the edge's address in
    // GatewaySubnet (10.1.254.6, the primary link's default) as next hop: iBGP leaves it unchanged
    // (R1, R2). [12076 65050] from on-premises (S24, S38); hub2's VNet over the same circuit as
    // [12076 12076] (R2).
    assertThat(run.learned("rs-hub1/IN_0", "ergw-hub1/IN_0")).containsExactly(
        "10.1.0.0/16 10.1.254.4 []",
        "10.2.0.0/16 10.1.254.6 [12076 12076]",
        "172.16.0.0/16 10.1.254.6 [12076 65050]");
    assertThat(run.learned("rs-hub1/IN_1", "ergw-hub1/IN_1")).containsExactly(
        "10.1.0.0/16 10.1.254.5 []",
        "10.2.0.0/16 10.1.254.6 [12076 12076]",
        "172.16.0.0/16 10.1.254.6 [12076 65050]");
    assertThat(run.advertised("rs-hub1/IN_0", "nva1")).contains("172.16.0.0/16 10.1.255.4 [65515 12076 65050]");
    // Toward its gateways the route server never sends the VNet's own space (R1).
    assertThat(run.advertised("rs-hub1/IN_0", "ergw-hub1/IN_0")).noneMatch(l -> l.startsWith("10.1.0.0/16"));
  }

  @Test
  void s4TheSpokeRouteServerRejectsWhatCrossedTheHubRouteServer() {
    Er.Run run = Er.run(Er.example("s4-expressroute-without-as-override.yaml"));
    for (String instance : List.of("rs-spoke/IN_0", "rs-spoke/IN_1")) {
      assertThat(run.state().node(instance).orElseThrow().rejections())
          .filteredOn(r -> r.route().prefix().toString().equals("172.16.0.0/16"))
          .extracting(r -> r.peer() + " " + r.stage() + " [" + r.route().attributes().asPath() + "]")
          .containsExactlyInAnyOrder(
              "nva1 " + Rejection.Stage.INBOUND_RULE + " [65001 65515 12076 65050]",
              "nva2 " + Rejection.Stage.INBOUND_RULE + " [65002 65515 12076 65050]");
      // Nothing from the NVAs gets in: the spoke route server holds only its own prefix.
      assertThat(run.best(instance)).containsExactly("10.0.0.0/16 local");
    }
    assertThat(run.effective("vm-spoke")).containsExactlyElementsOf(SPOKE_SYSTEM);
  }

  @Test
  void s4OnPremisesNeverLearnsTheSpoke() {
    Er.Run run = Er.run(Er.example("s4-expressroute-without-as-override.yaml"));
    // The spoke reaches the hub route servers only as [6500x 65515]: rejected.
    assertThat(run.learned("rs-hub1/IN_0", "nva1")).isEmpty();
    assertThat(run.learned("rs-hub2/IN_0", "nva2")).isEmpty();
    // On-premises gets the hub VNets (the gateways' own prefixes), as [12076] only, and not the spoke.
    assertThat(run.best("onprem")).containsExactly(
        "10.1.0.0/16 [12076]",
        "10.2.0.0/16 [12076]",
        "172.16.0.0/16 local");
  }

  @Test
  void s4LintReportsTheMissingAsOverrideOnEachNvaSessionTowardARouteServer() {
    Er.Run run = Er.run(Er.example("s4-expressroute-without-as-override.yaml"));
    assertThat(run.lintLines()).containsExactly(
        "error missing-as-override nva1 -> rs-hub1",
        "error missing-as-override nva1 -> rs-spoke",
        "error missing-as-override nva2 -> rs-hub2",
        "error missing-as-override nva2 -> rs-spoke");
    assertThat(run.lint().get(1).message()).contains("172.16.0.0/16 [65001 65515 12076 65050]");
    assertThat(run.lint().get(1).fix()).contains("as-override", "10.0.255.4", "10.0.255.5");
  }

  @Test
  void s5TheSpokeRouteServerLearnsOnPremisesFromBothNvasAndTheSpokeVmGetsEcmp() {
    Er.Run run = Er.run(Er.example("s5-expressroute-with-as-override.yaml"));
    assertThat(run.learned("rs-spoke/IN_0", "nva1")).contains("172.16.0.0/16 10.1.1.4 [65001 65001 12076 65050]");
    assertThat(run.learned("rs-spoke/IN_0", "nva2")).contains("172.16.0.0/16 10.2.1.4 [65002 65002 12076 65050]");
    assertThat(run.effective("vm-spoke")).containsExactlyElementsOf(plus(SPOKE_SYSTEM,
        "VirtualNetworkGateway Active 172.16.0.0/16 VirtualNetworkGateway 10.1.1.4",
        "VirtualNetworkGateway Active 172.16.0.0/16 VirtualNetworkGateway 10.2.1.4"));
  }

  @Test
  void s5OnPremisesReceivesTheSpokeWith12076Only() {
    Er.Run run = Er.run(Er.example("s5-expressroute-with-as-override.yaml"));
    assertThat(run.learned("rs-hub1/IN_0", "nva1")).contains("10.0.0.0/16 10.1.1.4 [65001 65001]");
    // Over both links of the circuit: the primary's Microsoft address is 192.168.100.2, the
    // secondary's (default: the next /30) 192.168.100.6.
    assertThat(run.learned("onprem", "er-circuit/primary")).containsExactly(
        "10.0.0.0/16 192.168.100.2 [12076]",
        "10.1.0.0/16 192.168.100.2 [12076]",
        "10.2.0.0/16 192.168.100.2 [12076]");
    assertThat(run.learned("onprem", "er-circuit/secondary")).containsExactly(
        "10.0.0.0/16 192.168.100.6 [12076]",
        "10.1.0.0/16 192.168.100.6 [12076]",
        "10.2.0.0/16 192.168.100.6 [12076]");
  }

  @Test
  void s5TheCircuitHoldsOnePathPerGatewayInstanceAndMarksOneBest() {
    Er.Run run = Er.run(Er.example("s5-expressroute-with-as-override.yaml"));
    // R2: the circuit's table holds one path per gateway instance, one of them best.
    var hub1 = run.state().node("er-circuit/primary").orElseThrow().table()
        .get(io.arsim.core.net.Ipv4Prefix.parse("10.1.0.0/16"));
    assertThat(java.util.stream.Stream.concat(hub1.best().stream(), hub1.lost().keySet().stream()))
        .extracting(c -> c.peer() + " " + c.route().attributes().nextHop())
        .containsExactlyInAnyOrder("ergw-hub1/IN_0 10.1.254.4", "ergw-hub1/IN_1 10.1.254.5");
    assertThat(hub1.best()).hasSize(1);
  }

  @Test
  void s5HubVmsReachOnPremisesThroughTheirOwnGatewayNotTheNva() {
    Er.Run run = Er.run(Er.example("s5-expressroute-with-as-override.yaml"));
    // ExpressRoute routing preference: the gateway's route beats nva1's (S1, S4, S8); the next hop
    // is the Microsoft edge's. 10.2.0.0/16 is hub2 learned over
    // the same circuit (ER VNet-to-VNet, S38).
    // is the Microsoft edge's: one row per link, at the links' addresses in GatewaySubnet (R2).
    assertThat(run.effective("vm-hub1")).containsExactlyElementsOf(plus(HUB1_SYSTEM,
        "VirtualNetworkGateway Active 10.2.0.0/16 VirtualNetworkGateway 10.1.254.6",
        "VirtualNetworkGateway Active 10.2.0.0/16 VirtualNetworkGateway 10.1.254.7",
        "VirtualNetworkGateway Active 172.16.0.0/16 VirtualNetworkGateway 10.1.254.6",
        "VirtualNetworkGateway Active 172.16.0.0/16 VirtualNetworkGateway 10.1.254.7"));
    assertThat(run.state().node("rs-hub1/IN_0").orElseThrow().table().get(
        io.arsim.core.net.Ipv4Prefix.parse("172.16.0.0/16")).primary().peer()).startsWith("ergw-hub1/IN_");
  }

  @Test
  void s5LintIsClean() {
    Er.Run run = Er.run(Er.example("s5-expressroute-with-as-override.yaml"));
    assertThat(run.lintLines()).isEmpty();
  }

  @Test
  void fourThousandAndOnePrefixesOverAStandardCircuitDropTheSessionOnBothLinks() {
    Er.Run run = Er.run(Er.example("er-route-limit-standard.yaml"));
    for (String link : List.of("er-circuit/primary", "er-circuit/secondary")) {
      assertThat(run.up("onprem", link)).isFalse();
      assertThat(run.reason("onprem", link)).contains("4001", "limit is 4000");
      assertThat(run.up("ergw-hub/IN_0", link)).isTrue();
      assertThat(run.up("ergw-hub/IN_1", link)).isTrue();
    }
    assertThat(run.best("ergw-hub/IN_0")).containsExactly("10.1.0.0/16 local");
    assertThat(run.effective("vm-hub")).noneMatch(l -> l.startsWith("VirtualNetworkGateway"));
    assertThat(run.best("onprem")).noneMatch(l -> l.startsWith("10.1.0.0/16"));
    // One prefix-limit finding per circuit (both links carry the same prefixes), one session-down per link.
    assertThat(run.lintLines()).containsExactly(
        "error prefix-limit onprem -> er-circuit",
        "error session-down er-circuit/primary - onprem",
        "error session-down er-circuit/secondary - onprem");
  }

  @Test
  void theSamePrefixesOverAPremiumCircuitAreAcceptedAndProgrammedOverBothLinks() {
    Er.Run run = Er.run(Er.example("er-route-limit-premium.yaml"));
    assertThat(run.up("onprem", "er-circuit/primary")).isTrue();
    assertThat(run.up("onprem", "er-circuit/secondary")).isTrue();
    // One row per link and prefix: 4,001 prefixes x 2 links.
    assertThat(run.effective("vm-hub")).filteredOn(l -> l.startsWith("VirtualNetworkGateway Active"))
        .hasSize(8002)
        .allMatch(l -> l.endsWith("VirtualNetworkGateway 10.1.254.6") || l.endsWith("VirtualNetworkGateway 10.1.254.7"));
    assertThat(run.learned("onprem", "er-circuit/primary")).containsExactly("10.1.0.0/16 192.168.100.2 [12076]");
    assertThat(run.lintLines()).isEmpty();
  }
}
