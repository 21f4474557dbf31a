package io.arsim.policy.catalog;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.policy.spi.LoopCheckRelaxation;
import io.arsim.policy.spi.PolicyContext;
import io.arsim.policy.spi.PolicyResult;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The ordered policies of one neighbour direction ({@code importPolicies} or
 * {@code exportPolicies}): each sees the route the previous one accepted; the first rejection ends
 * the chain and is the result; when all accept, the last accepted route is the result. An empty
 * chain accepts every route unchanged.
 *
 * @param policies in the order the topology lists them
 */
@API(status = INTERNAL, since = "0.1")
public record PolicyChain(List<ConfiguredPolicy> policies) {

  /** The chain that accepts everything. */
  public static final PolicyChain EMPTY = new PolicyChain(List.of());

  public PolicyChain {
    policies = List.copyOf(policies);
  }

  /**
   * Runs the chain.
   *
   * @throws PolicyEvaluationException when a plugin fails
   */
  public PolicyResult apply(PolicyContext context, BgpRoute route) {
    BgpRoute current = route;
    for (ConfiguredPolicy policy : policies) {
      PolicyResult result = policy.apply(context, current);
      if (result instanceof PolicyResult.Accept accept) {
        current = accept.route();
      } else {
        return result;
      }
    }
    return PolicyResult.accept(current);
  }

  /**
   * Whether a loop-check relaxation in the chain permits {@code route}, whose path holds the local
   * ASN ({@code allowas-in}); false when the chain has none.
   */
  public boolean permitsOwnAsn(PolicyContext context, BgpRoute route) {
    for (ConfiguredPolicy policy : policies) {
      Optional<LoopCheckRelaxation> relaxation = policy.loopCheckRelaxation();
      if (relaxation.isPresent() && relaxation.get().permitsOwnAsn(context, route)) {
        return true;
      }
    }
    return false;
  }
}
