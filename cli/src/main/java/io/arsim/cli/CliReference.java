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
    CommandLine root = Main.commandLine(com.google.inject.Guice.createInjector(
        Main.modules(PolicyDiscovery.discover(null))));
    StringBuilder out = new StringBuilder();
    out.append("# arsim command reference\n\n");
    out.append("Generated from the commands' `--help` (do not edit by hand; see `CliReference`).\n\n");
    out.append("## Exit codes\n\n");
    out.append("| code | meaning |\n|---|---|\n");
    out.append("| 0 | the command ran and every check passed |\n");
    out.append("| 1 | a check failed: warnings under `validate --strict`, a network that does not converge, lint errors,"
        + " a broken intent (`check`), `diff --fail-on-change` |\n");
    out.append("| 2 | bad input: a malformed or invalid file, an unknown option or name, a plugin that cannot load or fails |\n");
    out.append("| 3 | an internal error (a bug in arsim; `--debug` prints the stack trace) |\n\n");
    out.append("Results go to standard output; problems, errors and notices to standard error.\n\n");
    out.append("## Output format and output file\n\n");
    out.append("Every command that prints a result takes the same two options:\n\n");
    out.append("- `-f FORMAT` (`--format FORMAT`): how to print it. Each command's help lists the formats it\n");
    out.append("  prints, its default first; any other is refused (exit 2) with that list. Case does not matter.\n");
    out.append("  - `table`: aligned text for people, with titles (the default where a command has it).\n");
    out.append("  - `json`: one JSON document with a stable schema ([json.md](json.md)).\n");
    out.append("  - `tsv`: az CLI style tab-separated values, no header, one row per line. `simulate` prints\n");
    out.append("    both of its tables, each row starting with the table's name (`session` or `speaker`);\n");
    out.append("    `sweep` prints its summary table; `routes`, `bgp-table` and `effective-routes` their one table.\n");
    out.append("  - `az`: the JSON the az CLI prints for the same question (`routes`, `effective-routes`).\n");
    out.append("  - `dot`, `svg`, `png`: `diagram`'s Graphviz text and pictures ([diagrams.md](diagrams.md)).\n");
    out.append("  - `yaml`: a topology file, what `import` writes ([import.md](import.md)).\n");
    out.append("- `-O FILE` (`--output-file FILE`): write the result to FILE instead of standard output. FILE\n");
    out.append("  appears whole or not at all: it is written to a temporary file beside it and moved into place\n");
    out.append("  once the command has finished (also when a check fails, exit 1); when the command fails,\n");
    out.append("  nothing is written and an existing FILE stays as it was. Missing folders are created.\n\n");
    out.append("`-o FORMAT` (`--output FORMAT`), the spelling before 0.2, still picks the format and prints a\n");
    out.append("one-line notice naming `-f`; `-o` followed by a file name (`-o out.json`) is refused with the\n");
    out.append("right spelling (`-O out.json -f json`), since `-o` is the output *file* in many tools.\n\n");
    out.append("## Standard input\n\n");
    out.append("A design file named `-` is read from standard input: `arsim validate - < design.yaml`,\n");
    out.append("`az ... | arsim simulate -`. Its format comes from its text (JSON when it starts with `{`,\n");
    out.append("YAML otherwise), the same limits apply ([robustness.md](robustness.md)), and messages name it\n");
    out.append("`<stdin>` (`<stdin>:3:7: error: ...`). Standard input holds one design: `diff - -` is refused.\n\n");
    out.append("## Shell completion\n\n");
    out.append("`arsim generate-completion` prints a completion script for bash and zsh (it is hidden from the\n");
    out.append("command list). Load it in the current shell with `source <(arsim generate-completion)`, or\n");
    out.append("save it once: `arsim generate-completion > ~/.local/share/bash-completion/completions/arsim`.\n");
    out.append("It completes commands, options, and the values of options with a fixed set (`-f`'s formats).\n\n");
    out.append("## Output\n\n");
    out.append("Output is plain text: arsim prints no colours or other ANSI escape codes, so `NO_COLOR`, pipes\n");
    out.append("and files need no option. The only terminal-aware output is the progress line of `sweep` and `check`, which\n");
    out.append("goes to standard error and only on an interactive terminal (no console, no progress).\n\n");
    out.append("## arsim\n\n```\n").append(usage(root)).append("```\n");
    for (Map.Entry<String, CommandLine> sub : root.getSubcommands().entrySet()) {
      out.append("\n## arsim ").append(sub.getKey()).append("\n\n```\n").append(usage(sub.getValue())).append("```\n");
      // Nested commands (import arm|az|terraform) get their own section.
      for (Map.Entry<String, CommandLine> nested : sub.getValue().getSubcommands().entrySet()) {
        out.append("\n## arsim ").append(sub.getKey()).append(' ').append(nested.getKey()).append("\n\n```\n")
            .append(usage(nested.getValue())).append("```\n");
      }
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
