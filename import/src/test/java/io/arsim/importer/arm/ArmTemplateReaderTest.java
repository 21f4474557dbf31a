package io.arsim.importer.arm;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.problem.Problem;
import io.arsim.core.problem.SourceLocation;
import io.arsim.core.topology.validation.TopologyValidator;
import io.arsim.importer.inventory.AzureInventory;
import io.arsim.importer.inventory.AzureResource;
import io.arsim.importer.inventory.InventoryJson;
import io.arsim.importer.inventory.ResourceOrigin;
import io.arsim.importer.testing.Samples;
import io.arsim.importer.topology.MappedTopology;
import io.arsim.importer.topology.NvaCandidate;
import io.arsim.importer.topology.TopologyMapper;
import io.arsim.core.net.Ipv4Address;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dual-homed design as a languageVersion 1 template: copy loops, variables, resourceId, nested children. */
class ArmTemplateReaderTest {
  private static final String NETWORK = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/"
      + "arsim-import/providers/Microsoft.Network";

  static AzureInventory dualHomed() {
    return new ArmTemplateReader().read(Samples.path("arm/dual-homed.json"),
        ArmOptions.defaults().withParameterFile(Samples.path("arm/dual-homed.parameters.json")));
  }

  @Test
  void evaluatesTheWholeTemplateIntoTheExpectedInventory() {
    AzureInventory inventory = dualHomed();

    assertThat(inventory.problems()).isEmpty();
    assertThat(InventoryJson.tree(inventory, false)).isEqualTo(Samples.json("expected/arm-dual-homed.inventory.json"));
  }

  @Test
  void eachResourceKeepsWhereItWasDeclared() {
    AzureInventory inventory = dualHomed();
    String file = Samples.path("arm/dual-homed.json").toString();

    // the spoke VNet is the first resource: line 48, column 5 of the sample
    assertThat(inventory.resource(NETWORK + "/virtualNetworks/spoke").orElseThrow().origin())
        .isEqualTo(new ResourceOrigin(file, 48, 5, "/resources/0", ""));
    // both hubs come from one copy loop, the third resource declaration
    assertThat(inventory.resource(NETWORK + "/virtualNetworks/hub2").orElseThrow().origin().pointer())
        .isEqualTo("/resources/2");
    // an inline subnet of a hub points into the declaration's properties
    assertThat(inventory.resource(NETWORK + "/virtualNetworks/hub1/subnets/workload").orElseThrow().origin().pointer())
        .isEqualTo("/resources/2/properties/subnets/1");
    // a child declared inside its parent's `resources`
    assertThat(inventory.resource(NETWORK + "/virtualNetworks/spoke/virtualNetworkPeerings/spoke-to-hub1")
        .orElseThrow().origin().location()).isEqualTo(new SourceLocation(file, 70, 9));
  }

  @Test
  void subnetReferencesResolveToTheSubnetResource() {
    AzureInventory inventory = dualHomed();
    AzureResource nic = inventory.resource(NETWORK + "/networkInterfaces/nva2-nic").orElseThrow();

    String subnetId = nic.text("/ipConfigurations/0/properties/subnet/id");
    AzureResource subnet = inventory.resource(subnetId).orElseThrow();
    assertThat(subnet.parentId()).isEqualTo(NETWORK + "/virtualNetworks/hub2");
    assertThat(inventory.children(NETWORK + "/virtualNetworks/hub2", "Microsoft.Network/virtualNetworks/subnets"))
        .extracting(AzureResource::name).containsExactly("nva", "workload");
  }

  @Test
  void mapsToTheDualHomedTopology() {
    MappedTopology mapped = new TopologyMapper().map(dualHomed(), "dual-homed");

    assertThat(mapped.problems()).isEmpty();
    assertThat(mapped.topology()).isEqualTo(Samples.topology("dual-homed.topology.yaml"));
    assertThat(new TopologyValidator(List.of()).validate(mapped.topology())).noneMatch(Problem::isError);
    assertThat(mapped.nvaCandidates()).containsExactly(
        new NvaCandidate("nva1", "nva1-nic", Ipv4Address.parse("10.1.1.4"), "rs-spoke", 65001),
        new NvaCandidate("nva2", "nva2-nic", Ipv4Address.parse("10.2.1.4"), "rs-spoke", 65002));
  }

  @Test
  void everyTopologyElementNamesItsSourceResource() {
    MappedTopology mapped = new TopologyMapper().map(dualHomed(), "dual-homed");

    assertThat(mapped.sources()).containsOnlyKeys(
        "routeServers[rs-spoke]", "routeServers[rs-spoke].bgpConnections[nva1]",
        "routeServers[rs-spoke].bgpConnections[nva2]",
        "routeTables[rt-spoke-workload]", "routeTables[rt-spoke-workload].routes[onprem-via-nva1]",
        "virtualMachines[nva1]", "virtualMachines[nva1].networkInterfaces[nva1-nic]",
        "virtualMachines[nva2]", "virtualMachines[nva2].networkInterfaces[nva2-nic]",
        "virtualMachines[vm-hub1]", "virtualMachines[vm-hub1].networkInterfaces[vm-hub1-nic]",
        "virtualMachines[vm-hub2]", "virtualMachines[vm-hub2].networkInterfaces[vm-hub2-nic]",
        "virtualMachines[vm-spoke]", "virtualMachines[vm-spoke].networkInterfaces[vm-spoke-nic]",
        "virtualNetworks[hub1]", "virtualNetworks[hub1].subnets[nva]", "virtualNetworks[hub1].subnets[workload]",
        "virtualNetworks[hub1].virtualNetworkPeerings[hub1-to-spoke]",
        "virtualNetworks[hub2]", "virtualNetworks[hub2].subnets[nva]", "virtualNetworks[hub2].subnets[workload]",
        "virtualNetworks[hub2].virtualNetworkPeerings[hub2-to-spoke]",
        "virtualNetworks[spoke]", "virtualNetworks[spoke].subnets[RouteServerSubnet]",
        "virtualNetworks[spoke].subnets[workload]", "virtualNetworks[spoke].virtualNetworkPeerings[spoke-to-hub1]",
        "virtualNetworks[spoke].virtualNetworkPeerings[spoke-to-hub2]");
    assertThat(mapped.sources().get("routeServers[rs-spoke].bgpConnections[nva2]").id())
        .isEqualTo(NETWORK + "/virtualHubs/rs-spoke/bgpConnections/nva2");
    assertThat(mapped.sources().get("routeServers[rs-spoke].bgpConnections[nva2]").origin().pointer())
        .isEqualTo("/resources/7");
  }

  @Test
  void deploymentPlaceholdersCanBeOverridden() {
    DeploymentContext context = new DeploymentContext("11111111-2222-3333-4444-555555555555", "rg-net",
        "swedencentral", "net", DeploymentContext.PLACEHOLDER_ID);
    AzureInventory inventory = new ArmTemplateReader().read(Samples.path("arm/dual-homed.json"), ArmOptions.defaults()
        .withParameterFile(Samples.path("arm/dual-homed.parameters.json")).withDeployment(context));

    AzureResource spoke = inventory.resource("/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/"
        + "rg-net/providers/Microsoft.Network/virtualNetworks/spoke").orElseThrow();
    assertThat(spoke.location()).isEqualTo("swedencentral");
  }

  @Test
  void commandLineValuesWinOverFilesAndAreReadAsTheDeclaredType() {
    AzureInventory inventory = new ArmTemplateReader().read(Samples.path("arm/dual-homed.json"), ArmOptions.defaults()
        .withParameterFile(Samples.path("arm/dual-homed.parameters.json"))
        .withParameter("nvaAsns", "[65010, 65020]")
        .withParameter("hub2Location", "uksouth"));

    assertThat(inventory.resource(NETWORK + "/virtualHubs/rs-spoke/bgpConnections/nva2").orElseThrow()
        .property("/peerAsn").asInt()).isEqualTo(65020);
    assertThat(inventory.resource(NETWORK + "/virtualNetworks/hub2").orElseThrow().location()).isEqualTo("uksouth");
  }

  @Test
  void aMissingParameterIsOneErrorAtItsDeclaration() {
    AzureInventory inventory = new ArmTemplateReader().read(Samples.path("arm/dual-homed.json"), ArmOptions.defaults());

    assertThat(inventory.problems()).hasSize(1);
    Problem problem = inventory.problems().get(0);
    assertThat(problem.code()).isEqualTo("missing-parameter");
    assertThat(problem.message()).isEqualTo("parameter `workloads` has no value: it has no defaultValue and none"
        + " was given");
    assertThat(problem.location().line()).isEqualTo(17);
    assertThat(problem.path()).isEqualTo("/parameters/workloads");
    // the resources that need it are left out, the others are there
    assertThat(inventory.resource(NETWORK + "/virtualNetworks/spoke")).isPresent();
    assertThat(inventory.resource(NETWORK + "/networkInterfaces/vm-spoke-nic")).isEmpty();
  }

  @Test
  void aPlainObjectParametersFileGivesTheSameInventory() {
    AzureInventory plain = new ArmTemplateReader().read(Samples.path("arm/dual-homed.json"),
        ArmOptions.defaults().withParameterFile(Samples.path("arm/dual-homed.parameters.plain.json")));

    assertThat(plain.problems()).isEmpty();
    assertThat(InventoryJson.tree(plain, false)).isEqualTo(InventoryJson.tree(dualHomed(), false));
  }

  @Test
  void aKeyVaultReferenceAndAnUndeclaredParameterAreReported() throws java.io.IOException {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("kv", ".parameters.json");
    try {
      java.nio.file.Files.writeString(file, "{\"$schema\": \"https://schema.management.azure.com/schemas/"
          + "2019-04-01/deploymentParameters.json#\", \"parameters\": {\"workloads\": {\"reference\": {\"keyVault\":"
          + " {\"id\": \"x\"}, \"secretName\": \"s\"}}, \"workload\": {\"value\": []}}}");
      AzureInventory inventory = new ArmTemplateReader().read(Samples.path("arm/dual-homed.json"),
          ArmOptions.defaults().withParameterFile(file));

      assertThat(inventory.problems()).extracting(Problem::code)
          .contains("unsupported-construct", "unknown-parameter", "missing-parameter");
      assertThat(inventory.problems()).filteredOn(p -> p.code().equals("unknown-parameter")).singleElement()
          .satisfies(p -> assertThat(p.message()).contains("did you mean `workloads`?"));
    } finally {
      java.nio.file.Files.deleteIfExists(file);
    }
  }
}
