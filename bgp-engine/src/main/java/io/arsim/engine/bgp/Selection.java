package io.arsim.engine.bgp;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Prefix;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The outcome of a decision for one prefix at one node.
 *
 * @param prefix the prefix
 * @param best the selected paths, the best first; more than one means multipath (ECMP)
 * @param lost the other candidates, each with the step at which the best path beat it
 * @param arrivalOrderAlternatives the other eBGP paths that tie with the best path up to the step
 *     where FRR and Cisco keep the path received first ("prefer the oldest path"): in a real router
 *     any of them would be best had it arrived first. arsim does not know the order and chose by
 *     router id; empty when the best path does not depend on arrival order (or the NVA's
 *     {@code arrivalOrder} pins it)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Selection(Ipv4Prefix prefix, List<Candidate> best, Map<Candidate, DecisionStep> lost,
    List<Candidate> arrivalOrderAlternatives) {

  /** A selection that does not depend on arrival order. */
  public Selection(Ipv4Prefix prefix, List<Candidate> best, Map<Candidate, DecisionStep> lost) {
    this(prefix, best, lost, List.of());
  }

  public Selection {
    best = List.copyOf(best);
    arrivalOrderAlternatives = List.copyOf(arrivalOrderAlternatives);
    // A map the decision processes built for this selection alone is wrapped, not copied again
    // (copying rehashes every losing candidate, a deep record hash).
    // Most decisions have at most one loser; those keep a one-entry map (a large share of what a
    // converged network retains).
    if (lost.isEmpty()) {
      lost = Map.of();
    } else if (lost.size() == 1) {
      Map.Entry<Candidate, DecisionStep> only = lost.entrySet().iterator().next();
      lost = Map.of(only.getKey(), only.getValue());
    } else {
      lost = java.util.Collections.unmodifiableMap(lost instanceof Owned<Candidate, DecisionStep> owned ? owned
          : new java.util.LinkedHashMap<>(lost));
    }
    if (best.isEmpty()) {
      throw new IllegalArgumentException("a selection needs at least one best path for " + prefix);
    }
  }

  /**
   * An insertion-ordered map of losers handed over to a new {@link Selection}, which keeps it
   * instead of copying it; the creator must not change it afterwards. For decision processes.
   */
  @API(status = org.apiguardian.api.API.Status.INTERNAL, since = "0.2")
  public static final class Owned<K, V> extends java.util.LinkedHashMap<K, V> {
    private static final long serialVersionUID = 1L;
  }

  /** The single best path. */
  public Candidate primary() {
    return best.get(0);
  }

  /**
   * Whether the best path depends on the order paths arrived in: a real router keeps whichever of
   * the best and {@link #arrivalOrderAlternatives()} it received first.
   */
  public boolean arrivalOrderDependent() {
    return !arrivalOrderAlternatives.isEmpty();
  }

  /** Whether {@code candidate} is among the selected paths. */
  public boolean isSelected(Candidate candidate) {
    return best.contains(candidate);
  }
}
