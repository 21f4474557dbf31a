package io.arsim.engine.decision;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.AsPathSegment;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.PathAttributes;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.engine.bgp.Candidate;
import io.arsim.engine.bgp.DecisionStep;
import io.arsim.engine.bgp.Selection;
import java.util.ArrayList;
import java.util.Arrays;
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
 *   <li>MED, lower wins, only between paths from the same neighbour AS (missing MED = 0), with
 *       {@code bgp deterministic-med}: the best of each neighbour AS's paths first, then those
 *       compared (FRR's default in its datacenter profile; without it FRR's answer depends on the
 *       order paths arrived in, which arsim does not know, docs/engine.md);
 *   <li>eBGP over iBGP;
 *   <li>(IGP cost: every next hop is equally close in arsim);
 *   <li>multipath: paths equal so far are multipath candidates; eBGP candidates need peers in the
 *       same AS, iBGP candidates an identical AS path (FRR without {@code multipath-relax}); at most
 *       {@code maximum-paths};
 *   <li>"prefer the oldest path" between eBGP paths, with {@link ArrivalOrder}: when the NVA's
 *       {@code arrivalOrder} names the neighbours, the one listed first wins; otherwise arsim does
 *       not know which arrived first (its result must not depend on processing order), decides by
 *       router id and records the other tied eBGP paths in {@link Selection#arrivalOrderAlternatives()};
 *   <li>router id of the advertising peer, lower wins;
 *   <li>peer address, lower wins (FRR's code, and RFC 4271, prefer the lower address).
 * </ol>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FrrDecisionProcess {
  private FrrDecisionProcess() {}

  /**
   * FRR's and Cisco's step "prefer the oldest of equal eBGP paths" as a speaker knows it.
   *
   * @param prefersOldest whether the speaker has the step (FRR, Cisco; not the gateways arsim
   *     models with this process)
   * @param oldestFirst neighbour addresses whose paths arrived in this order, oldest first (the
   *     NVA's {@code arrivalOrder}); a neighbour not listed is taken to have arrived after every
   *     listed one, in an order nobody knows
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public record ArrivalOrder(boolean prefersOldest, List<Ipv4Address> oldestFirst) {

    /** No oldest-path step: ties go to the router id. */
    public static final ArrivalOrder NONE = new ArrivalOrder(false, List.of());

    /** The step, with the order unknown: such a best path is arrival-order dependent. */
    public static final ArrivalOrder UNKNOWN = new ArrivalOrder(true, List.of());

    public ArrivalOrder {
      oldestFirst = List.copyOf(oldestFirst);
    }

    /** The place of {@code peer}'s paths in the order, {@link Integer#MAX_VALUE} when not listed. */
    int rank(Ipv4Address peer) {
      int i = oldestFirst.indexOf(peer);
      return i < 0 ? Integer.MAX_VALUE : i;
    }
  }

  /**
   * A candidate with the values the comparisons need, derived once per {@code select} call (the
   * AS-path length walks the segments; the neighbour AS is looked up in the path).
   */
  private static final class Key {
    final Candidate candidate;
    final int weight;
    final long localPreference;
    final boolean local;
    final int asPathLength;
    final int origin;
    final Asn neighborAs;
    final long med;
    final boolean ebgp;
    /** The place in the arrival order ({@link ArrivalOrder#rank}); equal for every path without one. */
    final int arrival;

    Key(Candidate c, ArrivalOrder order) {
      PathAttributes attributes = c.route().attributes();
      this.candidate = c;
      this.weight = c.weight();
      this.localPreference = attributes.localPreference();
      this.local = c.isLocal();
      this.asPathLength = attributes.asPath().length();
      this.origin = attributes.origin().ordinal();
      this.neighborAs = neighborAs(c);
      this.med = attributes.medOr(0);
      this.ebgp = c.ebgp();
      this.arrival = order.oldestFirst.isEmpty() || !c.ebgp() ? Integer.MAX_VALUE : order.rank(c.peerAddress());
    }
  }

  /** No step up to the multipath boundary prefers either path. */
  private static final int TIE = -1;

  /**
   * The step that prefers one of the two up to the multipath boundary, as its ordinal times the
   * sign (negative: {@code a} is better) shifted past {@link #TIE}: {@code (ordinal + 1) * sign};
   * 0 when they tie up to the multipath boundary.
   */
  private static int compareUntilMultipath(Key a, Key b) {
    int c = -Integer.compare(a.weight, b.weight);
    if (c != 0) {
      return signed(c, DecisionStep.WEIGHT);
    }
    c = -Long.compare(a.localPreference, b.localPreference);
    if (c != 0) {
      return signed(c, DecisionStep.LOCAL_PREFERENCE);
    }
    c = -Boolean.compare(a.local, b.local);
    if (c != 0) {
      return signed(c, DecisionStep.LOCAL_ROUTE);
    }
    c = Integer.compare(a.asPathLength, b.asPathLength);
    if (c != 0) {
      return signed(c, DecisionStep.AS_PATH_LENGTH);
    }
    c = Integer.compare(a.origin, b.origin);
    if (c != 0) {
      return signed(c, DecisionStep.ORIGIN);
    }
    if (a.neighborAs.equals(b.neighborAs)) {
      c = Long.compare(a.med, b.med);
      if (c != 0) {
        return signed(c, DecisionStep.MED);
      }
    }
    return afterMed(a, b);
  }

  /** The steps after MED, up to the multipath boundary. */
  private static int afterMed(Key a, Key b) {
    int c;
    c = -Boolean.compare(a.ebgp, b.ebgp);
    if (c != 0) {
      return signed(c, DecisionStep.EBGP_OVER_IBGP);
    }
    return 0;
  }

  private static int signed(int sign, DecisionStep step) {
    return Integer.signum(sign) * (step.ordinal() + 1);
  }

  /** {@link DecisionStep#values()} once: it copies the array on every call. */
  private static final DecisionStep[] STEPS = DecisionStep.values();

  private static DecisionStep stepOf(int signed) {
    return STEPS[Math.abs(signed) - 1];
  }

  /** Full comparison: negative when {@code a} is better. Transitive only among paths from one neighbour AS. */
  private static int compare(Key a, Key b) {
    int early = compareUntilMultipath(a, b);
    return early != 0 ? early : tieBreak(a, b);
  }

  /**
   * The full comparison without MED: a total order (MED is what makes FRR's pairwise comparison
   * non-transitive, since it applies only between paths from the same neighbour AS).
   */
  private static int compareWithoutMed(Key a, Key b) {
    int c = -Integer.compare(a.weight, b.weight);
    if (c == 0) {
      c = -Long.compare(a.localPreference, b.localPreference);
    }
    if (c == 0) {
      c = -Boolean.compare(a.local, b.local);
    }
    if (c == 0) {
      c = Integer.compare(a.asPathLength, b.asPathLength);
    }
    if (c == 0) {
      c = Integer.compare(a.origin, b.origin);
    }
    if (c == 0) {
      c = afterMed(a, b);
    }
    return c != 0 ? c : tieBreak(a, b);
  }

  /**
   * The path that arrived first when the arrival order is known (both eBGP: {@code arrival} is
   * left at its maximum otherwise), then the router id of the advertising peer, then its address:
   * lower wins.
   */
  private static int tieBreak(Key a, Key b) {
    int c = Integer.compare(a.arrival, b.arrival);
    if (c != 0) {
      return c;
    }
    c = a.candidate.peerRouterId().compareTo(b.candidate.peerRouterId());
    if (c != 0) {
      return c;
    }
    c = a.candidate.peerAddress().compareTo(b.candidate.peerAddress());
    // Two local paths (a network and an aggregate of one prefix) tie everywhere: the network first.
    return c != 0 ? c : Boolean.compare(a.candidate.isAggregate(), b.candidate.isAggregate());
  }

  /**
   * The candidates ordered as FRR's {@code bgp deterministic-med} decides: paths are grouped by
   * neighbour AS, each group's best is found with MED, then the groups' bests are compared (MED
   * then plays no part, the neighbour ASes differing); the best of those is first, the others follow
   * in an order without MED. Unlike a sort with FRR's pairwise comparison, which is not transitive
   * (the three-path MED cycle), the result does not depend on the order the paths are given in.
   */
  private static void deterministicMedOrder(Key[] keys) {
    if (keys.length == 2) {
      // Two paths: the pairwise comparison is the whole answer.
      if (compare(keys[1], keys[0]) < 0) {
        Key first = keys[1];
        keys[1] = keys[0];
        keys[0] = first;
      }
      return;
    }
    Arrays.sort(keys, FrrDecisionProcess::compareWithoutMed);
    if (!medCanDecide(keys)) {
      // The order without MED is the decision: MED compares no two paths that reach it.
      return;
    }
    Key best = null;
    if (keys.length <= 8) {
      // A route server has at most 8 peers: a quadratic scan allocates nothing.
      for (Key k : keys) {
        if ((best == null || compareWithoutMed(k, best) < 0) && bestOfItsGroup(k, keys)) {
          best = k;
        }
      }
    } else {
      Map<Asn, Key> groupBest = new java.util.HashMap<>();
      for (Key k : keys) {
        groupBest.merge(k.neighborAs, k, (x, y) -> compare(x, y) <= 0 ? x : y);
      }
      for (Key k : groupBest.values()) {
        if (best == null || compareWithoutMed(k, best) < 0) {
          best = k;
        }
      }
    }
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == best) {
        System.arraycopy(keys, 0, keys, 1, i);
        keys[0] = best;
        break;
      }
    }
  }

  /**
   * Whether MED can change the best path of {@code keys}, sorted without MED: only when a path
   * from the first path's neighbour AS ties with it up to MED and has another MED. Paths that lose
   * to the first before MED cannot beat it; a MED between two other paths of one neighbour AS only
   * changes which of them is their group's best, and the first path beats both without MED. When
   * it cannot, deterministic-MED's answer is the first path and the order stands.
   */
  private static boolean medCanDecide(Key[] keys) {
    Key first = keys[0];
    for (int i = 1; i < keys.length; i++) {
      Key k = keys[i];
      if (k.weight != first.weight || k.localPreference != first.localPreference || k.local != first.local
          || k.asPathLength != first.asPathLength || k.origin != first.origin) {
        // Sorted without MED: the paths tying with the first up to MED come first.
        return false;
      }
      if (k.neighborAs.value() == first.neighborAs.value() && k.med != first.med) {
        return true;
      }
    }
    return false;
  }

  /** Whether no other path from {@code k}'s neighbour AS beats it. */
  private static boolean bestOfItsGroup(Key k, Key[] keys) {
    for (Key other : keys) {
      if (other != k && other.neighborAs.equals(k.neighborAs) && compare(other, k) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The step at which {@code best} beats {@code other} in the full comparison. */
  private static DecisionStep step(Key best, Key other) {
    int early = compareUntilMultipath(best, other);
    if (early != 0) {
      return stepOf(early);
    }
    if (best.arrival != other.arrival) {
      return DecisionStep.ARRIVAL_ORDER;
    }
    return best.candidate.peerRouterId().compareTo(other.candidate.peerRouterId()) != 0 ? DecisionStep.ROUTER_ID
        : DecisionStep.PEER_ADDRESS;
  }

  /** The neighbouring AS of a path: its first AS, or the local AS for local routes. */
  private static Asn neighborAs(Candidate c) {
    // AsPath.first() without its Optional: this runs for every candidate of every decision.
    List<AsPathSegment> segments = c.route().attributes().asPath().segments();
    if (!segments.isEmpty() && !segments.get(0).isSet()) {
      return segments.get(0).asns().get(0);
    }
    return c.isLocal() ? c.peerAsn() : NO_AS;
  }

  private static final Asn NO_AS = Asn.of(0);

  /**
   * Selects the best path and the multipath set for one prefix.
   *
   * @param maximumPaths FRR's {@code maximum-paths}, 1..128
   */
  public static Selection select(Ipv4Prefix prefix, List<Candidate> candidates, int maximumPaths) {
    return select(prefix, candidates, maximumPaths, ArrivalOrder.NONE);
  }

  /**
   * Selects the best path and the multipath set for one prefix, with FRR's and Cisco's "prefer the
   * oldest path" between eBGP paths as {@code order} knows it.
   *
   * @param maximumPaths {@code maximum-paths}, 1..256
   */
  public static Selection select(Ipv4Prefix prefix, List<Candidate> candidates, int maximumPaths,
      ArrivalOrder order) {
    Key[] sorted = new Key[candidates.size()];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = new Key(candidates.get(i), order);
    }
    if (sorted.length > 1) {
      deterministicMedOrder(sorted);
    }
    Key best = sorted[0];
    if (sorted.length == 1) {
      return new Selection(prefix, List.of(best.candidate), Map.of());
    }
    List<Candidate> selected = new ArrayList<>();
    selected.add(best.candidate);
    Map<Candidate, DecisionStep> lost = new Selection.Owned<>();
    List<Candidate> alternatives = List.of();
    for (int i = 1; i < sorted.length; i++) {
      Key other = sorted[i];
      if (order.prefersOldest() && best.ebgp && other.ebgp && best.arrival == other.arrival
          && compareUntilMultipath(best, other) == 0) {
        if (alternatives.isEmpty()) {
          alternatives = new ArrayList<>(2);
        }
        alternatives.add(other.candidate);
      }
      boolean multipath = selected.size() < maximumPaths && !best.local
          && compareUntilMultipath(best, other) == 0
          && multipathEligible(best.candidate, other.candidate)
          && noneFrom(selected, other.candidate.peer());
      if (multipath) {
        selected.add(other.candidate);
      } else {
        lost.put(other.candidate, step(best, other));
      }
    }
    return new Selection(prefix, selected, lost, alternatives);
  }

  private static boolean noneFrom(List<Candidate> selected, String peer) {
    for (Candidate s : selected) {
      if (s.peer().equals(peer)) {
        return false;
      }
    }
    return true;
  }

  /**
   * FRR's multipath condition (bgp_route.c, "Maximum path check", without multipath-relax): iBGP
   * paths need an identical AS path; eBGP paths need peers in the same AS.
   */
  private static boolean multipathEligible(Candidate best, Candidate other) {
    return best.ebgp() ? best.peerAsn().equals(other.peerAsn())
        : best.route().attributes().asPath().equals(other.route().attributes().asPath());
  }
}
