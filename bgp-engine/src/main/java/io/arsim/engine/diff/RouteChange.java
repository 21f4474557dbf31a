package io.arsim.engine.diff;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Prefix;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A route a route-server instance learned from, or advertised to, a peer that differs.
 *
 * @param node the route-server instance ({@code rs-spoke/IN_0})
 * @param peer the peer
 * @param direction {@code learned} or {@code advertised}
 * @param prefix the prefix
 * @param before "next hop [AS path]" before, null when absent
 * @param after "next hop [AS path]" after, null when absent
 * @param reason why, where arsim can tell cheaply
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RouteChange(String node, String peer, String direction, Ipv4Prefix prefix, @Nullable String before,
    @Nullable String after, String reason) {

  /** How the route changed. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public enum Change {
    /** Absent before, present after. */
    GAINED,
    /** Present before, absent after. */
    LOST,
    /** Present in both, with another next hop or AS path. */
    CHANGED;

    /** The word the outputs print. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** How the route changed. */
  public Change change() {
    return before == null ? Change.GAINED : after == null ? Change.LOST : Change.CHANGED;
  }
}
