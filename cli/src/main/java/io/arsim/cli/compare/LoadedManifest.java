package io.arsim.cli.compare;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.problem.Problem;
import io.arsim.core.topology.file.LocationIndex;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A manifest as read, with the folder it describes and where each of its values is, so that a name
 * the design lacks is reported at its line.
 *
 * @param folder the observed folder
 * @param file the manifest as messages name it
 * @param manifest its content
 * @param locations where each value is
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record LoadedManifest(Path folder, String file, CompareManifest manifest, LocationIndex locations) {

  public LoadedManifest {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(locations, "locations");
  }

  /** {@code problems} placed in the manifest, in file order. */
  public List<Problem> locate(List<Problem> problems) {
    return problems.stream().map(p -> p.location() != null ? p : locations.locate(p))
        .sorted(Comparator.comparingInt((Problem p) -> p.location().line())
            .thenComparingInt(p -> p.location().column()))
        .toList();
  }

  /** The pointer of entry {@code index}'s {@code key}. */
  public static String pointer(int index, String key) {
    return "/files/" + index + (key.isEmpty() ? "" : "/" + key);
  }
}
