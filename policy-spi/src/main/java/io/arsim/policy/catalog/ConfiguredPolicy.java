package io.arsim.policy.catalog;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.policy.spi.PolicyContext;
import io.arsim.policy.spi.PolicyResult;
import io.arsim.policy.spi.RoutingPolicy;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One policy instance of a topology, created by its provider, with the guard the engine relies on:
 * {@link #apply} turns anything the plugin throws, a {@code null} result and an accepted route with
 * another prefix or origin peer into a {@link PolicyEvaluationException} naming the plugin id, the
 * instance, the session and the route. Immutable and thread-safe when the plugin is.
 */
@API(status = INTERNAL, since = "0.1")
public final class ConfiguredPolicy implements RoutingPolicy {
  private final String name;
  private final String type;
  private final RoutingPolicy policy;

  /**
   * @param name the instance name in the topology's {@code policies}
   * @param type the provider id
   * @param policy what the provider created
   */
  public ConfiguredPolicy(String name, String type, RoutingPolicy policy) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** The instance name. */
  public String name() {
    return name;
  }

  /** The provider id. */
  public String type() {
    return type;
  }

  /** The plugin's own policy, unguarded. */
  public RoutingPolicy policy() {
    return policy;
  }

  /**
   * Runs the plugin, guarded.
   *
   * @throws PolicyEvaluationException when the plugin throws, returns null, or accepts a route
   *     with another prefix or another {@code receivedFrom}
   */
  @Override
  public PolicyResult apply(PolicyContext context, BgpRoute route) {
    PolicyResult result;
    try {
      result = policy.apply(context, route);
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      throw failure(context, route, "it threw " + e, e);
    }
    if (result == null) {
      throw failure(context, route, "it returned null instead of PolicyResult.accept(...) or reject(...)", null);
    }
    if (result instanceof PolicyResult.Accept accept) {
      BgpRoute out = accept.route();
      if (!out.prefix().equals(route.prefix())) {
        throw failure(context, route, "it changed the prefix to " + out.prefix()
            + "; a policy may change path attributes only", null);
      }
      if (!out.receivedFrom().equals(route.receivedFrom())) {
        throw failure(context, route, "it changed receivedFrom to " + out.receivedFrom()
            + "; a policy may change path attributes only", null);
      }
    }
    return result;
  }


  private PolicyEvaluationException failure(PolicyContext context, BgpRoute route, String problem,
      @org.jspecify.annotations.Nullable Throwable cause) {
    return new PolicyEvaluationException(type, name, context.describe(), route.toString(), problem, cause);
  }

  @Override
  public String toString() {
    return name + " (" + type + ")";
  }
}
