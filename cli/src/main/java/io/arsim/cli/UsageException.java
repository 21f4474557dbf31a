package io.arsim.cli;

import io.arsim.core.ArsimException;

/** A command-line value that is syntactically fine but makes no sense (exit 2). */
final class UsageException extends ArsimException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super("arsim: " + message);
  }
}
