package io.arsim.importer.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arsim.core.problem.Problem;
import io.arsim.importer.inventory.AzureInventory;
import io.arsim.importer.inventory.AzureResource;
import io.arsim.importer.inventory.ImportNote;
import io.arsim.importer.testing.Samples;
import io.arsim.importer.testing.Trees;
import io.arsim.importer.topology.MappedTopology;
import io.arsim.importer.topology.TopologyMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dual-homed design as terraform show -json prints a plan (before apply) and a state (after). */
class TerraformJsonReaderTest {
  private static final String DEPLOYED = "/subscriptions/6f1e2c3d-4b5a-4c7d-8e9f-0a1b2c3d4e5f/resourceGroups/rg-dualhomed/";
  private static final String TEMPLATE = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/arsim-import/";

  static AzureInventory state() {
    return new TerraformJsonReader().read(Samples.path("terraform/dual-homed.state.json"));
  }

  static AzureInventory plan() {
    return new TerraformJsonReader().read(Samples.path("terraform/dual-homed.plan.json"));
  }

  @Test
  void theStateMapsToTheDeployedDesign() {
    AzureInventory inventory = state();
    MappedTopology mapped = new TopologyMapper().map(inventory, "dual-homed");

    assertThat(inventory.problems()).isEmpty();
    assertThat(mapped.problems()).isEmpty();
    assertThat(mapped.topology()).isEqualTo(Samples.topology("dual-homed-deployed.topology.yaml"));
    assertThat(inventory.notes()).extracting(ImportNote::message).containsExactly(
        "skipped: azurerm_resource_group (Microsoft.Resources/resourceGroups) 'rg-dualhomed'",
        "skipped: azurerm_public_ip (Microsoft.Network/publicIPAddresses) 'rs-spoke-pip'");
    assertThat(mapped.sources().get("virtualNetworks[hub2].subnets[nva]").origin().address())
        .isEqualTo("module.hub2.azurerm_subnet.nva");
  }

  @Test
  void thePlanResolvesUnknownIdsThroughTheConfigurationsReferences() {
    AzureInventory plan = plan();
    AzureInventory state = state();

    assertThat(plan.problems()).isEmpty();
    // every id the plan does not know is composed or followed through references (resources,
    // module variables, module outputs) to the id the state has after apply
    assertThat(plan.resources()).extracting(AzureResource::id)
        .containsExactlyElementsOf(state.resources().stream().map(AzureResource::id).toList());
    for (AzureResource planned : plan.resources()) {
      AzureResource applied = state.resource(planned.id()).orElseThrow();
      if (!planned.is("Microsoft.Network/virtualHubs")) {
        assertThat(planned.properties()).as(planned.id()).isEqualTo(applied.properties());
      }
    }
    // the route server's instance addresses exist only after apply
    assertThat(plan.resource(DEPLOYED + "providers/Microsoft.Network/virtualHubs/rs-spoke").orElseThrow()
        .properties().has("virtualRouterIps")).isFalse();
  }

  @Test
  void thePlanMapsToTheDesign() {
    MappedTopology mapped = new TopologyMapper().map(plan(), "dual-homed");

    assertThat(mapped.problems()).isEmpty();
    assertThat(mapped.topology()).isEqualTo(Samples.topology("dual-homed.topology.yaml"));
  }

  @Test
  void everyResourceHoldsWhatTheArmTemplateDeclares() throws IOException {
    AzureInventory inventory = state();
    List<String> missing = new ArrayList<>();
    for (JsonNode expected : Samples.json("expected/arm-dual-homed.inventory.json").get("resources")) {
      String declared = expected.get("id").asText().replace(TEMPLATE, DEPLOYED);
      // azurerm_route_server names its IP configuration ipConfig1 (provider source, route_server_resource.go)
      String id = declared.endsWith("/ipConfigurations/ipconfig1") ? declared.replace("ipconfig1", "ipConfig1") : declared;
      AzureResource actual = inventory.resource(id).orElse(null);
      if (actual == null) {
        missing.add(id + ": not in the inventory");
        continue;
      }
      JsonNode properties = new ObjectMapper().readTree(expected.get("properties").toString().replace(TEMPLATE, DEPLOYED));
      Trees.missing(actual.properties(), properties).forEach(m -> missing.add(id + m));
      assertThat(actual.type()).isEqualTo(expected.get("type").asText());
      assertThat(actual.location()).isEqualTo(expected.path("location").asText(""));
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void anUnknownIdThatNamesNoResourceIsReported() {
    String plan = "{\"format_version\": \"1.2\", \"planned_values\": {\"root_module\": {\"resources\": [{"
        + "\"address\": \"azurerm_network_interface.n\", \"mode\": \"managed\", \"type\": \"azurerm_network_interface\","
        + " \"name\": \"n\", \"values\": {\"name\": \"n\", \"location\": \"westeurope\", \"resource_group_name\": \"rg\","
        + " \"ip_configuration\": [{\"name\": \"c\", \"private_ip_address_allocation\": \"Dynamic\"}]}}]}},"
        + " \"resource_changes\": [{\"address\": \"azurerm_network_interface.n\", \"change\": {\"after_unknown\":"
        + " {\"id\": true, \"ip_configuration\": [{\"subnet_id\": true}]}}}],"
        + " \"configuration\": {\"root_module\": {\"resources\": [{\"address\": \"azurerm_network_interface.n\","
        + " \"expressions\": {\"ip_configuration\": [{\"subnet_id\": {\"references\": [\"data.terraform_remote_state.net.outputs.subnet_id\","
        + " \"data.terraform_remote_state.net\"]}}]}}]}}}";
    AzureInventory inventory = new TerraformJsonReader().read("p.json", plan.getBytes(StandardCharsets.UTF_8));

    assertThat(inventory.problems()).hasSize(1);
    Problem problem = inventory.problems().get(0);
    assertThat(problem.code()).isEqualTo("unresolved-reference");
    assertThat(problem.message()).isEqualTo("`ip_configuration[0].subnet_id` of azurerm_network_interface.n is known"
        + " only after apply, and its configuration names no resource arsim can resolve");
    assertThat(problem.path()).isEqualTo("azurerm_network_interface.n");
    assertThat(problem.location().line()).isEqualTo(1);
    // the id itself is composed from the known attributes, with the placeholder subscription
    assertThat(inventory.resources().get(0).id()).isEqualTo("/subscriptions/00000000-0000-0000-0000-000000000000/"
        + "resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/n");
  }

  @Test
  void readsTheAttributeNamesOfProvider3() {
    String state = "{\"format_version\": \"1.0\", \"values\": {\"root_module\": {\"resources\": ["
        + "{\"address\": \"azurerm_route_table.t\", \"mode\": \"managed\", \"type\": \"azurerm_route_table\", \"name\": \"t\","
        + " \"values\": {\"id\": \"/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/routeTables/t\","
        + " \"name\": \"t\", \"location\": \"West Europe\", \"disable_bgp_route_propagation\": true, \"route\": [{\"name\": \"r\","
        + " \"address_prefix\": \"0.0.0.0/0\", \"next_hop_type\": \"VirtualAppliance\", \"next_hop_in_ip_address\": \"10.1.1.4\"}]}},"
        + "{\"address\": \"azurerm_network_interface.n\", \"mode\": \"managed\", \"type\": \"azurerm_network_interface\","
        + " \"name\": \"n\", \"values\": {\"id\": \"/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/n\","
        + " \"name\": \"n\", \"location\": \"westeurope\", \"enable_ip_forwarding\": true, \"ip_configuration\": []}}]}}}";
    AzureInventory inventory = new TerraformJsonReader().read("s.json", state.getBytes(StandardCharsets.UTF_8));

    assertThat(inventory.problems()).isEmpty();
    AzureResource table = inventory.resource("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/routeTables/t")
        .orElseThrow();
    assertThat(table.location()).isEqualTo("westeurope");
    assertThat(table.property("/disableBgpRoutePropagation").asBoolean()).isTrue();
    assertThat(inventory.children(table.id(), "Microsoft.Network/routeTables/routes")).extracting(AzureResource::name)
        .containsExactly("r");
    assertThat(inventory.resource("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/n")
        .orElseThrow().property("/enableIPForwarding").asBoolean()).isTrue();
  }

  @Test
  void otherJsonIsRefused() {
    AzureInventory inventory = new TerraformJsonReader().read("x.json", "{\"resources\": []}".getBytes(StandardCharsets.UTF_8));
    assertThat(inventory.problems()).extracting(Problem::code).containsExactly("not-terraform");
  }

  @Test
  void splitsReferencesOutsideBrackets() {
    assertThat(AzurermTranslator.split("module.a[\"x.y\"].azurerm_subnet.s[0].id"))
        .containsExactly("module", "a[\"x.y\"]", "azurerm_subnet", "s[0]", "id");
    assertThat(TerraformJsonReader.moduleOf("module.a[\"x\"].module.b.azurerm_subnet.s")).isEqualTo("module.a[\"x\"].module.b");
    assertThat(TerraformJsonReader.configModule("module.a[\"x\"].module.b")).isEqualTo("a.b");
  }
}
