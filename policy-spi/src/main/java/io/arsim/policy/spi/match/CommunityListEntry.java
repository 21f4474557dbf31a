package io.arsim.policy.spi.match;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.Community;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One community-list line as a config holds it: a standard line ({@code bgp community-list standard
 * NAME ACTION COMMUNITY...}) lists communities a route must all carry; an expanded line ({@code bgp
 * community-list expanded NAME ACTION REGEX}) gives a regular expression searched in the route's
 * communities as the routers print them. Exactly one of the two.
 *
 * @param action permit or deny
 * @param communities the communities of a standard line ({@code "65001:100"} or a well-known name)
 * @param regex the expression of an expanded line
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record CommunityListEntry(MatchAction action, @Nullable List<Community> communities, @Nullable String regex) {

  public CommunityListEntry {
    Objects.requireNonNull(action, "`action` is required: permit or deny");
    boolean standard = communities != null && !communities.isEmpty();
    if (standard == (regex != null)) {
      throw new IllegalArgumentException(standard
          ? "`communities` and `regex` exclude each other; a standard line lists communities, an expanded line gives"
              + " a regex"
          : "expected `communities` (a standard line, e.g. communities: [\"65001:100\"]) or `regex` (an expanded"
              + " line, e.g. regex: \"^65001:\")");
    }
    communities = communities == null ? null : List.copyOf(communities);
  }

  /** Whether this is an expanded (regular-expression) line. */
  public boolean expanded() {
    return regex != null;
  }
}
