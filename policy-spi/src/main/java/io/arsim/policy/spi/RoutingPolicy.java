package io.arsim.policy.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.BgpRoute;
import org.apiguardian.api.API;

/**
 * One configured policy: a function from a route crossing a session (in one direction) to a
 * decision. A neighbour direction holds an ordered chain of policies; each sees the route the
 * previous one accepted, and the first rejection ends the chain.
 *
 * <p>Implementations must be pure: the same context and route give the same result, and they keep
 * no state between calls (arsim may call them in any order and from several threads).
 */
@API(status = EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface RoutingPolicy {

  /**
   * Decides what happens to {@code route}.
   *
   * @param context the session and direction
   * @param route the route as received (import) or about to be sent (export); immutable, change
   *     it with {@code route.toBuilder()}
   * @return accept (maybe changed) or reject with a reason people can read
   */
  PolicyResult apply(PolicyContext context, BgpRoute route);
}
