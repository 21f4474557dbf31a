package io.arsim.importer.nva;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.problem.SourceLocation;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A community list: FRR {@code bgp community-list standard|expanded NAME ...}, IOS-XE {@code ip
 * community-list standard|expanded NAME ...} or numbered. Entries in sequence order; the first
 * match decides and no match denies.
 *
 * @param name the name or number
 * @param kind standard or expanded
 * @param entries the entries, sorted by sequence
 * @param location the first line that defines the list
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record CommunityList(
    String name, CommunityListKind kind, List<CommunityListEntry> entries, SourceLocation location) {

  public CommunityList {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    entries = entries.stream().sorted(Comparator.comparingLong(CommunityListEntry::sequence)).toList();
    Objects.requireNonNull(location, "location");
  }
}
