package io.arsim.policy.catalog;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.core.ArsimException;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A policy plugin failed while a route crossed a session: it threw, returned nothing, or returned
 * a route the engine cannot accept (another prefix). Names the plugin id, the policy instance, the
 * session and the route; the run stops cleanly. Exit code 2: the plugin or its configuration must
 * be fixed.
 */
@API(status = INTERNAL, since = "0.1")
public final class PolicyEvaluationException extends ArsimException {
  private static final long serialVersionUID = 1L;

  private final String pluginId;
  private final String policyName;
  private final String session;
  private final String route;

  /**
   * @param pluginId the provider id ({@code type:} in the topology)
   * @param policyName the policy instance's name
   * @param session the session as {@code PolicyContext.describe()} prints it
   * @param route the route as it was given to the policy
   * @param problem what went wrong
   * @param cause what the plugin threw, if anything
   */
  public PolicyEvaluationException(String pluginId, String policyName, String session, String route,
      String problem, @Nullable Throwable cause) {
    super("policy `" + policyName + "` (plugin " + pluginId + ") failed on " + session + " for route " + route
        + ": " + problem + "; fix or remove the plugin, or take the policy out of the neighbour's chain", cause);
    this.pluginId = pluginId;
    this.policyName = policyName;
    this.session = session;
    this.route = route;
  }

  /** The provider id. */
  public String pluginId() {
    return pluginId;
  }

  /** The policy instance's name. */
  public String policyName() {
    return policyName;
  }

  /** The session, e.g. {@code nva1 -> rs-spoke/IN_0 (export)}. */
  public String session() {
    return session;
  }

  /** The route as given to the policy. */
  public String route() {
    return route;
  }
}
