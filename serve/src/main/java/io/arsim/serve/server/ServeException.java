package io.arsim.serve.server;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.ArsimException;
import org.apiguardian.api.API;

/** The server cannot start as asked: an address it cannot listen on, a port it may not use. */
@API(status = EXPERIMENTAL, since = "0.2")
public final class ServeException extends ArsimException {
  private static final long serialVersionUID = 1L;

  /** @param message what went wrong and how to fix it */
  public ServeException(String message) {
    super(message);
  }

  /**
   * @param message what went wrong and how to fix it
   * @param cause the underlying failure
   */
  public ServeException(String message, Throwable cause) {
    super(message, cause);
  }
}
