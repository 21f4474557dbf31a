package io.arsim.policy.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.policy.catalog.ConfiguredPolicy;
import io.arsim.policy.catalog.PolicyChain;
import io.arsim.policy.spi.Direction;
import io.arsim.policy.spi.PolicyContext;
import io.arsim.policy.spi.Speaker;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Runs an ordered chain of policies the way arsim runs a neighbour's {@code importPolicies} or
 * {@code exportPolicies}: with arsim's own chain ({@code io.arsim.policy.catalog.PolicyChain}, the
 * class the engine calls), so each policy sees the route the previous one accepted, the first
 * rejection ends the chain, and the last accepted route goes on. Each policy is a configured
 * {@link PolicyTestKit} and a name, as a topology's {@code policies} entry gives it; the session
 * (direction, {@code from}, {@code to}) is the chain's, not the kits'. Immutable.
 *
 * <pre>{@code
 * ChainOutcome out = ChainTestKit.of()
 *     .then("tag-hub1", PolicyTestKit.forId("acme.tag-by-site").config("community: \"65001:100\""))
 *     .then("prepend", PolicyTestKit.forId("as-path-prepend").config("count: 2"))
 *     .exporting().from("nva1", 65001, "10.1.1.4").to(Speakers.routeServer("rs/IN_0", "10.0.255.4"))
 *     .apply(Routes.route("10.0.0.0/16"));
 * out.changesBy("prepend");   // [AS path [] -> [65001 65001]]
 * }</pre>
 *
 * <p>What the engine does around a chain is not done here: on export it adds the local ASN after
 * the chain (and sets next-hop-self); on import it drops paths holding the local ASN and resets an
 * eBGP route's local preference before the chain.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class ChainTestKit {
  private final Map<String, PolicyTestKit> policies;
  private final Direction direction;
  private final Speaker from;
  private final Speaker to;

  private ChainTestKit(Map<String, PolicyTestKit> policies, Direction direction, Speaker from, Speaker to) {
    this.policies = policies;
    this.direction = direction;
    this.from = from;
    this.to = to;
  }

  /**
   * An empty chain (it passes every route unchanged), exporting from NVA {@code nva1} (AS 65001,
   * 10.1.1.4) to route server instance {@code rs/IN_0} (AS 65515, 10.0.255.4), as {@link PolicyTestKit}.
   */
  public static ChainTestKit of() {
    return new ChainTestKit(Map.of(), Direction.EXPORT, Speakers.nva("nva1", 65001, "10.1.1.4"),
        Speakers.routeServer("rs/IN_0", "10.0.255.4"));
  }

  /**
   * This chain with {@code policy} added at the end under {@code name}.
   *
   * @throws AssertionError when the chain already has a policy named {@code name}
   */
  public ChainTestKit then(String name, PolicyTestKit policy) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(policy, "policy");
    if (policies.containsKey(name)) {
      throw new AssertionError("the chain already has a policy named " + name);
    }
    Map<String, PolicyTestKit> more = new LinkedHashMap<>(policies);
    more.put(name, policy);
    return new ChainTestKit(Collections.unmodifiableMap(more), direction, from, to);
  }

  /** Routes go out to the peer: {@code from} is the local speaker, {@code to} the peer. */
  public ChainTestKit exporting() {
    return new ChainTestKit(policies, Direction.EXPORT, from, to);
  }

  /** Routes come in from the peer: {@code from} is the peer, {@code to} the local speaker. */
  public ChainTestKit importing() {
    return new ChainTestKit(policies, Direction.IMPORT, from, to);
  }

  /** The speaker the route comes from. */
  public ChainTestKit from(Speaker speaker) {
    return new ChainTestKit(policies, direction, Objects.requireNonNull(speaker, "speaker"), to);
  }

  /** An NVA the route comes from. */
  public ChainTestKit from(String name, long asn, String address) {
    return from(Speakers.nva(name, asn, address));
  }

  /** The speaker the route goes to. */
  public ChainTestKit to(Speaker speaker) {
    return new ChainTestKit(policies, direction, from, Objects.requireNonNull(speaker, "speaker"));
  }

  /** An NVA the route goes to. */
  public ChainTestKit to(String name, long asn, String address) {
    return to(Speakers.nva(name, asn, address));
  }

  /** The context every policy of the chain sees. */
  public PolicyContext context() {
    return direction == Direction.EXPORT ? new PolicyContext(direction, from, to) : new PolicyContext(direction, to,
        from);
  }

  /** The names of the policies, in order. */
  public List<String> names() {
    return List.copyOf(policies.keySet());
  }

  /**
   * Runs the chain on {@code route}.
   *
   * @throws AssertionError when a policy's config is rejected, or the policy does not work in the
   *     chain's direction
   * @throws io.arsim.policy.catalog.PolicyEvaluationException when a policy fails, as arsim reports it
   */
  public ChainOutcome apply(BgpRoute route) {
    List<ConfiguredPolicy> chain = new ArrayList<>();
    policies.forEach((name, kit) -> {
      if (!kit.directions().contains(direction)) {
        throw new AssertionError(name + " works in " + kit.directions() + " only; arsim refuses a topology that"
            + " lists it in " + (direction == Direction.EXPORT ? "exportPolicies" : "importPolicies"));
      }
      chain.add(kit.configured(name));
    });
    return new ChainOutcome(route, new PolicyChain(chain).trace(context(), route));
  }

  /** Runs the chain on the built route. */
  public ChainOutcome apply(Routes.RouteBuilder route) {
    return apply(route.build());
  }
}
