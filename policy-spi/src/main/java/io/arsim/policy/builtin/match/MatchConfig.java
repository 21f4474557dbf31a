package io.arsim.policy.builtin.match;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.core.bgp.Community;
import io.arsim.core.net.Ipv4Prefix;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Which routes a policy applies to; every given condition must hold, and an empty block matches
 * every route.
 *
 * <pre>
 * match:
 *   prefix: 10.0.0.0/8    # FRR prefix-list semantics: without ge/le the length must be exactly 8
 *   le: 24                #   8 &lt;= ge &lt;= le &lt;= 32
 *   asPathRegex: "_65001$" # FRR AS-path regex, searched; "_" a delimiter
 *   communities: [65001:100, no-export]   # the route carries all of them
 * </pre>
 *
 * @param prefix the prefix the route's prefix must fall inside; absent: any prefix
 * @param ge the shortest matching length (needs {@code prefix})
 * @param le the longest matching length (needs {@code prefix})
 * @param asPathRegex an AS-path regular expression (FRR dialect, {@code _} a delimiter)
 * @param communities communities the route must all carry
 */
@API(status = INTERNAL, since = "0.1")
public record MatchConfig(
    @Nullable Ipv4Prefix prefix,
    @Nullable Integer ge,
    @Nullable Integer le,
    @Nullable String asPathRegex,
    @Nullable List<Community> communities) {

  public MatchConfig {
    communities = communities == null ? List.of() : List.copyOf(communities);
    RouteMatch.of(prefix, ge, le, asPathRegex, communities); // validates
  }

  /** A block that matches every route. */
  public static MatchConfig any() {
    return new MatchConfig(null, null, null, null, null);
  }

  /** The compiled matcher. */
  public RouteMatch compile() {
    return RouteMatch.of(prefix, ge, le, asPathRegex, communities);
  }
}
