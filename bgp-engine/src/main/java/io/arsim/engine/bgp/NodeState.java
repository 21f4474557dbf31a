package io.arsim.engine.bgp;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.net.Ipv4Prefix;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.apiguardian.api.API;

/**
 * What one node holds once the network converged.
 *
 * @param received per peer, the routes the peer sent (before inbound rules and import policies)
 * @param learned per peer, the routes accepted (after inbound rules and import policies): the
 *     Adj-RIB-In that the decision process sees
 * @param advertised per peer, the routes sent, as they went on the wire
 * @param table the Loc-RIB: per prefix, the decision
 * @param rejections routes stopped on import at this node or by its export policies
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record NodeState(
    SortedMap<String, SortedMap<Ipv4Prefix, BgpRoute>> received,
    SortedMap<String, SortedMap<Ipv4Prefix, BgpRoute>> learned,
    SortedMap<String, SortedMap<Ipv4Prefix, BgpRoute>> advertised,
    SortedMap<Ipv4Prefix, Selection> table,
    List<Rejection> rejections) {

  /** The routes accepted from {@code peer}, empty when none. */
  public SortedMap<Ipv4Prefix, BgpRoute> learnedFrom(String peer) {
    return learned.getOrDefault(peer, java.util.Collections.emptySortedMap());
  }

  /** The routes sent to {@code peer}, empty when none. */
  public SortedMap<Ipv4Prefix, BgpRoute> advertisedTo(String peer) {
    return advertised.getOrDefault(peer, java.util.Collections.emptySortedMap());
  }

  /** All learned routes by peer, as an unmodifiable view. */
  public Map<String, SortedMap<Ipv4Prefix, BgpRoute>> learnedByPeer() {
    return java.util.Collections.unmodifiableMap(learned);
  }
}
