package io.arsim.engine.bgp;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.BgpRoute;
import org.apiguardian.api.API;

/**
 * A route that did not make it across a session, and why.
 *
 * @param node the node where it stopped
 * @param peer the other end of the session (the sender on import, the receiver on export)
 * @param route the route as it was at that point
 * @param stage where it stopped
 * @param rule the rule or policy instance that stopped it
 * @param reason the explanation
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Rejection(String node, String peer, BgpRoute route, Stage stage, String rule, String reason) {

  /** Where along the way a route stopped. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public enum Stage {
    /** A built-in inbound rule: loop prevention. */
    INBOUND_RULE,
    /** An import policy. */
    IMPORT_POLICY,
    /** An export policy of the sender. */
    EXPORT_POLICY
  }
}
