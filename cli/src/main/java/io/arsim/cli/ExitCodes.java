package io.arsim.cli;

import io.arsim.core.ArsimException;
import io.arsim.engine.convergence.NonConvergenceException;

/**
 * The exit codes of every arsim command (docs/cli.md), and which one each failure gets: the CLI
 * decides this, not the exception types of the libraries it runs.
 */
final class ExitCodes {
  /** Everything ran and every check passed. */
  static final int OK = 0;
  /**
   * The run worked but a check failed: lint errors, warnings under --strict, diff --fail-on-change,
   * a network that does not converge.
   */
  static final int CHECK_FAILED = 1;
  /** Bad input: a malformed or invalid file, a bad option, a plugin that cannot load or that fails. */
  static final int BAD_INPUT = 2;
  /** A bug in arsim, not a problem with the input. */
  static final int INTERNAL_ERROR = 3;

  private ExitCodes() {}

  /**
   * The exit code of a failure arsim reports to the user: {@link #CHECK_FAILED} for a design that
   * does not converge (the input is well-formed; the network it describes has no stable state),
   * {@link #BAD_INPUT} for everything else (files, options, plugins).
   */
  static int of(ArsimException failure) {
    Throwable cause = failure;
    while (cause instanceof DesignRunException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause instanceof NonConvergenceException ? CHECK_FAILED : BAD_INPUT;
  }
}
