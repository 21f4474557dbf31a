package io.arsim.policy.spi.match;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.Communities;
import io.arsim.core.bgp.Community;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A compiled community list, standard or expanded (FRR {@code doc/user/bgp.rst} "Community Lists",
 * Cisco {@code ip community-list}): lines in the order written, the first that matches decides, no
 * match denies. A standard line matches a route that carries all its communities; an expanded line
 * matches when its expression is found in the route's standard communities as the routers print
 * them: ascending, separated by spaces, well-known ones by name ({@code no-export},
 * {@code no-advertise}, {@code local-AS}, {@code no-peer}, {@code graceful-shutdown}), others as
 * {@code high:low}; {@code _} matches a delimiter as in AS-path expressions. A list is either
 * standard or expanded, as on the routers. Large communities are not matched. Immutable and
 * thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class CommunityList {
  private static final String DELIMITER = "(?:^|$|[ ,{}()])";

  /**
   * One compiled line.
   *
   * @param action permit or deny
   * @param communities what a standard line requires (empty for an expanded line)
   * @param regex the expression of an expanded line as written, or null
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public record Entry(MatchAction action, Set<Community> communities, @Nullable String regex) {
    public Entry {
      Objects.requireNonNull(action, "action");
      communities = Set.copyOf(communities);
    }

    @Override
    public String toString() {
      return action + " " + (regex != null ? regex
          : communities.stream().sorted().map(CommunityList::text).collect(Collectors.joining(" ")));
    }
  }

  private final String name;
  private final boolean expanded;
  private final List<Entry> entries;
  private final List<@Nullable Pattern> patterns;

  private CommunityList(String name, boolean expanded, List<Entry> entries, List<@Nullable Pattern> patterns) {
    this.name = name;
    this.expanded = expanded;
    this.entries = List.copyOf(entries);
    this.patterns = java.util.Collections.unmodifiableList(new ArrayList<>(patterns));
  }

  /**
   * Compiles the lines of list {@code name}.
   *
   * @throws IllegalArgumentException when standard and expanded lines are mixed or an expression is
   *     invalid, naming the line
   */
  public static CommunityList of(String name, List<CommunityListEntry> lines) {
    Objects.requireNonNull(name, "name");
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("community list " + name + " has no entries; expected at least one such as"
          + " {action: permit, communities: [\"65001:100\"]}");
    }
    boolean expanded = lines.get(0).expanded();
    List<Entry> entries = new ArrayList<>();
    List<@Nullable Pattern> patterns = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      CommunityListEntry line = lines.get(i);
      if (line.expanded() != expanded) {
        throw new IllegalArgumentException("community list " + name + " entry " + i + " is "
            + (line.expanded() ? "expanded (regex)" : "standard (communities)") + " but entry 0 is "
            + (expanded ? "expanded" : "standard") + "; a list is either standard or expanded, as on the routers");
      }
      String regex = line.regex();
      if (regex != null) {
        try {
          patterns.add(Pattern.compile(regex.replace("_", DELIMITER)));
        } catch (PatternSyntaxException e) {
          throw new IllegalArgumentException("community list " + name + " entry " + i + ": \"" + regex
              + "\" is not a valid regular expression: " + e.getDescription() + " near index " + e.getIndex()
              + "; expected an expression such as ^65001: or _no-export_", e);
        }
        entries.add(new Entry(line.action(), Set.of(), regex));
      } else {
        patterns.add(null);
        entries.add(new Entry(line.action(), new HashSet<>(Objects.requireNonNull(line.communities())), null));
      }
    }
    return new CommunityList(name, expanded, entries, patterns);
  }

  /** The list's name. */
  public String name() {
    return name;
  }

  /** Whether the list is expanded (its lines are regular expressions). */
  public boolean expanded() {
    return expanded;
  }

  /** The lines in order. */
  public List<Entry> entries() {
    return entries;
  }

  /** A community as the routers print it for matching: a well-known name or {@code high:low}. */
  public static String text(Community community) {
    if (community.equals(Community.NO_EXPORT_SUBCONFED)) {
      return "local-AS";
    }
    return community.wellKnownName().orElse(community.toString());
  }

  /** The standard communities as the routers print them for matching, ascending and space separated. */
  public static String text(Communities communities) {
    return communities.standard().stream().map(CommunityList::text).collect(Collectors.joining(" "));
  }

  /** The first line that matches {@code communities}, if any. */
  public Optional<Entry> firstMatch(Communities communities) {
    String text = expanded ? text(communities) : "";
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      Pattern pattern = patterns.get(i);
      boolean matches = pattern != null ? pattern.matcher(text).find()
          : communities.standard().containsAll(entry.communities());
      if (matches) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  /** Whether the list permits {@code communities}: the first matching line permits; no match denies. */
  public boolean permits(Communities communities) {
    return firstMatch(communities).map(e -> e.action() == MatchAction.permit).orElse(false);
  }

  /**
   * FRR's and Cisco's {@code exact-match}: the first standard line whose communities are exactly
   * the route's standard communities decides; no such line denies.
   *
   * @throws IllegalStateException for an expanded list, which the routers do not match exactly
   */
  public boolean permitsExactly(Communities communities) {
    if (expanded) {
      throw new IllegalStateException("exact-match needs a standard community list; " + name + " is expanded");
    }
    Set<Community> have = new HashSet<>(communities.standard());
    for (Entry entry : entries) {
      if (entry.communities().equals(have)) {
        return entry.action() == MatchAction.permit;
      }
    }
    return false;
  }

  /**
   * Whether {@code set comm-list NAME delete} removes {@code community}: the first line that matches
   * the community alone (a standard line listing it, an expanded line whose expression is found in
   * its text) decides, and a permit line removes it (FRR {@code community_list_match_delete}).
   */
  public boolean deletes(Community community) {
    String text = text(community);
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      Pattern pattern = patterns.get(i);
      boolean matches = pattern != null ? pattern.matcher(text).find() : entry.communities().contains(community);
      if (matches) {
        return entry.action() == MatchAction.permit;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "community list " + name;
  }
}
