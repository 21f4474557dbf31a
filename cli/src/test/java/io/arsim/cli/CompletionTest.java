package io.arsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code arsim generate-completion} prints picocli's bash completion script. */
class CompletionTest {

  @Test
  void printsABashScriptWithEverySubcommand() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"generate-completion"}, new PrintWriter(out), new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).startsWith("#!/usr/bin/env bash")
        .contains("complete -F", "arsim")
        .contains("validate", "simulate", "effective-routes", "bgp-table", "whatif", "sweep", "schema");
  }

  @Test
  void isHiddenFromTheHelp() {
    StringWriter out = new StringWriter();
    Main.run(new String[] {"--help"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertThat(out.toString()).contains("validate");
    assertThat(out.toString().lines()).as("not in the command list").noneMatch(l -> l.strip().startsWith(
        "generate-completion"));
    assertThat(out.toString()).as("but the footer says how to use it")
        .contains("Shell completion (bash, zsh): source <(arsim generate-completion)");
  }

  /** {@code -f} completes to the formats of the command it belongs to, and no other. */
  @Test
  void completesEachCommandsFormats() {
    StringWriter out = new StringWriter();
    Main.run(new String[] {"generate-completion"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
    String script = out.toString();
    assertThat(script).contains("FORMAT_option_args=(\"table\" \"json\" \"tsv\" \"az\")")
        .contains("FORMAT_option_args=(\"dot\" \"svg\" \"png\")")
        .contains("FORMAT_option_args=(\"table\" \"json\")")
        .contains("FORMAT_option_args=(\"json\")");
  }
}
