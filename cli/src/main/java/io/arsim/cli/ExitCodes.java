package io.arsim.cli;

/** The exit codes of every arsim command (docs/cli.md). */
final class ExitCodes {
  /** Everything ran and every check passed. */
  static final int OK = 0;
  /** The run worked but a check failed: lint errors, warnings under --strict, diff --fail-on-change. */
  static final int CHECK_FAILED = 1;
  /** Bad input: a malformed or invalid file, a bad option, a plugin that cannot load or that fails. */
  static final int BAD_INPUT = 2;

  private ExitCodes() {}
}
