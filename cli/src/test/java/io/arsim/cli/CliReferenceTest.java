package io.arsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

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

  /**
   * Help footers (examples, exit codes) are printed as written and fit an 80-column terminal, so an
   * example is never wrapped between its words or inside a path; at that width the help shows every
   * example line whole.
   */
  @Test
  void helpExamplesFitEightyColumnsAndAreNeverWrapped() {
    CommandLine root = Main.commandLine(com.google.inject.Guice.createInjector(
        Main.modules(PolicyDiscovery.discover(null))));
    List<CommandLine> commands = new ArrayList<>(List.of(root));
    commands.addAll(root.getSubcommands().values());
    for (CommandLine command : commands) {
      String name = command.getCommandSpec().qualifiedName();
      command.setUsageHelpWidth(80);
      command.setUsageHelpAutoWidth(false);
      StringWriter help = new StringWriter();
      command.usage(new PrintWriter(help), CommandLine.Help.Ansi.OFF);
      List<String> lines = help.toString().lines().toList();
      for (String footer : command.getCommandSpec().usageMessage().footer()) {
        assertThat(footer.length()).as("%s: footer line longer than 80 columns: %s", name, footer).isLessThanOrEqualTo(80);
        assertThat(lines).as("%s --help shows the line whole", name).contains(footer);
      }
    }
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
