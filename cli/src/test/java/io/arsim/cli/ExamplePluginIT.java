package io.arsim.cli;

import static io.arsim.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.cli.CliRun.Result;
import io.arsim.policy.catalog.DiscoveredProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the example plugin in {@code examples/plugins/tag-by-site} in-process (javac against the
 * policy-spi and core classes this test runs with, so it needs no arsim artifacts in a Maven
 * repository), puts the jar in a plugin folder and runs arsim with {@code --plugins}.
 *
 * <p>It also shows the plugin changing a scenario's outcome: {@code s1-tagged.yaml} beside the plugin
 * is S1 with nva1 tagging its routes and nva2 filtering that tag on import.
 */
class ExamplePluginIT {
  private static final Path EXAMPLE = Path.of("..", "examples", "plugins", "tag-by-site");

  @TempDir static Path work;
  static Path plugins;

  @BeforeAll
  static void buildThePluginJar() throws IOException {
    Path classes = Files.createDirectories(work.resolve("classes"));
    List<String> sources;
    try (Stream<Path> files = Files.walk(EXAMPLE.resolve("src/main/java"))) {
      sources = files.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().toList();
    }
    assertThat(sources).isNotEmpty();
    List<String> classPath = new ArrayList<>();
    for (Class<?> type : List.of(io.arsim.policy.spi.PolicyProvider.class, io.arsim.core.bgp.BgpRoute.class,
        org.jspecify.annotations.NullMarked.class, org.apiguardian.api.API.class)) {
      classPath.add(DiscoveredProvider.location(type).orElseThrow().toString());
    }
    List<String> args = new ArrayList<>(List.of("--release", "17", "-proc:none", "-d", classes.toString(),
        "-classpath", String.join(java.io.File.pathSeparator, classPath)));
    args.addAll(sources);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    int status = javac.run(null, null, new WriterStream(diagnostics), args.toArray(String[]::new));
    assertThat(status).as("javac: %s", diagnostics).isZero();

    plugins = Files.createDirectories(work.resolve("plugins"));
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, "1.0.0");
    Path services = EXAMPLE.resolve("src/main/resources");
    List<Path[]> entries = new ArrayList<>();
    for (Path root : List.of(classes, EXAMPLE.resolve("src/main/resources"))) {
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(Files::isRegularFile).sorted().forEach(f -> entries.add(new Path[] {root, f}));
      }
    }
    try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(plugins.resolve("tag-by-site.jar")), manifest)) {
      for (Path[] entry : entries) {
        jar.putNextEntry(new JarEntry(entry[0].relativize(entry[1]).toString().replace('\\', '/')));
        jar.write(Files.readAllBytes(entry[1]));
        jar.closeEntry();
      }
    }
  }

  @Test
  void pluginsListsItWithItsJar() {
    Result result = run("--plugins", plugins.toString(), "plugins");
    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out()).containsPattern("acme\\.tag-by-site +1\\.0\\.0 +" + java.util.regex.Pattern.quote(
        plugins.resolve("tag-by-site.jar").toString()));
    assertThat(result.out()).contains("as-override").contains("built-in");
  }

  @Test
  void aTopologyUsingItValidatesWithThePluginAndFailsWithout() throws IOException {
    Path topology = work.resolve("tagged.yaml");
    Files.writeString(topology, """
        name: tagged
        policies:
          - name: tag-hub1
            type: acme.tag-by-site
            config:
              community: "65001:100"
              prefixes: [10.1.0.0/16]
        """);
    Result with = run("--plugins", plugins.toString(), "validate", topology.toString());
    assertThat(with.code()).as(with.err()).isZero();

    Result without = run("validate", topology.toString());
    assertThat(without.code()).isEqualTo(2);
    assertThat(without.err()).contains(topology + ":4:11: error: policies[tag-hub1].type: unknown policy type"
        + " `acme.tag-by-site`").contains("known policy types: as-override, as-path-prepend").contains("--plugins DIR");
  }

  @Test
  void aBadConfigOfThePluginIsLocated() throws IOException {
    Path topology = work.resolve("bad.yaml");
    Files.writeString(topology, """
        name: bad
        policies:
          - name: tag
            type: acme.tag-by-site
            config:
              community: no-export
        """);
    Result result = run("--plugins", plugins.toString(), "validate", topology.toString());
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).as("at the property, with the plugin's own documentation in the fix")
        .contains(topology + ":6:18: error: policies[tag].config.community: `community` ")
        .contains("is a well-known community")
        .contains("fix: see https://example.com/arsim/tag-by-site");
  }

  @Test
  void thePluginChangesTheScenarioOutcome() {
    String tagged = EXAMPLE.resolve("s1-tagged.yaml").toString();
    String plain = Path.of("..", "examples", "s1-dual-homed-active-active.yaml").toString();
    Result before = run("bgp-table", plain, "--nva", "nva2");
    Result after = run("--plugins", plugins.toString(), "bgp-table", tagged, "--nva", "nva2");
    assertThat(after.code()).as(after.err()).isZero();
    // Without the plugin, nva2 also holds nva1's paths reflected by the route server.
    assertThat(before.out()).contains("65515 65001 i").contains("Displayed 3 routes and 8 total paths");
    // With nva1 tagging 65001:100 and nva2 denying that community on import, they are gone.
    assertThat(after.out()).doesNotContain("65515 65001 i").contains("Displayed 3 routes and 4 total paths");
    Result why = run("--plugins", plugins.toString(), "explain", tagged, "--at", "nva2", "--prefix", "192.168.0.0/16");
    assertThat(why.out()).contains("drop-hub1 (route-filter)", "65001:100");
    // The spoke's VMs still get both next hops: the route server ignores communities for selection.
    Result vm = run("--plugins", plugins.toString(), "effective-routes", tagged, "--vm", "vm-spoke");
    assertThat(vm.out()).contains("192.168.0.0/16  VirtualNetworkGateway  10.1.1.4", "192.168.0.0/16  VirtualNetworkGateway  10.2.1.4");
  }

  /** javac diagnostics into a string. */
  private static final class WriterStream extends OutputStream {
    private final StringWriter target;

    WriterStream(StringWriter target) {
      this.target = target;
    }

    @Override
    public void write(int b) {
      target.write(b);
    }
  }
}
