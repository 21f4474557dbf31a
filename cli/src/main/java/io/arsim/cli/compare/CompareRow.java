package io.arsim.cli.compare;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Prefix;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One row of a route table, normalised so that arsim's prediction and what a deployment shows can be
 * compared: the same table name, prefix, key and field names on both sides, every value as text
 * ({@code ""} where the output does not show it, so it is not compared), ECMP next hops as one
 * sorted set.
 *
 * @param where the table, e.g. {@code rs-spoke/IN_0 learned from nva1}, {@code BGP table of nva1}
 * @param at what {@code arsim explain --at} takes to explain the prediction, e.g. {@code rs-spoke/IN_0}
 * @param prefix the prefix
 * @param key what tells the rows of one prefix apart: {@code ""} (one row a prefix), the effective
 *     route's source, or the BGP path's next hop
 * @param values the compared fields in display order: {@code nextHop}, {@code asPath}, {@code origin},
 *     {@code weight}, {@code state}, ...
 * @param tiedOnArrival on the predicted side, whether the path is the best or tied with it on arrival
 *     order (docs/engine.md, Arrival order), so which of them is best depends on what the design does
 *     not state
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record CompareRow(String where, String at, Ipv4Prefix prefix, String key, Map<String, String> values,
    boolean tiedOnArrival) {

  public CompareRow {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(key, "key");
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The value of {@code field}; {@code ""} when the row does not show it. */
  public String value(String field) {
    return values.getOrDefault(field, "");
  }

  /**
   * The shown values in words, e.g. {@code nextHop 10.1.1.4, asPath 65001}, without the instance
   * address (the table names the instance) and the source peer (the key shows it).
   */
  public String summary() {
    StringBuilder out = new StringBuilder();
    values.forEach((field, value) -> {
      if (!value.isEmpty() && !field.equals("localAddress") && !field.equals("sourcePeer")) {
        out.append(out.length() == 0 ? "" : ", ").append(field).append(' ').append(value);
      }
    });
    return out.toString();
  }
}
