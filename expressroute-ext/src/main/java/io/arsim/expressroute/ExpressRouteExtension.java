package io.arsim.expressroute;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.bgp.PathAttributes;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.ExtensionKind;
import io.arsim.core.topology.HubRoutingPreference;
import io.arsim.core.topology.RouteServer;
import io.arsim.core.topology.Topology;
import io.arsim.engine.bgp.Neighbor;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.NodeSpec;
import io.arsim.engine.spi.EngineExtension;
import io.arsim.engine.spi.LintRule;
import io.arsim.engine.spi.NetworkAssembly;
import io.arsim.expressroute.bgp.GatewayBehaviour;
import io.arsim.expressroute.bgp.MicrosoftEdgeBehaviour;
import io.arsim.expressroute.bgp.OnPremisesBehaviour;
import io.arsim.expressroute.lint.ExpressRouteLintRules;
import io.arsim.expressroute.model.ExpressRouteCircuit;
import io.arsim.expressroute.model.ExpressRouteGateway;
import io.arsim.expressroute.model.ExpressRouteKinds;
import io.arsim.expressroute.model.HybridDesign;
import io.arsim.expressroute.model.OnPremisesSite;
import io.arsim.expressroute.model.VpnConnection;
import io.arsim.expressroute.model.VpnGateway;
import io.arsim.policy.spi.SpeakerKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The ExpressRoute extension: its resource kinds, the speakers and sessions they create, and its
 * lint rules (docs/expressroute.md).
 *
 * <ul>
 *   <li>an ExpressRoute gateway is a speaker with ASN 65515 at GatewaySubnet's .4; it peers (iBGP)
 *       with both instances of its VNet's route server, and eBGP with the Microsoft edge of every
 *       circuit connected to it. The session to the route server always exists (Azure keeps it
 *       implicitly, S32): the route server learns the gateway's routes and programs them into the
 *       VMs of its VNet and of useRemoteGateways spokes; only branch-to-branch decides whether they
 *       go on to NVAs and whether NVA routes go to the gateway (engine's RouteServerBehaviour);
 *   <li>each circuit's Microsoft edge is a speaker named {@code <circuit>/MSEE}, AS 12076, at the
 *       second address of the circuit's primary /30; the on-premises router uses the first;
 *   <li>an on-premises site is a speaker with its ASN that originates its prefixes;
 *   <li>a VPN gateway is a speaker (its ASN, default 65515) at its BGP addresses; it peers with the
 *       route server like an ExpressRoute gateway, eBGP with each site over a BGP connection, and
 *       holds a static connection's prefixes as its own routes toward the route server.
 * </ul>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ExpressRouteExtension implements EngineExtension {

  @Override
  public String name() {
    return "expressroute";
  }

  @Override
  public List<ExtensionKind<?>> kinds() {
    return ExpressRouteKinds.all();
  }

  @Override
  public List<LintRule> lintRules() {
    return ExpressRouteLintRules.all();
  }

  @Override
  public void contribute(Topology topology, NetworkAssembly network) {
    HybridDesign design = HybridDesign.of(topology);
    for (ExpressRouteGateway gateway : design.expressRouteGateways()) {
      design.address(gateway).ifPresent(address -> addGateway(design, gateway.name(), gateway.virtualNetwork(),
          Asn.AZURE_ROUTE_SERVER, List.of(address), false, List.of(), HubRoutingPreference.ExpressRoute, network));
    }
    for (VpnGateway gateway : design.vpnGateways()) {
      List<Ipv4Address> addresses = design.addresses(gateway);
      if (!addresses.isEmpty()) {
        addGateway(design, gateway.name(), gateway.virtualNetwork(), gateway.asn(), addresses, true,
            staticPrefixes(design, gateway), HubRoutingPreference.VpnGateway, network);
      }
    }
    for (ExpressRouteCircuit circuit : design.circuits()) {
      addCircuit(design, circuit, network);
    }
    for (OnPremisesSite site : design.sites()) {
      addSite(design, site, network);
    }
  }

  /** The prefixes of sites connected to the VPN gateway without BGP (local network gateway prefixes). */
  private static List<Ipv4Prefix> staticPrefixes(HybridDesign design, VpnGateway gateway) {
    List<Ipv4Prefix> prefixes = new ArrayList<>();
    for (OnPremisesSite site : design.sites()) {
      for (VpnConnection c : site.vpnConnections()) {
        if (c.vpnGateway().equals(gateway.name()) && (!c.enableBgp() || !gateway.enableBgp())) {
          prefixes.addAll(site.prefixes());
        }
      }
    }
    return prefixes;
  }

  private static void addGateway(HybridDesign design, String name, String vnet, Asn asn, List<Ipv4Address> addresses,
      boolean vpn, List<Ipv4Prefix> staticPrefixes, HubRoutingPreference preferredUnder, NetworkAssembly network) {
    Ipv4Address address = addresses.get(0);
    network.addNode(NodeSpec.of(name, asn, address, SpeakerKind.GATEWAY, name,
            new GatewayBehaviour(vpn, design.localAndPeeredPrefixes(vnet), staticPrefixes))
        .withPreferredUnder(preferredUnder).withVirtualNetwork(vnet));
    addresses.forEach(a -> network.addAddress(a, name));
    for (Ipv4Prefix prefix : design.gatewayPrefixes(vnet)) {
      network.addOriginated(name, route(prefix, address));
    }
    for (Ipv4Prefix prefix : staticPrefixes) {
      network.addOriginated(name, route(prefix, address));
    }
    Optional<RouteServer> rs = design.routeServerOf(vnet);
    if (rs.isEmpty()) {
      return;
    }
    List<Ipv4Address> ips = design.topology().routeServerInstanceIps(rs.get());
    for (int i = 0; i < ips.size(); i++) {
      String instance = Node.routeServerInstance(rs.get().name(), i);
      if (!network.hasNode(instance)) {
        continue;
      }
      network.addNeighbor(instance, Neighbor.plain(name, ips.get(i), address, asn));
      network.addNeighbor(name, Neighbor.plain(instance, address, ips.get(i), Asn.AZURE_ROUTE_SERVER));
      if (!asn.equals(Asn.AZURE_ROUTE_SERVER)) {
        network.markDown(instance, name, "gateway " + name + " uses ASN " + asn + "; beside a route server a gateway"
            + " must keep 65515 (S1, S4), so Azure does not exchange routes between them");
      }
    }
  }

  private static void addCircuit(HybridDesign design, ExpressRouteCircuit circuit, NetworkAssembly network) {
    String msee = HybridDesign.msee(circuit.name());
    Ipv4Address address = circuit.microsoftAddress();
    network.addNode(NodeSpec.of(msee, Asn.MICROSOFT_EDGE, address, SpeakerKind.GATEWAY, circuit.name(),
        new MicrosoftEdgeBehaviour(circuit.sku().onPremisesPrefixLimit())));
    network.addAddress(address, msee);
    for (String gatewayName : circuit.gateways()) {
      Optional<ExpressRouteGateway> gateway = design.expressRouteGateway(gatewayName);
      Optional<Ipv4Address> gatewayAddress = gateway.flatMap(design::address);
      if (gatewayAddress.isEmpty() || !network.hasNode(gatewayName)) {
        continue;
      }
      network.addNeighbor(msee, Neighbor.plain(gatewayName, address, gatewayAddress.get(), Asn.AZURE_ROUTE_SERVER));
      network.addNeighbor(gatewayName, Neighbor.plain(msee, gatewayAddress.get(), address, Asn.MICROSOFT_EDGE));
    }
  }

  private static void addSite(HybridDesign design, OnPremisesSite site, NetworkAssembly network) {
    List<Ipv4Address> addresses = new ArrayList<>();
    for (String c : site.expressRouteCircuits()) {
      design.circuit(c).ifPresent(circuit -> addresses.add(circuit.customerAddress()));
    }
    for (VpnConnection v : site.vpnConnections()) {
      if (v.bgpPeeringAddress() != null) {
        addresses.add(v.bgpPeeringAddress());
      }
    }
    Ipv4Address routerId = addresses.isEmpty() ? new Ipv4Address(0) : addresses.get(0);
    network.addNode(NodeSpec.of(site.name(), site.asn(), routerId, SpeakerKind.ON_PREMISES, site.name(),
        new OnPremisesBehaviour()));
    addresses.forEach(a -> network.addAddress(a, site.name()));
    for (Ipv4Prefix prefix : site.prefixes()) {
      network.addOriginated(site.name(), route(prefix, routerId));
    }
    for (String c : site.expressRouteCircuits()) {
      Optional<ExpressRouteCircuit> circuit = design.circuit(c);
      if (circuit.isEmpty()) {
        continue;
      }
      String msee = HybridDesign.msee(c);
      network.addNeighbor(site.name(), Neighbor.plain(msee, circuit.get().customerAddress(),
          circuit.get().microsoftAddress(), Asn.MICROSOFT_EDGE));
      network.addNeighbor(msee, Neighbor.plain(site.name(), circuit.get().microsoftAddress(),
          circuit.get().customerAddress(), site.asn()));
    }
    for (VpnConnection v : site.vpnConnections()) {
      Optional<VpnGateway> gateway = design.vpnGateway(v.vpnGateway());
      Ipv4Address local = v.bgpPeeringAddress();
      if (gateway.isEmpty() || local == null || !v.enableBgp() || !gateway.get().enableBgp()
          || !network.hasNode(gateway.get().name())) {
        continue;
      }
      Ipv4Address gatewayAddress = design.addresses(gateway.get()).get(0);
      network.addNeighbor(site.name(), Neighbor.plain(gateway.get().name(), local, gatewayAddress,
          gateway.get().asn()));
      network.addNeighbor(gateway.get().name(), Neighbor.plain(site.name(), gatewayAddress, local, site.asn()));
    }
  }

  private static BgpRoute route(Ipv4Prefix prefix, Ipv4Address nextHop) {
    return new BgpRoute(prefix, BgpRoute.LOCAL, PathAttributes.builder().nextHop(nextHop).build());
  }
}
