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

  /**
   * The pairs of {@link #moved()} that now cross no NVA at all: a firewall is bypassed (the Azure
   * default route to the Internet once the BGP default route is withdrawn, say).
   */
  public List<TraceChange> bypassed() {
    return moved.stream().filter(c -> c.kind() == TraceChange.Kind.BYPASS).toList();
  }

  /** The pairs of {@link #moved()} that now cross other NVAs (another hub). */
  public List<TraceChange> rerouted() {
    return moved.stream().filter(c -> c.kind() != TraceChange.Kind.BYPASS).toList();
  }

  /**
   * In words: "does not converge", "loses reachability", "survives, but bypasses NVAs", "survives
   * (traffic fails over)" or "no effect on traffic".
   */
  public String verdict() {
    if (error != null) {
      return "does not converge";
    }
    if (lost.isEmpty() && moved.isEmpty() && asymmetric.isEmpty()) {
      return "no effect on traffic";
    }
    if (!lost.isEmpty()) {
      return "loses reachability";
    }
    return bypassed().isEmpty() ? "survives (traffic fails over)" : "survives, but bypasses NVAs";
  }
}
