package io.arsim.policy.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.policy.spi.Speaker;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** What {@link BestPathKit} selected: the best path, and the step each other path lost at. */
@API(status = EXPERIMENTAL, since = "0.2")
public final class BestPathOutcome {
  private final Speaker local;
  private final @Nullable Contender best;
  private final Map<Contender, BestPathStep> lost;
  private final List<String> rejected;

  BestPathOutcome(Speaker local, @Nullable Contender best, Map<Contender, BestPathStep> lost, List<String> rejected) {
    this.local = local;
    this.best = best;
    this.lost = Collections.unmodifiableMap(new LinkedHashMap<>(lost));
    this.rejected = List.copyOf(rejected);
  }

  /** The best path; empty when there was no candidate. */
  public Optional<Contender> best() {
    return Optional.ofNullable(best);
  }

  /**
   * The name of the peer the best path came from.
   *
   * @throws AssertionError when there was no candidate
   */
  public String bestPeer() {
    return best().map(c -> c.peer().name()).orElseThrow(() -> new AssertionError("no path to select from at "
        + local.name() + (rejected.isEmpty() ? "" : "; rejected: " + rejected)));
  }

  /** The other paths, in peer-address order, each with the step at which the best path beat it. */
  public Map<Contender, BestPathStep> lost() {
    return lost;
  }

  /**
   * The step at which the path from {@code peer} lost.
   *
   * @throws AssertionError when no path from {@code peer} lost (it won, or there is none)
   */
  public BestPathStep lostAt(String peer) {
    return lost.entrySet().stream().filter(e -> e.getKey().peer().name().equals(peer)).map(Map.Entry::getValue)
        .findFirst().orElseThrow(() -> new AssertionError("no path from " + peer + " lost at " + local.name()
            + "; " + this));
  }

  /** The paths a chain rejected before selection, as {@code peer: rejected by policy: reason}. */
  public List<String> rejected() {
    return rejected;
  }

  /** As {@code arsim explain} lists them: the best path, then each other with the step it lost at. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("at ").append(local.name()).append(": ");
    out.append(best == null ? "no path" : "best " + best);
    lost.forEach((c, step) -> out.append(System.lineSeparator()).append("  ").append(c).append("  lost at ")
        .append(step.label()).append(": ").append(step.rule()));
    rejected.forEach(r -> out.append(System.lineSeparator()).append("  ").append(r));
    return out.toString();
  }
}
