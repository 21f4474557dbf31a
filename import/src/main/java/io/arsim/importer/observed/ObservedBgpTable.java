package io.arsim.importer.observed;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.problem.Problem;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A router's IPv4 unicast BGP table as it showed it, sorted by prefix.
 *
 * @param file the file it was read from
 * @param routes the prefixes with their paths, sorted by prefix
 * @param problems what could not be read, each with its place (line or JSON pointer)
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record ObservedBgpTable(String file, List<ObservedRoute> routes, List<Problem> problems) {

  public ObservedBgpTable {
    Objects.requireNonNull(file, "file");
    routes = routes.stream().sorted(Comparator.comparing(ObservedRoute::prefix)).toList();
    problems = List.copyOf(problems);
  }

  /** The route of {@code prefix}. */
  public Optional<ObservedRoute> route(Ipv4Prefix prefix) {
    return routes.stream().filter(r -> r.prefix().equals(prefix)).findFirst();
  }
}
