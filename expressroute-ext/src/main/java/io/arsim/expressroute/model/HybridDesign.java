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
 * @param addresses where the gateways' instances and the circuits' links are in each GatewaySubnet
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record HybridDesign(
    Topology topology,
    List<ExpressRouteGateway> expressRouteGateways,
    List<ExpressRouteCircuit> circuits,
    List<OnPremisesSite> sites,
    List<VpnGateway> vpnGateways,
    AddressPlan addresses) {

  /** The hybrid resources of {@code topology}. */
  public static HybridDesign of(Topology topology) {
    HybridDesign unplanned = new HybridDesign(topology,
        typed(topology, ExpressRouteKinds.EXPRESS_ROUTE_GATEWAYS, ExpressRouteGateway.class),
        typed(topology, ExpressRouteKinds.EXPRESS_ROUTE_CIRCUITS, ExpressRouteCircuit.class),
        typed(topology, ExpressRouteKinds.ON_PREMISES_SITES, OnPremisesSite.class),
        typed(topology, ExpressRouteKinds.VPN_GATEWAYS, VpnGateway.class),
        new AddressPlan(java.util.Map.of(), java.util.Map.of()));
    return new HybridDesign(topology, unplanned.expressRouteGateways, unplanned.circuits, unplanned.sites,
        unplanned.vpnGateways, AddressPlan.of(unplanned));
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

  /**
   * An ExpressRoute gateway's two instance addresses ({@link AddressPlan}); empty when its VNet has
   * no usable GatewaySubnet.
   */
  public List<Ipv4Address> addresses(ExpressRouteGateway gateway) {
    return addresses.gateways().getOrDefault(gateway.name(), List.of());
  }

  /**
   * A VPN gateway's instance BGP addresses: the configured ones, or the last usable address of
   * GatewaySubnet (and the one before for the second instance when active-active).
   */
  public List<Ipv4Address> addresses(VpnGateway gateway) {
    return addresses.gateways().getOrDefault(gateway.name(), List.of());
  }

  /** The addresses of {@code circuit}'s links as {@code gateway} sees them ({@link AddressPlan}). */
  public Optional<MseeAddresses> mseeAddresses(ExpressRouteCircuit circuit, String gateway) {
    return Optional.ofNullable(addresses.msee().get(circuit.name() + "/" + gateway));
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

  /** The IPv4 address space of {@code vnet}. */
  public List<Ipv4Prefix> vnetPrefixes(String vnet) {
    Set<Ipv4Prefix> prefixes = new LinkedHashSet<>();
    topology.virtualNetwork(vnet).ifPresent(v -> addIpv4(prefixes, v));
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

  /** The node name of one link of a circuit's Microsoft edge: {@code <circuit>/primary}. */
  public static String msee(String circuit, CircuitLink link) {
    return circuit + "/" + link.name();
  }

  /** The node name of a gateway's instance: {@code <gateway>/IN_0}, as Azure names them. */
  public static String instance(String gateway, int instance) {
    return gateway + "/IN_" + instance;
  }
}
