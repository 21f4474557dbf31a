package io.arsim.expressroute;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.net.Ipv4Prefix;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The gateway and circuit rules of real-deployments.md R1, R2 and R4, each on the smallest design
 * that shows it. Expected tables are written from the rule quoted above each test.
 */
class GatewayFidelityTest {

  /** A hub (10.1.0.0/16) and a spoke using its gateways (10.5.0.0/16), a VM in each. */
  private static final String HUB_AND_SPOKE = """
      name: fidelity
      virtualNetworks:
        - name: hub
          location: westeurope
          addressSpace: [10.1.0.0/16]
          subnets:
            - {name: RouteServerSubnet, addressPrefix: 10.1.255.0/27}
            - {name: GatewaySubnet, addressPrefix: 10.1.254.0/27}
            - {name: workload, addressPrefix: 10.1.2.0/24}
          virtualNetworkPeerings:
            - {remoteVirtualNetwork: spoke, allowGatewayTransit: true}
        - name: spoke
          location: westeurope
          addressSpace: [10.5.0.0/16]
          subnets:
            - {name: workload, addressPrefix: 10.5.1.0/24}
          virtualNetworkPeerings:
            - {remoteVirtualNetwork: hub, useRemoteGateways: true}
      virtualMachines:
        - name: vm-hub
          networkInterfaces: [{subnet: hub/workload, privateIpAddress: 10.1.2.4}]
        - name: vm-spoke
          networkInterfaces: [{subnet: spoke/workload, privateIpAddress: 10.5.1.4}]
      """;

  private static final String ROUTE_SERVER = """
      routeServers:
        - {name: rs-hub, virtualNetwork: hub, allowBranchToBranchTraffic: true}
      """;

  private static final String STATIC_SITE = """
      extensions:
        vpnGateways:
          - {name: vpngw, virtualNetwork: hub, activeActive: true}
        onPremisesSites:
          - name: branch
            asn: 65060
            prefixes: [192.168.20.0/24]
            vpnConnections: [{vpnGateway: vpngw, enableBgp: false}]
      """;

  private static List<String> gatewayRows(Er.Run run, String vm) {
    return run.effective(vm).stream().filter(l -> l.startsWith("VirtualNetworkGateway")).toList();
  }

  /**
   * R2: a VPN gateway's static local-network-gateway prefixes (BGP off) are programmed into the
   * VMs of its VNet and of useRemoteGateways spokes, one row per instance, without a route server.
   */
  @Test
  void staticVpnSitePrefixesAreProgrammedOncePerInstanceWithoutARouteServer() {
    Er.Run run = Er.run(Er.yaml(HUB_AND_SPOKE + STATIC_SITE).topology());
    List<String> expected = List.of(
        "VirtualNetworkGateway Active 192.168.20.0/24 VirtualNetworkGateway 10.1.254.29",
        "VirtualNetworkGateway Active 192.168.20.0/24 VirtualNetworkGateway 10.1.254.30");
    assertThat(gatewayRows(run, "vm-hub")).containsExactlyElementsOf(expected);
    assertThat(gatewayRows(run, "vm-spoke")).containsExactlyElementsOf(expected);
  }

  /**
   * R2: ...and with a route server: the same rows; toward the route server they come with an empty
   * path and the instance as next hop.
   */
  @Test
  void staticVpnSitePrefixesReachTheRouteServerWithAnEmptyPath() {
    Er.Run run = Er.run(Er.yaml(HUB_AND_SPOKE + ROUTE_SERVER + STATIC_SITE).topology());
    assertThat(gatewayRows(run, "vm-hub")).containsExactly(
        "VirtualNetworkGateway Active 192.168.20.0/24 VirtualNetworkGateway 10.1.254.29",
        "VirtualNetworkGateway Active 192.168.20.0/24 VirtualNetworkGateway 10.1.254.30");
    assertThat(gatewayRows(run, "vm-spoke")).containsExactly(
        "VirtualNetworkGateway Active 192.168.20.0/24 VirtualNetworkGateway 10.1.254.29",
        "VirtualNetworkGateway Active 192.168.20.0/24 VirtualNetworkGateway 10.1.254.30");
    // A gateway advertises its VNet's space with an empty path and itself as next hop (R2), and
    // the route server's own VNet-space path never goes back to it (R1).
    assertThat(run.learned("rs-hub/IN_0", "vpngw/IN_0")).containsExactly(
        "10.1.0.0/16 10.1.254.30 []",
        "10.5.0.0/16 10.1.254.30 []",
        "192.168.20.0/24 10.1.254.30 []");
    assertThat(run.learned("rs-hub/IN_0", "vpngw/IN_1")).containsExactly(
        "10.1.0.0/16 10.1.254.29 []",
        "10.5.0.0/16 10.1.254.29 []",
        "192.168.20.0/24 10.1.254.29 []");
  }

  /** R2: toward the circuit, a static VPN site's prefixes carry AS path [65515]. */
  @Test
  void staticVpnSitePrefixesReachTheCircuitAs65515() {
    Er.Run run = Er.run(Er.yaml(HUB_AND_SPOKE + ROUTE_SERVER + """
        extensions:
          vpnGateways:
            - {name: vpngw, virtualNetwork: hub, activeActive: true}
          expressRouteGateways:
            - {name: ergw, virtualNetwork: hub}
          expressRouteCircuits:
            - {name: circuit, primaryPeerAddressPrefix: 192.168.100.0/30, gateways: [ergw]}
          onPremisesSites:
            - name: branch
              asn: 65060
              prefixes: [192.168.20.0/24]
              vpnConnections: [{vpnGateway: vpngw, enableBgp: false}]
            - {name: dc, asn: 65050, prefixes: [172.16.0.0/16], expressRouteCircuits: [circuit]}
        """).topology());
    var table = run.state().node("circuit/primary").orElseThrow().table().get(Ipv4Prefix.parse("192.168.20.0/24"));
    assertThat(Stream.concat(table.best().stream(), table.lost().keySet().stream()))
        .extracting(c -> c.peer() + " [" + c.route().attributes().asPath() + "]")
        .containsExactlyInAnyOrder("ergw/IN_0 [65515]", "ergw/IN_1 [65515]");
  }

  /** R2: a prefix carried on one link of the circuit only gets one row, at that link's address. */
  @Test
  void aPrefixCarriedOnOneLinkOnlyGetsOneRow() {
    Er.Run run = Er.run(Er.yaml(HUB_AND_SPOKE + """
        extensions:
          expressRouteGateways:
            - {name: ergw, virtualNetwork: hub}
          expressRouteCircuits:
            - {name: circuit, primaryPeerAddressPrefix: 192.168.100.0/30, gateways: [ergw]}
          onPremisesSites:
            - name: dc
              asn: 65050
              prefixes: [172.16.0.0/16, 172.17.0.0/16]
              expressRouteCircuits: [circuit]
              singleLinkPrefixes: [{prefix: 172.17.0.0/16, link: secondary}]
        """).topology());
    assertThat(gatewayRows(run, "vm-hub")).containsExactly(
        "VirtualNetworkGateway Active 172.16.0.0/16 VirtualNetworkGateway 10.1.254.6",
        "VirtualNetworkGateway Active 172.16.0.0/16 VirtualNetworkGateway 10.1.254.7",
        "VirtualNetworkGateway Active 172.17.0.0/16 VirtualNetworkGateway 10.1.254.7");
    assertThat(run.learned("circuit/primary", "dc")).extracting(l -> l.split(" ")[0]).containsExactly("172.16.0.0/16");
  }

  /** R2: MSEE link addresses given in the design are used as the VMs' next hops. */
  @Test
  void givenMicrosoftEdgeAddressesAreTheNextHops() {
    Er.Run run = Er.run(Er.yaml(HUB_AND_SPOKE + """
        extensions:
          expressRouteGateways:
            - {name: ergw, virtualNetwork: hub, bgpPeeringAddresses: [10.1.254.12, 10.1.254.13]}
          expressRouteCircuits:
            - name: circuit
              primaryPeerAddressPrefix: 192.168.100.0/30
              gateways: [ergw]
              mseeAddresses: [{gateway: ergw, primary: 10.1.254.20, secondary: 10.1.254.21}]
          onPremisesSites:
            - {name: dc, asn: 65050, prefixes: [172.16.0.0/16], expressRouteCircuits: [circuit]}
        """).topology());
    assertThat(gatewayRows(run, "vm-hub")).containsExactly(
        "VirtualNetworkGateway Active 172.16.0.0/16 VirtualNetworkGateway 10.1.254.20",
        "VirtualNetworkGateway Active 172.16.0.0/16 VirtualNetworkGateway 10.1.254.21");
    assertThat(run.network().node("ergw/IN_1").orElseThrow().routerId().toString()).isEqualTo("10.1.254.13");
  }

  /**
   * R2 (one deployment, low confidence): over one circuit a VNet sees another connected VNet's
   * address space as [12076 12076], and not what that VNet's gateway learned from its route server.
   */
  @Test
  void overOneCircuitAnotherVnetsSpaceArrivesButNotItsRouteServersRoutes() {
    Er.Run run = Er.run(Er.example("s5-expressroute-with-as-override.yaml"));
    // hub2's gateway holds the spoke (10.0.0.0/16) from rs-hub2 through nva2; hub1 does not get it
    // over the circuit.
    assertThat(run.best("ergw-hub2/IN_0")).contains("10.0.0.0/16 [65002 65002]");
    assertThat(run.learned("ergw-hub1/IN_0", "er-circuit/primary")).containsExactly(
        "10.2.0.0/16 10.1.254.6 [12076 12076]",
        "172.16.0.0/16 10.1.254.6 [12076 65050]");
  }

  /** VNet-to-VNet VPN with BGP: each gateway's instances peer with the other's (eBGP). */
  @Test
  void vnetToVnetWithBgpCarriesEachVnetsSpace() {
    Er.Run run = Er.run(Er.yaml(twoVpnHubs(true)).topology());
    assertThat(gatewayRows(run, "vm-a")).containsExactly(
        "VirtualNetworkGateway Active 10.20.0.0/16 VirtualNetworkGateway 10.10.254.29",
        "VirtualNetworkGateway Active 10.20.0.0/16 VirtualNetworkGateway 10.10.254.30");
    assertThat(run.best("vpn-a/IN_0")).contains("10.20.0.0/16 [65020]");
  }

  /** VNet-to-VNet VPN without BGP: each side routes the other VNet's space statically. */
  @Test
  void staticVnetToVnetRoutesTheOtherVnetsSpace() {
    Er.Run run = Er.run(Er.yaml(twoVpnHubs(false)).topology());
    assertThat(gatewayRows(run, "vm-a")).containsExactly(
        "VirtualNetworkGateway Active 10.20.0.0/16 VirtualNetworkGateway 10.10.254.29",
        "VirtualNetworkGateway Active 10.20.0.0/16 VirtualNetworkGateway 10.10.254.30");
    assertThat(gatewayRows(run, "vm-b")).containsExactly(
        "VirtualNetworkGateway Active 10.10.0.0/16 VirtualNetworkGateway 10.20.254.29",
        "VirtualNetworkGateway Active 10.10.0.0/16 VirtualNetworkGateway 10.20.254.30");
    assertThat(run.network().node("vpn-a/IN_0").orElseThrow().neighbors())
        .noneMatch(n -> n.peer().startsWith("vpn-b"));
  }

  private static String twoVpnHubs(boolean bgp) {
    return """
        name: vnet-to-vnet
        virtualNetworks:
          - name: a
            location: westeurope
            addressSpace: [10.10.0.0/16]
            subnets:
              - {name: GatewaySubnet, addressPrefix: 10.10.254.0/27}
              - {name: workload, addressPrefix: 10.10.1.0/24}
          - name: b
            location: northeurope
            addressSpace: [10.20.0.0/16]
            subnets:
              - {name: GatewaySubnet, addressPrefix: 10.20.254.0/27}
              - {name: workload, addressPrefix: 10.20.1.0/24}
        virtualMachines:
          - name: vm-a
            networkInterfaces: [{subnet: a/workload, privateIpAddress: 10.10.1.4}]
          - name: vm-b
            networkInterfaces: [{subnet: b/workload, privateIpAddress: 10.20.1.4}]
        extensions:
          vpnGateways:
            - name: vpn-a
              virtualNetwork: a
              activeActive: true
              asn: 65010
              vnetToVnetConnections: [{remoteVpnGateway: vpn-b, enableBgp: BGP}]
            - {name: vpn-b, virtualNetwork: b, activeActive: true, asn: 65020}
        """.replace("BGP", Boolean.toString(bgp));
  }

  /**
   * R4: a 0.0.0.0/0 UDR to an appliance also overrides the None system routes of the private
   * ranges; a BGP 0.0.0.0/0 does not unless the setting says so (open).
   */
  @Test
  void aDefaultRouteUdrToAnApplianceOverridesTheNoneRoutes() {
    Er.Run run = Er.run(Er.yaml(HUB_AND_SPOKE.replace("""
            - {name: workload, addressPrefix: 10.5.1.0/24}
        """, """
            - {name: workload, addressPrefix: 10.5.1.0/24, routeTable: rt}
        """) + """
        routeTables:
          - name: rt
            routes: [{name: all, addressPrefix: 0.0.0.0/0, nextHopType: VirtualAppliance, nextHopIpAddress: 10.1.2.10}]
        """).topology());
    assertThat(run.effective("vm-spoke")).containsExactly(
        "Default Invalid 0.0.0.0/0 Internet -",
        "Default Invalid 10.0.0.0/8 None -",
        "Default Active 10.1.0.0/16 VNetPeering -",
        "Default Active 10.5.0.0/16 VnetLocal -",
        "Default Invalid 100.64.0.0/10 None -",
        "Default Invalid 172.16.0.0/12 None -",
        "Default Invalid 192.168.0.0/16 None -",
        "User Active 0.0.0.0/0 VirtualAppliance 10.1.2.10");
  }

  /**
   * R4 (open) and docs/engine.md "Effective routes": a BGP 0.0.0.0/0 (here from on-premises over
   * the circuit, programmed by the hub's ExpressRoute gateway once per MSEE link, R2) wins over the
   * Internet system route, but the None system routes of 10/8, 172.16/12, 192.168/16 and 100.64/10
   * stay active by default (Microsoft's system-route documentation); only with
   * EngineSettings.withBgpDefaultRouteOverridesNone(true) does it override them as a 0.0.0.0/0 UDR
   * to an appliance does (shown Invalid).
   */
  @Test
  void aBgpDefaultRouteOverridesTheNoneRoutesOnlyWithTheSetting() {
    var topology = Er.yaml(HUB_AND_SPOKE + """
        extensions:
          expressRouteGateways:
            - {name: ergw, virtualNetwork: hub}
          expressRouteCircuits:
            - {name: circuit, primaryPeerAddressPrefix: 192.168.100.0/30, gateways: [ergw]}
          onPremisesSites:
            - {name: dc, asn: 65050, prefixes: [0.0.0.0/0], expressRouteCircuits: [circuit]}
        """).topology();
    List<String> common = List.of(
        "Default Invalid 0.0.0.0/0 Internet -",
        "Default Active 10.1.0.0/16 VnetLocal -",
        "Default Active 10.5.0.0/16 VNetPeering -",
        // R2: one row per MSEE link (hub GatewaySubnet 10.1.254.0/27: links at .6 and .7 by default).
        "VirtualNetworkGateway Active 0.0.0.0/0 VirtualNetworkGateway 10.1.254.6",
        "VirtualNetworkGateway Active 0.0.0.0/0 VirtualNetworkGateway 10.1.254.7");
    List<String> none = List.of("10.0.0.0/8", "100.64.0.0/10", "172.16.0.0/12", "192.168.0.0/16");

    Er.Run byDefault = Er.run(topology);
    List<String> expected = new java.util.ArrayList<>(common);
    none.forEach(p -> expected.add("Default Active " + p + " None -"));
    assertThat(byDefault.effective("vm-hub")).containsExactlyInAnyOrderElementsOf(expected);

    Er.Run overriding = Er.run(topology, io.arsim.engine.bgp.EngineSettings.defaults()
        .withBgpDefaultRouteOverridesNone(true));
    List<String> overridden = new java.util.ArrayList<>(common);
    none.forEach(p -> overridden.add("Default Invalid " + p + " None -"));
    assertThat(overriding.effective("vm-hub")).containsExactlyInAnyOrderElementsOf(overridden);
  }
}
