package io.arsim.importer.arm;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.importer.inventory.AzureInventory;
import io.arsim.importer.inventory.AzureResource;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Nested deployments ("Using linked and nested templates"): scopes, resource groups, outputs. */
class NestedDeploymentTest {

  private static AzureInventory read(String template) {
    return new ArmTemplateReader().read("n.json", template.getBytes(StandardCharsets.UTF_8), ArmOptions.defaults());
  }

  @Test
  void anOuterScopeTemplateSeesTheParentsVariablesAndItsResourceGroupMovesTheIds() {
    AzureInventory inventory = read("{\"variables\": {\"prefix\": \"10.7.0.0/16\"}, \"resources\": [{\"type\":"
        + " \"Microsoft.Resources/deployments\", \"name\": \"hub\", \"resourceGroup\": \"rg-hub\", \"properties\": {"
        + "\"mode\": \"Incremental\", \"template\": {\"resources\": [{\"type\": \"Microsoft.Network/virtualNetworks\","
        + " \"name\": \"hub\", \"location\": \"westeurope\", \"properties\": {\"addressSpace\": {\"addressPrefixes\":"
        + " [\"[variables('prefix')]\"]}}}]}}}]}");

    assertThat(inventory.problems()).isEmpty();
    AzureResource hub = inventory.resources().get(0);
    assertThat(hub.id()).isEqualTo("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-hub/"
        + "providers/Microsoft.Network/virtualNetworks/hub");
    assertThat(hub.property("/addressSpace/addressPrefixes/0").asText()).isEqualTo("10.7.0.0/16");
    assertThat(hub.origin().pointer()).isEqualTo("/resources/0/properties/template/resources/0");
  }

  @Test
  void anInnerScopeModulesOutputsAreReadThroughReference() {
    AzureInventory inventory = read("{\"languageVersion\": \"2.0\", \"resources\": {\"net\": {\"type\":"
        + " \"Microsoft.Resources/deployments\", \"name\": \"net\", \"properties\": {\"expressionEvaluationOptions\":"
        + " {\"scope\": \"inner\"}, \"parameters\": {\"size\": {\"value\": 24}}, \"template\": {\"parameters\": {\"size\":"
        + " {\"type\": \"int\"}}, \"resources\": {}, \"outputs\": {\"prefix\": {\"type\": \"string\", \"value\":"
        + " \"[cidrSubnet('10.8.0.0/16', parameters('size'), 3)]\"}}}}},"
        + " \"table\": {\"type\": \"Microsoft.Network/routeTables\", \"name\": \"t\", \"properties\": {\"routes\": [{\"name\":"
        + " \"r\", \"properties\": {\"addressPrefix\": \"[reference('net').outputs.prefix.value]\", \"nextHopType\": \"None\"}}]}}}}");

    assertThat(inventory.problems()).isEmpty();
    assertThat(inventory.ofType("Microsoft.Network/routeTables/routes").get(0).text("/addressPrefix"))
        .isEqualTo("10.8.3.0/24");
  }
}
