package io.arsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arsim.core.topology.BgpConnection;
import io.arsim.core.topology.ExtensionResource;
import io.arsim.core.topology.NetworkVirtualAppliance;
import io.arsim.core.topology.RouteServer;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.VirtualMachine;
import io.arsim.core.topology.file.TopologyReader;
import io.arsim.expressroute.model.ExpressRouteKinds;
import io.arsim.expressroute.model.OnPremisesSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The acceptance test of {@code arsim import}: a bundled example, exported to an ARM template and
 * FRR configurations by a test helper ({@link ArmExport}, written from the ARM template reference
 * and FRR's bgpd commands, not from the importer), imported again with {@code arsim import arm
 * --nva-config}, gives the same simulation results: each route server's learned and advertised
 * routes per peer, each circuit's route table, and the effective routes of every VM and NVA.
 *
 * <p>The one thing Azure's resources cannot carry is which prefixes on-premises advertises over a
 * circuit (that is the customer's router's configuration): the import writes the site with its
 * ASN and no prefixes and says so; the test adds the original's prefixes, as the note tells a user to.
 */
class ImportRoundTripIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"s1-dual-homed-active-active.yaml", "s5-expressroute-with-as-override.yaml",
      "s10-classic-hub-and-spoke.yaml"})
  void anExampleExportedToArmAndImportedAgainSimulatesTheSame(String example) throws IOException {
    Path original = Path.of("..", "examples", example);
    Topology topology = new TopologyReader(ExpressRouteKinds.all()).read(original).topology();
    ArmExport.Exported exported = ArmExport.export(topology);
    Path template = dir.resolve("template.json");
    Files.writeString(template, exported.template());
    List<String> args = new ArrayList<>(List.of("import", "arm", template.toString(), "--name", topology.name()));
    for (Map.Entry<String, String> config : exported.frrConfigs().entrySet()) {
      Path file = dir.resolve(config.getKey() + ".conf");
      Files.writeString(file, config.getValue());
      args.addAll(List.of("--nva-config", config.getKey() + "=" + file));
    }
    Path imported = dir.resolve("imported.yaml");
    args.addAll(List.of("-O", imported.toString()));
    Run run = run(args.toArray(String[]::new));
    assertThat(run.code).as(run.err).isZero();
    assertThat(run.err).doesNotContain("error:").doesNotContain("nva-config-missing");
    addOnPremisesPrefixes(topology, imported);

    Run validate = run("validate", imported.toString());
    assertThat(validate.code).as(validate.err).isZero();

    int compared = 0;
    for (RouteServer rs : topology.routeServers()) {
      for (BgpConnection peer : rs.bgpConnections()) {
        for (String direction : List.of("--learned", "--advertised")) {
          compared += same(original, imported, "routes", "--route-server=" + rs.name(), "--peer=" + peer.name(),
              direction);
        }
      }
    }
    for (ExtensionResource circuit : topology.extensionResources(ExpressRouteKinds.EXPRESS_ROUTE_CIRCUITS)) {
      compared += same(original, imported, "routes", "--circuit=" + circuit.name());
    }
    for (VirtualMachine vm : topology.virtualMachines()) {
      compared += same(original, imported, "effective-routes", "--vm=" + vm.name());
    }
    for (NetworkVirtualAppliance nva : topology.networkVirtualAppliances()) {
      compared += same(original, imported, "effective-routes", "--vm=" + nva.name());
    }
    assertThat(compared).as("route entries compared").isGreaterThan(10);
  }

  /** Gives the imported site behind each circuit the prefixes of the original's site with the same ASN. */
  private static void addOnPremisesPrefixes(Topology topology, Path imported) throws IOException {
    String text = Files.readString(imported);
    for (ExtensionResource e : topology.extensionResources(ExpressRouteKinds.ON_PREMISES_SITES)) {
      OnPremisesSite site = (OnPremisesSite) e;
      for (String circuit : site.expressRouteCircuits()) {
        String prefixes = site.prefixes().stream().map(Object::toString).collect(Collectors.joining(", "));
        String marker = "- name: " + circuit + "-onprem\n      asn: " + site.asn().value() + "\n      prefixes: []";
        assertThat(text).contains(marker);
        text = text.replace(marker, marker.replace("prefixes: []", "prefixes: [" + prefixes + "]"));
      }
    }
    Files.writeString(imported, text);
  }

  /** Runs the same query on both designs and asserts equal JSON (the design's name aside). */
  private static int same(Path original, Path imported, String... query) throws IOException {
    JsonNode expected = query(original, query);
    JsonNode actual = query(imported, query);
    assertThat(actual).as(String.join(" ", query)).isEqualTo(expected);
    return count(expected);
  }

  private static JsonNode query(Path design, String... query) throws IOException {
    List<String> args = new ArrayList<>(List.of(query[0], design.toString()));
    args.addAll(List.of(query).subList(1, query.length));
    args.addAll(List.of("-f", "json"));
    Run run = run(args.toArray(String[]::new));
    assertThat(run.code).as(String.join(" ", args) + "\n" + run.err).isZero();
    JsonNode node = JSON.readTree(run.out);
    if (node instanceof ObjectNode object) {
      object.remove("design");
    }
    return node;
  }

  /** The rows a query printed: array elements, counted through nested objects. */
  private static int count(JsonNode node) {
    if (node.isArray()) {
      return node.size();
    }
    int rows = 0;
    for (JsonNode child : node) {
      rows += child.isContainerNode() ? count(child) : 0;
    }
    return rows;
  }

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

}
