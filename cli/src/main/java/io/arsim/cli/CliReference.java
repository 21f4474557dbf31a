package io.arsim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/**
 * Renders docs/cli.md from the commands' own help, so the reference cannot drift from the code.
 * The test {@code CliReferenceTest} fails when the committed file differs; regenerate with
 * {@code mvn -pl cli test -Dtest=CliReferenceTest -Darsim.updateDocs=true}.
 */
final class CliReference {
  /** Where the reference lives, relative to the repository root. */
  static final String REPOSITORY_PATH = "docs/cli.md";

  private CliReference() {}

  static String render() {
    CommandLine root = new CommandLine(ArsimCommand.class,
        new Main.GuiceFactory(com.google.inject.Guice.createInjector(Main.modules(PolicyDiscovery.discover(null)))));
    StringBuilder out = new StringBuilder();
    out.append("# arsim command reference\n\n");
    out.append("Generated from the commands' `--help` (do not edit by hand; see `CliReference`).\n\n");
    out.append("## Exit codes\n\n");
    out.append("| code | meaning |\n|---|---|\n");
    out.append("| 0 | the command ran and every check passed |\n");
    out.append("| 1 | a check failed: warnings under `validate --strict`, a network that does not converge |\n");
    out.append("| 2 | bad input: a malformed or invalid file, an unknown option or name, a plugin that cannot load or fails |\n");
    out.append("| 3 | an internal error (a bug in arsim; `--debug` prints the stack trace) |\n\n");
    out.append("Output goes to standard output; problems and errors to standard error. Every command that\n");
    out.append("prints results takes `--output table|json|tsv`:\n\n");
    out.append("- `table` (the default): aligned text for people, with titles.\n");
    out.append("- `json`: one JSON document with a stable schema.\n");
    out.append("- `tsv`: az CLI style tab-separated values, no header, one row per line. `simulate` prints\n");
    out.append("  both of its tables, each row starting with the table's name (`session` or `speaker`);\n");
    out.append("  `sweep` prints its summary table; `routes`, `bgp-table` and `effective-routes` their one table.\n");
    out.append("  Commands that print no table (`validate`, `lint`, `explain`, `trace`, `whatif`, `diff`,\n");
    out.append("  `plugins`) reject `tsv` with exit code 2.\n\n");
    out.append("## Output\n\n");
    out.append("Output is plain text: arsim prints no colours or other ANSI escape codes, so `NO_COLOR`, pipes\n");
    out.append("and files need no option. The only terminal-aware output is the progress line of `sweep`, which\n");
    out.append("goes to standard error and only on an interactive terminal (no console, no progress).\n\n");
    out.append("## arsim\n\n```\n").append(usage(root)).append("```\n");
    for (Map.Entry<String, CommandLine> sub : root.getSubcommands().entrySet()) {
      out.append("\n## arsim ").append(sub.getKey()).append("\n\n```\n").append(usage(sub.getValue())).append("```\n");
    }
    return out.toString();
  }

  private static String usage(CommandLine command) {
    command.setUsageHelpWidth(100);
    command.setUsageHelpAutoWidth(false);
    StringWriter text = new StringWriter();
    command.usage(new PrintWriter(text), CommandLine.Help.Ansi.OFF);
    return text.toString().lines().map(String::stripTrailing).reduce("", (a, b) -> a + b + "\n");
  }
}
