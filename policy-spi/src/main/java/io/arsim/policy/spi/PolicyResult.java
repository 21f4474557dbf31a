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
   */
  record Accept(BgpRoute route) implements PolicyResult {
    public Accept {
      Objects.requireNonNull(route, "route");
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
