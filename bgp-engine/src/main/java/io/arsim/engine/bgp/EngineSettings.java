package io.arsim.engine.bgp;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Knobs for facts the Azure documentation leaves open or that changed over time; every default is
 * documented in docs/engine.md with its source.
 *
 * @param routeServerRouteLimit routes one peer may advertise to a route server before the session
 *     is torn down: 4,000 since 2025-02 (facts 2.1, S2); 1,000 before
 * @param routeServerMaxEcmpPaths how many equal paths a route server programs for one prefix
 *     (undocumented; 8 by default, labs show at least 4)
 * @param ecmpAdvertisement which ECMP member a route server advertises onward
 * @param routeLimitCounting which routes count toward the route limit (undocumented; by default
 *     those that pass loop prevention)
 * @param maxRounds rounds after which a run that has not converged is reported as oscillating
 *     (0: derived from the network size)
 * @param threads how many threads converge a network (the speakers of a round are independent);
 *     the result is the same for every count, so this changes speed only
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record EngineSettings(
    int routeServerRouteLimit,
    int routeServerMaxEcmpPaths,
    EcmpAdvertisement ecmpAdvertisement,
    RouteLimitCounting routeLimitCounting,
    int maxRounds,
    int threads) {

  /** Azure's per-peer route limit since February 2025. */
  public static final int ROUTE_LIMIT = 4_000;

  /** The per-peer route limit documented until 2025. */
  public static final int LEGACY_ROUTE_LIMIT = 1_000;

  public EngineSettings {
    if (routeServerRouteLimit < 1) {
      throw new IllegalArgumentException("route limit must be at least 1, got " + routeServerRouteLimit);
    }
    if (routeServerMaxEcmpPaths < 1) {
      throw new IllegalArgumentException("ECMP width must be at least 1, got " + routeServerMaxEcmpPaths);
    }
    java.util.Objects.requireNonNull(ecmpAdvertisement, "ecmpAdvertisement");
    java.util.Objects.requireNonNull(routeLimitCounting, "routeLimitCounting");
    if (maxRounds < 0) {
      throw new IllegalArgumentException("maxRounds must be 0 or more, got " + maxRounds);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
  }

  /** The settings for the facts Azure leaves open, with the engine's own defaults; one thread. */
  public EngineSettings(int routeServerRouteLimit, int routeServerMaxEcmpPaths, EcmpAdvertisement ecmpAdvertisement,
      RouteLimitCounting routeLimitCounting, int maxRounds) {
    this(routeServerRouteLimit, routeServerMaxEcmpPaths, ecmpAdvertisement, routeLimitCounting, maxRounds, 1);
  }

  /** The documented defaults (one thread). */
  public static EngineSettings defaults() {
    return new EngineSettings(ROUTE_LIMIT, 8, EcmpAdvertisement.PER_PEER, RouteLimitCounting.ACCEPTED, 0, 1);
  }

  /** These settings with another route limit. */
  public EngineSettings withRouteLimit(int limit) {
    return new EngineSettings(limit, routeServerMaxEcmpPaths, ecmpAdvertisement, routeLimitCounting, maxRounds,
        threads);
  }

  /** These settings with another way of counting routes toward the limit. */
  public EngineSettings withRouteLimitCounting(RouteLimitCounting counting) {
    return new EngineSettings(routeServerRouteLimit, routeServerMaxEcmpPaths, ecmpAdvertisement, counting, maxRounds,
        threads);
  }

  /** These settings with another ECMP advertisement rule. */
  public EngineSettings withEcmpAdvertisement(EcmpAdvertisement rule) {
    return new EngineSettings(routeServerRouteLimit, routeServerMaxEcmpPaths, rule, routeLimitCounting, maxRounds,
        threads);
  }

  /** These settings with another round limit (0: derived from the network size). */
  public EngineSettings withMaxRounds(int rounds) {
    return new EngineSettings(routeServerRouteLimit, routeServerMaxEcmpPaths, ecmpAdvertisement, routeLimitCounting,
        rounds, threads);
  }

  /** These settings with another thread count (the result does not change). */
  public EngineSettings withThreads(int count) {
    return new EngineSettings(routeServerRouteLimit, routeServerMaxEcmpPaths, ecmpAdvertisement, routeLimitCounting,
        maxRounds, count);
  }
}
