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
 * @param gatewayAsnMismatch what a route server and a gateway with another ASN than 65515 do
 *     (real-deployments R2, open; default: exchange routes over eBGP, as observed)
 * @param bgpDefaultRouteOverridesNone whether a BGP {@code 0.0.0.0/0} also overrides the {@code
 *     None} system routes of the private ranges, as a {@code 0.0.0.0/0} UDR does (real-deployments
 *     R4, open; default false)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record EngineSettings(
    int routeServerRouteLimit,
    int routeServerMaxEcmpPaths,
    EcmpAdvertisement ecmpAdvertisement,
    RouteLimitCounting routeLimitCounting,
    int maxRounds,
    int threads,
    GatewayAsnMismatch gatewayAsnMismatch,
    boolean bgpDefaultRouteOverridesNone) {

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
    java.util.Objects.requireNonNull(gatewayAsnMismatch, "gatewayAsnMismatch");
    if (maxRounds < 0) {
      throw new IllegalArgumentException("maxRounds must be 0 or more, got " + maxRounds);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
  }

  /** The settings for the facts Azure leaves open, with the defaults of the newer ones. */
  public EngineSettings(int routeServerRouteLimit, int routeServerMaxEcmpPaths, EcmpAdvertisement ecmpAdvertisement,
      RouteLimitCounting routeLimitCounting, int maxRounds, int threads) {
    this(routeServerRouteLimit, routeServerMaxEcmpPaths, ecmpAdvertisement, routeLimitCounting, maxRounds, threads,
        GatewayAsnMismatch.EXCHANGE, false);
  }

  /** The documented defaults (one thread). */
  public static EngineSettings defaults() {
    return new EngineSettings(ROUTE_LIMIT, 8, EcmpAdvertisement.PER_PEER, RouteLimitCounting.ACCEPTED, 0, 1,
        GatewayAsnMismatch.EXCHANGE, false);
  }

  /** These settings with another route limit. */
  public EngineSettings withRouteLimit(int limit) {
    return new EngineSettings(limit, routeServerMaxEcmpPaths, ecmpAdvertisement, routeLimitCounting, maxRounds,
        threads, gatewayAsnMismatch, bgpDefaultRouteOverridesNone);
  }

  /** These settings with another way of counting routes toward the limit. */
  public EngineSettings withRouteLimitCounting(RouteLimitCounting counting) {
    return new EngineSettings(routeServerRouteLimit, routeServerMaxEcmpPaths, ecmpAdvertisement, counting, maxRounds,
        threads, gatewayAsnMismatch, bgpDefaultRouteOverridesNone);
  }

  /** These settings with another ECMP advertisement rule. */
  public EngineSettings withEcmpAdvertisement(EcmpAdvertisement rule) {
    return new EngineSettings(routeServerRouteLimit, routeServerMaxEcmpPaths, rule, routeLimitCounting, maxRounds,
        threads, gatewayAsnMismatch, bgpDefaultRouteOverridesNone);
  }

  /** These settings with another round limit (0: derived from the network size). */
  public EngineSettings withMaxRounds(int rounds) {
    return new EngineSettings(routeServerRouteLimit, routeServerMaxEcmpPaths, ecmpAdvertisement, routeLimitCounting,
        rounds, threads, gatewayAsnMismatch, bgpDefaultRouteOverridesNone);
  }

  /** These settings with another thread count (the result does not change). */
  public EngineSettings withThreads(int count) {
    return new EngineSettings(routeServerRouteLimit, routeServerMaxEcmpPaths, ecmpAdvertisement, routeLimitCounting,
        maxRounds, count, gatewayAsnMismatch, bgpDefaultRouteOverridesNone);
  }

  /** These settings with another answer to a gateway ASN other than 65515 beside a route server. */
  public EngineSettings withGatewayAsnMismatch(GatewayAsnMismatch mismatch) {
    return new EngineSettings(routeServerRouteLimit, routeServerMaxEcmpPaths, ecmpAdvertisement, routeLimitCounting,
        maxRounds, threads, mismatch, bgpDefaultRouteOverridesNone);
  }

  /** These settings with a BGP default route that does (or does not) override the None system routes. */
  public EngineSettings withBgpDefaultRouteOverridesNone(boolean overrides) {
    return new EngineSettings(routeServerRouteLimit, routeServerMaxEcmpPaths, ecmpAdvertisement, routeLimitCounting,
        maxRounds, threads, gatewayAsnMismatch, overrides);
  }
}
