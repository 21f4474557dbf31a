package io.arsim.cli;

import static io.arsim.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.cli.CliRun.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginsCommandTest {

  @Test
  void listsTheBuiltIns() {
    Result result = run("plugins");
    assertThat(result.code()).isZero();
    assertThat(result.out()).startsWith("ID ").contains("as-override").contains("route-filter")
        .contains("next-hop").contains("built-in");
  }

  @Test
  void listsAsJson() {
    Result result = run("plugins", "--format", "json");
    assertThat(result.out()).contains("\"id\" : \"as-override\"").contains("\"builtIn\" : true");
  }

  @Test
  void aMissingPluginFolderIsBadInput(@TempDir Path dir) {
    Result result = run("--plugins", dir.resolve("nope").toString(), "plugins");
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("plugin folder").contains("does not exist").doesNotContain("\tat ");
  }

  @Test
  void aBrokenJarIsReportedNotThrown(@TempDir Path dir) throws IOException {
    Path jarDir = Files.createDirectories(dir.resolve("plugins"));
    try (var jar = new java.util.jar.JarOutputStream(Files.newOutputStream(jarDir.resolve("broken.jar")))) {
      jar.putNextEntry(new java.util.jar.JarEntry("META-INF/services/io.arsim.policy.spi.PolicyProvider"));
      jar.write("com.acme.DoesNotExist\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      jar.closeEntry();
    }
    Result result = run("--plugins", jarDir.toString(), "plugins");
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("com.acme.DoesNotExist").contains("cannot be loaded");
  }

  @Test
  void validateReportsPolicyProblemsWithLocations(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("p.yaml");
    Files.writeString(file, "name: p\npolicies:\n  - name: a\n    type: as-path-prepend\n    config:\n      count: 0\n");
    Result result = run("validate", file.toString());
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).as("at the property, not at the start of `config:`")
        .contains(file + ":6:14: error: policies[a].config.count: `count` 0 is out of range");
  }
}
