package io.arsim.expressroute;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * One hub with a route server, an NVA, an ExpressRoute gateway (circuit to on-premises AS 65050,
 * 172.16.0.0/16) and an active-active VPN gateway (BGP to branch AS 65060, 192.168.10.0/24), for
 * the rules of facts 2.2, 3.4, 4.2 and 5.
 */
class HybridBehaviourTest {
  static final String DESIGN = """
      name: hybrid
      virtualNetworks:
        - name: hub
          location: westeurope
          addressSpace: [10.1.0.0/16]
          subnets:
            - {name: RouteServerSubnet, addressPrefix: 10.1.255.0/27}
            - {name: GatewaySubnet, addressPrefix: 10.1.254.0/27}
            - {name: nva, addressPrefix: 10.1.1.0/24}
            - {name: workload, addressPrefix: 10.1.2.0/24}
      virtualMachines:
        - name: vm-hub
          networkInterfaces: [{subnet: hub/workload, privateIpAddress: 10.1.2.4}]
      routeServers:
        - name: rs-hub
          virtualNetwork: hub
          allowBranchToBranchTraffic: B2B
          bgpConnections: [{name: nva1, peerIp: 10.1.1.4, peerAsn: 65001}]
      networkVirtualAppliances:
        - name: nva1
          asn: 65001
          networks: [0.0.0.0/0, 10.50.0.0/16]
          networkInterfaces: [{subnet: hub/nva, privateIpAddress: 10.1.1.4, enableIpForwarding: true}]
          bgpNeighbors:
            - {peerIp: 10.1.255.4, peerAsn: 65515, ebgpMultihop: 2}
            - {peerIp: 10.1.255.5, peerAsn: 65515, ebgpMultihop: 2}
      extensions:
        expressRouteGateways:
          - {name: ergw, virtualNetwork: hub}
        expressRouteCircuits:
          - {name: circuit, primaryPeerAddressPrefix: 192.168.100.0/30, gateways: [ergw]}
        vpnGateways:
          - {name: vpngw, virtualNetwork: hub, activeActive: true}
        onPremisesSites:
          - {name: dc, asn: 65050, prefixes: [172.16.0.0/16], expressRouteCircuits: [circuit]}
          - name: branch
            asn: 65060
            prefixes: [192.168.10.0/24, 10.1.0.0/16, 10.0.0.0/8]
            vpnConnections: [{vpnGateway: vpngw, bgpPeeringAddress: 192.168.50.1}]
      """;

  static Er.Run run(boolean b2b) {
    return Er.run(Er.yaml(DESIGN.replace("B2B", Boolean.toString(b2b))).topology());
  }

  @Test
  void gatewayInstanceAndMicrosoftEdgeAddressesDefaultToTheDocumentedPlan() {
    Er.Run run = run(true);
    // A VPN gateway: the subnet's last usable address, and the one before it when active-active;
    // the ExpressRoute gateway the lowest free pair from .4; the circuit's links the next pair.
    assertThat(routerId(run, "vpngw/IN_0")).isEqualTo("10.1.254.30");
    assertThat(routerId(run, "vpngw/IN_1")).isEqualTo("10.1.254.29");
    assertThat(routerId(run, "ergw/IN_0")).isEqualTo("10.1.254.4");
    assertThat(routerId(run, "ergw/IN_1")).isEqualTo("10.1.254.5");
    for (String instance : java.util.List.of("ergw/IN_0", "ergw/IN_1")) {
      assertThat(run.network().node(instance).orElseThrow().neighbors())
          .filteredOn(n -> n.peer().startsWith("circuit/"))
          .extracting(n -> n.peer() + " " + n.peerAddress())
          .containsExactly("circuit/primary 10.1.254.6", "circuit/secondary 10.1.254.7");
    }
    // Each VPN instance has its own session to the site.
    assertThat(run.up("vpngw/IN_0", "branch")).isTrue();
    assertThat(run.up("vpngw/IN_1", "branch")).isTrue();
  }

  private static String routerId(Er.Run run, String node) {
    return run.network().node(node).orElseThrow().routerId().toString();
  }

  @Test
  void withBranchToBranchExpressRouteAndVpnTransitThroughTheRouteServer() {
    Er.Run run = run(true);
    // ER -> route server -> VPN gateway -> branch; VPN -> route server -> ER gateway -> MSEE -> dc.
    assertThat(run.best("branch")).contains("172.16.0.0/16 [65515 12076 65050]");
    assertThat(run.best("dc")).contains("192.168.10.0/24 [12076]");
    // NVA routes reach on-premises, with 12076 only (private ASNs removed at the MSEE).
    assertThat(run.best("dc")).contains("10.50.0.0/16 [12076]");
    assertThat(run.learned("nva1", "rs-hub/IN_0")).contains("172.16.0.0/16 10.1.255.4 [65515 12076 65050]");
  }

  @Test
  void theVpnGatewayNeverSendsADefaultRouteToOnPremises() {
    Er.Run run = run(true);
    assertThat(run.best("branch")).noneMatch(l -> l.startsWith("0.0.0.0/0"));
    assertThat(run.best("branch")).contains("10.50.0.0/16 [65515 65001]");
  }

  @Test
  void theVpnGatewayDropsOnPremisesRoutesThatExactlyMatchAVnetPrefixButKeepsSupernets() {
    Er.Run run = run(true);
    assertThat(run.learned("vpngw/IN_0", "branch")).extracting(l -> l.split(" ")[0])
        .containsExactly("10.0.0.0/8", "192.168.10.0/24");
    assertThat(run.state().node("vpngw/IN_0").orElseThrow().rejections())
        .anyMatch(r -> r.route().prefix().toString().equals("10.1.0.0/16") && r.reason().contains("exactly"));
  }

  @Test
  void vpnRoutesAreProgrammedOncePerInstanceAndErRoutesOncePerMicrosoftEdgeLink() {
    Er.Run run = run(true);
    // R2: an active-active VPN gateway's prefixes once per instance (rows in address order); the
    // circuit's once per link; the branch's BGP peer address as a /32 (the host route VPN Gateway
    // adds toward the site's BGP peer, VPN Gateway BGP FAQ); the NVA's routes through the route server.
    assertThat(run.effective("vm-hub")).filteredOn(l -> l.startsWith("VirtualNetworkGateway")).containsExactly(
        "VirtualNetworkGateway Active 0.0.0.0/0 VirtualNetworkGateway 10.1.1.4",
        "VirtualNetworkGateway Active 10.0.0.0/8 VirtualNetworkGateway 10.1.254.29",
        "VirtualNetworkGateway Active 10.0.0.0/8 VirtualNetworkGateway 10.1.254.30",
        "VirtualNetworkGateway Active 10.50.0.0/16 VirtualNetworkGateway 10.1.1.4",
        "VirtualNetworkGateway Active 172.16.0.0/16 VirtualNetworkGateway 10.1.254.6",
        "VirtualNetworkGateway Active 172.16.0.0/16 VirtualNetworkGateway 10.1.254.7",
        "VirtualNetworkGateway Active 192.168.10.0/24 VirtualNetworkGateway 10.1.254.29",
        "VirtualNetworkGateway Active 192.168.10.0/24 VirtualNetworkGateway 10.1.254.30",
        "VirtualNetworkGateway Active 192.168.50.1/32 VirtualNetworkGateway 10.1.254.29",
        "VirtualNetworkGateway Active 192.168.50.1/32 VirtualNetworkGateway 10.1.254.30");
  }

  @Test
  void theRouteServerReflectsOneVpnInstancesRoutesToTheOtherInstanceNotBackToTheSender() {
    Er.Run run = run(true);
    // R2: each instance learns the branch itself; the route server reflects IN_0's path to IN_1
    // (next hop unchanged: IN_0's address) and never to IN_0 itself.
    assertThat(run.advertised("rs-hub/IN_0", "vpngw/IN_1")).contains("192.168.10.0/24 10.1.254.30 [65060]");
    assertThat(run.advertised("rs-hub/IN_0", "vpngw/IN_0")).noneMatch(l -> l.contains(" 10.1.254.30 "));
    // ...and the gateway's own learned route from the site stays best (eBGP over iBGP).
    assertThat(run.best("vpngw/IN_1")).contains("192.168.10.0/24 [65060]");
  }

  @Test
  void withoutBranchToBranchNothingFlowsBetweenNvasAndGatewaysButGatewaysStillProgramTheVms() {
    Er.Run run = run(false);
    assertThat(run.learned("nva1", "rs-hub/IN_0")).noneMatch(l -> l.startsWith("172.16.0.0/16"));
    assertThat(run.best("dc")).noneMatch(l -> l.startsWith("10.50.0.0/16") || l.startsWith("192.168.10.0/24"));
    assertThat(run.best("branch")).noneMatch(l -> l.startsWith("172.16.0.0/16"));
    assertThat(run.effective("vm-hub")).contains(
        "VirtualNetworkGateway Active 172.16.0.0/16 VirtualNetworkGateway 10.1.254.6",
        "VirtualNetworkGateway Active 192.168.10.0/24 VirtualNetworkGateway 10.1.254.30");
    assertThat(run.lintLines()).contains("warning branch-to-branch-off route server rs-hub");
  }

  @Test
  void aPathAlreadyHolding12076IsDroppedAtTheMicrosoftEdge() throws java.io.IOException {
    // One circuit per hub, one site per circuit (onprem on 1, branch2 with 172.20.0.0/16 on 2). Its route
    // reaches hub1's gateway only through nva2, rs-spoke and nva1, holding 12076, and the gateway
    // passes it to circuit 1's edge, which drops it: it crossed an ExpressRoute circuit already.
    String yaml = java.nio.file.Files.readString(Er.root().resolve("examples/hub-to-hub-loop-two-circuits.yaml"))
        .replace("expressRouteCircuits: [er-circuit-1, er-circuit-2]", "expressRouteCircuits: [er-circuit-1]")
        + """
            - name: branch2
              asn: 65060
              prefixes: [172.20.0.0/16]
              expressRouteCircuits: [er-circuit-2]
        """.replace("\n    ", "\n    ");
    Er.Run run = Er.run(Er.yaml(yaml).topology());
    assertThat(run.state().node("er-circuit-1/primary").orElseThrow().rejections())
        .filteredOn(r -> r.route().prefix().toString().equals("172.20.0.0/16"))
        .isNotEmpty()
        .allSatisfy(r -> {
          assertThat(r.route().attributes().asPath().toString()).contains("12076 65060");
          assertThat(r.reason()).contains("already holds 12076");
        });
    // ...so the site behind circuit 2 never reaches on-premises through circuit 1.
    assertThat(run.best("onprem")).noneMatch(line -> line.startsWith("172.20.0.0/16"));
  }

  @Test
  void moreThanAThousandPrefixesTowardOnPremisesTakeTheCircuitConnectionDown() {
    StringBuilder nets = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      nets.append(i == 0 ? "" : ", ").append("10.").append(100 + i / 256).append('.').append(i % 256).append(".0/24");
    }
    Er.Run run = Er.run(Er.yaml(DESIGN.replace("B2B", "true")
        .replace("networks: [0.0.0.0/0, 10.50.0.0/16]", "networks: [" + nets + "]")).topology());
    // 1,000 NVA prefixes + the VNet's 10.1.0.0/16 = 1,001 > 1,000 (S2, S18, S20).
    for (String instance : java.util.List.of("ergw/IN_0", "ergw/IN_1")) {
      for (String link : java.util.List.of("circuit/primary", "circuit/secondary")) {
        assertThat(run.up(instance, link)).isFalse();
        assertThat(run.reason(instance, link)).contains("1001", "1000");
      }
    }
    assertThat(run.best("dc")).containsExactly("172.16.0.0/16 local");
    assertThat(run.lintLines()).contains("error prefix-limit ergw -> circuit");
  }
}
