package io.arsim.importer.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arsim.core.problem.Problem;
import io.arsim.core.problem.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules every source shares: child collections, skipped types, duplicates, amendments. */
class InventoryBuilderTest {
  private static final String RG = "/subscriptions/s/resourceGroups/rg";
  private static final String VNET = RG + "/providers/Microsoft.Network/virtualNetworks/spoke";
  private static final ResourceOrigin HERE = ResourceOrigin.of(new SourceLocation("f.json", 3, 5), "/resources/0");

  private static ObjectNode json(String text) {
    try {
      return (ObjectNode) new ObjectMapper().readTree(text);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static AzureResource vnet(String properties) {
    return new AzureResource("microsoft.network/virtualnetworks", VNET, "spoke", "westeurope", "", null,
        json(properties), HERE);
  }

  @Test
  void childCollectionsBecomeEntriesOfTheirOwnAndTheGivenTreeIsNotChanged() {
    ObjectNode properties = json("{\"addressSpace\": {\"addressPrefixes\": [\"10.0.0.0/16\"]}, \"subnets\": ["
        + "{\"name\": \"a\", \"properties\": {\"addressPrefix\": \"10.0.1.0/24\"}}, {\"name\": \"b\", \"properties\": {}}]}");
    String before = properties.toString();
    InventoryBuilder builder = new InventoryBuilder();
    builder.add(new AzureResource("microsoft.network/virtualnetworks", VNET, "spoke", "westeurope", "", null,
        properties, HERE));
    AzureInventory inventory = builder.build();

    assertThat(properties.toString()).isEqualTo(before);
    assertThat(inventory.resources()).extracting(AzureResource::id)
        .containsExactly(VNET, VNET + "/subnets/a", VNET + "/subnets/b");
    AzureResource spoke = inventory.resource(VNET.toUpperCase()).orElseThrow();
    assertThat(spoke.type()).isEqualTo("Microsoft.Network/virtualNetworks");
    assertThat(spoke.properties().has("subnets")).isFalse();
    AzureResource a = inventory.resource(VNET + "/subnets/a").orElseThrow();
    assertThat(a.type()).isEqualTo("Microsoft.Network/virtualNetworks/subnets");
    assertThat(a.parentId()).isEqualTo(VNET);
    assertThat(a.origin().pointer()).isEqualTo("/resources/0/properties/subnets/0");
    assertThat(inventory.children(VNET, "Microsoft.Network/virtualNetworks/subnets")).hasSize(2);
  }

  @Test
  void aReferenceGivesWayToTheFullEntryAndASecondFullEntryIsNoted() {
    InventoryBuilder builder = new InventoryBuilder();
    builder.add(vnet("{\"subnets\": [{\"id\": \"" + VNET + "/subnets/a\"}]}"));
    builder.add(new AzureResource("Microsoft.Network/virtualNetworks/subnets", VNET + "/subnets/a", "a", "", "", null,
        json("{\"addressPrefix\": \"10.0.1.0/24\"}"), HERE));
    builder.add(new AzureResource("Microsoft.Network/virtualNetworks/subnets", VNET + "/subnets/A", "A", "", "", null,
        json("{\"addressPrefix\": \"10.0.9.0/24\"}"), HERE));
    AzureInventory inventory = builder.build();

    assertThat(inventory.resource(VNET + "/subnets/a").orElseThrow().text("/addressPrefix")).isEqualTo("10.0.1.0/24");
    assertThat(inventory.notes()).extracting(ImportNote::code).containsExactly("duplicate-resource");
  }

  @Test
  void typesADesignDoesNotNeedAreSkippedWithANote() {
    InventoryBuilder builder = new InventoryBuilder();
    builder.add(new AzureResource("microsoft.storage/storageaccounts", RG + "/providers/Microsoft.Storage/storageAccounts/logs",
        "logs", "westeurope", "", null, json("{}"), HERE));
    AzureInventory inventory = builder.build();

    assertThat(inventory.resources()).isEmpty();
    assertThat(inventory.notes()).extracting(ImportNote::toString)
        .containsExactly("f.json:3:5 /resources/0: skipped: Microsoft.Storage/storageAccounts 'logs' [skipped]");
  }

  @Test
  void anAmendmentToAMissingResourceIsAnError() {
    InventoryBuilder builder = new InventoryBuilder();
    builder.add(vnet("{}"));
    builder.amend(VNET, "a change", HERE, p -> p.put("x", 1));
    builder.amend(VNET + "/subnets/none", "route table association x", HERE, p -> p.put("x", 1));
    AzureInventory inventory = builder.build();

    assertThat(inventory.resource(VNET).orElseThrow().property("/x").asInt()).isEqualTo(1);
    assertThat(inventory.problems()).extracting(Problem::code).containsExactly("unresolved-reference");
    assertThat(inventory.hasErrors()).isTrue();
  }

  @Test
  void resourceIdsAreTakenApart() {
    String subnet = VNET + "/subnets/workload";
    assertThat(ResourceIds.type(subnet)).isEqualTo("Microsoft.Network/virtualNetworks/subnets");
    assertThat(ResourceIds.name(subnet)).isEqualTo("workload");
    assertThat(ResourceIds.parent(subnet)).isEqualTo(VNET);
    assertThat(ResourceIds.parent(VNET)).isEmpty();
    assertThat(ResourceIds.resourceGroup(subnet)).isEqualTo("rg");
    assertThat(ResourceIds.subscription(subnet)).isEqualTo("s");
    assertThat(ResourceIds.isResourceId(subnet)).isTrue();
    assertThat(ResourceIds.isResourceId(RG)).isFalse();
    assertThat(ResourceIds.of(RG, "Microsoft.Network/virtualNetworks/subnets", List.of("spoke", "workload")))
        .isEqualTo(subnet);
    assertThat(ResourceIds.child(VNET, "Microsoft.Network/virtualNetworks/subnets", "workload")).isEqualTo(subnet);
  }

  @Test
  void locatesPointersInOnePassAndFallsBackToTheNearestEnclosingValue() {
    byte[] json = "{\n  \"a\": [\n    {\"b/c\": 1},\n    {\"d\": [true]}\n  ]\n}".getBytes(StandardCharsets.UTF_8);
    Map<String, SourceLocation> places = JsonLocator.locate("x.json", json, List.of("/a/0/b~1c", "/a/1/d/0",
        "/a/1/missing", ""));

    assertThat(places.get("/a/0/b~1c")).isEqualTo(new SourceLocation("x.json", 3, 13));
    assertThat(places.get("/a/1/d/0")).isEqualTo(new SourceLocation("x.json", 4, 12));
    assertThat(places.get("/a/1/missing")).isEqualTo(new SourceLocation("x.json", 4, 5));
    assertThat(places.get("")).isEqualTo(new SourceLocation("x.json", 1, 1));
  }
}
