package io.arsim.core.bgp;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * The COMMUNITIES and LARGE_COMMUNITY attributes of a route as one value: two sorted,
 * duplicate-free, immutable lists. Two values holding the same communities are equal whatever
 * order they were added in, and print the same.
 *
 * @param standard standard communities, ascending, no duplicates
 * @param large large communities, ascending, no duplicates
 */
@API(status = MAINTAINED, since = "0.1")
public record Communities(List<Community> standard, List<LargeCommunity> large) {

  /** No communities. */
  public static final Communities EMPTY = new Communities(List.of(), List.of());

  public Communities {
    standard = List.copyOf(new TreeSet<>(Objects.requireNonNull(standard, "standard")));
    large = List.copyOf(new TreeSet<>(Objects.requireNonNull(large, "large")));
  }

  /** The given standard communities. */
  public static Communities of(Community... communities) {
    return new Communities(List.of(communities), List.of());
  }

  /**
   * Parses communities separated by whitespace; a token with two colons is a large community, any
   * other is read by {@link Community#parse(String)} (so well-known names work). Blank text gives
   * {@link #EMPTY}.
   *
   * @throws IllegalArgumentException naming the token that is not a community
   */
  public static Communities parse(String text) {
    List<Community> standard = new ArrayList<>();
    List<LargeCommunity> large = new ArrayList<>();
    for (String token : text.trim().split("\\s+")) {
      if (token.isEmpty()) {
        continue;
      }
      if (token.chars().filter(c -> c == ':').count() == 2) {
        large.add(LargeCommunity.parse(token));
      } else {
        standard.add(Community.parse(token));
      }
    }
    return new Communities(standard, large);
  }

  /** Whether there are no communities of either kind. */
  public boolean isEmpty() {
    return standard.isEmpty() && large.isEmpty();
  }

  /** The number of communities of both kinds. */
  public int size() {
    return standard.size() + large.size();
  }

  /** Whether {@code community} is present. */
  public boolean contains(Community community) {
    return standard.contains(community);
  }

  /** Whether {@code community} is present. */
  public boolean contains(LargeCommunity community) {
    return large.contains(community);
  }

  /** These communities plus {@code community}; this value when it is already present. */
  public Communities add(Community community) {
    Objects.requireNonNull(community, "community");
    return contains(community) ? this : new Communities(concat(standard, community), large);
  }

  /** These communities plus {@code community}; this value when it is already present. */
  public Communities add(LargeCommunity community) {
    Objects.requireNonNull(community, "community");
    return contains(community) ? this : new Communities(standard, concat(large, community));
  }

  /** These communities without {@code community}; this value when it is absent. */
  public Communities remove(Community community) {
    return !contains(community) ? this
        : new Communities(standard.stream().filter(c -> !c.equals(community)).collect(Collectors.toList()), large);
  }

  /** These communities without {@code community}; this value when it is absent. */
  public Communities remove(LargeCommunity community) {
    return !contains(community) ? this
        : new Communities(standard, large.stream().filter(c -> !c.equals(community)).collect(Collectors.toList()));
  }

  private static <T> List<T> concat(List<T> list, T element) {
    List<T> result = new ArrayList<>(list);
    result.add(element);
    return result;
  }

  /**
   * Standard communities in ascending order, then large ones, separated by spaces, numbers only
   * (well-known communities print as numbers): {@code 65001:100 65535:65281 4200000001:1:2}. The
   * empty value prints as the empty string. {@link #parse(String)} reads it back.
   */
  @Override
  public String toString() {
    return Stream.concat(standard.stream().map(Community::toString), large.stream().map(LargeCommunity::toString))
        .collect(Collectors.joining(" "));
  }
}
