package io.arsim.importer.observed.azure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.IpPrefix;
import io.arsim.core.net.Ipv4Address;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One row of a NIC's effective routes as {@code az network nic show-effective-route-table} prints it.
 *
 * @param source {@code Default}, {@code User}, {@code VirtualNetworkGateway}, ...
 * @param state {@code Active} or {@code Invalid}
 * @param addressPrefixes the prefixes (Azure lists several on some rows)
 * @param nextHopType {@code VnetLocal}, {@code VNetPeering}, {@code VirtualAppliance},
 *     {@code VirtualNetworkGateway}, {@code Internet}, {@code None}, ...
 * @param nextHopIpAddresses the next hops; several when routes are ECMP
 * @param disableBgpRoutePropagation whether the subnet's route table stops gateway routes
 * @param name the user-defined route's name; empty for other rows
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record ObservedEffectiveRoute(
    String source,
    String state,
    List<IpPrefix> addressPrefixes,
    String nextHopType,
    List<Ipv4Address> nextHopIpAddresses,
    boolean disableBgpRoutePropagation,
    String name) {

  public ObservedEffectiveRoute {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(state, "state");
    addressPrefixes = List.copyOf(addressPrefixes);
    Objects.requireNonNull(nextHopType, "nextHopType");
    nextHopIpAddresses = List.copyOf(nextHopIpAddresses);
    Objects.requireNonNull(name, "name");
  }

  /** Whether the row is active (an invalid row is overridden by another). */
  public boolean isActive() {
    return state.equalsIgnoreCase("Active");
  }
}
