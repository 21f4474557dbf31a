package io.arsim.policy.catalog;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.policy.spi.Direction;
import io.arsim.policy.spi.PolicyContext;
import io.arsim.policy.spi.PolicyResult;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The ordered policies of one neighbour direction ({@code importPolicies} or {@code
 * exportPolicies}), and the one place arsim runs policies: each sees the route the previous one
 * accepted; the first rejection ends the chain; when all accept, the last accepted route goes on.
 * An empty chain passes every route unchanged. Every policy runs guarded ({@link ConfiguredPolicy}),
 * so a plugin's fault surfaces as {@link PolicyEvaluationException} naming it.
 *
 * @param policies in the order the topology lists them
 */
@API(status = INTERNAL, since = "0.1")
public record PolicyChain(List<ConfiguredPolicy> policies) {

  /** The chain that passes everything. */
  public static final PolicyChain EMPTY = new PolicyChain(List.of());

  public PolicyChain {
    policies = List.copyOf(policies);
  }

  /** Whether the chain has no policy. */
  public boolean isEmpty() {
    return policies.isEmpty();
  }

  /**
   * Runs the chain.
   *
   * @throws PolicyEvaluationException when a plugin fails
   */
  public ChainResult apply(PolicyContext context, BgpRoute route) {
    BgpRoute current = route;
    boolean unchanged = false;
    for (ConfiguredPolicy policy : policies) {
      PolicyResult result = policy.apply(context, current);
      if (result instanceof PolicyResult.Reject reject) {
        return new ChainResult.Stopped(policy, current, reject.reason(), reject.tearDownSession());
      }
      PolicyResult.Accept accept = (PolicyResult.Accept) result;
      if (accept.nextHopUnchanged()) {
        unchanged = true;
      } else if (!accept.route().attributes().nextHop().equals(current.attributes().nextHop())) {
        unchanged = false; // a later policy set a next hop of its own
      }
      current = accept.route();
    }
    return new ChainResult.Passed(current, unchanged && context.direction() == Direction.EXPORT);
  }

  /**
   * Runs the chain as {@link #apply} does and keeps what each policy did: for {@code arsim explain}
   * and the test kit, which ask about one route at a time. {@link #apply} stays the path convergence
   * takes, recording nothing.
   *
   * @throws PolicyEvaluationException when a plugin fails
   */
  public Trace trace(PolicyContext context, BgpRoute route) {
    List<Step> steps = new ArrayList<>();
    BgpRoute current = route;
    boolean unchanged = false;
    for (ConfiguredPolicy policy : policies) {
      PolicyResult result = policy.apply(context, current);
      steps.add(new Step(policy, current, result));
      if (result instanceof PolicyResult.Reject reject) {
        return new Trace(steps, new ChainResult.Stopped(policy, current, reject.reason(), reject.tearDownSession()));
      }
      PolicyResult.Accept accept = (PolicyResult.Accept) result;
      if (accept.nextHopUnchanged()) {
        unchanged = true;
      } else if (!accept.route().attributes().nextHop().equals(current.attributes().nextHop())) {
        unchanged = false;
      }
      current = accept.route();
    }
    return new Trace(steps, new ChainResult.Passed(current, unchanged && context.direction() == Direction.EXPORT));
  }

  /**
   * What one policy of a chain did.
   *
   * @param policy the policy
   * @param before the route it got
   * @param result what it returned
   */
  @API(status = INTERNAL, since = "0.2")
  public record Step(ConfiguredPolicy policy, BgpRoute before, PolicyResult result) {

    /** Whether the policy rejected the route. */
    public boolean rejected() {
      return result instanceof PolicyResult.Reject;
    }

    /** The attributes it changed, before and after; empty when it rejected or changed nothing. */
    public List<AttributeChange> changes() {
      return result instanceof PolicyResult.Accept accept
          ? AttributeChange.between(before.attributes(), accept.route().attributes())
          : List.of();
    }
  }

  /**
   * A chain run policy by policy.
   *
   * @param steps one per policy that ran, in order; a rejection is the last
   * @param result what {@link #apply} returns for the same route
   */
  @API(status = INTERNAL, since = "0.2")
  public record Trace(List<Step> steps, ChainResult result) {
    public Trace {
      steps = List.copyOf(steps);
    }

    /** The steps that changed an attribute. */
    public List<Step> changing() {
      return steps.stream().filter(s -> !s.changes().isEmpty()).toList();
    }
  }

  /** The chain as "name (type), name (type)". */
  @Override
  public String toString() {
    return policies.isEmpty() ? "(none)" : String.join(", ", policies.stream().map(ConfiguredPolicy::toString)
        .toList());
  }

  /** What a chain decided for one route. */
  @API(status = INTERNAL, since = "0.2")
  public sealed interface ChainResult {

    /**
     * Every policy accepted the route.
     *
     * @param route the route as the last policy left it
     * @param nextHopUnchanged on export, a policy asked for the next hop the speaker holds for the
     *     route ({@code set ip next-hop unchanged}) and no later one set another
     */
    record Passed(BgpRoute route, boolean nextHopUnchanged) implements ChainResult {
      /** Every policy accepted {@code route}, nobody asked for an unchanged next hop. */
      public Passed(BgpRoute route) {
        this(route, false);
      }
    }

    /**
     * A policy rejected the route.
     *
     * @param by the policy that rejected it
     * @param route the route as that policy got it
     * @param reason the policy's reason
     * @param tearDownSession whether the policy asked for the whole session to go down
     */
    record Stopped(ConfiguredPolicy by, BgpRoute route, String reason, boolean tearDownSession)
        implements ChainResult {}
  }
}
