package io.arsim.engine.failure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.topology.Topology;
import io.arsim.engine.bgp.Network;
import java.util.SortedMap;
import java.util.SortedSet;
import org.apiguardian.api.API;

/**
 * A design with failures applied, ready to converge.
 *
 * @param topology the topology; the same as the input unless a VNet failed (then its peerings are
 *     gone on both sides)
 * @param network the network: the failed nodes originate nothing and every session of theirs is
 *     down with the reason {@code failed: <element>}; failed sessions likewise
 * @param failures what failed
 * @param downNodes the BGP nodes that are down
 * @param downMachines the VMs and NVAs whose NICs drop every packet (failed NVAs, VMs and NVAs of a
 *     failed VNet), each with the failure that took it down
 * @param downVirtualNetworks the failed VNets
 * @param downLoadBalancers the failed load balancers: their frontends answer nothing
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FailedDesign(
    Topology topology,
    Network network,
    FailureSet failures,
    SortedSet<String> downNodes,
    SortedMap<String, String> downMachines,
    SortedSet<String> downVirtualNetworks,
    SortedSet<String> downLoadBalancers) {

  public FailedDesign {
    downNodes = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(downNodes));
    downMachines = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(downMachines));
    downVirtualNetworks = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(downVirtualNetworks));
    downLoadBalancers = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(downLoadBalancers));
  }

  /** A failed design without failed load balancers (the form before they could fail). */
  public FailedDesign(Topology topology, Network network, FailureSet failures, SortedSet<String> downNodes,
      SortedMap<String, String> downMachines, SortedSet<String> downVirtualNetworks) {
    this(topology, network, failures, downNodes, downMachines, downVirtualNetworks, new java.util.TreeSet<>());
  }
}
