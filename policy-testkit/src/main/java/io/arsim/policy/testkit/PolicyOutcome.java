package io.arsim.policy.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.policy.spi.PolicyResult;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a policy did with one route: the {@link PolicyResult}, the route it got, and assertions that
 * throw {@link AssertionError} with both routes in the message.
 *
 * @param input the route given to the policy
 * @param result what the policy returned
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PolicyOutcome(BgpRoute input, PolicyResult result) {

  public PolicyOutcome {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(result, "result");
  }

  /** Whether the route was accepted (maybe changed). */
  public boolean accepted() {
    return result instanceof PolicyResult.Accept;
  }

  /** Whether the route was rejected. */
  public boolean rejected() {
    return result instanceof PolicyResult.Reject;
  }

  /** The accepted route, or empty when rejected. */
  public Optional<BgpRoute> route() {
    return result instanceof PolicyResult.Accept accept ? Optional.of(accept.route()) : Optional.empty();
  }

  /** The rejection reason, or empty when accepted. */
  public Optional<String> reason() {
    return result instanceof PolicyResult.Reject reject ? Optional.of(reject.reason()) : Optional.empty();
  }

  /**
   * Whether the policy accepted the route asking the speaker for the next hop it holds ({@code
   * PolicyResult.acceptNextHopUnchanged}, a route map's {@code set ip next-hop unchanged}).
   */
  public boolean keepsNextHopUnchanged() {
    return result instanceof PolicyResult.Accept accept && accept.nextHopUnchanged();
  }

  /** Whether the policy tore the session down (a tear-down rejection). */
  public boolean tearsDownSession() {
    return result instanceof PolicyResult.Reject reject && reject.tearDownSession();
  }

  /** Whether the route was accepted exactly as given. */
  public boolean unchanged() {
    return route().filter(input::equals).isPresent();
  }

  /** Asserts acceptance; returns the accepted route. */
  public BgpRoute assertAccepted() {
    return route().orElseThrow(() -> new AssertionError("expected " + input + " to be accepted, but it was rejected: "
        + reason().orElse("")));
  }

  /** Asserts acceptance without any change. */
  public BgpRoute assertUnchanged() {
    BgpRoute out = assertAccepted();
    if (!out.equals(input)) {
      throw new AssertionError("expected " + input + " to pass unchanged, but it became " + out);
    }
    return out;
  }

  /** Asserts rejection; returns the reason. */
  public String assertRejected() {
    return reason().orElseThrow(() -> new AssertionError("expected " + input + " to be rejected, but it was accepted as "
        + route().map(BgpRoute::toString).orElse("?")));
  }

  @Override
  public String toString() {
    return input + " -> " + (accepted() ? "accepted " + route().orElseThrow()
        + (keepsNextHopUnchanged() ? " (next hop unchanged)" : "")
        : "rejected" + (tearsDownSession() ? " (session down)" : "") + ": " + reason().orElseThrow());
  }
}
