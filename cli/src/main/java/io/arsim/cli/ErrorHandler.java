package io.arsim.cli;

import io.arsim.core.ArsimException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Prints failures the way users should see them: an {@link ArsimException} as its message alone
 * (with the stack trace under --debug) and the exit code {@link ExitCodes#of} gives it; anything
 * else as an internal error.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

  private final boolean debug;

  ErrorHandler(boolean debug) {
    this.debug = debug;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    ArsimException arsim = arsimCause(e);
    if (arsim != null) {
      err.println(arsim.getMessage());
      if (debug) {
        e.printStackTrace(err);
      }
      return ExitCodes.of(arsim);
    }
    err.println("arsim: internal error: " + e);
    if (debug) {
      e.printStackTrace(err);
    } else {
      err.println("This is a bug in arsim. Run again with --debug for the stack trace and report it.");
    }
    return ExitCodes.INTERNAL_ERROR;
  }

  /** The exception itself, or the cause Guice wrapped (a provider that threw, e.g. the catalog). */
  private static @org.jspecify.annotations.Nullable ArsimException arsimCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ArsimException arsim) {
        return arsim;
      }
      if (!(t instanceof com.google.inject.ProvisionException)) {
        return null;
      }
    }
    return null;
  }
}
