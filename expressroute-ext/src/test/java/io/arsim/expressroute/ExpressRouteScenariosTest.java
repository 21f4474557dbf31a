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
  void s4TheHubRouteServerLearnsOnPremisesFromItsGatewayAndSendsItToTheNva() {
    Er.Run run = Er.run(Er.example("s4-expressroute-without-as-override.yaml"));
    // [12076 65050] at the gateway / route server (S24, S38); hub2's VNet over the same circuit
    // arrives as [12076 12076] (ER VNet-to-VNet through the MSEE, S38).
    assertThat(run.learned("rs-hub1/IN_0", "ergw-hub1")).containsExactly(
        "10.2.0.0/16 192.168.100.2 [12076 12076]",
        "172.16.0.0/16 192.168.100.2 [12076 65050]");
    assertThat(run.advertised("rs-hub1/IN_0", "nva1")).contains("172.16.0.0/16 10.1.255.4 [65515 12076 65050]");
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
    assertThat(run.learned("onprem", "er-circuit/MSEE")).containsExactly(
        "10.0.0.0/16 192.168.100.2 [12076]",
        "10.1.0.0/16 192.168.100.2 [12076]",
        "10.2.0.0/16 192.168.100.2 [12076]");
  }

  @Test
  void s5HubVmsReachOnPremisesThroughTheirOwnGatewayNotTheNva() {
    Er.Run run = Er.run(Er.example("s5-expressroute-with-as-override.yaml"));
    // ExpressRoute routing preference: the gateway's route beats nva1's (S1, S4, S8); the next hop
    // is the Microsoft edge's address (a non-VNet address, S24). 10.2.0.0/16 is hub2 learned over
    // the same circuit (ER VNet-to-VNet, S38).
    assertThat(run.effective("vm-hub1")).containsExactlyElementsOf(plus(HUB1_SYSTEM,
        "VirtualNetworkGateway Active 10.2.0.0/16 VirtualNetworkGateway 192.168.100.2",
        "VirtualNetworkGateway Active 172.16.0.0/16 VirtualNetworkGateway 192.168.100.2"));
    assertThat(run.state().node("rs-hub1/IN_0").orElseThrow().table().get(
        io.arsim.core.net.Ipv4Prefix.parse("172.16.0.0/16")).primary().peer()).isEqualTo("ergw-hub1");
  }

  @Test
  void s5LintIsClean() {
    Er.Run run = Er.run(Er.example("s5-expressroute-with-as-override.yaml"));
    assertThat(run.lintLines()).isEmpty();
  }

  @Test
  void fourThousandAndOnePrefixesOverAStandardCircuitDropTheSession() {
    Er.Run run = Er.run(Er.example("er-route-limit-standard.yaml"));
    assertThat(run.up("onprem", "er-circuit/MSEE")).isFalse();
    assertThat(run.reason("onprem", "er-circuit/MSEE")).contains("4001", "limit is 4000");
    assertThat(run.up("ergw-hub", "er-circuit/MSEE")).isTrue();
    assertThat(run.best("ergw-hub")).containsExactly("10.1.0.0/16 local");
    assertThat(run.effective("vm-hub")).noneMatch(l -> l.startsWith("VirtualNetworkGateway"));
    assertThat(run.best("onprem")).noneMatch(l -> l.startsWith("10.1.0.0/16"));
    assertThat(run.lintLines()).containsExactly(
        "error prefix-limit onprem -> er-circuit/MSEE",
        "error session-down er-circuit/MSEE - onprem");
  }

  @Test
  void theSamePrefixesOverAPremiumCircuitAreAccepted() {
    Er.Run run = Er.run(Er.example("er-route-limit-premium.yaml"));
    assertThat(run.up("onprem", "er-circuit/MSEE")).isTrue();
    assertThat(run.effective("vm-hub")).filteredOn(l -> l.startsWith("VirtualNetworkGateway Active"))
        .hasSize(4001).allMatch(l -> l.endsWith("VirtualNetworkGateway 192.168.100.2"));
    assertThat(run.learned("onprem", "er-circuit/MSEE")).containsExactly("10.1.0.0/16 192.168.100.2 [12076]");
    assertThat(run.lintLines()).isEmpty();
  }
}
