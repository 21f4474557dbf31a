package io.arsim.expressroute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.arsim.core.problem.Problem;
import io.arsim.core.topology.TopologyException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The validation rules of the four kinds: each reports its code at its pointer. */
class ValidationTest {

  private static List<String> errors(String yaml) {
    TopologyException e = catchThrowableOfType(TopologyException.class, () -> Er.yaml(yaml));
    assertThat(e).as("expected validation errors").isNotNull();
    return e.problems().stream().filter(Problem::isError).map(p -> p.code() + " " + p.pointer()).toList();
  }

  private static List<String> warnings(String yaml) {
    return Er.yaml(yaml).warnings().stream().map(p -> p.code() + " " + p.pointer()).toList();
  }

  private static String design(String extensions) {
    return HybridBehaviourTest.DESIGN.replace("B2B", "true")
        .substring(0, HybridBehaviourTest.DESIGN.replace("B2B", "true").indexOf("extensions:")) + extensions;
  }

  @Test
  void theExampleDesignIsValid() {
    assertThat(warnings(HybridBehaviourTest.DESIGN.replace("B2B", "true"))).isEmpty();
  }

  @Test
  void danglingNamesAreReportedWithTheirPointer() {
    assertThat(errors(design("""
        extensions:
          expressRouteGateways:
            - {name: ergw, virtualNetwork: nowhere}
          expressRouteCircuits:
            - {name: circuit, primaryPeerAddressPrefix: 192.168.100.0/30, gateways: [ergw2]}
          onPremisesSites:
            - {name: dc, asn: 65050, expressRouteCircuits: [circuit9], vpnConnections: [{vpnGateway: vpn9}]}
        """))).contains(
        "unknown-reference /extensions/expressRouteGateways/0/virtualNetwork",
        "unknown-reference /extensions/expressRouteCircuits/0/gateways/0",
        "unknown-reference /extensions/onPremisesSites/0/expressRouteCircuits/0",
        "unknown-reference /extensions/onPremisesSites/0/vpnConnections/0/vpnGateway");
  }

  @Test
  void aGatewayNeedsAGatewaySubnet() {
    String yaml = design("""
        extensions:
          expressRouteGateways:
            - {name: ergw, virtualNetwork: hub}
        """).replaceAll(" *- \\{name: GatewaySubnet, addressPrefix: 10.1.254.0/27\\}\n", "");
    assertThat(errors(yaml)).contains("missing-gateway-subnet /extensions/expressRouteGateways/0/virtualNetwork");
  }

  @Test
  void circuitAndSiteRules() {
    assertThat(errors(design("""
        extensions:
          expressRouteGateways:
            - {name: ergw, virtualNetwork: hub, sku: Huge}
          expressRouteCircuits:
            - {name: circuit, primaryPeerAddressPrefix: 192.168.100.0/29, gateways: [ergw]}
          vpnGateways:
            - {name: vpngw, virtualNetwork: hub, activeActive: true, enableBgp: false}
          onPremisesSites:
            - {name: dc, asn: 12076, expressRouteCircuits: [circuit]}
            - {name: dc2, asn: 65051, expressRouteCircuits: [circuit], vpnConnections: [{vpnGateway: vpngw}]}
            - {name: nva1, asn: 65052, expressRouteCircuits: []}
        """))).contains(
        "unknown-sku /extensions/expressRouteGateways/0/sku",
        "peering-prefix-not-30 /extensions/expressRouteCircuits/0/primaryPeerAddressPrefix",
        "reserved-asn /extensions/onPremisesSites/0/asn",
        "circuit-shared /extensions/onPremisesSites/1/expressRouteCircuits/0",
        "missing-bgp-address /extensions/onPremisesSites/1/vpnConnections/0/bgpPeeringAddress",
        "bgp-off-on-gateway /extensions/onPremisesSites/1/vpnConnections/0/enableBgp",
        "name-clash /extensions/onPremisesSites/2/name");
  }

  @Test
  void gatewaySkusAreMatchedButForCaseAsArmDoes() {
    assertThat(warnings(design("""
        extensions:
          expressRouteGateways:
            - {name: ergw, virtualNetwork: hub, sku: ergw1az}
        """))).noneMatch(w -> w.startsWith("unknown-sku"));
  }

  @Test
  void aVpnGatewayBesideARouteServerMustBeActiveActiveAndShouldKeep65515() {
    String yaml = design("""
        extensions:
          vpnGateways:
            - {name: vpngw, virtualNetwork: hub, asn: 65100}
          onPremisesSites:
            - name: branch
              asn: 65060
              prefixes: [192.168.10.0/24]
              vpnConnections: [{vpnGateway: vpngw, bgpPeeringAddress: 192.168.50.1}]
        """);
    assertThat(warnings(yaml)).contains(
        "vpn-gateway-not-active-active /extensions/vpnGateways/0/activeActive",
        "vpn-gateway-asn /extensions/vpnGateways/0/asn");
    // Default (R2, one 2021 deployment): the gateway and the route server exchange routes over
    // eBGP; the route server's routes reach the NVA as [65515 65100 65060].
    Er.Run run = Er.run(Er.yaml(yaml).topology());
    assertThat(run.up("vpngw/IN_0", "rs-hub/IN_0")).isTrue();
    assertThat(run.learned("nva1", "rs-hub/IN_0")).contains("192.168.10.0/24 10.1.255.4 [65515 65100 65060]");
    assertThat(run.lintLines()).contains(
        "error vpn-gateway-beside-route-server VPN gateway vpngw",
        "warning vpn-gateway-beside-route-server VPN gateway vpngw");
    assertThat(run.lint()).filteredOn(f -> f.severity().label().equals("warning")
            && f.rule().equals("vpn-gateway-beside-route-server")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("65515", "--gateway-asn-mismatch exchange"));
    // What Microsoft's documentation requires, as a setting: the sessions stay down.
    var design = Er.RUN.withSettings(io.arsim.engine.bgp.EngineSettings.defaults()
        .withGatewayAsnMismatch(io.arsim.engine.bgp.GatewayAsnMismatch.DOWN)).converge(Er.yaml(yaml).topology());
    assertThat(design.state().session("vpngw/IN_0", "rs-hub/IN_0").orElseThrow().up()).isFalse();
    assertThat(design.state().node("nva1").orElseThrow().learnedFrom("rs-hub/IN_0"))
        .doesNotContainKey(io.arsim.core.net.Ipv4Prefix.parse("192.168.10.0/24"));
  }

  @Test
  void aVnetWithAGatewayCannotUseRemoteGateways() {
    String yaml = design("""
        extensions:
          expressRouteGateways:
            - {name: ergw, virtualNetwork: hub}
        """).replace("    subnets:\n", "    virtualNetworkPeerings: [{remoteVirtualNetwork: other, useRemoteGateways: true}]\n"
        + "    subnets:\n");
    assertThat(errors(yaml)).contains("gateway-and-remote-gateways /extensions/expressRouteGateways/0/virtualNetwork");
  }

  @Test
  void gatewayAndCircuitAddressRules() {
    assertThat(errors(design("""
        extensions:
          expressRouteGateways:
            - {name: ergw, virtualNetwork: hub, bgpPeeringAddresses: [10.1.254.4, 10.1.1.9]}
          expressRouteCircuits:
            - name: circuit
              primaryPeerAddressPrefix: 192.168.100.0/30
              secondaryPeerAddressPrefix: 192.168.100.0/30
              gateways: [ergw]
              mseeAddresses: [{gateway: ergw, primary: 10.1.254.4, secondary: 10.1.254.31}]
          vpnGateways:
            - {name: vpngw, virtualNetwork: hub, activeActive: true, bgpPeeringAddresses: [10.1.254.30]}
        """))).contains(
        "address-outside-gateway-subnet /extensions/expressRouteGateways/0/bgpPeeringAddresses/1",
        "peering-prefixes-overlap /extensions/expressRouteCircuits/0/secondaryPeerAddressPrefix",
        "duplicate-address /extensions/expressRouteCircuits/0/mseeAddresses/0/primary",
        "reserved-address /extensions/expressRouteCircuits/0/mseeAddresses/0/secondary",
        "bgp-address-count /extensions/vpnGateways/0/bgpPeeringAddresses");
  }

  @Test
  void aVnetToVnetConnectionWithBgpNeedsTwoAsns() {
    String yaml = design("""
        extensions:
          vpnGateways:
            - name: vpngw
              virtualNetwork: hub
              activeActive: true
              vnetToVnetConnections: [{remoteVpnGateway: other, enableBgp: true}]
            - {name: other, virtualNetwork: hub2, activeActive: true}
        """).replace("virtualMachines:", """
          - name: hub2
            location: westeurope
            addressSpace: [10.9.0.0/16]
            subnets:
              - {name: GatewaySubnet, addressPrefix: 10.9.254.0/27}
        virtualMachines:""");
    assertThat(errors(yaml)).containsExactly("same-asn /extensions/vpnGateways/0/vnetToVnetConnections/0/enableBgp");
  }

  @Test
  void twoCircuitsMustNotShareAPeeringSubnet() {
    // circuit2's primary is circuit1's default secondary (the /30 after its primary).
    assertThat(errors(design("""
        extensions:
          expressRouteGateways:
            - {name: ergw, virtualNetwork: hub}
          expressRouteCircuits:
            - {name: circuit1, primaryPeerAddressPrefix: 192.168.100.0/30, gateways: [ergw]}
            - {name: circuit2, primaryPeerAddressPrefix: 192.168.100.4/30, secondaryPeerAddressPrefix: 192.168.101.0/30,
               gateways: [ergw]}
          onPremisesSites:
            - {name: dc, asn: 65050, prefixes: [172.16.0.0/16], expressRouteCircuits: [circuit1, circuit2]}
        """))).containsExactly("peering-prefixes-overlap /extensions/expressRouteCircuits/1/primaryPeerAddressPrefix");
  }
}
