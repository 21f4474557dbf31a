package io.arsim.importer.nva;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.problem.SourceLocation;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A route map: its entries in sequence order, with an implicit deny after the last one.
 *
 * @param name the name
 * @param entries the entries, sorted by sequence
 * @param location the first line that defines the route map
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record RouteMap(String name, List<RouteMapEntry> entries, SourceLocation location) {

  public RouteMap {
    Objects.requireNonNull(name, "name");
    entries = entries.stream().sorted(Comparator.comparingLong(RouteMapEntry::sequence)).toList();
    Objects.requireNonNull(location, "location");
  }
}
