package io.arsim.expressroute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Lint rules of the extension that the scenario tests do not reach. */
class ExpressRouteLintRulesTest {

  private static String hubWithCircuit(String sku, int prefixes) {
    String list = IntStream.range(0, prefixes).mapToObj(i -> "10." + (100 + i / 256) + "." + (i % 256) + ".0/24")
        .collect(Collectors.joining(", "));
    return """
        name: near-limit
        virtualNetworks:
          - name: hub
            location: westeurope
            addressSpace: [10.1.0.0/16]
            subnets:
              - {name: GatewaySubnet, addressPrefix: 10.1.254.0/27}
              - {name: workload, addressPrefix: 10.1.2.0/24}
        virtualMachines:
          - name: vm-hub
            networkInterfaces: [{subnet: hub/workload, privateIpAddress: 10.1.2.4}]
        extensions:
          expressRouteGateways:
            - {name: ergw-hub, virtualNetwork: hub}
          expressRouteCircuits:
            - name: er-circuit
              sku: SKU
              peeringLocation: Amsterdam
              primaryPeerAddressPrefix: 192.168.100.0/30
              gateways: [ergw-hub]
          onPremisesSites:
            - name: onprem
              asn: 65050
              expressRouteCircuits: [er-circuit]
              prefixes: [LIST]
        """.replace("SKU", sku).replace("LIST", list);
  }

  @Test
  void prefixCountsNearTheLimitAreAWarning() {
    // 3,300 of the 4,000 a Standard circuit accepts from on-premises: over 80 % (facts 2.2, S18, S19).
    Er.Run run = Er.run(Er.yaml(hubWithCircuit("Standard", 3300)).topology());
    assertThat(run.lintLines()).anyMatch(l -> l.startsWith("warning prefix-limit"));
    assertThat(run.lintLines()).noneMatch(l -> l.startsWith("error prefix-limit"));
    assertThat(run.lint()).filteredOn(f -> f.rule().equals("prefix-limit")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("3300").contains("4000"));
  }

  @Test
  void wellBelowTheLimitThereIsNoFinding() {
    Er.Run run = Er.run(Er.yaml(hubWithCircuit("Standard", 100)).topology());
    assertThat(run.lintLines()).noneMatch(l -> l.contains("prefix-limit"));
  }

  @Test
  void aDualHomedSpokeUsingRemoteGatewaysIsAnError() {
    String yaml = """
        name: remote-gateways-dual-homed
        virtualNetworks:
          - name: spoke
            location: westeurope
            addressSpace: [10.0.0.0/16]
            subnets: [{name: workload, addressPrefix: 10.0.1.0/24}]
            virtualNetworkPeerings:
              - {name: spoke-to-hub1, remoteVirtualNetwork: hub1, useRemoteGateways: true}
              - {name: spoke-to-hub2, remoteVirtualNetwork: hub2}
          - name: hub1
            location: westeurope
            addressSpace: [10.1.0.0/16]
            subnets: [{name: RouteServerSubnet, addressPrefix: 10.1.255.0/27}]
            virtualNetworkPeerings: [{name: hub1-to-spoke, remoteVirtualNetwork: spoke, allowGatewayTransit: true}]
          - name: hub2
            location: westeurope
            addressSpace: [10.2.0.0/16]
            subnets: [{name: RouteServerSubnet, addressPrefix: 10.2.255.0/27}]
            virtualNetworkPeerings: [{name: hub2-to-spoke, remoteVirtualNetwork: spoke}]
        routeServers:
          - {name: rs-hub1, virtualNetwork: hub1}
          - {name: rs-hub2, virtualNetwork: hub2}
        """;
    Er.Run run = Er.run(Er.yaml(yaml).topology());
    assertThat(run.lint()).filteredOn(f -> f.rule().equals("use-remote-gateways-dual-homed")).singleElement()
        .satisfies(f -> {
          assertThat(f.subject()).isEqualTo("peering spoke-to-hub1 of spoke");
          assertThat(f.fix()).contains("useRemoteGateways: false");
        });
  }
}
