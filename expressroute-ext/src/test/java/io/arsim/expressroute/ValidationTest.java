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
  void aVpnGatewayBesideARouteServerMustBeActiveActiveWith65515() {
    String yaml = design("""
        extensions:
          vpnGateways:
            - {name: vpngw, virtualNetwork: hub, asn: 65100}
        """);
    assertThat(warnings(yaml)).contains(
        "vpn-gateway-not-active-active /extensions/vpnGateways/0/activeActive",
        "vpn-gateway-asn /extensions/vpnGateways/0/asn");
    Er.Run run = Er.run(Er.yaml(yaml).topology());
    assertThat(run.up("vpngw", "rs-hub/IN_0")).isFalse();
    assertThat(run.lintLines()).contains(
        "error vpn-gateway-beside-route-server VPN gateway vpngw");
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
}
