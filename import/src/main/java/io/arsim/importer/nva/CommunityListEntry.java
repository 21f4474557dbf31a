package io.arsim.importer.nva;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.Community;
import io.arsim.core.problem.SourceLocation;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One community-list line. A standard entry matches a route carrying all of {@code communities}
 * (an empty list, or IOS {@code internet}, matches every route); an expanded entry matches when
 * {@code regex} matches the route's communities written as text.
 *
 * @param sequence the sequence number (given, or assigned in order: 5, 10, ...)
 * @param action permit or deny
 * @param communities the communities of a standard entry; empty for an expanded one
 * @param regex the regular expression of an expanded entry; empty for a standard one
 * @param location the line
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record CommunityListEntry(
    long sequence, Action action, List<Community> communities, String regex, SourceLocation location) {

  public CommunityListEntry {
    Objects.requireNonNull(action, "action");
    communities = List.copyOf(communities);
    Objects.requireNonNull(regex, "regex");
    Objects.requireNonNull(location, "location");
  }
}
