package io.arsim.engine.bgp;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Which routes count toward a route server's per-peer limit. Azure documents "routes held plus
 * routes in the incoming update" but not whether a route the loop check drops counts
 * (azure-route-server-facts.md 2.1, Appendix C).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum RouteLimitCounting {
  /**
   * The default: routes that pass loop prevention, as FRR's and Cisco's {@code maximum-prefix}
   * count accepted prefixes. An NVA echoing the route server's own VNet prefix back does not
   * push a design at exactly the limit over it.
   */
  ACCEPTED,
  /** Every route the peer sends, including those the route server then drops. */
  RECEIVED
}
