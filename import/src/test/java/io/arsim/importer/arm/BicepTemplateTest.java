package io.arsim.importer.arm;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.problem.Problem;
import io.arsim.importer.inventory.AzureInventory;
import io.arsim.importer.inventory.InventoryJson;
import io.arsim.importer.testing.Samples;
import io.arsim.importer.topology.MappedTopology;
import io.arsim.importer.topology.TopologyMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The same design as {@code az bicep build} writes it: languageVersion 2.0 symbolic names, loops,
 * {@code reference('nvaNics[0]')}, and the route server as a module (an inner-scope nested deployment
 * whose array parameter is a property loop).
 */
class BicepTemplateTest {

  static AzureInventory dualHomed() {
    return new ArmTemplateReader().read(Samples.path("arm/dual-homed.bicep.json"),
        ArmOptions.defaults().withParameterFile(Samples.path("arm/dual-homed.parameters.json")));
  }

  @Test
  void givesTheSameInventoryAsTheLanguageVersion1Template() {
    AzureInventory inventory = dualHomed();

    assertThat(inventory.problems()).isEmpty();
    assertThat(InventoryJson.tree(inventory, false).get("resources"))
        .isEqualTo(Samples.json("expected/arm-dual-homed.inventory.json").get("resources"));
    assertThat(inventory.notes()).extracting(n -> n.message() + " @ " + n.origin().pointer()).containsExactly(
        "not deployed: the condition of Microsoft.Network/bastionHosts is false @ /resources/bastion",
        "skipped: Microsoft.Network/publicIPAddresses 'rs-spoke-pip' @ /resources/routeServer/properties/template/resources/pip");
  }

  @Test
  void mapsToTheSameTopology() {
    MappedTopology mapped = new TopologyMapper().map(dualHomed(), "dual-homed");

    assertThat(mapped.problems()).isEmpty();
    assertThat(mapped.topology()).isEqualTo(Samples.topology("dual-homed.topology.yaml"));
    assertThat(mapped.sources().get("routeServers[rs-spoke].bgpConnections[nva1]").origin().pointer())
        .isEqualTo("/resources/routeServer/properties/template/resources/connections");
  }

  @Test
  void existingResourcesAreNotedNotImported() {
    String template = "{\"languageVersion\": \"2.0\", \"resources\": {\"hub\": {\"existing\": true, \"type\":"
        + " \"Microsoft.Network/virtualNetworks\", \"apiVersion\": \"2023-09-01\", \"name\": \"hub1\"},"
        + " \"peering\": {\"type\": \"Microsoft.Network/virtualNetworks/virtualNetworkPeerings\", \"name\":"
        + " \"spoke/to-hub1\", \"properties\": {\"remoteVirtualNetwork\": {\"id\": \"[resourceInfo('hub').id]\"}}}}}";
    AzureInventory inventory = new ArmTemplateReader().read("e.json", template.getBytes(StandardCharsets.UTF_8),
        ArmOptions.defaults());

    assertThat(inventory.problems()).isEmpty();
    assertThat(inventory.resources()).hasSize(1);
    assertThat(inventory.resources().get(0).text("/remoteVirtualNetwork/id")).endsWith("/virtualNetworks/hub1");
    assertThat(inventory.notes()).extracting(n -> n.code()).containsExactly("existing-resource");
  }

  @Test
  void aLinkedTemplateIsRefusedWithTheWayOut() {
    String template = "{\"resources\": [{\"type\": \"Microsoft.Resources/deployments\", \"name\": \"m\","
        + " \"properties\": {\"templateLink\": {\"uri\": \"https://example.org/t.json\"}}}]}";
    AzureInventory inventory = new ArmTemplateReader().read("l.json", template.getBytes(StandardCharsets.UTF_8),
        ArmOptions.defaults());

    assertThat(inventory.problems()).extracting(Problem::code).containsExactly("unsupported-construct");
    assertThat(inventory.problems().get(0).path()).isEqualTo("/resources/0/properties/templateLink");
  }
}
