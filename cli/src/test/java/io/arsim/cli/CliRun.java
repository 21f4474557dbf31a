package io.arsim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs arsim in-process, as a user runs it, and keeps what it printed: the CLI tests' one way in. */
final class CliRun {
  private CliRun() {}

  /** The exit code and the text printed on standard output and standard error. */
  record Result(int code, String out, String err) {}

  /**
   * Runs {@code arsim args...}. An argument starting with {@code examples/} names a bundled
   * example and is resolved against the repository root (the tests run in the module's directory).
   */
  static Result run(String... args) {
    return runWithInput("", args);
  }

  /** Runs {@code arsim args...} with {@code stdin} as standard input (UTF-8), for designs named {@code -}. */
  static Result runWithInput(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String root = SchemaCommandTest.repositoryRoot().toString();
    String[] resolved = args.clone();
    for (int i = 0; i < resolved.length; i++) {
      if (resolved[i].startsWith("examples/")) {
        resolved[i] = root + "/" + resolved[i];
      }
    }
    int code = Main.run(resolved, new java.io.ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }
}
