package io.arsim.policy.spi.match;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.AsPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A compiled AS-path access list: lines in the order written, the first whose expression is found
 * in the path decides, and a path no line matches is denied (FRR {@code doc/user/bgp.rst} "AS Path
 * Access Lists", Cisco alike). Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class AsPathAccessList {

  /**
   * One compiled line.
   *
   * @param action permit or deny
   * @param regex its expression
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public record Entry(MatchAction action, AsPathRegex regex) {
    public Entry {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(regex, "regex");
    }

    @Override
    public String toString() {
      return action + " " + regex;
    }
  }

  private final String name;
  private final List<Entry> entries;

  private AsPathAccessList(String name, List<Entry> entries) {
    this.name = name;
    this.entries = List.copyOf(entries);
  }

  /**
   * Compiles the lines of list {@code name}.
   *
   * @throws IllegalArgumentException when a line's expression is invalid, naming the line
   */
  public static AsPathAccessList of(String name, List<AsPathListEntry> lines) {
    Objects.requireNonNull(name, "name");
    List<Entry> compiled = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      AsPathListEntry line = lines.get(i);
      try {
        compiled.add(new Entry(line.action(), AsPathRegex.compile(line.regex())));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("AS-path list " + name + " entry " + i + ": " + e.getMessage(), e);
      }
    }
    return new AsPathAccessList(name, compiled);
  }

  /** The list's name. */
  public String name() {
    return name;
  }

  /** The lines in order. */
  public List<Entry> entries() {
    return entries;
  }

  /** The first line whose expression is found in {@code path}, if any. */
  public Optional<Entry> firstMatch(AsPath path) {
    for (Entry entry : entries) {
      if (entry.regex().matches(path)) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  /** Whether the list permits {@code path}: the first matching line permits; no match denies. */
  public boolean permits(AsPath path) {
    return firstMatch(path).map(e -> e.action() == MatchAction.permit).orElse(false);
  }

  @Override
  public String toString() {
    return "AS-path list " + name;
  }
}
