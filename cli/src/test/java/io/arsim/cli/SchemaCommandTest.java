package io.arsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.cli.schema.CompareManifestSchema;
import io.arsim.cli.schema.IntentsSchema;
import io.arsim.cli.schema.TopologySchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCommandTest {

  static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("cannot find the repository root (a folder holding examples/)");
    }
    return dir;
  }

  /**
   * The extension kinds of the installed modules (ExpressRoute's), as `arsim schema` sees them: the
   * committed schema is exactly what `./arsim schema` prints.
   */
  static List<io.arsim.core.topology.ExtensionKind<?>> installedKinds() {
    return com.google.inject.Guice.createInjector(Main.modules(PolicyDiscovery.discover(null)))
        .getInstance(com.google.inject.Key.get(
            new com.google.inject.TypeLiteral<List<io.arsim.core.topology.ExtensionKind<?>>>() {}));
  }

  @Test
  void committedSchemaIsTheGeneratedOne() throws IOException {
    String committed = Files.readString(repositoryRoot().resolve(TopologySchema.REPOSITORY_PATH), StandardCharsets.UTF_8);
    assertThat(committed)
        .as("docs/topology.schema.json is stale: run ./arsim schema --output-file docs/topology.schema.json")
        .isEqualTo(new TopologySchema(installedKinds()).render());
  }

  @Test
  void committedIntentsSchemaIsTheGeneratedOne() throws IOException {
    String committed = Files.readString(repositoryRoot().resolve(IntentsSchema.REPOSITORY_PATH), StandardCharsets.UTF_8);
    assertThat(committed)
        .as("docs/intents.schema.json is stale: run ./arsim schema --intents --output-file docs/intents.schema.json")
        .isEqualTo(new IntentsSchema().render());
    StringWriter out = new StringWriter();
    assertThat(Main.run(new String[] {"schema", "--intents"}, new PrintWriter(out), new PrintWriter(new StringWriter())))
        .isZero();
    assertThat(out.toString()).isEqualTo(committed).contains("\"title\" : \"arsim intents\"", "\"any-single-failure\"");
  }

  @Test
  void committedCompareManifestSchemaIsTheGeneratedOne() throws IOException {
    String committed = Files.readString(repositoryRoot().resolve(CompareManifestSchema.REPOSITORY_PATH),
        StandardCharsets.UTF_8);
    assertThat(committed)
        .as("docs/compare-manifest.schema.json is stale: run ./arsim schema --compare-manifest --output-file"
            + " docs/compare-manifest.schema.json")
        .isEqualTo(new CompareManifestSchema().render());
    assertThat(committed).contains("\"title\" : \"arsim compare manifest\"", "\"learned-routes\"", "\"iosxe-text\"");
    StringWriter err = new StringWriter();
    assertThat(Main.run(new String[] {"schema", "--intents", "--compare-manifest"}, new PrintWriter(new StringWriter()),
        new PrintWriter(err))).isEqualTo(2);
    assertThat(err.toString()).contains("--intents and --compare-manifest each print one schema");
  }

  @Test
  void printsTheSchemaAndExitsZero() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"schema"}, new PrintWriter(out), new PrintWriter(err));
    assertThat(code).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString()).contains("\"title\" : \"arsim topology\"", "\"RouteServer\"", "\"virtualRouterIps\"");
  }

  @Test
  void writesTheSchemaToAFileWithNothingElseLeftBehind(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("out/topology.schema.json");
    int code = Main.run(new String[] {"schema", "--output-file", target.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    assertThat(code).isZero();
    assertThat(Files.readString(target)).isEqualTo(new TopologySchema(installedKinds()).render());
    try (var files = Files.list(target.getParent())) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void unknownOptionIsBadInputWithAHint() {
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"schema", "--ouput-file", "x"}, new PrintWriter(new StringWriter()),
        new PrintWriter(err));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("Unknown options: '--ouput-file'", "--output-file", "arsim schema --help");
  }
}
