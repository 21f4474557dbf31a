package io.arsim.policy.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.BgpRoute;
import java.util.Objects;
import org.apiguardian.api.API;

/** What a policy decided for one route: accept it (maybe changed) or reject it. */
@API(status = EXPERIMENTAL, since = "0.1")
public sealed interface PolicyResult permits PolicyResult.Accept, PolicyResult.Reject {

  /** Accepts {@code route}, which may differ from the route the policy got. */
  static PolicyResult accept(BgpRoute route) {
    return new Accept(route);
  }

  /**
   * Accepts {@code route} and, on export, asks the speaker to send it with the next hop it holds in
   * its own table instead of its own address (FRR and Cisco route maps' {@code set ip next-hop
   * unchanged}); the next hop {@code route} carries is then replaced. On import it is {@link
   * #accept}. A later policy of the chain that sets another next hop overrides it.
   */
  static PolicyResult acceptNextHopUnchanged(BgpRoute route) {
    return new Accept(route, true);
  }

  /** Rejects the route; {@code reason} appears in explanations ("denied by prefix list entry 10"). */
  static PolicyResult reject(String reason) {
    return new Reject(reason, false);
  }

  /**
   * Rejects the route and tears the whole session down (as {@code maximum-prefix} does without
   * {@code warning-only}); every route from the session is withdrawn.
   */
  static PolicyResult tearDownSession(String reason) {
    return new Reject(reason, true);
  }

  /**
   * The route goes on, as given.
   *
   * @param route the accepted, possibly changed route
   * @param nextHopUnchanged on export, send the next hop the speaker holds for the route, not its
   *     own address ({@link #acceptNextHopUnchanged})
   */
  record Accept(BgpRoute route, boolean nextHopUnchanged) implements PolicyResult {
    public Accept {
      Objects.requireNonNull(route, "route");
    }

    /** Accepts {@code route}. */
    public Accept(BgpRoute route) {
      this(route, false);
    }
  }

  /**
   * The route stops here.
   *
   * @param reason why, for explanations
   * @param tearDownSession whether the session goes down as a whole
   */
  record Reject(String reason, boolean tearDownSession) implements PolicyResult {
    public Reject {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
