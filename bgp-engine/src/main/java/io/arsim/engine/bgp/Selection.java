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
    lost = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(lost));
    if (best.isEmpty()) {
      throw new IllegalArgumentException("a selection needs at least one best path for " + prefix);
    }
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
