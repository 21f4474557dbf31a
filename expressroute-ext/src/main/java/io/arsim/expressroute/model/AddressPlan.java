package io.arsim.expressroute.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The addresses the gateways' instances and the circuits' Microsoft edge links have in each
 * GatewaySubnet (real-deployments R2: Microsoft assigns them from GatewaySubnet, the gateways' in
 * deployment order, the Microsoft edge's next to them). Addresses the design gives are kept; the
 * others are assigned, as a documented default, in this order, each taking the lowest free
 * addresses from the subnet's .4 upward: ExpressRoute gateways in file order (two each), then the
 * Microsoft edge links of each circuit in file order, per connected gateway in the circuit's order
 * (primary, then secondary). A VPN gateway without addresses keeps its own default (the subnet's
 * last usable address, and the one before it when active-active), and the assigned addresses go
 * around it.
 *
 * @param gateways the instance addresses of each ExpressRoute and VPN gateway, by gateway name
 * @param msee the links' addresses per circuit and gateway, keyed {@code circuit + "/" + gateway}
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record AddressPlan(Map<String, List<Ipv4Address>> gateways, Map<String, MseeAddresses> msee) {

  public AddressPlan {
    gateways = java.util.Collections.unmodifiableMap(new TreeMap<>(gateways));
    msee = java.util.Collections.unmodifiableMap(new TreeMap<>(msee));
  }

  /** The plan of {@code design}'s GatewaySubnets. */
  static AddressPlan of(HybridDesign design) {
    Map<String, List<Ipv4Address>> gateways = new TreeMap<>();
    Map<String, MseeAddresses> msee = new TreeMap<>();
    Map<String, Set<Ipv4Address>> used = new TreeMap<>();
    // What the design states, and the VPN gateways' own defaults, first.
    for (ExpressRouteGateway g : design.expressRouteGateways()) {
      if (!g.bgpPeeringAddresses().isEmpty()) {
        gateways.put(g.name(), g.bgpPeeringAddresses());
        taken(used, g.virtualNetwork()).addAll(g.bgpPeeringAddresses());
      }
    }
    for (VpnGateway g : design.vpnGateways()) {
      List<Ipv4Address> addresses = vpnAddresses(design, g);
      gateways.put(g.name(), addresses);
      taken(used, g.virtualNetwork()).addAll(addresses);
    }
    for (ExpressRouteCircuit c : design.circuits()) {
      for (MseeAddresses m : c.mseeAddresses()) {
        msee.put(c.name() + "/" + m.gateway(), m);
        design.expressRouteGateway(m.gateway()).ifPresent(g -> {
          taken(used, g.virtualNetwork()).add(m.primary());
          taken(used, g.virtualNetwork()).add(m.secondary());
        });
      }
    }
    // Then the defaults, in deployment order.
    for (ExpressRouteGateway g : design.expressRouteGateways()) {
      if (gateways.containsKey(g.name())) {
        continue;
      }
      List<Ipv4Address> pair = free(design.gatewaySubnet(g.virtualNetwork()), taken(used, g.virtualNetwork()));
      if (!pair.isEmpty()) {
        gateways.put(g.name(), pair);
      }
    }
    for (ExpressRouteCircuit c : design.circuits()) {
      for (String name : c.gateways()) {
        Optional<ExpressRouteGateway> g = design.expressRouteGateway(name);
        if (g.isEmpty() || msee.containsKey(c.name() + "/" + name)) {
          continue;
        }
        List<Ipv4Address> pair = free(design.gatewaySubnet(g.get().virtualNetwork()),
            taken(used, g.get().virtualNetwork()));
        if (!pair.isEmpty()) {
          msee.put(c.name() + "/" + name, new MseeAddresses(name, pair.get(0), pair.get(1)));
        }
      }
    }
    return new AddressPlan(gateways, msee);
  }

  private static Set<Ipv4Address> taken(Map<String, Set<Ipv4Address>> used, String vnet) {
    return used.computeIfAbsent(vnet, v -> new HashSet<>());
  }

  /** A VPN gateway's addresses: the given ones, or the subnet's last usable (and the one before). */
  private static List<Ipv4Address> vpnAddresses(HybridDesign design, VpnGateway g) {
    if (!g.bgpPeeringAddresses().isEmpty()) {
      return g.bgpPeeringAddresses();
    }
    Optional<Ipv4Prefix> subnet = design.gatewaySubnet(g.virtualNetwork()).filter(p -> p.length() <= 29);
    if (subnet.isEmpty()) {
      return List.of();
    }
    Ipv4Address last = subnet.get().last().plus(-1);
    return g.activeActive() ? List.of(last, last.plus(-1)) : List.of(last);
  }

  /** The two lowest free addresses of the subnet from .4 (Azure reserves .0 to .3), marked used; or none. */
  private static List<Ipv4Address> free(Optional<Ipv4Prefix> subnet, Set<Ipv4Address> used) {
    if (subnet.isEmpty() || subnet.get().length() > 29) {
      return List.of();
    }
    List<Ipv4Address> pair = new ArrayList<>(2);
    Ipv4Address last = subnet.get().last();
    for (Ipv4Address a = subnet.get().first().plus(4); pair.size() < 2 && a.compareTo(last) < 0; a = a.plus(1)) {
      if (!used.contains(a)) {
        pair.add(a);
      }
    }
    if (pair.size() < 2) {
      return List.of();
    }
    used.addAll(pair);
    return List.copyOf(pair);
  }
}
