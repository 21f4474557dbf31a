package io.arsim.importer.nva;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.problem.SourceLocation;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One {@code route-map NAME permit|deny SEQ} entry with its clauses. A permit entry that matches
 * applies its sets, then {@code call}, then its {@link OnMatch} if any, else permits; a deny entry
 * that matches denies (FRR routemap.rst).
 *
 * @param sequence the sequence number (IOS-XE uses 10 when none is written)
 * @param action permit or deny
 * @param description {@code description ...}
 * @param matches the match clauses, in the order written
 * @param sets the set actions, in the order written
 * @param call the route map named by {@code call NAME}
 * @param onMatch {@code on-match next|goto} / {@code continue}
 * @param location the {@code route-map} line
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record RouteMapEntry(
    long sequence,
    Action action,
    @Nullable String description,
    List<RouteMapMatch> matches,
    List<RouteMapSet> sets,
    @Nullable String call,
    @Nullable OnMatch onMatch,
    SourceLocation location) {

  public RouteMapEntry {
    Objects.requireNonNull(action, "action");
    matches = List.copyOf(matches);
    sets = List.copyOf(sets);
    Objects.requireNonNull(location, "location");
  }
}
