package io.arsim.importer.observed;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Prefix;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A prefix and its paths, in the order the router lists them.
 *
 * @param prefix the prefix
 * @param paths its paths
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record ObservedRoute(Ipv4Prefix prefix, List<ObservedPath> paths) {

  public ObservedRoute {
    Objects.requireNonNull(prefix, "prefix");
    paths = List.copyOf(paths);
  }

  /** The best path, when the router marks one. */
  public Optional<ObservedPath> best() {
    return paths.stream().filter(ObservedPath::best).findFirst();
  }
}
