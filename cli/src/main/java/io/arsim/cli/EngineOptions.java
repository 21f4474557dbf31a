package io.arsim.cli;

import io.arsim.engine.bgp.EcmpAdvertisement;
import io.arsim.engine.bgp.EngineSettings;
import io.arsim.engine.bgp.GatewayAsnMismatch;
import io.arsim.engine.bgp.RouteLimitCounting;
import picocli.CommandLine.Option;

/** Engine settings for the facts Azure leaves open (docs/engine.md), shared by engine commands. */
final class EngineOptions {

  @Option(names = "--route-limit", paramLabel = "N", defaultValue = "4000",
      description = "Routes a peer may advertise to a route server before the session is torn down."
          + " Default ${DEFAULT-VALUE} (Azure since 2025-02; 1000 before).")
  int routeLimit;

  @Option(names = "--route-limit-counting", paramLabel = "MODE", defaultValue = "ACCEPTED",
      description = "Which routes count toward the limit: ACCEPTED (default: those that pass loop prevention)"
          + " or RECEIVED (every route sent).")
  RouteLimitCounting counting;

  @Option(names = "--ecmp-advertisement", paramLabel = "MODE", defaultValue = "PER_PEER",
      description = "Which ECMP member a route server advertises onward: PER_PEER (default: the first one the"
          + " peer did not send) or SINGLE_BEST.")
  EcmpAdvertisement ecmp;

  @Option(names = "--max-ecmp", paramLabel = "N", defaultValue = "8",
      description = "Equal paths a route server programs per prefix (undocumented by Azure). Default ${DEFAULT-VALUE}.")
  int maxEcmp;

  @Option(names = "--gateway-asn-mismatch", paramLabel = "MODE", defaultValue = "EXCHANGE",
      description = "A gateway with another ASN than 65515 beside a route server (Azure requires 65515): EXCHANGE"
          + " (default: routes flow over eBGP, as a real deployment showed) or DOWN (no routes exchanged).")
  GatewayAsnMismatch gatewayAsnMismatch;

  @Option(names = "--bgp-default-overrides-none",
      description = "A BGP 0.0.0.0/0 also overrides the None system routes of 10/8, 172.16/12, 192.168/16 and"
          + " 100.64/10, as a 0.0.0.0/0 UDR to an appliance does (undocumented; off by default).")
  boolean bgpDefaultOverridesNone;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
      description = "Threads that converge the design (the result is the same for every count). Default 0: one"
          + " per available processor.")
  int threads;

  /** More threads than this only add overhead: a round's work is one task per speaker. */
  static final int MAX_THREADS = 1024;

  EngineSettings settings() {
    if (threads > MAX_THREADS) {
      throw new UsageException("--threads " + threads + " is out of range; use 1.." + MAX_THREADS
          + ", or 0 for one per processor (" + Runtime.getRuntime().availableProcessors() + " here)");
    }
    try {
      int count = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
      return new EngineSettings(routeLimit, maxEcmp, ecmp, counting, 0, count, gatewayAsnMismatch,
          bgpDefaultOverridesNone);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
