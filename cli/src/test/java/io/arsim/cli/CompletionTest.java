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
    assertThat(out.toString()).contains("validate").doesNotContain("generate-completion");
  }
}
