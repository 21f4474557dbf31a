package io.arsim.cli;

import static io.arsim.cli.CliRun.run;
import static io.arsim.cli.CliRun.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.cli.CliRun.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Output format and output file are two options that cannot be mistaken for each other
 * ({@code -f/--format}, {@code -O/--output-file}); the old {@code -o} keeps working with a notice;
 * a command names only the formats it prints; a design can come from standard input.
 */
class OutputOptionsIT {
  private static final String S1 = "examples/s1-dual-homed-active-active.yaml";

  @TempDir Path dir;

  private static String s1() throws IOException {
    return Files.readString(SchemaCommandTest.repositoryRoot().resolve(S1), StandardCharsets.UTF_8);
  }

  @Test
  void theOldSpellingStillPicksTheFormatWithAOneLineNotice() {
    Result old = run("simulate", S1, "-o", "json");
    Result now = run("simulate", S1, "-f", "json");
    assertThat(old.code()).isZero();
    assertThat(old.out()).isEqualTo(now.out()).startsWith("{");
    assertThat(old.err().lines().toList()).containsExactly(
        "arsim: note: -o/--output is the old spelling of -f/--format; use -f json (-O FILE writes the result to a file)");
    assertThat(now.err()).isEmpty();
    assertThat(run("simulate", S1, "--output=tsv").out()).isEqualTo(run("simulate", S1, "--format=tsv").out());
  }

  @Test
  void aFileNameWhereTheFormatBelongsIsRefusedWithTheRightSpelling() {
    Result r = run("validate", "-o", "out.json", S1);
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("-o is the old spelling of -f/--format, the output format; to write the result to a"
        + " file, use -O out.json -f json");
    assertThat(r.out()).isEmpty();
    assertThat(Path.of("out.json")).doesNotExist();
    Result twoFormats = run("simulate", S1, "-o", "json", "-f", "tsv");
    assertThat(twoFormats.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(twoFormats.err()).contains("-o json and -f tsv ask for two formats; give -f alone");
  }

  @Test
  void aFormatACommandDoesNotPrintIsRefusedNamingOnlyTheFormatsItPrints() {
    Result validate = run("validate", S1, "-f", "tsv");
    assertThat(validate.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(validate.err()).contains("arsim: -f tsv: arsim validate prints table or json\n");
    Result schema = run("schema", "-f", "table");
    assertThat(schema.err()).contains("-f table: arsim schema prints json only");
    Result diagram = run("diagram", S1, "-f", "json");
    assertThat(diagram.err()).contains("-f json: arsim diagram prints dot, svg or png");
    Result unknown = run("effective-routes", S1, "--vm", "vm-spoke", "-f", "yaml");
    assertThat(unknown.err()).contains("-f yaml: arsim effective-routes prints table, json, tsv or az");
    assertThat(run("effective-routes", S1, "--vm", "vm-spoke", "-f", "JSON").code()).as("case does not matter")
        .isZero();
  }

  /** The help of each command describes -f with its formats and no other; completion offers the same. */
  @Test
  void everyCommandsHelpListsOnlyItsFormats() {
    CommandLine root = Main.commandLine(com.google.inject.Guice.createInjector(
        Main.modules(PolicyDiscovery.discover(null))));
    List<String> checked = new ArrayList<>();
    for (var entry : root.getSubcommands().entrySet()) {
      CommandLine.Model.CommandSpec spec = entry.getValue().getCommandSpec();
      if (OutputOptions.of(spec).isEmpty()) {
        continue;
      }
      List<OutputFormat> supported = OutputOptions.supported(spec);
      CommandLine.Model.OptionSpec format = spec.findOption("-f");
      String description = String.join(" ", format.description());
      List<String> candidates = new ArrayList<>();
      format.completionCandidates().forEach(candidates::add);
      assertThat(candidates).as(entry.getKey()).containsExactlyElementsOf(
          supported.stream().map(OutputFormat::name).toList());
      for (OutputFormat f : OutputFormat.values()) {
        if (supported.contains(f)) {
          assertThat(description).as(entry.getKey()).contains(f.name() + " (");
        } else {
          assertThat(description).as(entry.getKey()).doesNotContain(f.name() + " (");
        }
      }
      if (supported.size() > 1) {
        assertThat(description).as(entry.getKey()).contains(supported.get(0).name() + " (default");
      }
      assertThat(spec.findOption("-O")).as(entry.getKey() + " takes -O").isNotNull();
      checked.add(entry.getKey());
    }
    assertThat(checked).contains("validate", "simulate", "routes", "bgp-table", "effective-routes", "explain",
        "trace", "whatif", "sweep", "diagram", "diff", "lint", "plugins", "schema");
    assertThat(OutputOptions.supported(root.getSubcommands().get("routes").getCommandSpec()))
        .containsExactly(OutputFormat.table, OutputFormat.json, OutputFormat.tsv, OutputFormat.az);
  }

  @Test
  void theOutputFileGetsExactlyWhatStandardOutputWouldHave() throws IOException {
    Path file = dir.resolve("routes/vm-spoke.json");
    Result toFile = run("effective-routes", S1, "--vm", "vm-spoke", "-f", "json", "-O", file.toString());
    assertThat(toFile.code()).as(toFile.err()).isZero();
    assertThat(toFile.out()).isEmpty();
    assertThat(Files.readString(file)).isEqualTo(run("effective-routes", S1, "--vm", "vm-spoke", "-f", "json").out());
    Path table = dir.resolve("lint.txt");
    Result lint = run("lint", "examples/s4-expressroute-without-as-override.yaml", "--output-file", table.toString());
    assertThat(lint.code()).as("a failed check still writes its result").isEqualTo(ExitCodes.CHECK_FAILED);
    assertThat(Files.readString(table)).contains("missing-as-override");
  }

  @Test
  void aCommandThatFailsLeavesAnExistingOutputFileAsItWas() throws IOException {
    Path file = Files.writeString(dir.resolve("routes.json"), "before");
    Result r = run("routes", S1, "--route-server", "rs-nope", "--peer", "nva1", "--learned", "-f", "json", "-O",
        file.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(Files.readString(file)).isEqualTo("before");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).containsExactly(file);
    }
  }

  @Test
  void aDesignCanBeReadFromStandardInput() throws IOException {
    String yaml = s1();
    Result piped = runWithInput(yaml, "simulate", "-", "-f", "json");
    assertThat(piped.code()).as(piped.err()).isZero();
    assertThat(piped.out()).isEqualTo(run("simulate", S1, "-f", "json").out());
    assertThat(runWithInput(yaml, "simulate", "-").out()).contains("(<stdin>): converged after");
    Result validate = runWithInput(yaml, "validate", "-");
    assertThat(validate.out()).isEqualTo("<stdin>: valid (0 errors, 0 warnings)\n");
  }

  @Test
  void messagesNameStandardInputAndJsonIsToldFromYamlByItsText() {
    Result yaml = runWithInput("name: x\nvirtualNetworks: 5\n", "validate", "-");
    assertThat(yaml.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(yaml.err()).startsWith("<stdin>:2:18: error: virtualNetworks: expected a list");
    Result json = runWithInput("  {\"name\": \"x\", \"virtualNetworks\": 5}", "validate", "-f", "json", "-");
    assertThat(json.out()).contains("\"file\" : \"<stdin>\"", "\"line\" : 1", "\"column\" : 36");
    Result twice = runWithInput("name: x\n", "diff", "-", "-");
    assertThat(twice.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(twice.err()).contains("standard input (-) holds one design and was read already");
    Result empty = run("simulate", "-");
    assertThat(empty.err()).startsWith("<stdin>: error: the file is empty");
  }

  @Test
  void theOldFormatOptionIsHiddenFromTheHelp() {
    String help = run("simulate", "--help").out();
    assertThat(help).contains("-f, --format=FORMAT", "-O, --output-file=FILE").doesNotContain("-o, --output")
        .doesNotContain("-o=");
    assertThat(help.replaceAll("\\s+", " ")).contains("or - to read it from standard input");
  }
}
