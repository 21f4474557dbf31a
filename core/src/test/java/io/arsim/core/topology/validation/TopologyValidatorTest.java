package io.arsim.core.topology.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.arsim.core.problem.Problem;
import io.arsim.core.topology.TestTopologies;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.file.TopologyFormat;
import io.arsim.core.topology.file.TopologyJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per rule code: a small design that breaks exactly that rule, and where it is reported. */
class TopologyValidatorTest {
  private final TopologyValidator validator = new TopologyValidator(List.of());

  /** A hub with a route server and an NVA that peers with both instances; a peered spoke with a VM. */
  private static final String BASE = """
      name: base
      virtualNetworks:
        - name: hub
          location: westeurope
          addressSpace: [10.1.0.0/16]
          subnets:
            - name: RouteServerSubnet
              addressPrefix: 10.1.255.0/27
            - name: nva
              addressPrefix: 10.1.1.0/24
          virtualNetworkPeerings:
            - name: hub-to-spoke
              remoteVirtualNetwork: spoke
              allowGatewayTransit: true
        - name: spoke
          location: westeurope
          addressSpace: [10.2.0.0/16]
          subnets:
            - name: workload
              addressPrefix: 10.2.1.0/24
          virtualNetworkPeerings:
            - name: spoke-to-hub
              remoteVirtualNetwork: hub
              useRemoteGateways: true
      routeTables:
        - name: rt-spoke
          routes:
            - name: default
              addressPrefix: 0.0.0.0/0
              nextHopType: VirtualAppliance
              nextHopIpAddress: 10.1.1.4
      virtualMachines:
        - name: vm1
          networkInterfaces:
            - subnet: spoke/workload
              privateIpAddress: 10.2.1.4
      routeServers:
        - name: rs-hub
          virtualNetwork: hub
          bgpConnections:
            - name: nva1
              peerIp: 10.1.1.4
              peerAsn: 65001
      networkVirtualAppliances:
        - name: nva1
          asn: 65001
          networkInterfaces:
            - subnet: hub/nva
              privateIpAddress: 10.1.1.4
              enableIpForwarding: true
          bgpNeighbors:
            - peerIp: 10.1.255.4
              peerAsn: 65515
              importPolicies: [tag]
            - peerIp: 10.1.255.5
              peerAsn: 65515
      policies:
        - name: tag
          type: community-tag
      """;

  private List<Problem> validate(String yaml) {
    try {
      Topology topology = TopologyJson.mapper(TopologyFormat.YAML, List.of()).readValue(yaml, Topology.class);
      return validator.validate(topology);
    } catch (JsonProcessingException e) {
      throw new AssertionError("test design does not bind: " + e.getOriginalMessage(), e);
    }
  }

  /** BASE with {@code from} replaced by {@code to}; fails when {@code from} is not in BASE. */
  private static String base(String from, String to) {
    assertThat(BASE).as("BASE holds the text to replace").contains(from);
    return BASE.replace(from, to);
  }

  private static List<String> codesAndPointers(List<Problem> problems) {
    return problems.stream().map(p -> p.severity().label() + " " + p.code() + " " + p.pointer()).toList();
  }

  private void assertOnly(String yaml, String severityCodeAndPointer) {
    List<Problem> problems = validate(yaml);
    assertThat(codesAndPointers(problems)).containsExactly(severityCodeAndPointer);
    assertThat(problems.get(0).fix()).as("fix of %s", problems.get(0).code()).isNotBlank();
    assertThat(problems.get(0).location()).as("the validator leaves locating to the reader").isNull();
  }

  // ---------------------------------------------------------------- valid designs

  @Test
  void theBaseDesignIsValid() {
    assertThat(validate(BASE)).isEmpty();
  }

  @Test
  void theFullDesignBuiltInCodeIsValid() {
    assertThat(validator.validate(TestTopologies.full())).isEmpty();
    assertThat(validator.validate(TestTopologies.mini())).isEmpty();
  }

  // ---------------------------------------------------------------- names

  @Test
  void duplicateName_vnets() {
    String yaml = base("  - name: spoke\n    location", "  - name: hub\n    location");
    List<Problem> problems = validate(yaml);
    assertThat(codesAndPointers(problems)).contains("error duplicate-name /virtualNetworks/1/name");
    assertThat(problems.get(0).message()).isEqualTo("the VNet name \"hub\" is already used by entry 0 of the same list");
  }

  @Test
  void duplicateName_vmAndNvaShareANamespaceWithoutCascadingToDefaultNicNames() {
    String yaml = base("  - name: vm1\n", "  - name: nva1\n");
    List<Problem> problems = validate(yaml);
    assertThat(codesAndPointers(problems)).containsExactly("error duplicate-name /networkVirtualAppliances/0/name");
    assertThat(problems.get(0).message())
        .isEqualTo("the name \"nva1\" is already used by entry 0 of virtualMachines; VMs and NVAs share one namespace");
  }

  @Test
  void duplicateName_nics() {
    String yaml = base("      - subnet: spoke/workload\n", "      - name: nic1\n        subnet: spoke/workload\n")
        .replace("      - subnet: hub/nva\n", "      - name: nic1\n        subnet: hub/nva\n");
    List<Problem> problems = validate(yaml);
    assertThat(codesAndPointers(problems))
        .containsExactly("error duplicate-name /networkVirtualAppliances/0/networkInterfaces/0/name");
    assertThat(problems.get(0).message())
        .isEqualTo("the NIC name \"nic1\" is already used by virtualMachines[vm1].networkInterfaces[nic1]");
  }

  @Test
  void invalidName() {
    List<Problem> problems = validate(base("  - name: spoke\n", "  - name: spo/ke\n"));
    assertThat(codesAndPointers(problems)).contains("error invalid-name /virtualNetworks/1/name");
  }

  // ---------------------------------------------------------------- VNets and subnets

  @Test
  void emptyAddressSpace() {
    List<Problem> problems = validate(base("[10.2.0.0/16]", "[]"));
    assertThat(codesAndPointers(problems)).contains("error empty-address-space /virtualNetworks/1/addressSpace");
  }

  @Test
  void overlappingAddressSpace() {
    assertOnly(base("[10.2.0.0/16]", "[10.2.0.0/16, 10.2.128.0/17]"),
        "error overlapping-address-space /virtualNetworks/1/addressSpace/1");
  }

  @Test
  void ipv6WithRouteServer() {
    assertOnly(base("[10.1.0.0/16]", "[10.1.0.0/16, \"fd00::/48\"]"),
        "error ipv6-with-route-server /virtualNetworks/0/addressSpace/1");
  }

  @Test
  void ipv6Ignored() {
    assertOnly(base("[10.2.0.0/16]", "[10.2.0.0/16, \"fd00::/48\"]"),
        "warning ipv6-ignored /virtualNetworks/1/addressSpace/1");
  }

  @Test
  void subnetOutsideVnet() {
    List<Problem> problems = validate(base("10.2.1.0/24", "10.3.1.0/24"));
    assertThat(codesAndPointers(problems)).startsWith("error subnet-outside-vnet /virtualNetworks/1/subnets/0/addressPrefix");
    assertThat(problems.get(0).message())
        .isEqualTo("subnet prefix 10.3.1.0/24 is not inside the address space of VNet \"spoke\" (10.2.0.0/16)");
  }

  @Test
  void overlappingSubnets() {
    assertOnly(base("10.1.1.0/24", "10.1.255.0/24").replace("10.1.1.4", "10.1.255.36"),
        "error overlapping-subnets /virtualNetworks/0/subnets/1/addressPrefix");
  }

  @Test
  void unknownReference_routeTableWithSuggestion() {
    List<Problem> problems = validate(base("        addressPrefix: 10.2.1.0/24\n",
        "        addressPrefix: 10.2.1.0/24\n        routeTable: rt-spokes\n"));
    assertThat(codesAndPointers(problems)).containsExactly("error unknown-reference /virtualNetworks/1/subnets/0/routeTable");
    assertThat(problems.get(0).message()).isEqualTo("no route table named \"rt-spokes\"");
    assertThat(problems.get(0).fix()).isEqualTo("did you mean \"rt-spoke\"?");
  }

  @Test
  void unknownReference_withoutCloseMatchListsTheKnownNames() {
    List<Problem> problems = validate(base("    virtualNetwork: hub\n", "    virtualNetwork: transit\n"));
    assertThat(codesAndPointers(problems)).contains("error unknown-reference /routeServers/0/virtualNetwork");
    assertThat(problems).filteredOn(p -> p.code().equals("unknown-reference")).singleElement()
        .extracting(Problem::fix).isEqualTo("define it under virtualNetworks, or use one of: hub, spoke");
  }

  @Test
  void unknownReference_nicSubnetAndVnet() {
    assertOnly(base("subnet: spoke/workload", "subnet: spoke/workloads"),
        "error unknown-reference /virtualMachines/0/networkInterfaces/0/subnet");
    assertOnly(base("subnet: spoke/workload", "subnet: spokes/workload"),
        "error unknown-reference /virtualMachines/0/networkInterfaces/0/subnet");
  }

  @Test
  void unknownReference_policy() {
    assertOnly(base("importPolicies: [tag]", "importPolicies: [tags]"),
        "error unknown-reference /networkVirtualAppliances/0/bgpNeighbors/0/importPolicies/0");
  }

  @Test
  void routeTableOnRouteServerSubnet() {
    assertOnly(base("        addressPrefix: 10.1.255.0/27\n", "        addressPrefix: 10.1.255.0/27\n"
            + "        routeTable: rt-spoke\n"),
        "error route-table-on-route-server-subnet /virtualNetworks/0/subnets/0/routeTable");
  }

  // ---------------------------------------------------------------- peerings

  @Test
  void unknownReference_remoteVnetDoesNotAlsoWarnAboutTheOneSidedPeeringBack() {
    assertOnly(base("remoteVirtualNetwork: hub\n", "remoteVirtualNetwork: hubb\n"),
        "error unknown-reference /virtualNetworks/1/virtualNetworkPeerings/0/remoteVirtualNetwork");
  }

  @Test
  void selfPeering() {
    List<Problem> problems = validate(base("remoteVirtualNetwork: hub\n", "remoteVirtualNetwork: spoke\n"));
    assertThat(codesAndPointers(problems))
        .contains("error self-peering /virtualNetworks/1/virtualNetworkPeerings/0/remoteVirtualNetwork");
  }

  @Test
  void duplicatePeering() {
    String yaml = base("        useRemoteGateways: true\n", "        useRemoteGateways: true\n"
        + "      - name: spoke-to-hub-again\n        remoteVirtualNetwork: hub\n");
    assertOnly(yaml, "error duplicate-peering /virtualNetworks/1/virtualNetworkPeerings/1/remoteVirtualNetwork");
  }

  @Test
  void overlappingPeeredAddressSpace() {
    List<Problem> problems = validate(base("[10.2.0.0/16]", "[10.1.128.0/17]").replace("10.2.1.", "10.1.128."));
    assertThat(codesAndPointers(problems)).contains(
        "error overlapping-peered-address-space /virtualNetworks/0/virtualNetworkPeerings/0/remoteVirtualNetwork",
        "error overlapping-peered-address-space /virtualNetworks/1/virtualNetworkPeerings/0/remoteVirtualNetwork");
  }

  @Test
  void oneSidedPeering() {
    String yaml = base("""
            virtualNetworkPeerings:
              - name: hub-to-spoke
                remoteVirtualNetwork: spoke
                allowGatewayTransit: true
        """.indent(2).replaceAll("(?m)^  ", ""), "");
    assertOnly(yaml, "warning one-sided-peering /virtualNetworks/1/virtualNetworkPeerings/0");
  }

  @Test
  void remoteGatewaysWithoutTransit() {
    assertOnly(base("        allowGatewayTransit: true\n", ""),
        "error remote-gateways-without-transit /virtualNetworks/1/virtualNetworkPeerings/0/useRemoteGateways");
  }

  @Test
  void multipleRemoteGateways() {
    String yaml = base("        useRemoteGateways: true\n", "        useRemoteGateways: true\n"
        + "      - name: spoke-to-hub-again\n        remoteVirtualNetwork: hub\n        useRemoteGateways: true\n");
    List<Problem> problems = validate(yaml);
    assertThat(codesAndPointers(problems))
        .contains("error multiple-remote-gateways /virtualNetworks/1/virtualNetworkPeerings/1/useRemoteGateways");
  }

  @Test
  void routeServerVnetUsesRemoteGateways() {
    String yaml = base("        useRemoteGateways: true\nrouteTables", "        allowGatewayTransit: true\nrouteTables")
        .replace("        allowGatewayTransit: true\n  - name: spoke", "        useRemoteGateways: true\n  - name: spoke");
    List<Problem> problems = validate(yaml);
    assertThat(codesAndPointers(problems)).containsExactly(
        "error route-server-vnet-uses-remote-gateways /virtualNetworks/0/virtualNetworkPeerings/0/useRemoteGateways");
  }

  // ---------------------------------------------------------------- route tables

  @Test
  void routeConflict() {
    String yaml = base("        nextHopIpAddress: 10.1.1.4\n", "        nextHopIpAddress: 10.1.1.4\n"
        + "      - name: default-again\n        addressPrefix: 0.0.0.0/0\n        nextHopType: Internet\n");
    assertOnly(yaml, "error route-conflict /routeTables/0/routes/1/addressPrefix");
  }

  @Test
  void missingNextHopIp() {
    assertOnly(base("        nextHopIpAddress: 10.1.1.4\n", ""), "error missing-next-hop-ip /routeTables/0/routes/0");
  }

  @Test
  void unexpectedNextHopIp() {
    assertOnly(base("nextHopType: VirtualAppliance", "nextHopType: Internet"),
        "error unexpected-next-hop-ip /routeTables/0/routes/0/nextHopIpAddress");
  }

  @Test
  void duplicateName_routes() {
    String yaml = base("        nextHopIpAddress: 10.1.1.4\n", "        nextHopIpAddress: 10.1.1.4\n"
        + "      - name: default\n        addressPrefix: 10.0.0.0/8\n        nextHopType: None\n");
    assertOnly(yaml, "error duplicate-name /routeTables/0/routes/1/name");
  }

  // ---------------------------------------------------------------- NICs

  @Test
  void noNetworkInterface() {
    String yaml = base("    networkInterfaces:\n      - subnet: spoke/workload\n        privateIpAddress: 10.2.1.4\n",
        "    networkInterfaces: []\n");
    assertOnly(yaml, "error no-network-interface /virtualMachines/0");
  }

  @Test
  void ipForwardingDisabled() {
    assertOnly(base("        enableIpForwarding: true\n", ""),
        "warning ip-forwarding-disabled /networkVirtualAppliances/0/networkInterfaces/0");
  }

  @Test
  void addressOutsideSubnet() {
    List<Problem> problems = validate(base("privateIpAddress: 10.2.1.4", "privateIpAddress: 10.2.2.4"));
    assertThat(codesAndPointers(problems))
        .containsExactly("error address-outside-subnet /virtualMachines/0/networkInterfaces/0/privateIpAddress");
    assertThat(problems.get(0).fix()).isEqualTo("choose an address from 10.2.1.4 to 10.2.1.254");
  }

  @Test
  void reservedAddress_firstFourAndLast() {
    for (String address : List.of("10.2.1.0", "10.2.1.1", "10.2.1.3", "10.2.1.255")) {
      assertOnly(base("privateIpAddress: 10.2.1.4", "privateIpAddress: " + address),
          "error reserved-address /virtualMachines/0/networkInterfaces/0/privateIpAddress");
    }
  }

  @Test
  void nicInRouteServerSubnet() {
    assertOnly(base("subnet: spoke/workload\n        privateIpAddress: 10.2.1.4",
            "subnet: hub/RouteServerSubnet\n        privateIpAddress: 10.1.255.10"),
        "error nic-in-route-server-subnet /virtualMachines/0/networkInterfaces/0/subnet");
  }

  @Test
  void duplicateAddressInOneVnet() {
    String yaml = base("        privateIpAddress: 10.2.1.4\n", "        privateIpAddress: 10.2.1.4\n"
        + "  - name: vm2\n    networkInterfaces:\n      - subnet: spoke/workload\n        privateIpAddress: 10.2.1.4\n");
    List<Problem> problems = validate(yaml);
    assertThat(codesAndPointers(problems))
        .containsExactly("error duplicate-address /virtualMachines/1/networkInterfaces/0/privateIpAddress");
    assertThat(problems.get(0).message())
        .isEqualTo("address 10.2.1.4 is already used in VNet \"spoke\" by virtualMachines[vm1].networkInterfaces[vm1-nic]");
  }

  @Test
  void sameAddressInUnpeeredVnetsIsAllowed() {
    String yaml = """
        name: twins
        virtualNetworks:
          - {name: a, location: westeurope, addressSpace: [10.1.0.0/16], subnets: [{name: s, addressPrefix: 10.1.1.0/24}]}
          - {name: b, location: westeurope, addressSpace: [10.1.0.0/16], subnets: [{name: s, addressPrefix: 10.1.1.0/24}]}
        virtualMachines:
          - {name: vm-a, networkInterfaces: [{subnet: a/s, privateIpAddress: 10.1.1.4}]}
          - {name: vm-b, networkInterfaces: [{subnet: b/s, privateIpAddress: 10.1.1.4}]}
        """;
    assertThat(validate(yaml)).isEmpty();
  }

  // ---------------------------------------------------------------- route servers

  @Test
  void multipleRouteServers() {
    String yaml = base("networkVirtualAppliances:\n",
        "  - name: rs-hub-2\n    virtualNetwork: hub\nnetworkVirtualAppliances:\n");
    List<Problem> problems = validate(yaml);
    assertThat(codesAndPointers(problems)).contains("error multiple-route-servers /routeServers/1/virtualNetwork");
  }

  @Test
  void missingRouteServerSubnetAndNoCascadingOneSidedBgpWarnings() {
    List<Problem> problems = validate(base("RouteServerSubnet", "servers"));
    assertThat(codesAndPointers(problems)).containsExactly("error missing-route-server-subnet /routeServers/0/virtualNetwork");
  }

  @Test
  void misnamedRouteServerSubnet() {
    assertOnly(base("- name: RouteServerSubnet", "- name: routeserver_subnet"),
        "error misnamed-route-server-subnet /virtualNetworks/0/subnets/0/name");
  }

  @Test
  void routeServerSubnetTooSmall() {
    assertOnly(base("10.1.255.0/27", "10.1.255.0/28"),
        "error route-server-subnet-too-small /virtualNetworks/0/subnets/0/addressPrefix");
  }

  @Test
  void routeServerInstancesAndAddressOutsideSubnet() {
    String yaml = base("    virtualNetwork: hub\n", "    virtualNetwork: hub\n    virtualRouterIps: [10.1.255.4, 10.1.1.5, 10.1.255.6]\n");
    List<Problem> problems = validate(yaml);
    assertThat(codesAndPointers(problems)).contains(
        "error route-server-instances /routeServers/0/virtualRouterIps",
        "error address-outside-subnet /routeServers/0/virtualRouterIps/1");
  }

  @Test
  void tooManyPeers() {
    StringBuilder connections = new StringBuilder();
    for (int i = 1; i <= 9; i++) {
      connections.append("      - {name: p").append(i).append(", peerIp: 10.1.1.").append(100 + i).append(", peerAsn: 65001}\n");
    }
    List<Problem> problems = validate(base("        peerAsn: 65001\n", "        peerAsn: 65001\n" + connections));
    assertThat(codesAndPointers(problems)).contains("error too-many-peers /routeServers/0/bgpConnections/8");
    assertThat(problems).filteredOn(p -> p.code().equals("too-many-peers")).singleElement()
        .extracting(Problem::message).isEqualTo("route server \"rs-hub\" has 10 BGP peers; Azure allows at most 8");
  }

  @Test
  void duplicatePeer() {
    String yaml = base("        peerAsn: 65001\n", "        peerAsn: 65001\n      - name: nva1-again\n"
        + "        peerIp: 10.1.1.4\n        peerAsn: 65001\n");
    assertOnly(yaml, "error duplicate-peer /routeServers/0/bgpConnections/1/peerIp");
  }

  @Test
  void invalidPeerAsn() {
    List<Problem> problems = validate(base("peerAsn: 65001", "peerAsn: 12076"));
    assertThat(codesAndPointers(problems)).contains("error invalid-peer-asn /routeServers/0/bgpConnections/0/peerAsn");
  }

  // ---------------------------------------------------------------- NVAs

  @Test
  void invalidNvaAsn() {
    for (String asn : List.of("65515", "12076", "4200000001", "23456")) {
      List<Problem> problems = validate(base("asn: 65001", "asn: " + asn).replace("peerAsn: 65001", "peerAsn: " + asn));
      assertThat(codesAndPointers(problems)).as("ASN %s", asn).containsExactly(
          "error invalid-peer-asn /routeServers/0/bgpConnections/0/peerAsn",
          "error invalid-nva-asn /networkVirtualAppliances/0/asn");
    }
  }

  @Test
  void invalidValue_maximumPaths() {
    // 256 is the largest maximum-paths a build allows (Debian's FRR: --enable-multipath=256).
    assertThat(validate(base("    asn: 65001\n", "    asn: 65001\n    maximumPaths: 256\n"))).isEmpty();
    assertOnly(base("    asn: 65001\n", "    asn: 65001\n    maximumPaths: 257\n"),
        "error invalid-value /networkVirtualAppliances/0/maximumPaths");
  }

  @Test
  void invalidValue_ebgpMultihop() {
    assertThat(validate(base("        peerAsn: 65515\npolicies", "        peerAsn: 65515\n        ebgpMultihop: 255\n"
        + "policies"))).isEmpty();
    assertOnly(base("        peerAsn: 65515\npolicies", "        peerAsn: 65515\n        ebgpMultihop: 256\npolicies"),
        "error invalid-value /networkVirtualAppliances/0/bgpNeighbors/1/ebgpMultihop");
  }

  @Test
  void conflictingSettings_nextHopSelfAndUnchanged() {
    assertOnly(base("        peerAsn: 65515\npolicies", "        peerAsn: 65515\n        nextHopSelf: true\n"
            + "        nextHopUnchanged: true\npolicies"),
        "error conflicting-settings /networkVirtualAppliances/0/bgpNeighbors/1/nextHopUnchanged");
  }

  @Test
  void arrivalOrderNamesNeighboursOnce() {
    assertThat(validate(base("    asn: 65001\n", "    asn: 65001\n    arrivalOrder: [10.1.255.5, 10.1.255.4]\n")))
        .isEmpty();
    assertOnly(base("    asn: 65001\n", "    asn: 65001\n    arrivalOrder: [10.1.255.9]\n"),
        "error unknown-reference /networkVirtualAppliances/0/arrivalOrder/0");
    assertOnly(base("    asn: 65001\n", "    asn: 65001\n    arrivalOrder: [10.1.255.4, 10.1.255.4]\n"),
        "error duplicate-peer /networkVirtualAppliances/0/arrivalOrder/1");
  }

  @Test
  void aggregateAddressesAreDistinctAndSummarise() {
    assertThat(validate(base("    asn: 65001\n", "    asn: 65001\n    aggregateAddresses:\n"
        + "      - {prefix: 10.0.0.0/8, summaryOnly: true, asSet: true}\n"))).isEmpty();
    assertOnly(base("    asn: 65001\n", "    asn: 65001\n    aggregateAddresses:\n      - {prefix: 10.0.0.0/8}\n"
            + "      - {prefix: 10.0.0.0/8, summaryOnly: true}\n"),
        "error duplicate-name /networkVirtualAppliances/0/aggregateAddresses/1/prefix");
    assertOnly(base("    asn: 65001\n", "    asn: 65001\n    aggregateAddresses:\n      - {prefix: 10.0.0.1/32}\n"),
        "error invalid-value /networkVirtualAppliances/0/aggregateAddresses/0/prefix");
  }

  @Test
  void selfPeer() {
    String yaml = base("        peerAsn: 65515\npolicies", "        peerAsn: 65515\n"
        + "      - peerIp: 10.1.1.4\n        peerAsn: 65001\npolicies");
    List<Problem> problems = validate(yaml);
    assertThat(codesAndPointers(problems)).contains("error self-peer /networkVirtualAppliances/0/bgpNeighbors/2/peerIp");
  }

  // ---------------------------------------------------------------- both sides of BGP sessions

  @Test
  void peerAsnMismatch_routeServerSide() {
    List<Problem> problems = validate(base("        peerAsn: 65001\n", "        peerAsn: 65010\n"));
    assertThat(codesAndPointers(problems)).containsExactly("warning peer-asn-mismatch /routeServers/0/bgpConnections/0/peerAsn");
    assertThat(problems.get(0).fix()).isEqualTo("set peerAsn: 65001 (or change the NVA's asn)");
  }

  @Test
  void peerAsnMismatch_nvaSide() {
    List<Problem> problems = validate(base("        peerAsn: 65515\n        importPolicies",
        "        peerAsn: 65514\n        importPolicies"));
    assertThat(codesAndPointers(problems))
        .containsExactly("warning peer-asn-mismatch /networkVirtualAppliances/0/bgpNeighbors/0/peerAsn");
  }

  @Test
  void externalNva_peeredByTheRouteServer_isValid() {
    String yaml = base("  - name: nva1\n    asn: 65001\n", "  - name: nva1\n    asn: 65001\n    external: true\n");
    assertThat(validate(yaml)).isEmpty();
  }

  @Test
  void externalNva_thatNoRouteServerPeersWith_isFlagged() {
    String yaml = base("  - name: nva1\n    asn: 65001\n", "  - name: nva1\n    asn: 65001\n    external: true\n")
        .replace("    bgpConnections:\n      - name: nva1\n        peerIp: 10.1.1.4\n        peerAsn: 65001\n", "");
    List<Problem> problems = validate(yaml);
    assertThat(codesAndPointers(problems)).contains("warning external-nva-unpeered /networkVirtualAppliances/0/external");
    assertThat(problems).filteredOn(p -> p.code().equals("external-nva-unpeered")).singleElement()
        .satisfies(p -> assertThat(p.fix()).contains("peerIp 10.1.1.4", "peerAsn 65001"));
  }

  @Test
  void singleInstancePeering() {
    String yaml = base("      - peerIp: 10.1.255.5\n        peerAsn: 65515\n", "");
    assertOnly(yaml, "warning single-instance-peering /networkVirtualAppliances/0/bgpNeighbors");
  }

  @Test
  void oneSidedBgp_routeServerWithoutNvaNeighbours() {
    String yaml = base("    bgpNeighbors:\n", "    bgpNeighborsGone:\n");
    List<Problem> problems = validate(yaml.replace("""
            bgpNeighborsGone:
              - peerIp: 10.1.255.4
                peerAsn: 65515
                importPolicies: [tag]
              - peerIp: 10.1.255.5
                peerAsn: 65515
        """.indent(2), ""));
    assertThat(codesAndPointers(problems)).containsExactly("warning one-sided-bgp /routeServers/0/bgpConnections/0");
  }

  @Test
  void oneSidedBgp_nvaWithoutRouteServerConnection() {
    String yaml = base("    bgpConnections:\n      - name: nva1\n        peerIp: 10.1.1.4\n        peerAsn: 65001\n", "");
    List<Problem> problems = validate(yaml);
    assertThat(codesAndPointers(problems)).containsExactly(
        "warning one-sided-bgp /networkVirtualAppliances/0/bgpNeighbors/0",
        "warning one-sided-bgp /networkVirtualAppliances/0/bgpNeighbors/1");
    assertThat(problems.get(0).fix())
        .isEqualTo("add to routeServers[rs-hub].bgpConnections: {name: nva1, peerIp: 10.1.1.4, peerAsn: 65001}");
  }

  @Test
  void oneSidedBgp_unknownNeighbour() {
    List<Problem> problems = validate(base("peerIp: 10.1.255.5", "peerIp: 10.9.9.9"));
    assertThat(codesAndPointers(problems)).contains("warning one-sided-bgp /networkVirtualAppliances/0/bgpNeighbors/1/peerIp");
  }

  // ---------------------------------------------------------------- names equal but for case

  /**
   * Azure resource names are case-insensitive ("Naming rules and restrictions for Azure
   * resources": always compare names case-insensitively), so two names equal but for case are one
   * name twice.
   */
  @Test
  void duplicateName_equalButForCase_vnets() {
    String yaml = base("  - name: spoke\n    location", "  - name: Hub\n    location")
        .replace("remoteVirtualNetwork: spoke", "remoteVirtualNetwork: Hub").replace("spoke/workload", "Hub/workload");
    List<Problem> problems = validate(yaml);
    assertThat(codesAndPointers(problems)).contains("error duplicate-name /virtualNetworks/1/name");
    assertThat(problems).filteredOn(p -> p.pointer().equals("/virtualNetworks/1/name")).singleElement()
        .satisfies(p -> assertThat(p.message()).isEqualTo("the VNet name \"Hub\" differs from \"hub\" (entry 0 of the"
            + " same list) only in case; Azure compares resource names without regard to case, so it sees one name"
            + " twice"));
  }

  @Test
  void duplicateName_equalButForCase_vmAndNvaWithoutCascadingToDefaultNicNames() {
    List<Problem> problems = validate(base("  - name: vm1\n", "  - name: NVA1\n"));
    assertThat(codesAndPointers(problems)).containsExactly("error duplicate-name /networkVirtualAppliances/0/name");
    assertThat(problems.get(0).message()).startsWith("the name \"nva1\" differs from \"NVA1\" only in case");
  }

  @Test
  void duplicateName_equalButForCase_subnetsAndNics() {
    String yaml = base("      - name: workload\n", "      - name: WORKLOAD\n        addressPrefix: 10.2.2.0/24\n"
        + "      - name: workload\n");
    assertThat(codesAndPointers(validate(yaml))).containsExactly("error duplicate-name /virtualNetworks/1/subnets/1/name");
    String nics = base("    networkInterfaces:\n      - subnet: spoke/workload\n",
        "    networkInterfaces:\n      - {name: Nic-A, subnet: spoke/workload, privateIpAddress: 10.2.1.5}\n"
            + "      - name: nic-a\n        subnet: spoke/workload\n");
    assertThat(codesAndPointers(validate(nics)))
        .containsExactly("error duplicate-name /virtualMachines/0/networkInterfaces/1/name");
  }

  // ---------------------------------------------------------------- addresses Azure reserves

  /**
   * Azure Virtual Network FAQ: in every subnet the network address, .1 (default gateway), .2 and
   * .3 (Azure DNS) and the broadcast address are reserved; a route-server instance cannot have one.
   */
  @Test
  void reservedAddress_routeServerInstances() {
    for (String reserved : List.of("10.1.255.0", "10.1.255.1", "10.1.255.2", "10.1.255.3", "10.1.255.31")) {
      String yaml = base("    virtualNetwork: hub\n", "    virtualNetwork: hub\n    virtualRouterIps: [" + reserved
          + ", 10.1.255.5]\n").replace("peerIp: 10.1.255.4", "peerIp: " + reserved);
      List<Problem> problems = validate(yaml);
      assertThat(codesAndPointers(problems)).as(reserved).containsExactly("error reserved-address /routeServers/0/virtualRouterIps/0");
      assertThat(problems.get(0).message()).isEqualTo("instance address " + reserved + " is reserved by Azure in"
          + " RouteServerSubnet 10.1.255.0/27 (the first four addresses and the last one are reserved)");
    }
    String usable = base("    virtualNetwork: hub\n", "    virtualNetwork: hub\n    virtualRouterIps: [10.1.255.4, 10.1.255.30]\n")
        .replace("peerIp: 10.1.255.5", "peerIp: 10.1.255.30");
    assertThat(validate(usable)).as(".4 up to the last but one are usable").isEmpty();
  }

  // ---------------------------------------------------------------- one address, one speaker

  @Test
  void duplicateAddress_twoInstancesOfOneRouteServer() {
    String yaml = base("    virtualNetwork: hub\n", "    virtualNetwork: hub\n    virtualRouterIps: [10.1.255.4, 10.1.255.4]\n")
        .replace("peerIp: 10.1.255.5", "peerIp: 10.1.255.4");
    List<Problem> problems = validate(yaml);
    assertThat(codesAndPointers(problems)).contains("error duplicate-address /routeServers/0/virtualRouterIps/1");
  }

  @Test
  void duplicateAddress_speakersInVnetsThatReuseARange() {
    // A second, unpeered VNet with the hub's range: Azure allows it, but an NVA NIC there at
    // 10.1.1.4 would make nva1's address name two BGP speakers.
    String other = """
          - name: other
            location: westeurope
            addressSpace: [10.1.0.0/16]
            subnets:
              - name: nva
                addressPrefix: 10.1.1.0/24
              - name: RouteServerSubnet
                addressPrefix: 10.1.255.0/27
        """;
    String yaml = base("routeTables:\n", other + "routeTables:\n");
    String nva2 = yaml.replace("policies:\n", """
          - name: nva2
            asn: 65002
            networkInterfaces:
              - {subnet: other/nva, privateIpAddress: 10.1.1.4, enableIpForwarding: true}
        policies:
        """);
    assertThat(codesAndPointers(validate(nva2)))
        .containsExactly("error duplicate-address /networkVirtualAppliances/1/networkInterfaces/0/privateIpAddress");
    String vm = yaml.replace("routeServers:\n", """
          - name: vm-other
            networkInterfaces:
              - {subnet: other/nva, privateIpAddress: 10.1.1.4}
        routeServers:
        """);
    assertThat(codesAndPointers(validate(vm))).as("a VM NIC on an NVA's address")
        .containsExactly("error duplicate-address /networkVirtualAppliances/0/networkInterfaces/0/privateIpAddress");
    String rs = yaml.replace("networkVirtualAppliances:\n", """
          - name: rs-other
            virtualNetwork: other
        networkVirtualAppliances:
        """);
    List<Problem> problems = validate(rs);
    assertThat(codesAndPointers(problems)).as("a route server whose default instances are another's")
        .containsExactly("error duplicate-address /routeServers/1/virtualNetwork", "error duplicate-address /routeServers/1/virtualNetwork");
    assertThat(problems.get(0).message()).isEqualTo("address 10.1.255.4 of instance 0 of route server \"rs-other\" is"
        + " also the address of instance 0 of route server \"rs-hub\"; arsim finds BGP peers by address, so a speaker's"
        + " address may belong to nothing else");
    String vms = yaml.replace("routeServers:\n", """
          - name: vm-other
            networkInterfaces:
              - {subnet: other/nva, privateIpAddress: 10.1.1.5}
          - name: vm-hub
            networkInterfaces:
              - {subnet: hub/nva, privateIpAddress: 10.1.1.5}
        routeServers:
        """);
    assertThat(validate(vms)).as("two VMs in VNets that are not connected may share an address").isEmpty();
  }

  // ---------------------------------------------------------------- NICs of one machine

  /**
   * "You can associate multiple NICs on a VM to multiple subnets, but those subnets must all
   * reside in the same virtual network" (Azure, Create and manage a Windows VM that has multiple NICs).
   */
  @Test
  void nicsInSeveralVnets() {
    String yaml = base("      - subnet: hub/nva\n        privateIpAddress: 10.1.1.4\n",
        "      - subnet: hub/nva\n        privateIpAddress: 10.1.1.4\n        enableIpForwarding: true\n"
            + "      - subnet: spoke/workload\n        privateIpAddress: 10.2.1.10\n");
    List<Problem> problems = validate(yaml);
    assertThat(codesAndPointers(problems))
        .containsExactly("error nics-in-several-vnets /networkVirtualAppliances/0/networkInterfaces/1/subnet");
    assertThat(problems.get(0).message()).isEqualTo("NVA \"nva1\" has NICs in VNet \"hub\" and in VNet \"spoke\";"
        + " Azure attaches all NICs of a machine to subnets of one VNet");
    String vm = base("      - subnet: spoke/workload\n        privateIpAddress: 10.2.1.4\n",
        "      - subnet: spoke/workload\n        privateIpAddress: 10.2.1.4\n      - subnet: hub/nva\n"
            + "        privateIpAddress: 10.1.1.9\n");
    assertThat(codesAndPointers(validate(vm)))
        .containsExactly("error nics-in-several-vnets /virtualMachines/0/networkInterfaces/1/subnet");
  }
}
