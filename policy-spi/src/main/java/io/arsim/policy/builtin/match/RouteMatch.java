package io.arsim.policy.builtin.match;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.bgp.Community;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.policy.spi.match.AsPathRegex;
import io.arsim.policy.spi.match.PrefixListDialect;
import io.arsim.policy.spi.match.PrefixRange;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A compiled match condition: prefix (FRR prefix-list rules), AS-path regular expression and
 * required communities, built from the public matchers of {@code io.arsim.policy.spi.match}.
 * Immutable and thread-safe.
 *
 * <p><b>Prefix</b>: a {@link PrefixRange} with FRR's rules ({@link PrefixListDialect#FRR}): the
 * route's prefix lies inside {@code prefix} and its length is exactly the prefix's without
 * {@code ge}/{@code le}, {@code ge..32} with only {@code ge}, {@code len..le} with only {@code le},
 * {@code ge..le} with both; {@code len <= ge <= le <= 32}.
 *
 * <p><b>AS path</b>: an {@link AsPathRegex}, searched in the path as FRR prints it (sets as
 * {@code {64512,64513}}), {@code _} matching a delimiter: {@code ^65001_} (learned from 65001),
 * {@code _65050$} (originated by 65050), {@code ^$} (locally originated).
 *
 * <p><b>Communities</b>: the route carries every one listed (as an FRR standard community list
 * entry naming several communities).
 */
@API(status = INTERNAL, since = "0.1")
public final class RouteMatch {
  private final @Nullable PrefixRange prefix;
  private final @Nullable AsPathRegex asPath;
  private final List<Community> communities;
  private final String text;

  private RouteMatch(@Nullable PrefixRange prefix, @Nullable AsPathRegex asPath, List<Community> communities,
      String text) {
    this.prefix = prefix;
    this.asPath = asPath;
    this.communities = communities;
    this.text = text;
  }

  /**
   * Validates and compiles a match.
   *
   * @throws IllegalArgumentException saying which value is wrong and what is expected
   */
  public static RouteMatch of(@Nullable Ipv4Prefix prefix, @Nullable Integer ge, @Nullable Integer le,
      @Nullable String asPathRegex, @Nullable List<Community> communities) {
    List<String> parts = new ArrayList<>();
    PrefixRange range = null;
    if (prefix == null) {
      if (ge != null || le != null) {
        throw new IllegalArgumentException("`ge` and `le` need a `prefix` to apply to; add `prefix`, e.g."
            + " prefix: 10.0.0.0/8 with le: 24");
      }
    } else {
      range = PrefixRange.of(prefix, ge, le, PrefixListDialect.FRR);
      parts.add(prefix + (ge != null ? " ge " + ge : "") + (le != null ? " le " + le : ""));
    }
    AsPathRegex regex = null;
    if (asPathRegex != null) {
      try {
        regex = AsPathRegex.compile(asPathRegex);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("`asPathRegex` " + e.getMessage(), e);
      }
      parts.add("as-path /" + asPathRegex + "/");
    }
    List<Community> required = communities == null ? List.of() : List.copyOf(communities);
    if (!required.isEmpty()) {
      parts.add("communities " + required.stream().map(Community::toString).collect(Collectors.joining(" ")));
    }
    return new RouteMatch(range, regex, required, parts.isEmpty() ? "any" : String.join(", ", parts));
  }

  /** Whether {@code route} satisfies every condition. */
  public boolean matches(BgpRoute route) {
    PrefixRange range = prefix;
    if (range != null && !range.matches(route.prefix())) {
      return false;
    }
    AsPathRegex regex = asPath;
    if (regex != null && !regex.matches(route.attributes().asPath())) {
      return false;
    }
    for (Community community : communities) {
      if (!route.attributes().communities().contains(community)) {
        return false;
      }
    }
    return true;
  }

  /** The condition as text: {@code 10.0.0.0/8 le 24, as-path /_65001$/}; "any" when empty. */
  @Override
  public String toString() {
    return text;
  }
}
