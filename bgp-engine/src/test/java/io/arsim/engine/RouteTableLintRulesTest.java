package io.arsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.topology.Topology;
import io.arsim.engine.lint.rules.ApplianceNextHopRule;
import io.arsim.engine.lint.rules.GatewaySubnetRouteTableRule;
import io.arsim.engine.spi.Finding;
import io.arsim.engine.spi.LintContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The route-table lint rules, from azure-route-server-facts.md 4.4: a GatewaySubnet route table
 * with a default route or propagation off (S17), or sending the RouteServerSubnet to an appliance
 * (S7); a VirtualAppliance next hop that is a NIC without IP forwarding, or no NIC at all (S17).
 */
class RouteTableLintRulesTest {

  /** A spoke with a route server and a GatewaySubnet, an NVA in a peered hub, a VM; ROUTE_TABLES filled in. */
  private static final String DESIGN = """
      name: route-table-lint
      virtualNetworks:
        - name: spoke
          location: westeurope
          addressSpace: [10.0.0.0/16]
          subnets:
            - {name: RouteServerSubnet, addressPrefix: 10.0.255.0/27}
            - {name: GatewaySubnet, addressPrefix: 10.0.254.0/27, routeTable: rt-gw}
            - {name: workload, addressPrefix: 10.0.1.0/24, routeTable: rt-workload}
          virtualNetworkPeerings:
            - {remoteVirtualNetwork: hub1, allowForwardedTraffic: true}
        - name: hub1
          location: westeurope
          addressSpace: [10.1.0.0/16]
          subnets:
            - {name: nva, addressPrefix: 10.1.1.0/24}
          virtualNetworkPeerings:
            - {remoteVirtualNetwork: spoke, allowForwardedTraffic: true}
      ROUTE_TABLES
      virtualMachines:
        - name: vm-spoke
          networkInterfaces:
            - {subnet: spoke/workload, privateIpAddress: 10.0.1.4}
      routeServers:
        - name: rs-spoke
          virtualNetwork: spoke
          bgpConnections:
            - {name: nva1, peerIp: 10.1.1.4, peerAsn: 65001}
      networkVirtualAppliances:
        - name: nva1
          asn: 65001
          networkInterfaces:
            - {subnet: hub1/nva, privateIpAddress: 10.1.1.4, enableIpForwarding: true}
          networks: [0.0.0.0/0]
          bgpNeighbors:
            - {peerIp: 10.0.255.4, peerAsn: 65515}
            - {peerIp: 10.0.255.5, peerAsn: 65515}
      """;

  private static List<Finding> lint(String routeTables, io.arsim.engine.spi.LintRule rule) {
    Topology topology = Tiny.yaml(DESIGN.replace("ROUTE_TABLES", routeTables));
    ConvergedDesign design = Scenarios.run().converge(topology);
    return rule.check(new LintContext(topology, design.network(), design.state()));
  }

  private static List<String> lines(List<Finding> findings) {
    return findings.stream().map(f -> f.severity() + " " + f.subject()).toList();
  }

  @Test
  void aDefaultRouteToAnApplianceAndPropagationOffOnTheGatewaySubnetAreWarnedAbout() {
    List<Finding> findings = lint("""
        routeTables:
          - name: rt-gw
            disableBgpRoutePropagation: true
            routes:
              - {name: all-via-nva, addressPrefix: 0.0.0.0/0, nextHopType: VirtualAppliance, nextHopIpAddress: 10.1.1.4}
          - name: rt-workload
        """, new GatewaySubnetRouteTableRule());
    String subject = "spoke/GatewaySubnet (route table rt-gw)";
    assertThat(lines(findings)).containsExactly("WARNING " + subject, "WARNING " + subject, "WARNING " + subject);
    assertThat(findings.get(0).message()).contains("UDR all-via-nva sends 0.0.0.0/0 from the GatewaySubnet",
        "(S17)");
    assertThat(findings.get(1).message()).contains("turns gateway-route propagation off on the GatewaySubnet");
    assertThat(findings.get(2).message()).contains("also sends the RouteServerSubnet 10.0.255.0/27 to the appliance",
        "(S7)");
    assertThat(findings.get(2).fix()).isEqualTo(
        "add a UDR 10.0.255.0/27 -> VnetLocal (the portal's \"Virtual network\") to route table rt-gw");
  }

  @Test
  void aMoreSpecificVnetLocalRouteForTheRouteServerSubnetIsTheDocumentedException() {
    List<Finding> findings = lint("""
        routeTables:
          - name: rt-gw
            routes:
              - {name: spoke-via-nva, addressPrefix: 10.0.0.0/16, nextHopType: VirtualAppliance, nextHopIpAddress: 10.1.1.4}
              - {name: keep-rs-local, addressPrefix: 10.0.255.0/27, nextHopType: VnetLocal}
          - name: rt-workload
        """, new GatewaySubnetRouteTableRule());
    assertThat(findings).isEmpty();
    List<Finding> without = lint("""
        routeTables:
          - name: rt-gw
            routes:
              - {name: spoke-via-nva, addressPrefix: 10.0.0.0/16, nextHopType: VirtualAppliance, nextHopIpAddress: 10.1.1.4}
          - name: rt-workload
        """, new GatewaySubnetRouteTableRule());
    assertThat(lines(without)).containsExactly("WARNING spoke/GatewaySubnet (route table rt-gw)");
    assertThat(without.get(0).message()).contains("UDR spoke-via-nva (10.0.0.0/16 -> VirtualAppliance 10.1.1.4)");
  }

  @Test
  void anApplianceNextHopMustForward() {
    List<Finding> findings = lint("""
        routeTables:
          - name: rt-gw
          - name: rt-workload
            routes:
              - {name: via-nva, addressPrefix: 10.0.0.0/8, nextHopType: VirtualAppliance, nextHopIpAddress: 10.1.1.4}
              - {name: via-vm, addressPrefix: 192.168.0.0/16, nextHopType: VirtualAppliance, nextHopIpAddress: 10.0.1.4}
              - {name: via-nothing, addressPrefix: 172.16.0.0/12, nextHopType: VirtualAppliance, nextHopIpAddress: 10.1.1.100}
        """, new ApplianceNextHopRule());
    assertThat(lines(findings)).containsExactly("WARNING route table rt-workload, UDR via-vm",
        "WARNING route table rt-workload, UDR via-nothing");
    assertThat(findings.get(0).message()).isEqualTo("192.168.0.0/16 -> VirtualAppliance 10.0.1.4: NIC vm-spoke-nic of"
        + " vm-spoke does not enable IP forwarding, so Azure drops the traffic this route sends it (S17)");
    assertThat(findings.get(1).message()).isEqualTo("172.16.0.0/12 -> VirtualAppliance 10.1.1.100: nothing of the"
        + " design answers on 10.1.1.100 (no NIC, load balancer frontend, route-server instance or gateway), so the"
        + " traffic is dropped");
  }
}
