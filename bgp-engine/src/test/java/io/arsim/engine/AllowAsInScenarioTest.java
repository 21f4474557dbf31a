package io.arsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.problem.Problem;
import io.arsim.core.topology.file.LoadedTopology;
import io.arsim.core.topology.file.TopologyFormat;
import org.junit.jupiter.api.Test;

/**
 * allowas-in from a topology file through the engine's public entry point ({@link DesignRun}): two
 * sites share AS 65001 (a common SD-WAN numbering) and reach each other through a transit NVA in AS
 * 65100. Without allowas-in each site drops the other's routes, whose path [65100 65001] holds its
 * own ASN (eBGP loop prevention); with {@code allowAsIn: {count: 1}} toward the transit the path is
 * accepted (FRR drops only when the own ASN appears more than N times; bgp-reference.md). The
 * NVAs sit in different VNets, so their eBGP sessions use ebgp-multihop (without it FRR would hold
 * every path as invalid, next hop not connected).
 */
class AllowAsInScenarioTest {
  private static final String DESIGN = """
      name: shared-asn-sites
      virtualNetworks:
        - name: site1
          location: westeurope
          addressSpace: [10.1.0.0/16]
          subnets: [{name: nva, addressPrefix: 10.1.1.0/24}]
          virtualNetworkPeerings: [{name: to-transit, remoteVirtualNetwork: transit}]
        - name: transit
          location: westeurope
          addressSpace: [10.100.0.0/16]
          subnets: [{name: nva, addressPrefix: 10.100.1.0/24}]
          virtualNetworkPeerings:
            - {name: to-site1, remoteVirtualNetwork: site1}
            - {name: to-site2, remoteVirtualNetwork: site2}
        - name: site2
          location: westeurope
          addressSpace: [10.2.0.0/16]
          subnets: [{name: nva, addressPrefix: 10.2.1.0/24}]
          virtualNetworkPeerings: [{name: to-transit, remoteVirtualNetwork: transit}]
      networkVirtualAppliances:
        - name: nva1
          asn: 65001
          networkInterfaces: [{subnet: site1/nva, privateIpAddress: 10.1.1.4, enableIpForwarding: true}]
          networks: [192.168.1.0/24]
          bgpNeighbors: [{peerIp: 10.100.1.4, peerAsn: 65100, ebgpMultihop: 2 SETTINGS1}]
        - name: transit
          asn: 65100
          networkInterfaces: [{subnet: transit/nva, privateIpAddress: 10.100.1.4, enableIpForwarding: true}]
          bgpNeighbors:
            - {peerIp: 10.1.1.4, peerAsn: 65001, ebgpMultihop: 2}
            - {peerIp: 10.2.1.4, peerAsn: 65001, ebgpMultihop: 2}
        - name: nva2
          asn: 65001
          networkInterfaces: [{subnet: site2/nva, privateIpAddress: 10.2.1.4, enableIpForwarding: true}]
          networks: [192.168.2.0/24]
          bgpNeighbors: [{peerIp: 10.100.1.4, peerAsn: 65100, ebgpMultihop: 2 SETTINGS2}]
      POLICIES
      """;

  private static ConvergedDesign converge(String settings1, String settings2, String policies) {
    LoadedTopology loaded = Scenarios.run().reader().read("sites.yaml", TopologyFormat.YAML,
        DESIGN.replace("SETTINGS1", settings1).replace("SETTINGS2", settings2).replace("POLICIES", policies));
    return Scenarios.run().converge(loaded);
  }

  @Test
  void withoutAllowAsInEachSiteDropsTheOthersRoutes() {
    ConvergedDesign design = converge("", "", "");
    assertThat(Scenarios.learned(design.state(), "nva2", "transit")).isEmpty();
    // nva1's route, and nva2's own sent back by the transit (FRR sends the best path to its source
    // too; real-deployments.md R3): both hold 65001.
    assertThat(design.state().node("nva2").orElseThrow().rejections()).hasSize(2)
        .allSatisfy(r -> assertThat(r.reason()).isEqualTo("AS path [65100 65001] holds nva2's own ASN 65001"
            + " (eBGP loop prevention; allowAsIn on the neighbour would accept it)"));
    assertThat(design.effectiveRoutes("nva2")).noneMatch(r -> r.prefix().toString().equals("192.168.1.0/24"));
  }

  @Test
  void allowAsInOneTowardTheTransitAcceptsThePath() {
    ConvergedDesign design = converge(", allowAsIn: {count: 1}", ", allowAsIn: {count: 1}", "");
    // allowas-in also lets in the site's own route, which the transit sends back (FRR sends the
    // best path to its source too); the local route keeps winning on weight.
    assertThat(Scenarios.learned(design.state(), "nva2", "transit")).containsExactly(
        "192.168.1.0/24 10.100.1.4 [65100 65001]",
        "192.168.2.0/24 10.100.1.4 [65100 65001]");
    assertThat(Scenarios.learned(design.state(), "nva1", "transit")).containsExactly(
        "192.168.1.0/24 10.100.1.4 [65100 65001]",
        "192.168.2.0/24 10.100.1.4 [65100 65001]");
    assertThat(Scenarios.table(design.state(), "nva2")).containsExactly(
        "192.168.1.0/24: transit [65100 65001] best",
        "192.168.2.0/24: local [] best",
        "192.168.2.0/24: transit [65100 65001] lost at WEIGHT");
  }

  @Test
  void theVersionZeroOnePolicyFormGivesTheSameTablesWithAWarning() {
    String legacy = "policies: [{name: allow-own, type: allowas-in, config: {count: 1}}]";
    ConvergedDesign design = converge(", importPolicies: [allow-own]", ", importPolicies: [allow-own]", legacy);
    assertThat(Scenarios.learned(design.state(), "nva2", "transit"))
        .containsExactly("192.168.1.0/24 10.100.1.4 [65100 65001]", "192.168.2.0/24 10.100.1.4 [65100 65001]");
    LoadedTopology loaded = Scenarios.run().reader().read("sites.yaml", TopologyFormat.YAML,
        DESIGN.replace("SETTINGS1", ", importPolicies: [allow-own]").replace("SETTINGS2", "")
            .replace("POLICIES", legacy));
    assertThat(loaded.warnings()).extracting(Problem::code).containsExactly("legacy-policy-type");
  }
}
