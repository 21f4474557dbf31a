package io.arsim.engine.convergence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.ArsimException;
import org.apiguardian.api.API;

/**
 * A routing-policy plugin threw, or returned a route the engine cannot accept. The run stops; the
 * message names the policy instance and provider id, the session and the route.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PolicyFailedException extends ArsimException {
  private static final long serialVersionUID = 1L;

  public PolicyFailedException(String message, Throwable cause) {
    super(message, cause);
  }

  public PolicyFailedException(String message) {
    super(message);
  }
}
