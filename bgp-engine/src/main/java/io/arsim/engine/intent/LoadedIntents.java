package io.arsim.engine.intent;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.problem.Problem;
import io.arsim.core.topology.file.LocationIndex;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An intents file as read: its content, and where each value is, so that problems found against a
 * design (an endpoint it does not have) are reported at their place in the file.
 *
 * @param file the file as the user named it
 * @param intents the content
 * @param locations where each value is
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record LoadedIntents(String file, IntentFile intents, LocationIndex locations) {

  public LoadedIntents {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(intents, "intents");
    Objects.requireNonNull(locations, "locations");
  }

  /** Intents made in code (problems are reported without a line). */
  public static LoadedIntents of(String name, IntentFile intents) {
    return new LoadedIntents(name, intents, LocationIndex.empty(name));
  }

  /** {@code problems} placed in the file, in file order. */
  List<Problem> locate(List<Problem> problems) {
    return problems.stream().map(p -> p.location() != null ? p : locations.locate(p))
        .sorted(java.util.Comparator.comparingInt((Problem p) -> p.location().line())
            .thenComparingInt(p -> p.location().column()))
        .toList();
  }
}
