package io.arsim.serve.session;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How many routes a peer may send before its session is torn down with Cease / Maximum Number of
 * Prefixes Reached (RFC 4486 section 4), and how they are counted.
 *
 * @param maximum the most routes allowed, at least 1
 * @param counting how routes are counted against it
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record RouteLimit(long maximum, Counting counting) {

  /** No limit. */
  public static final RouteLimit UNLIMITED = new RouteLimit(0xFFFF_FFFFL, Counting.ROUTES_HELD);

  public RouteLimit {
    Objects.requireNonNull(counting, "counting");
    if (maximum < 1 || maximum > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("route limit " + maximum + " is out of range 1..4294967295");
    }
  }

  /** At most {@code maximum} routes held at once, as FRR's {@code maximum-prefix} counts. */
  public static RouteLimit held(long maximum) {
    return new RouteLimit(maximum, Counting.ROUTES_HELD);
  }

  /**
   * Azure Route Server's rule (azure-route-server-facts.md section 2.1, sources S1 and S31): the
   * routes held from the peer plus the routes the incoming UPDATE carries must not pass
   * {@code maximum} (4,000 today), so re-announcing 2,001 held routes counts 4,002.
   */
  public static RouteLimit azure(long maximum) {
    return new RouteLimit(maximum, Counting.HELD_PLUS_UPDATE);
  }

  /**
   * Whether an UPDATE passes the limit.
   *
   * @param heldBefore routes held from the peer before the UPDATE
   * @param heldAfter routes held once the UPDATE is applied
   * @param announced prefixes the UPDATE announces
   */
  public boolean exceeded(long heldBefore, long heldAfter, long announced) {
    return counting == Counting.ROUTES_HELD ? heldAfter > maximum : heldBefore + announced > maximum;
  }

  /** How routes count against a {@link RouteLimit}. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public enum Counting {
    /** The routes held once the UPDATE is applied. */
    ROUTES_HELD,
    /** The routes held before the UPDATE plus the prefixes the UPDATE announces (Azure). */
    HELD_PLUS_UPDATE
  }
}
