package io.arsim.importer.nva;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.problem.SourceLocation;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A named (FRR) or numbered (IOS-XE) AS-path access list, entries in sequence order; the first
 * matching entry decides and no match denies.
 *
 * @param name the name or number
 * @param entries the entries, sorted by sequence
 * @param location the first line that defines the list
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record AsPathAccessList(String name, List<AsPathAccessListEntry> entries, SourceLocation location) {

  public AsPathAccessList {
    Objects.requireNonNull(name, "name");
    entries = entries.stream().sorted(Comparator.comparingLong(AsPathAccessListEntry::sequence)).toList();
    Objects.requireNonNull(location, "location");
  }
}
