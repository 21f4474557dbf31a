package io.arsim.policy.spi.match;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Prefix;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A compiled prefix list ({@code ip prefix-list}): entries in ascending seq, the first whose range
 * holds the prefix decides, and a prefix no entry holds is denied (FRR {@code doc/user/filter.rst}:
 * "a defined list with no match denies"; Cisco alike). Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class PrefixList {

  /**
   * One compiled line.
   *
   * @param seq its sequence number
   * @param action permit or deny
   * @param range the prefixes it matches
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public record Entry(long seq, MatchAction action, PrefixRange range) {
    public Entry {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(range, "range");
    }

    /** {@code seq 10 permit 10.0.0.0/8 le 24}. */
    @Override
    public String toString() {
      return "seq " + seq + " " + action + " " + range;
    }
  }

  private final String name;
  private final List<Entry> entries;

  private PrefixList(String name, List<Entry> entries) {
    this.name = name;
    this.entries = List.copyOf(entries);
  }

  /**
   * Compiles the lines of list {@code name}.
   *
   * @throws IllegalArgumentException when two lines share a seq or {@code dialect} refuses a bound,
   *     naming the line
   */
  public static PrefixList of(String name, List<PrefixListEntry> lines, PrefixListDialect dialect) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dialect, "dialect");
    List<Entry> compiled = new ArrayList<>();
    for (Sequenced.Numbered<PrefixListEntry> n : Sequenced.number("prefix list " + name, lines,
        PrefixListEntry::seq)) {
      PrefixListEntry line = n.entry();
      PrefixRange range;
      try {
        range = PrefixRange.of(line.prefix(), line.ge(), line.le(), dialect);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("prefix list " + name + " entry " + n.index() + ": " + e.getMessage(), e);
      }
      compiled.add(new Entry(n.seq(), line.action(), range));
    }
    return new PrefixList(name, compiled);
  }

  /** The list's name. */
  public String name() {
    return name;
  }

  /** The entries in ascending seq. */
  public List<Entry> entries() {
    return entries;
  }

  /** The first entry whose range holds {@code prefix}, if any. */
  public Optional<Entry> firstMatch(Ipv4Prefix prefix) {
    for (Entry entry : entries) {
      if (entry.range().matches(prefix)) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  /** Whether the list permits {@code prefix}: the first matching entry permits; no match denies. */
  public boolean permits(Ipv4Prefix prefix) {
    return firstMatch(prefix).map(e -> e.action() == MatchAction.permit).orElse(false);
  }

  @Override
  public String toString() {
    return "prefix list " + name;
  }
}
