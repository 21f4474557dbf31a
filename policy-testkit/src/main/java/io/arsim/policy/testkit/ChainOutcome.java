package io.arsim.policy.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.policy.catalog.AttributeChange;
import io.arsim.policy.catalog.PolicyChain;
import io.arsim.policy.spi.PolicyResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/** What a chain ({@link ChainTestKit}) did with one route, policy by policy. */
@API(status = EXPERIMENTAL, since = "0.2")
public final class ChainOutcome {
  private final BgpRoute input;
  private final PolicyChain.Trace trace;

  ChainOutcome(BgpRoute input, PolicyChain.Trace trace) {
    this.input = Objects.requireNonNull(input, "input");
    this.trace = Objects.requireNonNull(trace, "trace");
  }

  /**
   * What one policy of the chain did.
   *
   * @param policy its name in the chain
   * @param type its provider id
   * @param before the route it got
   * @param result what it returned
   * @param changes the attributes it changed, before and after; empty when it rejected or changed nothing
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public record Step(String policy, String type, BgpRoute before, PolicyResult result, List<AttributeChange> changes) {
    public Step {
      changes = List.copyOf(changes);
    }
  }

  /** The route given to the chain. */
  public BgpRoute input() {
    return input;
  }

  /** Whether every policy accepted the route. */
  public boolean accepted() {
    return trace.result() instanceof PolicyChain.ChainResult.Passed;
  }

  /** Whether a policy rejected the route. */
  public boolean rejected() {
    return !accepted();
  }

  /** The route as the last policy left it; empty when rejected. */
  public Optional<BgpRoute> route() {
    return trace.result() instanceof PolicyChain.ChainResult.Passed passed ? Optional.of(passed.route())
        : Optional.empty();
  }

  /** The name of the policy that rejected the route; empty when accepted. */
  public Optional<String> rejectedBy() {
    return trace.result() instanceof PolicyChain.ChainResult.Stopped stopped ? Optional.of(stopped.by().name())
        : Optional.empty();
  }

  /** The rejecting policy's reason; empty when accepted. */
  public Optional<String> reason() {
    return trace.result() instanceof PolicyChain.ChainResult.Stopped stopped ? Optional.of(stopped.reason())
        : Optional.empty();
  }

  /** Whether the rejecting policy asked for the session to go down. */
  public boolean tearsDownSession() {
    return trace.result() instanceof PolicyChain.ChainResult.Stopped stopped && stopped.tearDownSession();
  }

  /** On export: a policy asked for the next hop the speaker holds, and no later one set another. */
  public boolean keepsNextHopUnchanged() {
    return trace.result() instanceof PolicyChain.ChainResult.Passed passed && passed.nextHopUnchanged();
  }

  /** One step per policy that ran, in order; a rejection is the last. */
  public List<Step> steps() {
    return trace.steps().stream().map(s -> new Step(s.policy().name(), s.policy().type(), s.before(), s.result(),
        s.changes())).toList();
  }

  /** The attributes the policy named {@code policy} changed; empty when it changed none or did not run. */
  public List<AttributeChange> changesBy(String policy) {
    return steps().stream().filter(s -> s.policy().equals(policy)).findFirst().map(Step::changes).orElse(List.of());
  }

  /** Asserts acceptance; returns the route the chain passes on. */
  public BgpRoute assertAccepted() {
    return route().orElseThrow(() -> new AssertionError("expected " + input + " to pass the chain, but "
        + rejectedBy().orElse("?") + " rejected it: " + reason().orElse("")));
  }

  /** Asserts rejection; returns the name of the policy that rejected the route. */
  public String assertRejected() {
    return rejectedBy().orElseThrow(() -> new AssertionError("expected " + input + " to be rejected, but the chain"
        + " passed it as " + route().map(BgpRoute::toString).orElse("?")));
  }

  /** The route, then one line per policy: {@code prepend (as-path-prepend): AS path [] -> [65001 65001]}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(input.toString());
    for (Step step : steps()) {
      out.append(System.lineSeparator()).append("  ").append(step.policy()).append(" (").append(step.type())
          .append("): ");
      if (step.result() instanceof PolicyResult.Reject reject) {
        out.append("rejected: ").append(reject.reason());
      } else if (step.changes().isEmpty()) {
        out.append("accepted unchanged");
      } else {
        out.append(String.join("; ", step.changes().stream().map(AttributeChange::toString).toList()));
      }
    }
    return out.toString();
  }
}
