package io.arsim.policy.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The steps of {@link BestPathKit}'s decision, in the order they are tried: a simplified subset of
 * FRR's best-path order ({@code bgp_path_info_cmp}), named as {@code arsim explain} names them.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public enum BestPathStep {
  /** Higher weight wins (local to the speaker; 0 unless the test gives one). */
  WEIGHT("weight", "higher weight wins"),
  /** Higher LOCAL_PREF wins. */
  LOCAL_PREFERENCE("local preference", "higher local preference wins"),
  /** Shorter AS path wins (an AS_SET counts as one). */
  AS_PATH_LENGTH("AS-path length", "the shorter AS path wins"),
  /** Lower origin wins: IGP, then EGP, then incomplete. */
  ORIGIN("origin", "lower origin wins (IGP < EGP < incomplete)"),
  /** Lower MED wins, compared only between paths from the same neighbour AS; a missing MED is 0. */
  MED("MED", "lower MED wins (compared only between paths from the same neighbour AS)"),
  /** A path learned over eBGP wins over one learned over iBGP. */
  EBGP_OVER_IBGP("eBGP over iBGP", "a path learned over eBGP wins over one learned over iBGP"),
  /** The lower router id of the advertising peer wins. */
  ROUTER_ID("router id", "the lower router id of the advertising peer wins"),
  /** The lower peer address wins. */
  PEER_ADDRESS("peer address", "the lower peer address wins");

  private final String label;
  private final String rule;

  BestPathStep(String label, String rule) {
    this.label = label;
    this.rule = rule;
  }

  /** The step's name: {@code AS-path length}. */
  public String label() {
    return label;
  }

  /** What the step prefers: {@code the shorter AS path wins}. */
  public String rule() {
    return rule;
  }
}
