package io.arsim.engine.effective;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.topology.NetworkInterface;
import io.arsim.core.topology.SubnetRef;
import io.arsim.core.topology.Topology;
import io.arsim.engine.bgp.ConvergedState;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;

/**
 * The effective routes of many NICs of one converged network. A NIC's effective routes depend only
 * on its subnet (its VNet, the peerings, the route servers or gateways that program it and the
 * subnet's route table), so every NIC of a subnet gets the same list: this computes it once per
 * subnet with {@link EffectiveRoutes#of} and hands the same (immutable) list to the others. The
 * BGP rows, the bulk of the work, depend only on the VNet, so the subnets of a VNet share them.
 * Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class EffectiveRouteTables {
  private final Topology topology;
  private final ConvergedState state;
  private final Map<SubnetRef, List<EffectiveRoute>> bySubnet = new ConcurrentHashMap<>();
  private final Map<String, List<EffectiveRoute>> bgpByVnet = new ConcurrentHashMap<>();

  public EffectiveRouteTables(Topology topology, ConvergedState state) {
    this.topology = Objects.requireNonNull(topology, "topology");
    this.state = Objects.requireNonNull(state, "state");
  }

  /** The effective routes of {@code nic}, equal to {@code EffectiveRoutes.of(topology, state, nic)}. */
  public List<EffectiveRoute> forNic(NetworkInterface nic) {
    return bySubnet.computeIfAbsent(nic.subnet(), s -> EffectiveRoutes.of(topology, state, nic,
        (vnet, vnetAndPeered) -> bgpByVnet.computeIfAbsent(vnet.name(),
            v -> List.copyOf(EffectiveRoutes.bgpRoutes(topology, state, vnet, vnetAndPeered)))));
  }
}
