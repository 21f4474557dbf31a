package io.arsim.expressroute.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.IpPrefix;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.ExtensionResource;
import io.arsim.core.topology.RouteServer;
import io.arsim.core.topology.Subnet;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.VirtualNetwork;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The hybrid-connectivity resources of a topology, typed, with the addresses arsim derives for
 * them. Pure: reads only the topology.
 *
 * @param topology the design
 * @param expressRouteGateways its ExpressRoute gateways
 * @param circuits its ExpressRoute circuits
 * @param sites its on-premises sites
 * @param vpnGateways its VPN gateways
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record HybridDesign(
    Topology topology,
    List<ExpressRouteGateway> expressRouteGateways,
    List<ExpressRouteCircuit> circuits,
    List<OnPremisesSite> sites,
    List<VpnGateway> vpnGateways) {

  /** The hybrid resources of {@code topology}. */
  public static HybridDesign of(Topology topology) {
    return new HybridDesign(topology,
        typed(topology, ExpressRouteKinds.EXPRESS_ROUTE_GATEWAYS, ExpressRouteGateway.class),
        typed(topology, ExpressRouteKinds.EXPRESS_ROUTE_CIRCUITS, ExpressRouteCircuit.class),
        typed(topology, ExpressRouteKinds.ON_PREMISES_SITES, OnPremisesSite.class),
        typed(topology, ExpressRouteKinds.VPN_GATEWAYS, VpnGateway.class));
  }

  private static <T> List<T> typed(Topology topology, String kind, Class<T> type) {
    List<T> result = new ArrayList<>();
    for (ExtensionResource r : topology.extensionResources(kind)) {
      if (type.isInstance(r)) {
        result.add(type.cast(r));
      }
    }
    return List.copyOf(result);
  }

  /** Whether the design has any hybrid resource. */
  public boolean isEmpty() {
    return expressRouteGateways.isEmpty() && circuits.isEmpty() && sites.isEmpty() && vpnGateways.isEmpty();
  }

  /** The ExpressRoute gateway named {@code name}. */
  public Optional<ExpressRouteGateway> expressRouteGateway(String name) {
    return expressRouteGateways.stream().filter(g -> g.name().equals(name)).findFirst();
  }

  /** The circuit named {@code name}. */
  public Optional<ExpressRouteCircuit> circuit(String name) {
    return circuits.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** The VPN gateway named {@code name}. */
  public Optional<VpnGateway> vpnGateway(String name) {
    return vpnGateways.stream().filter(g -> g.name().equals(name)).findFirst();
  }

  /** The on-premises site that uses {@code circuit}, if any. */
  public Optional<OnPremisesSite> siteOf(ExpressRouteCircuit circuit) {
    return sites.stream().filter(s -> s.expressRouteCircuits().contains(circuit.name())).findFirst();
  }

  /** The GatewaySubnet prefix of {@code vnet}, if it has an IPv4 one. */
  public Optional<Ipv4Prefix> gatewaySubnet(String vnet) {
    return topology.virtualNetwork(vnet).flatMap(v -> v.subnet(Subnet.GATEWAY_SUBNET))
        .map(Subnet::addressPrefix).filter(p -> p instanceof Ipv4Prefix).map(p -> (Ipv4Prefix) p);
  }

  /** An ExpressRoute gateway's BGP address: the first usable address (.4) of GatewaySubnet. */
  public Optional<Ipv4Address> address(ExpressRouteGateway gateway) {
    return gatewaySubnet(gateway.virtualNetwork()).filter(p -> p.length() <= 29).map(p -> p.first().plus(4));
  }

  /**
   * A VPN gateway's BGP addresses: the configured ones, or the last usable address of GatewaySubnet
   * (and the one before for the second instance when active-active).
   */
  public List<Ipv4Address> addresses(VpnGateway gateway) {
    if (!gateway.bgpPeeringAddresses().isEmpty()) {
      return gateway.bgpPeeringAddresses();
    }
    Optional<Ipv4Prefix> subnet = gatewaySubnet(gateway.virtualNetwork()).filter(p -> p.length() <= 29);
    if (subnet.isEmpty()) {
      return List.of();
    }
    Ipv4Address last = subnet.get().last().plus(-1);
    return gateway.activeActive() ? List.of(last, last.plus(-1)) : List.of(last);
  }

  /** The route server of {@code vnet}, if it has one. */
  public Optional<RouteServer> routeServerOf(String vnet) {
    return topology.routeServers().stream().filter(r -> r.virtualNetwork().equals(vnet)).findFirst();
  }

  /**
   * The prefixes a gateway in {@code vnet} advertises as its own: the VNet's address space and that
   * of every VNet peered with it that uses its gateways (useRemoteGateways).
   */
  public List<Ipv4Prefix> gatewayPrefixes(String vnet) {
    Set<Ipv4Prefix> prefixes = new LinkedHashSet<>();
    topology.virtualNetwork(vnet).ifPresent(v -> addIpv4(prefixes, v));
    for (VirtualNetwork other : topology.virtualNetworks()) {
      if (topology.remoteGatewayVirtualNetwork(other.name()).filter(vnet::equals).isPresent()) {
        addIpv4(prefixes, other);
      }
    }
    return prefixes.stream().sorted().toList();
  }

  /** The address spaces of {@code vnet} and of every VNet peered with it. */
  public List<Ipv4Prefix> localAndPeeredPrefixes(String vnet) {
    Set<Ipv4Prefix> prefixes = new LinkedHashSet<>();
    topology.virtualNetwork(vnet).ifPresent(v -> {
      addIpv4(prefixes, v);
      for (var peering : v.virtualNetworkPeerings()) {
        if (topology.arePeered(vnet, peering.remoteVirtualNetwork())) {
          topology.virtualNetwork(peering.remoteVirtualNetwork()).ifPresent(r -> addIpv4(prefixes, r));
        }
      }
    });
    return prefixes.stream().sorted().toList();
  }

  private static void addIpv4(Set<Ipv4Prefix> prefixes, VirtualNetwork vnet) {
    for (IpPrefix prefix : vnet.addressSpace()) {
      if (prefix instanceof Ipv4Prefix p4) {
        prefixes.add(p4);
      }
    }
  }

  /** The node name of a circuit's Microsoft edge: {@code <circuit>/MSEE}. */
  public static String msee(String circuit) {
    return circuit + "/MSEE";
  }
}
