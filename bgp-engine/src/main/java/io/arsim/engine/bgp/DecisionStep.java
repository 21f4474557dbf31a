package io.arsim.engine.bgp;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The steps of the decision processes, each named as FRR's selection reasons and Azure's docs name
 * them; an explanation says which one decided between two paths.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum DecisionStep {
  WEIGHT("weight", "higher weight wins"),
  LOCAL_PREFERENCE("local preference", "higher local preference wins"),
  LOCAL_ROUTE("local route", "a locally originated route wins"),
  ROUTING_PREFERENCE("hub routing preference", "the source the route server's hub routing preference favours wins"),
  AS_PATH_LENGTH("AS-path length", "the shorter AS path wins"),
  ORIGIN("origin", "lower origin wins (IGP < EGP < incomplete)"),
  MED("MED", "lower MED wins (compared only between paths from the same neighbour AS)"),
  EBGP_OVER_IBGP("eBGP over iBGP", "a path learned over eBGP wins over one learned over iBGP"),
  ARRIVAL_ORDER("arrival order", "of equal eBGP paths the one received first wins (FRR and Cisco 'prefer the oldest"
      + " path'), as the NVA's arrivalOrder states it"),
  ROUTER_ID("router id", "the lower router id of the advertising peer wins"),
  PEER_ADDRESS("peer address", "the lower peer address wins");

  private final String label;
  private final String rule;

  DecisionStep(String label, String rule) {
    this.label = label;
    this.rule = rule;
  }

  /** The step's name, e.g. "AS-path length". */
  public String label() {
    return label;
  }

  /** What the step prefers. */
  public String rule() {
    return rule;
  }
}
