package io.arsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.topology.Topology;
import io.arsim.engine.spi.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lint reports only what changes traffic (issue 17): routes a route server drops that Azure would
 * never program, and a route to itself that the longest match never picks, are not findings.
 */
class LintFalsePositivesTest {

  private static List<String> findings(Topology topology) {
    return Scenarios.run().converge(topology).lint().stream()
        .map(f -> f.severity().label() + " " + f.rule() + " " + f.subject()).toList();
  }

  private static List<Finding> findings(Topology topology, String rule) {
    return Scenarios.run().converge(topology).lint().stream().filter(f -> f.rule().equals(rule)).toList();
  }

  /**
   * S7: rs-spoke drops hub1's own prefix 10.1.0.0/16 [65001 65515] and rs-hub1 drops the spoke's
   * 10.0.0.0/16 [65001 65515]. The spoke and hub1 are peered, so their VMs hold both prefixes as
   * VNetPeering system routes, which win, and a BGP route equal to or inside them is not programmed
   * (facts 4.4, S1, S17; real-deployments R4): the drops change nothing and are not reported.
   */
  @Test
  void droppedPrefixesOfPeeredVnetsAreNoMissingAsOverride() {
    Topology s7 = Scenarios.topology("s7-nva-default-route-own-nic.yaml");
    assertThat(Scenarios.converge(s7).node("rs-spoke/IN_0").orElseThrow().rejections())
        .as("the route server still drops the path (the lint rule only stops reporting it)")
        .anyMatch(r -> r.route().prefix().toString().equals("10.1.0.0/16"));
    assertThat(findings(s7)).containsExactly(
        "warning nva-route-to-itself NIC nva1-nic of nva1 (10.1.1.4)",
        "warning nva-route-to-itself NIC nva1-nic of nva1 (10.1.1.4)");
  }

  /**
   * A drop matters where the receiving route server programs VNets that are not peered with the
   * dropped prefix's VNet: spoke and far are both peered with hub1 but not with each other, so
   * rs-far dropping the spoke's 10.0.0.0/16 (and rs-spoke far's 10.9.0.0/16) leaves their VMs
   * without a route (S3, S9).
   */
  @Test
  void aDropOfAPrefixTheReceiversVnetsLackIsStillReported() {
    List<Finding> dropped = findings(Tiny.yaml(TWO_ROUTE_SERVERS), "missing-as-override");
    assertThat(dropped).extracting(Finding::subject).containsExactly("nva1 -> rs-far", "nva1 -> rs-spoke");
    assertThat(dropped.get(0).message()).contains("10.0.0.0/16 [65001 65515]");
    assertThat(dropped.get(1).message()).contains("10.9.0.0/16 [65001 65515]");
  }

  /**
   * nva1 advertises the supernet 10.0.0.0/14; the hub route server programs it into nva1's own NIC
   * with nva1 as next hop. Every address of 10.0.0.0/14 is in hub1 (10.1.0.0/16) or a peered spoke
   * (10.0.0.0/16, 10.2.0.0/16, 10.3.0.0/16), whose system routes are more specific: the longest
   * match never picks the supernet on that NIC (facts 4.4), so nothing loops.
   */
  @Test
  void aSupernetEveryAddressOfWhichHasAVnetRouteIsNoRouteToItself() {
    assertThat(findings(Tiny.yaml(HUB_AND_SPOKES), "nva-route-to-itself")).isEmpty();
  }

  /** Without spoke3 (10.3.0.0/16) the supernet's last quarter goes to nva1 itself: the warning stays. */
  @Test
  void aSupernetWithAnUncoveredAddressStillWarns() {
    String withoutSpoke3 = HUB_AND_SPOKES.replace(SPOKE3, "").replace(PEERING3, "");
    List<Finding> warnings = findings(Tiny.yaml(withoutSpoke3), "nva-route-to-itself");
    assertThat(warnings).extracting(Finding::subject).containsExactly("NIC nva1-nic of nva1 (10.1.1.4)");
    assertThat(warnings.get(0).message()).contains("10.0.0.0/14 -> 10.1.1.4, itself");
  }

  private static final String SPOKE3 = """
        - name: spoke3
          location: westeurope
          addressSpace: [10.3.0.0/16]
          subnets:
            - name: workload
              addressPrefix: 10.3.1.0/24
          virtualNetworkPeerings:
            - name: spoke3-to-hub1
              remoteVirtualNetwork: hub1
              allowForwardedTraffic: true
      """;

  private static final String PEERING3 = """
            - name: hub1-to-spoke3
              remoteVirtualNetwork: spoke3
              allowForwardedTraffic: true
      """;

  private static final String HUB_AND_SPOKES = """
      name: supernet
      virtualNetworks:
        - name: hub1
          location: westeurope
          addressSpace: [10.1.0.0/16]
          subnets:
            - name: RouteServerSubnet
              addressPrefix: 10.1.255.0/27
            - name: nva
              addressPrefix: 10.1.1.0/24
          virtualNetworkPeerings:
            - name: hub1-to-spoke0
              remoteVirtualNetwork: spoke0
              allowForwardedTraffic: true
            - name: hub1-to-spoke2
              remoteVirtualNetwork: spoke2
              allowForwardedTraffic: true
      """ + PEERING3 + """
        - name: spoke0
          location: westeurope
          addressSpace: [10.0.0.0/16]
          subnets:
            - name: workload
              addressPrefix: 10.0.1.0/24
          virtualNetworkPeerings:
            - name: spoke0-to-hub1
              remoteVirtualNetwork: hub1
              allowForwardedTraffic: true
        - name: spoke2
          location: westeurope
          addressSpace: [10.2.0.0/16]
          subnets:
            - name: workload
              addressPrefix: 10.2.1.0/24
          virtualNetworkPeerings:
            - name: spoke2-to-hub1
              remoteVirtualNetwork: hub1
              allowForwardedTraffic: true
      """ + SPOKE3 + """
      routeServers:
        - name: rs-hub1
          virtualNetwork: hub1
          bgpConnections:
            - name: nva1
              peerIp: 10.1.1.4
              peerAsn: 65001
      networkVirtualAppliances:
        - name: nva1
          asn: 65001
          networkInterfaces:
            - subnet: hub1/nva
              privateIpAddress: 10.1.1.4
              enableIpForwarding: true
          networks: [10.0.0.0/14]
          bgpNeighbors:
            - peerIp: 10.1.255.4
              peerAsn: 65515
              ebgpMultihop: 2
              nextHopSelf: true
            - peerIp: 10.1.255.5
              peerAsn: 65515
              ebgpMultihop: 2
              nextHopSelf: true
      """;

  private static final String TWO_ROUTE_SERVERS = """
      name: two-route-servers
      virtualNetworks:
        - name: spoke
          location: westeurope
          addressSpace: [10.0.0.0/16]
          subnets:
            - name: RouteServerSubnet
              addressPrefix: 10.0.255.0/27
          virtualNetworkPeerings:
            - name: spoke-to-hub1
              remoteVirtualNetwork: hub1
        - name: hub1
          location: westeurope
          addressSpace: [10.1.0.0/16]
          subnets:
            - name: nva
              addressPrefix: 10.1.1.0/24
          virtualNetworkPeerings:
            - name: hub1-to-spoke
              remoteVirtualNetwork: spoke
            - name: hub1-to-far
              remoteVirtualNetwork: far
        - name: far
          location: westeurope
          addressSpace: [10.9.0.0/16]
          subnets:
            - name: RouteServerSubnet
              addressPrefix: 10.9.255.0/27
          virtualNetworkPeerings:
            - name: far-to-hub1
              remoteVirtualNetwork: hub1
      routeServers:
        - name: rs-spoke
          virtualNetwork: spoke
          bgpConnections:
            - name: nva1
              peerIp: 10.1.1.4
              peerAsn: 65001
        - name: rs-far
          virtualNetwork: far
          bgpConnections:
            - name: nva1
              peerIp: 10.1.1.4
              peerAsn: 65001
      networkVirtualAppliances:
        - name: nva1
          asn: 65001
          networkInterfaces:
            - subnet: hub1/nva
              privateIpAddress: 10.1.1.4
              enableIpForwarding: true
          bgpNeighbors:
            - {peerIp: 10.0.255.4, peerAsn: 65515, ebgpMultihop: 2}
            - {peerIp: 10.0.255.5, peerAsn: 65515, ebgpMultihop: 2}
            - {peerIp: 10.9.255.4, peerAsn: 65515, ebgpMultihop: 2}
            - {peerIp: 10.9.255.5, peerAsn: 65515, ebgpMultihop: 2}
      """;
}
