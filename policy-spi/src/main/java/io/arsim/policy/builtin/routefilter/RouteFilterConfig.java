package io.arsim.policy.builtin.routefilter;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.arsim.core.bgp.Community;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.policy.builtin.match.RouteMatch;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Configuration of {@code route-filter}: ordered entries, like an FRR prefix list extended with
 * AS-path and community matches.
 *
 * <pre>
 * entries:
 *   - {seq: 10, action: deny, prefix: 10.0.0.0/8, le: 32}
 *   - {seq: 20, action: permit, asPathRegex: "_65050$"}
 *   - {seq: 30, action: permit, prefix: 0.0.0.0/0}
 * </pre>
 *
 * @param entries at least one entry
 */
@API(status = INTERNAL, since = "0.1")
public record RouteFilterConfig(@JsonProperty(required = true) List<Entry> entries) {

  public RouteFilterConfig {
    if (entries == null || entries.isEmpty()) {
      throw new IllegalArgumentException("`entries` is empty; expected at least one entry such as"
          + " {action: permit, prefix: 10.0.0.0/8, le: 24} (a route-filter without entries denies everything)");
    }
    entries = List.copyOf(entries);
    Map<Integer, Integer> seen = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      Integer seq = entries.get(i).seq();
      if (seq != null) {
        Integer previous = seen.putIfAbsent(seq, i);
        if (previous != null) {
          throw new IllegalArgumentException("entries " + previous + " and " + i + " both have seq " + seq
              + "; expected each seq once (FRR replaces an entry with the same seq)");
        }
      }
    }
  }

  /** Permit or deny, as in an FRR prefix list. */
  @API(status = INTERNAL, since = "0.1")
  public enum Action {
    permit,
    deny;

    /** The upper-case name, as FRR prints it. */
    public String label() {
      return name().toUpperCase(Locale.ROOT);
    }
  }

  /**
   * One entry; every condition given must hold for the entry to match (none: it matches every
   * route). See {@link RouteMatch} for the prefix, {@code ge}/{@code le}, AS-path and community
   * rules.
   *
   * @param seq the sequence number, 1..4294967295; entries run in ascending seq. An entry without
   *     one gets the previous entry's seq + 5 (the first gets 5), as FRR numbers them
   * @param action permit or deny
   * @param prefix the prefix routes must fall inside
   * @param ge shortest matching length
   * @param le longest matching length
   * @param asPathRegex an AS-path regular expression (FRR dialect: searched, {@code _} a delimiter)
   * @param communities communities the route must all carry
   */
  @API(status = INTERNAL, since = "0.1")
  public record Entry(
      @Nullable Integer seq,
      @JsonProperty(required = true) Action action,
      @Nullable Ipv4Prefix prefix,
      @Nullable Integer ge,
      @Nullable Integer le,
      @Nullable String asPathRegex,
      @Nullable List<Community> communities) {

    public Entry {
      Objects.requireNonNull(action, "`action` is required: permit or deny");
      if (seq != null && seq < 1) {
        throw new IllegalArgumentException("`seq` " + seq + " is out of range; expected a positive number such as 10");
      }
      communities = communities == null ? List.of() : List.copyOf(communities);
      RouteMatch.of(prefix, ge, le, asPathRegex, communities); // validates
    }

    /** An entry matching only a prefix. */
    public static Entry of(Action action, Ipv4Prefix prefix, @Nullable Integer ge, @Nullable Integer le) {
      return new Entry(null, action, prefix, ge, le, null, null);
    }

    /** The compiled condition. */
    public RouteMatch match() {
      return RouteMatch.of(prefix, ge, le, asPathRegex, communities);
    }
  }
}
