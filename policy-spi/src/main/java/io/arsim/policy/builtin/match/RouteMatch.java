package io.arsim.policy.builtin.match;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.bgp.Community;
import io.arsim.core.net.Ipv4Prefix;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A compiled match condition: prefix (FRR prefix-list rules), AS-path regular expression and
 * required communities. Immutable and thread-safe.
 *
 * <p><b>Prefix</b> (FRR {@code doc/user/filter.rst}, {@code lib/filter_nb.c}): a route matches when
 * its prefix lies inside {@code prefix} and its length is in range: exactly the prefix's length
 * without {@code ge}/{@code le}; {@code ge..32} with only {@code ge}; {@code len..le} with only
 * {@code le}; {@code ge..le} with both. FRR's validation applies: {@code len <= ge <= le <= 32}
 * (less-or-equal, where Cisco requires "less than").
 *
 * <p><b>AS path</b>: a Java regular expression <em>searched</em> (not fully matched) in the path's
 * text form, ASNs separated by single spaces, sets in braces ({@code 65001 65515 {64512 64513}});
 * the empty path is the empty string. As in FRR's as-path access lists, {@code _} matches a
 * delimiter: the start or end of the path, a space or a brace. Use {@code ^} and {@code $} to
 * anchor: {@code ^65001_} (learned from 65001), {@code _65050$} (originated by 65050), {@code ^$}
 * (locally originated).
 *
 * <p><b>Communities</b>: the route carries every one listed (as an FRR standard community list
 * entry naming several communities).
 */
@API(status = INTERNAL, since = "0.1")
public final class RouteMatch {
  private static final String DELIMITER = "(?:^|$|[ {}])";

  private final @Nullable Ipv4Prefix prefix;
  private final int minLength;
  private final int maxLength;
  private final @Nullable Pattern asPath;
  private final List<Community> communities;
  private final String text;

  private RouteMatch(@Nullable Ipv4Prefix prefix, int minLength, int maxLength, @Nullable Pattern asPath,
      List<Community> communities, String text) {
    this.prefix = prefix;
    this.minLength = minLength;
    this.maxLength = maxLength;
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
    int min = 0;
    int max = 32;
    List<String> parts = new ArrayList<>();
    if (prefix == null) {
      if (ge != null || le != null) {
        throw new IllegalArgumentException("`ge` and `le` need a `prefix` to apply to; add `prefix`, e.g."
            + " prefix: 10.0.0.0/8 with le: 24");
      }
    } else {
      int len = prefix.length();
      if (ge != null && (ge < len || ge > 32)) {
        throw new IllegalArgumentException("`ge` " + ge + " is out of range for " + prefix
            + "; expected " + len + "..32 (FRR requires prefix length <= ge <= le <= 32)");
      }
      if (le != null && (le < len || le > 32)) {
        throw new IllegalArgumentException("`le` " + le + " is out of range for " + prefix
            + "; expected " + len + "..32 (FRR requires prefix length <= ge <= le <= 32)");
      }
      if (ge != null && le != null && ge > le) {
        throw new IllegalArgumentException("`ge` " + ge + " is greater than `le` " + le
            + "; expected ge <= le (FRR requires prefix length <= ge <= le <= 32)");
      }
      min = ge != null ? ge : len;
      max = le != null ? le : ge != null ? 32 : len;
      parts.add(prefix + (ge != null ? " ge " + ge : "") + (le != null ? " le " + le : ""));
    }
    Pattern pattern = null;
    if (asPathRegex != null) {
      try {
        pattern = Pattern.compile(asPathRegex.replace("_", DELIMITER));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("`asPathRegex` \"" + asPathRegex + "\" is not a valid regular"
            + " expression: " + e.getDescription() + " near index " + e.getIndex()
            + "; expected a Java regular expression such as ^65001_ or _65050$", e);
      }
      parts.add("as-path /" + asPathRegex + "/");
    }
    List<Community> required = communities == null ? List.of() : List.copyOf(communities);
    if (!required.isEmpty()) {
      parts.add("communities " + required.stream().map(Community::toString).collect(Collectors.joining(" ")));
    }
    return new RouteMatch(prefix, min, max, pattern, required, parts.isEmpty() ? "any" : String.join(", ", parts));
  }

  /** Whether {@code route} satisfies every condition. */
  public boolean matches(BgpRoute route) {
    Ipv4Prefix p = prefix;
    if (p != null) {
      int length = route.prefix().length();
      if (!p.contains(route.prefix()) || length < minLength || length > maxLength) {
        return false;
      }
    }
    Pattern pattern = asPath;
    if (pattern != null && !pattern.matcher(route.attributes().asPath().toString()).find()) {
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
