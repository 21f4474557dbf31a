package io.arsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.file.LoadedTopology;
import io.arsim.core.topology.file.TopologyFormat;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.DecisionStep;
import io.arsim.engine.bgp.Rejection;
import io.arsim.engine.bgp.Selection;
import io.arsim.engine.bgp.SessionState;
import io.arsim.engine.spi.Finding;
import io.arsim.engine.spi.LintSeverity;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One NVA peering both instances of a route server, as each vendor profile runs it. Expected tables
 * come from the vendors' documented behaviour (real-deployments.md R3, bgp-reference.md, FRR's
 * code and its Debian 8.4.4 build measured in docs/engine.md "Vendor profiles", Cisco's
 * documentation), not from arsim's output. The route server advertises the hub (10.1.0.0/16) and
 * the spoke (10.2.0.0/16) to the NVA as {@code [65515]}, next hop its instance address.
 */
class VendorProfileScenariosTest {
  private static final String DESIGN = """
      name: vendor-profiles
      virtualNetworks:
        - name: hub
          location: westeurope
          addressSpace: [10.1.0.0/16]
          subnets:
            - {name: RouteServerSubnet, addressPrefix: 10.1.255.0/27}
            - {name: nva, addressPrefix: 10.1.1.0/24}
            - {name: firewall, addressPrefix: 10.1.3.0/24}
          virtualNetworkPeerings: [{name: hub-to-spoke, remoteVirtualNetwork: spoke, allowGatewayTransit: true}]
        - name: spoke
          location: westeurope
          addressSpace: [10.2.0.0/16]
          subnets: [{name: workload, addressPrefix: 10.2.1.0/24}]
          virtualNetworkPeerings: [{name: spoke-to-hub, remoteVirtualNetwork: hub, useRemoteGateways: true}]
      virtualMachines:
        - name: vm-spoke
          networkInterfaces: [{subnet: spoke/workload, privateIpAddress: 10.2.1.4}]
        - name: fw
          networkInterfaces: [{subnet: hub/firewall, privateIpAddress: 10.1.3.4, enableIpForwarding: true}]
      routeServers:
        - name: rs-hub
          virtualNetwork: hub
          bgpConnections: [{name: nva1, peerIp: 10.1.1.4, peerAsn: 65001}]
      networkVirtualAppliances:
        - name: nva1
          asn: 65001
          vendor: VENDOR
          networkInterfaces: [{subnet: hub/nva, privateIpAddress: 10.1.1.4, enableIpForwarding: true}]
          networks: [0.0.0.0/0, 192.168.10.0/24]
          EXTRA
          bgpNeighbors:
            - {peerIp: 10.1.255.4, peerAsn: 65515NEIGHBOR}
            - {peerIp: 10.1.255.5, peerAsn: 65515NEIGHBOR}
      POLICIES
      """;
  private static final String MULTIHOP = ", ebgpMultihop: 2";
  private static final String OVERRIDE = "policies: [{name: override, type: as-override}]";

  private static ConvergedDesign design(String vendor, String neighbor, String extra, String policies) {
    LoadedTopology loaded = Scenarios.run().reader().read("vendor.yaml", TopologyFormat.YAML, DESIGN
        .replace("VENDOR", vendor).replace("NEIGHBOR", neighbor).replace("EXTRA", extra)
        .replace("POLICIES", policies));
    return Scenarios.run().converge(loaded);
  }

  private static ConvergedDesign design(String vendor, String neighbor) {
    return design(vendor, neighbor, "", "");
  }

  private static Selection at(ConvergedState state, String node, String prefix) {
    return state.node(node).orElseThrow().table().get(Ipv4Prefix.parse(prefix));
  }

  private static List<Rejection> rejected(ConvergedState state, String node, String prefix) {
    return state.node(node).orElseThrow().rejections().stream()
        .filter(r -> r.route().prefix().equals(Ipv4Prefix.parse(prefix))).toList();
  }

  private static List<Finding> multihopFindings(ConvergedDesign design) {
    return design.lint().stream().filter(f -> f.rule().equals("route-server-without-ebgp-multihop")).toList();
  }

  @Nested
  class Frr {

    @Test
    void withoutEbgpMultihopTheSessionsComeUpButTheRouteServersPathsAreInvalid() {
      // R3 and the FRR 8.4.4 lab: no '*' on the route server's paths, next hop not accessible.
      ConvergedDesign design = design("frr", "");
      ConvergedState state = design.state();
      assertThat(state.sessions()).allMatch(SessionState::up);
      assertThat(Scenarios.learned(state, "nva1", "rs-hub/IN_0")).isEmpty();
      assertThat(at(state, "nva1", "10.2.0.0/16")).isNull();
      assertThat(rejected(state, "nva1", "10.2.0.0/16")).hasSize(2).allSatisfy(r -> {
        assertThat(r.rule()).isEqualTo("next hop not connected");
        assertThat(r.reason()).contains("10.1.1.0/24", "ebgpMultihop: 2");
      });
      // 2 prefixes from each of the 2 instances. The route server still learns the NVA's own routes: they do not need the NVA's next-hop tracking.
      assertThat(Scenarios.learned(state, "rs-hub/IN_0", "nva1"))
          .containsExactly("0.0.0.0/0 10.1.1.4 [65001]", "192.168.10.0/24 10.1.1.4 [65001]");
      assertThat(multihopFindings(design)).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(LintSeverity.WARNING);
        assertThat(f.message()).contains("nva1 (vendor frr) peers rs-hub at 10.1.255.4, 10.1.255.5",
            "holds the 4 path(s) rs-hub sends as invalid");
        assertThat(f.fix()).contains("ebgpMultihop: 2", "ip nht resolve-via-default");
      });
    }

    @Test
    void withEbgpMultihopTheTwoInstancesAreBestAndMultipathByDefault() {
      // R3: two equal paths from the two instances show one best and one multipath with no
      // maximum-paths configured (Debian's FRR: maximum-paths defaults to 256).
      ConvergedDesign design = design("frr", MULTIHOP);
      Selection spoke = at(design.state(), "nva1", "10.2.0.0/16");
      assertThat(spoke.best()).extracting(c -> c.peer()).containsExactly("rs-hub/IN_0", "rs-hub/IN_1");
      // FRR keeps the older of the two; arsim cannot know which arrived first (R3).
      assertThat(spoke.arrivalOrderDependent()).isTrue();
      assertThat(design.explainer().atNode("nva1", Ipv4Prefix.parse("10.2.0.0/16")).arrivalOrderPaths())
          .containsExactly("rs-hub/IN_0 (10.1.255.4)", "rs-hub/IN_1 (10.1.255.5)");
      assertThat(multihopFindings(design)).isEmpty();
    }

    @Test
    void theBestPathGoesBackToTheInstanceItCameFromWhoseLoopCheckDropsIt() {
      // R3 and FRR's subgroup_announce_check: only a solo neighbour is skipped.
      ConvergedState state = design("frr", MULTIHOP).state();
      assertThat(Scenarios.advertised(state, "nva1", "rs-hub/IN_0")).contains("10.2.0.0/16 10.1.1.4 [65001 65515]");
      assertThat(rejected(state, "rs-hub/IN_0", "10.2.0.0/16")).singleElement()
          .satisfies(r -> assertThat(r.reason()).contains("holds 65515"));
    }

    @Test
    void withAsOverrideBothInstancesLearnTheEchoAlike() {
      // R3: "with as-override the route server then learns it on both instances".
      ConvergedState state = design("frr", MULTIHOP + ", exportPolicies: [override]", "", OVERRIDE).state();
      List<String> in0 = Scenarios.learned(state, "rs-hub/IN_0", "nva1");
      List<String> in1 = Scenarios.learned(state, "rs-hub/IN_1", "nva1");
      assertThat(in0).contains("10.2.0.0/16 10.1.1.4 [65001 65001]");
      assertThat(in1).contains("10.2.0.0/16 10.1.1.4 [65001 65001]");
      assertThat(in0).hasSameSizeAs(in1);
    }

    @Test
    void aSoloNeighbourIsNotSentWhatItSent() {
      ConvergedState state = design("frr", MULTIHOP + ", exportPolicies: [override], solo: true", "", OVERRIDE).state();
      // nva1's best for the spoke came from IN_0 (lower router id): it goes to IN_1 only.
      assertThat(Scenarios.learned(state, "rs-hub/IN_0", "nva1")).noneMatch(l -> l.startsWith("10.2.0.0/16"));
      assertThat(Scenarios.learned(state, "rs-hub/IN_1", "nva1")).anyMatch(l -> l.startsWith("10.2.0.0/16"));
    }

    @Test
    void aNetworkBackedByAStaticRouteShowsNextHopZero() {
      // R3: "FRR shows 0.0.0.0" (the lab: 10.60.0.0/16 with ip route ... 10.1.1.1).
      ConvergedState state = design("frr", MULTIHOP, "staticRoutes: [{prefix: 192.168.10.0/24, nextHop: 10.1.1.1}]",
          "").state();
      assertThat(at(state, "nva1", "192.168.10.0/24").primary().route().attributes().nextHop())
          .hasToString("0.0.0.0");
    }
  }

  @Nested
  class CiscoIosXe {

    @Test
    void withoutEbgpMultihopTheSessionsToTheRouteServerStayDown() {
      // Cisco: eBGP neighbours must be directly connected unless ebgp-multihop is configured.
      ConvergedDesign design = design("cisco-iosxe", "");
      assertThat(design.state().sessions()).filteredOn(s -> s.joins("nva1", "rs-hub/IN_0")).singleElement()
          .satisfies(s -> {
            assertThat(s.up()).isFalse();
            assertThat(s.reason()).contains("does not bring up an eBGP session to 10.1.255.4",
                "not on its subnets (10.1.1.0/24)", "ebgpMultihop: 2");
          });
      assertThat(multihopFindings(design)).singleElement()
          .satisfies(f -> assertThat(f.severity()).isEqualTo(LintSeverity.ERROR));
    }

    @Test
    void maximumPathsDefaultsToOneAndTheOldestPathDecides() {
      // R3: IOS-XE's default maximum-paths is 1; between equal eBGP paths it keeps the oldest.
      Selection spoke = at(design("cisco-iosxe", MULTIHOP).state(), "nva1", "10.2.0.0/16");
      assertThat(spoke.best()).extracting(c -> c.peer()).containsExactly("rs-hub/IN_0");
      assertThat(spoke.lost().values()).containsExactly(DecisionStep.ROUTER_ID);
      assertThat(spoke.arrivalOrderDependent()).isTrue();
    }

    @Test
    void aPinnedArrivalOrderDecidesWithoutDoubt() {
      Selection spoke = at(design("cisco-iosxe", MULTIHOP, "arrivalOrder: [10.1.255.5, 10.1.255.4]", "").state(),
          "nva1", "10.2.0.0/16");
      assertThat(spoke.best()).extracting(c -> c.peer()).containsExactly("rs-hub/IN_1");
      assertThat(spoke.lost().values()).containsExactly(DecisionStep.ARRIVAL_ORDER);
      assertThat(spoke.arrivalOrderDependent()).isFalse();
    }

    @Test
    void theBestPathGoesBackToTheInstanceItCameFromToo() {
      // Cisco ("IOS-XR BGP Best Practice: eBGP Transit AS"): IOS sends all routes, the peer filters.
      ConvergedState state = design("cisco-iosxe", MULTIHOP).state();
      assertThat(Scenarios.advertised(state, "nva1", "rs-hub/IN_0")).contains("10.2.0.0/16 10.1.1.4 [65001 65515]");
    }

    @Test
    void aNetworkBackedByAStaticRouteKeepsTheStaticsNextHopWhichNextHopUnchangedPassesOn() {
      // R3: "network X backed by a static route takes the static's next hop in the NVA's table on
      // IOS-XE"; toward eBGP the next hop is the NVA's own address unless next-hop-unchanged, and
      // Azure programs whatever next hop the NVA sent.
      String statics = "staticRoutes: [{prefix: 192.168.10.0/24, nextHop: 10.1.3.4}]";
      ConvergedState plain = design("cisco-iosxe", MULTIHOP, statics, "").state();
      assertThat(at(plain, "nva1", "192.168.10.0/24").primary().route().attributes().nextHop()).hasToString("10.1.3.4");
      assertThat(Scenarios.learned(plain, "rs-hub/IN_0", "nva1")).contains("192.168.10.0/24 10.1.1.4 [65001]");
      ConvergedDesign unchanged = design("cisco-iosxe", MULTIHOP + ", nextHopUnchanged: true", statics, "");
      assertThat(Scenarios.learned(unchanged.state(), "rs-hub/IN_0", "nva1")).contains("192.168.10.0/24 10.1.3.4 [65001]");
      assertThat(Scenarios.effective(unchanged.topology(), unchanged.state(), "vm-spoke"))
          .contains("VirtualNetworkGateway Active 192.168.10.0/24 VirtualNetworkGateway 10.1.3.4");
    }
  }

  @Nested
  class NextHopsAndAggregates {
    private static final String ROUTE_MAP = """
        policies:
          - name: override
            type: as-override
          - name: to-rs
            type: route-map
            config:
              prefixLists:
                BRANCH: [{action: permit, prefix: 192.168.10.0/24}]
                SPOKE: [{action: permit, prefix: 10.2.0.0/16}]
              clauses:
                - {seq: 10, action: permit, match: {prefixList: BRANCH}, set: {nextHop: 10.1.3.4}}
                - {seq: 20, action: permit, match: {prefixList: SPOKE}, set: {nextHop: unchanged}}
                - {seq: 30, action: permit}
        """;

    @Test
    void routeMapClausesSetNextHopsOnTheirPrefixesOnlyAndAzureProgramsThem() {
      ConvergedDesign design = design("frr", MULTIHOP + ", exportPolicies: [override, to-rs]", "", ROUTE_MAP);
      List<String> learned = Scenarios.learned(design.state(), "rs-hub/IN_1", "nva1");
      assertThat(learned).contains("192.168.10.0/24 10.1.3.4 [65001]", "0.0.0.0/0 10.1.1.4 [65001]",
          // set ip next-hop unchanged: the route server instance nva1 learned it from stays the next hop
          "10.2.0.0/16 10.1.255.4 [65001 65001]");
      assertThat(Scenarios.effective(design.topology(), design.state(), "vm-spoke"))
          .contains("VirtualNetworkGateway Active 192.168.10.0/24 VirtualNetworkGateway 10.1.3.4");
    }

    @Test
    void aSummaryOnlyAggregateReplacesTheMoreSpecificRoutes() {
      String aggregate = "networks: [192.168.10.0/24, 192.168.11.0/24]\n    "
          + "aggregateAddresses: [{prefix: 192.168.0.0/16, summaryOnly: true}]";
      ConvergedState state = design("frr", MULTIHOP, aggregate.replace("networks: [192.168.10.0/24, 192.168.11.0/24]\n    ",
          ""), "").state();
      Selection summary = at(state, "nva1", "192.168.0.0/16");
      assertThat(summary.primary().isAggregate()).isTrue();
      assertThat(summary.primary().route().attributes().asPath().isEmpty()).isTrue();
      assertThat(Scenarios.learned(state, "rs-hub/IN_0", "nva1"))
          .containsExactly("0.0.0.0/0 10.1.1.4 [65001]", "192.168.0.0/16 10.1.1.4 [65001]");
    }

    @Test
    void anAsSetAggregateOfRouteServerRoutesCarries65515AndTheRouteServerDropsIt() {
      // RFC 4271 9.2.2.2: the AS_SET holds the contributors' ASes; FRR's lab aggregate showed
      // {65515} (docs/engine.md). Azure's loop check then drops it.
      ConvergedState state = design("frr", MULTIHOP,
          "aggregateAddresses: [{prefix: 10.0.0.0/8, summaryOnly: true, asSet: true}]", "").state();
      assertThat(at(state, "nva1", "10.0.0.0/8").primary().route().attributes().asPath()).hasToString("65515");
      assertThat(rejected(state, "rs-hub/IN_0", "10.0.0.0/8")).singleElement()
          .satisfies(r -> assertThat(r.route().attributes().asPath()).hasToString("65001 65515"));
      ConvergedState withoutSet = design("frr", MULTIHOP,
          "aggregateAddresses: [{prefix: 10.0.0.0/8, summaryOnly: true}]", "").state();
      assertThat(Scenarios.learned(withoutSet, "rs-hub/IN_0", "nva1")).contains("10.0.0.0/8 10.1.1.4 [65001]");
    }
  }
}
