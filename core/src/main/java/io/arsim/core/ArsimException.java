package io.arsim.core;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Root of every failure arsim reports to a user: bad input, a plugin that cannot be loaded or
 * that fails, a check that does not hold. Messages name the file, the place, the offending value,
 * what was expected and how to fix it; the CLI prints them without a stack trace.
 *
 * <p>Programming errors use the JDK exceptions ({@link IllegalArgumentException},
 * {@link IllegalStateException}, {@link NullPointerException}) instead.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class ArsimException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected ArsimException(String message) {
    super(message);
  }

  protected ArsimException(String message, Throwable cause) {
    super(message, cause);
  }
}
