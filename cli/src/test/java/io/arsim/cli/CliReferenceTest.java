package io.arsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CliReferenceTest {

  @Test
  void committedReferenceMatchesTheCommands() throws IOException {
    Path file = SchemaCommandTest.repositoryRoot().resolve(CliReference.REPOSITORY_PATH);
    String generated = CliReference.render();
    if (Boolean.getBoolean("arsim.updateDocs")) {
      Files.writeString(file, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(file)).as("docs/cli.md exists").isTrue();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("docs/cli.md is stale: run mvn -pl cli test -Dtest=CliReferenceTest -Darsim.updateDocs=true")
        .isEqualTo(generated);
  }

  @Test
  void everyCommandHelpShowsAnExample() {
    String reference = CliReference.render();
    for (String command : new String[] {"validate", "simulate", "routes", "bgp-table", "effective-routes", "explain",
        "trace", "whatif", "sweep", "diff", "diagram", "schema"}) {
      assertThat(reference).contains("## arsim " + command).contains("  arsim " + command + " ");
    }
  }
}
