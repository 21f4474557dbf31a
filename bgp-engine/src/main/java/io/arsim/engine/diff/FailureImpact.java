package io.arsim.engine.diff;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.engine.failure.FailureSet;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What one failure (or pair) does to a design.
 *
 * @param failures what failed
 * @param lost pairs that reached their destination before and do not any more
 * @param moved pairs that still reach it, through other NVAs (another hub) or through none (bypass)
 * @param asymmetric VM pairs that became asymmetric through a stateful NVA
 * @param sessionsDown sessions that went down
 * @param error why the failed design could not be evaluated (it oscillates), or null
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FailureImpact(FailureSet failures, List<TraceChange> lost, List<TraceChange> moved,
    List<TraceChange> asymmetric, int sessionsDown, @Nullable String error) {

  public FailureImpact {
    lost = List.copyOf(lost);
    moved = List.copyOf(moved);
    asymmetric = List.copyOf(asymmetric);
  }

  /** Orders failures worst first: errors, then pairs lost, then asymmetric, then moved. */
  public long severity() {
    return (error != null ? 1_000_000_000L : 0) + lost.size() * 1_000_000L + asymmetric.size() * 1_000L + moved.size();
  }

  /** "lost 2, moved 1, asymmetric 0" or "resilient". */
  public String verdict() {
    if (error != null) {
      return "does not converge";
    }
    if (lost.isEmpty() && moved.isEmpty() && asymmetric.isEmpty()) {
      return "no effect on traffic";
    }
    return lost.isEmpty() ? "survives (traffic fails over)" : "loses reachability";
  }
}
