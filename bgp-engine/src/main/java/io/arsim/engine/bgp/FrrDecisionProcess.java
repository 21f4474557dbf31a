package io.arsim.engine.bgp;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.Asn;
import io.arsim.core.net.Ipv4Prefix;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * FRR's best-path selection (bgp-reference.md, "FRR decision order"; FRR doc/user/bgp.rst "Route
 * Selection", bgpd/bgp_route.c), the decision process of NVAs:
 *
 * <ol>
 *   <li>weight, higher wins (32768 for local routes);
 *   <li>local preference, higher wins;
 *   <li>local route wins;
 *   <li>AS-path length, shorter wins (an AS_SET counts one);
 *   <li>origin, IGP &lt; EGP &lt; incomplete;
 *   <li>MED, lower wins, only between paths from the same neighbour AS (missing MED = 0);
 *   <li>eBGP over iBGP;
 *   <li>(IGP cost: every next hop is equally close in arsim);
 *   <li>multipath: paths equal so far are multipath candidates; eBGP candidates need peers in the
 *       same AS, iBGP candidates an identical AS path (FRR without {@code multipath-relax}); at most
 *       {@code maximum-paths};
 *   <li>(FRR's "prefer the older eBGP path" is skipped: arsim has no arrival order, and the
 *       result must not depend on processing order);
 *   <li>router id of the advertising peer, lower wins;
 *   <li>peer address, lower wins (FRR's code, and RFC 4271, prefer the lower address).
 * </ol>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FrrDecisionProcess {
  private FrrDecisionProcess() {}

  /** The step that prefers one of the two, or empty when they tie up to the multipath boundary. */
  static Optional<Compared> compareUntilMultipath(Candidate a, Candidate b) {
    int c = -Integer.compare(a.weight(), b.weight());
    if (c != 0) {
      return Optional.of(new Compared(c, DecisionStep.WEIGHT));
    }
    c = -Long.compare(a.route().attributes().localPreference(), b.route().attributes().localPreference());
    if (c != 0) {
      return Optional.of(new Compared(c, DecisionStep.LOCAL_PREFERENCE));
    }
    c = -Boolean.compare(a.isLocal(), b.isLocal());
    if (c != 0) {
      return Optional.of(new Compared(c, DecisionStep.LOCAL_ROUTE));
    }
    c = Integer.compare(a.route().attributes().asPath().length(), b.route().attributes().asPath().length());
    if (c != 0) {
      return Optional.of(new Compared(c, DecisionStep.AS_PATH_LENGTH));
    }
    c = Integer.compare(a.route().attributes().origin().ordinal(), b.route().attributes().origin().ordinal());
    if (c != 0) {
      return Optional.of(new Compared(c, DecisionStep.ORIGIN));
    }
    if (neighborAs(a).equals(neighborAs(b))) {
      c = Long.compare(a.route().attributes().medOr(0), b.route().attributes().medOr(0));
      if (c != 0) {
        return Optional.of(new Compared(c, DecisionStep.MED));
      }
    }
    c = -Boolean.compare(a.ebgp(), b.ebgp());
    if (c != 0) {
      return Optional.of(new Compared(c, DecisionStep.EBGP_OVER_IBGP));
    }
    return Optional.empty();
  }

  /** Full comparison: negative when {@code a} is better. */
  static Compared compare(Candidate a, Candidate b) {
    Optional<Compared> early = compareUntilMultipath(a, b);
    if (early.isPresent()) {
      return early.get();
    }
    int c = a.peerRouterId().compareTo(b.peerRouterId());
    if (c != 0) {
      return new Compared(c, DecisionStep.ROUTER_ID);
    }
    c = a.peerAddress().compareTo(b.peerAddress());
    return new Compared(c, DecisionStep.PEER_ADDRESS);
  }

  /** The neighbouring AS of a path: its first AS, or the local AS for local routes. */
  private static Asn neighborAs(Candidate c) {
    return c.route().attributes().asPath().first().orElse(c.isLocal() ? c.peerAsn() : Asn.of(0));
  }

  /**
   * Selects the best path and the multipath set for one prefix.
   *
   * @param maximumPaths FRR's {@code maximum-paths}, 1..128
   */
  public static Selection select(Ipv4Prefix prefix, List<Candidate> candidates, int maximumPaths) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort((a, b) -> compare(a, b).sign());
    Candidate best = sorted.get(0);
    List<Candidate> selected = new ArrayList<>();
    selected.add(best);
    Map<Candidate, DecisionStep> lost = new LinkedHashMap<>();
    for (Candidate other : sorted.subList(1, sorted.size())) {
      Optional<Compared> early = compareUntilMultipath(best, other);
      boolean multipath = early.isEmpty() && selected.size() < maximumPaths && !best.isLocal()
          && multipathEligible(best, other)
          && selected.stream().noneMatch(s -> s.peer().equals(other.peer()));
      if (multipath) {
        selected.add(other);
      } else {
        lost.put(other, compare(best, other).step());
      }
    }
    return new Selection(prefix, selected, lost);
  }

  /**
   * FRR's multipath condition (bgp_route.c, "Maximum path check", without multipath-relax): iBGP
   * paths need an identical AS path; eBGP paths need peers in the same AS.
   */
  private static boolean multipathEligible(Candidate best, Candidate other) {
    return best.ebgp() ? best.peerAsn().equals(other.peerAsn())
        : best.route().attributes().asPath().equals(other.route().attributes().asPath());
  }

  /** The result of comparing two paths: the sign (negative: the first is better) and the step. */
  record Compared(int sign, DecisionStep step) {}
}
