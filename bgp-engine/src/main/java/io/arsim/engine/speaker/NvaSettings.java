package io.arsim.engine.speaker;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.AggregateAddress;
import io.arsim.engine.decision.FrrDecisionProcess.ArrivalOrder;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What one NVA's BGP does, its vendor profile's defaults and its own configuration combined.
 *
 * @param maximumPaths {@code maximum-paths}, 1..256
 * @param sendsBestPathToSource whether the best path also goes back to the neighbour it came from
 *     (unless that neighbour is {@code solo})
 * @param arrivalOrder the "prefer the oldest path" step as the NVA knows it
 * @param aggregates its {@code aggregate-address} summaries
 * @param connected the subnets of its NICs: a next hop inside one is directly connected
 * @param invalidatesNonConnectedNextHops whether a path from a single-hop eBGP neighbour whose next
 *     hop is not directly connected is invalid (FRR) rather than the session staying down (Cisco,
 *     decided when the network is built)
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record NvaSettings(int maximumPaths, boolean sendsBestPathToSource, ArrivalOrder arrivalOrder,
    List<AggregateAddress> aggregates, List<Ipv4Prefix> connected, boolean invalidatesNonConnectedNextHops) {

  public NvaSettings {
    if (maximumPaths < 1) {
      throw new IllegalArgumentException("maximumPaths must be at least 1, got " + maximumPaths);
    }
    Objects.requireNonNull(arrivalOrder, "arrivalOrder");
    aggregates = List.copyOf(aggregates);
    connected = List.copyOf(connected);
  }

  /** FRR's defaults with {@code maximumPaths}, no aggregates and no connected subnets known. */
  public static NvaSettings frr(int maximumPaths) {
    return new NvaSettings(maximumPaths, true, ArrivalOrder.UNKNOWN, List.of(), List.of(), false);
  }
}
