package io.arsim.importer.az;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arsim.core.problem.Problem;
import io.arsim.core.topology.validation.TopologyValidator;
import io.arsim.importer.inventory.AzureInventory;
import io.arsim.importer.inventory.AzureResource;
import io.arsim.importer.testing.Samples;
import io.arsim.importer.testing.Trees;
import io.arsim.importer.topology.MappedTopology;
import io.arsim.importer.topology.TopologyMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The dual-homed design as deployed, from the Azure CLI's list commands and from Resource Graph. */
class AzDumpReaderTest {
  private static final String DEPLOYED = "/subscriptions/6f1e2c3d-4b5a-4c7d-8e9f-0a1b2c3d4e5f/resourceGroups/rg-dualhomed/";
  private static final String TEMPLATE = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/arsim-import/";
  private static final List<String> CLI_FILES = List.of("vnet-list.json", "routeserver-list.json",
      "routeserver-peering-list.json", "nic-list.json", "route-table-list.json", "vm-list.json");

  static AzureInventory cliDumps() {
    return new AzDumpReader().read(CLI_FILES.stream().map(f -> Samples.path("az/" + f)).toList());
  }

  static AzureInventory graph(String... more) {
    List<Path> files = new ArrayList<>(List.of(Samples.path("az/graph-query.json")));
    for (String f : more) {
      files.add(Samples.path("az/" + f));
    }
    return new AzDumpReader().read(files);
  }

  @Test
  void tellsEachDumpFromItsContent() throws IOException {
    Map<String, String> detected = new TreeMap<>();
    for (String file : List.of("vnet-list.json", "routeserver-list.json", "routeserver-peering-list.json",
        "nic-list.json", "route-table-list.json", "vm-list.json", "graph-query.json", "vnet-gateway-list.json",
        "express-route-list.json", "lb-list.json")) {
      detected.put(file, new AzDumpReader().detect(file, Files.readAllBytes(Samples.path("az/" + file))));
    }
    assertThat(detected).containsExactlyInAnyOrderEntriesOf(Map.of(
        "vnet-list.json", "az network vnet list",
        "routeserver-list.json", "az network routeserver list",
        "routeserver-peering-list.json", "az network routeserver peering list",
        "nic-list.json", "az network nic list",
        "route-table-list.json", "az network route-table list",
        "vm-list.json", "az vm list",
        "graph-query.json", "az graph query",
        "vnet-gateway-list.json", "az network vnet-gateway list",
        "express-route-list.json", "az network express-route list",
        "lb-list.json", "az network lb list"));
  }

  @Test
  void cliDumpsMapToTheDeployedDesign() {
    AzureInventory inventory = cliDumps();
    MappedTopology mapped = new TopologyMapper().map(inventory, "dual-homed");

    assertThat(inventory.problems()).isEmpty();
    assertThat(mapped.problems()).isEmpty();
    assertThat(mapped.topology()).isEqualTo(Samples.topology("dual-homed-deployed.topology.yaml"));
    assertThat(new TopologyValidator(List.of()).validate(mapped.topology())).noneMatch(Problem::isError);
  }

  @Test
  void resourceGraphAndThePeeringListMapToTheSameDesign() {
    AzureInventory inventory = graph("routeserver-peering-list.json");
    MappedTopology mapped = new TopologyMapper().map(inventory, "dual-homed");

    assertThat(inventory.problems()).isEmpty();
    assertThat(mapped.problems()).isEmpty();
    assertThat(mapped.topology()).isEqualTo(Samples.topology("dual-homed-deployed.topology.yaml"));
    assertThat(inventory.notes()).extracting(n -> n.message())
        .containsExactly("skipped: Microsoft.Network/publicIPAddresses 'rs-spoke-pip'");
  }

  @Test
  void resourceGraphAloneKnowsTheBgpConnectionsByIdOnly() {
    MappedTopology mapped = new TopologyMapper().map(graph(), "dual-homed");

    assertThat(mapped.problems()).extracting(Problem::path).containsExactly(
        "routeServers[rs-spoke].bgpConnections[nva1]", "routeServers[rs-spoke].bgpConnections[nva2]");
    assertThat(mapped.problems().get(0).fix()).isEqualTo("add the output of `az network routeserver peering list`"
        + " for rs-spoke");
    assertThat(mapped.topology().routeServers().get(0).bgpConnections()).isEmpty();
  }

  @Test
  void everyDeployedResourceHoldsWhatTheTemplateDeclared() {
    JsonNode declared = Samples.json("expected/arm-dual-homed.inventory.json").get("resources");
    for (AzureInventory inventory : List.of(cliDumps(), graph("routeserver-peering-list.json"))) {
      Map<String, AzureResource> byId = inventory.resources().stream()
          .collect(Collectors.toMap(r -> r.id().toLowerCase(), r -> r));
      List<String> missing = new ArrayList<>();
      for (JsonNode expected : declared) {
        String id = expected.get("id").asText().replace(TEMPLATE, DEPLOYED);
        AzureResource actual = byId.get(id.toLowerCase());
        if (actual == null) {
          missing.add(id + ": not in the inventory");
          continue;
        }
        JsonNode properties = withIds(expected.get("properties"));
        Trees.missing(actual.properties(), properties).forEach(m -> missing.add(id + m));
        assertThat(actual.type()).isEqualTo(expected.get("type").asText());
        assertThat(actual.location()).isEqualTo(expected.path("location").asText(""));
      }
      // the CLI's route server list has no IP configuration: the mapper finds the VNet by virtualRouterIps
      assertThat(missing).allMatch(m -> m.contains("/ipConfigurations/ipconfig1") || m.contains("publicIPAddress"));
    }
  }

  @Test
  void theCliShapeBecomesArmsShape() {
    AzureInventory inventory = cliDumps();
    AzureResource nic = inventory.resource(DEPLOYED + "providers/Microsoft.Network/networkInterfaces/nva2-nic")
        .orElseThrow();

    assertThat(nic.property("/ipConfigurations/0/properties/privateIPAddress").asText()).isEqualTo("10.2.1.4");
    assertThat(nic.property("/ipConfigurations/0/properties/subnet").toString())
        .isEqualTo("{\"id\":\"" + DEPLOYED + "providers/Microsoft.Network/virtualNetworks/hub2/subnets/nva\"}");
    assertThat(nic.properties().has("resourceGroup")).isFalse();
    AzureResource hub = inventory.resource(DEPLOYED + "providers/Microsoft.Network/virtualHubs/rs-spoke").orElseThrow();
    assertThat(hub.property("/sku").asText()).isEqualTo("Standard");
    assertThat(hub.sku().isNull()).isTrue();
    assertThat(inventory.resources()).allMatch(r -> !r.properties().toString().contains("\"resourceGroup\""));
  }

  @Test
  void gatewaysCircuitsAndLoadBalancersWithoutTheirVnetsAreMappedAsFarAsTheyGo() {
    AzureInventory inventory = new AzDumpReader().read(List.of(Samples.path("az/vnet-gateway-list.json"),
        Samples.path("az/express-route-list.json"), Samples.path("az/lb-list.json")));
    MappedTopology mapped = new TopologyMapper().map(inventory, "partial");

    assertThat(inventory.problems()).isEmpty();
    assertThat(inventory.resources()).extracting(AzureResource::type).containsExactly(
        "Microsoft.Network/expressRouteCircuits", "Microsoft.Network/expressRouteCircuits/peerings",
        "Microsoft.Network/loadBalancers", "Microsoft.Network/virtualNetworkGateways");
    // The circuit needs no VNet: it is mapped with its private peering, and its on-premises site
    // (the peering's peerASN) is noted for the prefixes Azure does not know.
    assertThat(mapped.extensions().get("expressRouteCircuits")).singleElement()
        .satisfies(c -> assertThat(c.get("primaryPeerAddressPrefix").asText()).isEqualTo("172.16.0.0/30"));
    assertThat(mapped.extensions().get("onPremisesSites")).singleElement()
        .satisfies(s -> assertThat(s.get("asn").asLong()).isEqualTo(64512));
    assertThat(mapped.notes()).extracting(n -> n.code()).containsExactly("source-lacks");
    // The gateway and the load balancer are in hub1, which the dump lacks: left out, each with a warning.
    assertThat(mapped.problems()).extracting(Problem::path, Problem::code).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("extensions.expressRouteGateways[ergw-hub1]", "unresolved-reference"),
        org.assertj.core.groups.Tuple.tuple("loadBalancers[ilb-nva-hub1].frontend", "unresolved-reference"));
    AzureResource gateway = inventory.ofType("Microsoft.Network/virtualNetworkGateways").get(0);
    assertThat(gateway.property("/sku/name").asText()).isEqualTo("ErGw1AZ");
    assertThat(gateway.property("/bgpSettings/asn").asInt()).isEqualTo(65515);
  }

  @Test
  void observedOutputAndProjectedRowsAreRefusedWithTheReason() {
    AzDumpReader reader = new AzDumpReader();
    AzureInventory learned = reader.read("learned.json", ("{\"RouteServiceRole_IN_0\": [], \"RouteServiceRole_IN_1\":"
        + " []}").getBytes(StandardCharsets.UTF_8));
    assertThat(learned.problems()).extracting(Problem::code).containsExactly("observed-output");

    AzureInventory effective = reader.read("eff.json", ("{\"value\": [{\"source\": \"Default\", \"state\": \"Active\","
        + " \"addressPrefix\": [\"10.0.0.0/16\"], \"nextHopType\": \"VnetLocal\"}, {\"source\": \"Default\","
        + " \"state\": \"Active\", \"addressPrefix\": [\"0.0.0.0/0\"], \"nextHopType\": \"Internet\"}]}")
        .getBytes(StandardCharsets.UTF_8));
    assertThat(effective.problems()).extracting(Problem::code).containsExactly("observed-output");

    AzureInventory projected = reader.read("proj.json", "{\"data\": [{\"name\": \"hub1\"}]}"
        .getBytes(StandardCharsets.UTF_8));
    assertThat(projected.problems()).hasSize(1);
    assertThat(projected.problems().get(0).location().toString()).isEqualTo("proj.json:1:11");
    assertThat(projected.problems().get(0).path()).isEqualTo("/data/0");
  }

  private static JsonNode withIds(JsonNode node) {
    try {
      return new ObjectMapper().readTree(node.toString().replace(TEMPLATE, DEPLOYED));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
