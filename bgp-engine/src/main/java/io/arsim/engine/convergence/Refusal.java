package io.arsim.engine.convergence;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.engine.bgp.InboundRule;
import io.arsim.engine.bgp.Neighbor;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.Rejection;

/**
 * Why a route did not cross a session, as the converging network keeps it: a policy's rejection
 * (kept whole) or a built-in inbound rule's (kept as the rule and the route; its reason is written
 * when the rejection is read).
 */
sealed interface Refusal {

  /** The rejection people read. */
  Rejection rejection(Node node);

  /** A policy rejected the route. */
  record ByPolicy(Rejection rejection) implements Refusal {
    @Override
    public Rejection rejection(Node node) {
      return rejection;
    }
  }

  /** A built-in inbound rule dropped the route. */
  record ByRule(InboundRule rule, Neighbor from, BgpRoute route) implements Refusal {
    @Override
    public Rejection rejection(Node node) {
      return new Rejection(node.name(), from.peer(), route, Rejection.Stage.INBOUND_RULE, rule.name(),
          rule.explain(node, from, route));
    }
  }
}
