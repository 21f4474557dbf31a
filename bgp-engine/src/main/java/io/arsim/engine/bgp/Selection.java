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
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Selection(Ipv4Prefix prefix, List<Candidate> best, Map<Candidate, DecisionStep> lost) {

  public Selection {
    best = List.copyOf(best);
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

  /** Whether {@code candidate} is among the selected paths. */
  public boolean isSelected(Candidate candidate) {
    return best.contains(candidate);
  }
}
