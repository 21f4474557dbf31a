package io.arsim.importer.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.problem.Problem;
import io.arsim.importer.arm.ArmOptions;
import io.arsim.importer.arm.ArmTemplateReader;
import io.arsim.importer.inventory.AzureInventory;
import io.arsim.importer.inventory.ImportNote;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the mapper does with what it cannot map. */
class TopologyMapperTest {

  private static MappedTopology map(String resources) {
    String template = "{\"resources\": [" + resources + "]}";
    AzureInventory inventory = new ArmTemplateReader().read("t.json", template.getBytes(StandardCharsets.UTF_8),
        ArmOptions.defaults());
    assertThat(inventory.problems()).isEmpty();
    return new TopologyMapper().map(inventory, "t");
  }

  private static final String VNET = "{\"type\": \"Microsoft.Network/virtualNetworks\", \"name\": \"v\", \"location\":"
      + " \"westeurope\", \"properties\": {\"addressSpace\": {\"addressPrefixes\": [\"10.0.0.0/16\"]}, \"subnets\": ["
      + "{\"name\": \"s\", \"properties\": {\"addressPrefix\": \"10.0.1.0/24\"}},"
      + " {\"name\": \"RouteServerSubnet\", \"properties\": {\"addressPrefix\": \"10.0.255.0/27\"}}]}}";

  @Test
  void aNicWhoseAddressAzureAllocatesIsLeftOutWithTheReason() {
    MappedTopology mapped = map(VNET + ", {\"type\": \"Microsoft.Network/networkInterfaces\", \"name\": \"n\","
        + " \"properties\": {\"ipConfigurations\": [{\"name\": \"c\", \"properties\": {\"privateIPAllocationMethod\":"
        + " \"Dynamic\", \"subnet\": {\"id\": \"[resourceId('Microsoft.Network/virtualNetworks/subnets', 'v', 's')]\"}}}]}},"
        + " {\"type\": \"Microsoft.Compute/virtualMachines\", \"name\": \"vm\", \"properties\": {\"networkProfile\":"
        + " {\"networkInterfaces\": [{\"id\": \"[resourceId('Microsoft.Network/networkInterfaces', 'n')]\"}]}}}");

    assertThat(mapped.problems()).extracting(Problem::code).containsExactly("unknown-address", "missing-property");
    assertThat(mapped.problems().get(0).path()).isEqualTo("virtualMachines[vm].networkInterfaces[n]");
    assertThat(mapped.problems().get(0).location().line()).isEqualTo(1);
    assertThat(mapped.topology().virtualMachines()).isEmpty();
  }

  @Test
  void aPeeringToAVnetOutsideTheImportIsLeftOutWithAWarning() {
    MappedTopology mapped = map(VNET + ", {\"type\": \"Microsoft.Network/virtualNetworks/virtualNetworkPeerings\","
        + " \"name\": \"v/to-x\", \"properties\": {\"remoteVirtualNetwork\": {\"id\": \"/subscriptions/o/resourceGroups/o/"
        + "providers/Microsoft.Network/virtualNetworks/x\"}}}");

    assertThat(mapped.problems()).extracting(Problem::code).containsExactly("unresolved-reference");
    assertThat(mapped.problems().get(0).isError()).isFalse();
    assertThat(mapped.topology().virtualNetworks().get(0).virtualNetworkPeerings()).isEmpty();
  }

  @Test
  void aRouteServerFoundByKindAndItsRoutingOptions() {
    MappedTopology mapped = map(VNET + ", {\"type\": \"Microsoft.Network/virtualHubs\", \"name\": \"rs\", \"kind\":"
        + " \"RouteServer\", \"properties\": {\"allowBranchToBranchTraffic\": true, \"hubRoutingPreference\": \"ASPath\","
        + " \"virtualRouterIps\": [\"10.0.255.4\", \"10.0.255.5\"]}}");

    assertThat(mapped.problems()).isEmpty();
    assertThat(mapped.topology().routeServers()).singleElement().satisfies(rs -> {
      assertThat(rs.virtualNetwork()).isEqualTo("v");
      assertThat(rs.allowBranchToBranchTraffic()).isTrue();
      assertThat(rs.hubRoutingPreference().name()).isEqualTo("ASPath");
    });
  }

  @Test
  void virtualWanHubsGatewaysAndStrayNicsAreNoted() {
    MappedTopology mapped = map(VNET + ", {\"type\": \"Microsoft.Network/virtualHubs\", \"name\": \"wanhub\","
        + " \"properties\": {\"virtualWan\": {\"id\": \"/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/virtualWans/w\"},"
        + " \"addressPrefix\": \"10.99.0.0/24\"}}, {\"type\": \"Microsoft.Network/virtualNetworkGateways\", \"name\": \"gw\","
        + " \"properties\": {\"gatewayType\": \"ExpressRoute\"}}, {\"type\": \"Microsoft.Network/networkInterfaces\","
        + " \"name\": \"stray\", \"properties\": {}}");

    assertThat(mapped.notes()).extracting(ImportNote::code).containsExactlyInAnyOrder("not-mapped", "not-mapped");
    assertThat(mapped.problems()).extracting(Problem::code).containsExactly("unresolved-reference");
    assertThat(mapped.problems().get(0).message()).contains("gateway gw is in subnet (none)");
    assertThat(mapped.topology().routeServers()).isEmpty();
  }

  @Test
  void aRouteWithAServiceTagIsLeftOutWithAWarning() {
    MappedTopology mapped = map("{\"type\": \"Microsoft.Network/routeTables\", \"name\": \"t\", \"properties\": {\"routes\": ["
        + "{\"name\": \"storage\", \"properties\": {\"addressPrefix\": \"Storage.WestEurope\", \"nextHopType\": \"Internet\"}},"
        + "{\"name\": \"default\", \"properties\": {\"addressPrefix\": \"0.0.0.0/0\", \"nextHopType\": \"virtualappliance\","
        + " \"nextHopIpAddress\": \"10.1.1.4\"}}]}}");

    assertThat(mapped.problems()).extracting(Problem::code).containsExactly("unsupported-value");
    assertThat(mapped.topology().routeTables().get(0).routes()).singleElement()
        .satisfies(r -> assertThat(r.nextHopType().name()).isEqualTo("VirtualAppliance"));
  }
}
