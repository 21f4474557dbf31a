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
import io.arsim.engine.bgp.GatewayAsnMismatch;
import io.arsim.engine.bgp.Neighbor;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.NodeSpec;
import io.arsim.engine.decision.EdgeRouterBehaviour;
import io.arsim.engine.spi.EngineExtension;
import io.arsim.engine.spi.LintRule;
import io.arsim.engine.spi.NetworkAssembly;
import io.arsim.expressroute.bgp.GatewayBehaviour;
import io.arsim.expressroute.bgp.MicrosoftEdgeBehaviour;
import io.arsim.expressroute.lint.ExpressRouteLintRules;
import io.arsim.expressroute.model.CircuitLink;
import io.arsim.expressroute.model.ExpressRouteCircuit;
import io.arsim.expressroute.model.ExpressRouteGateway;
import io.arsim.expressroute.model.ExpressRouteKinds;
import io.arsim.expressroute.model.HybridDesign;
import io.arsim.expressroute.model.MseeAddresses;
import io.arsim.expressroute.model.OnPremisesSite;
import io.arsim.expressroute.model.VnetToVnetConnection;
import io.arsim.expressroute.model.VpnConnection;
import io.arsim.expressroute.model.VpnGateway;
import io.arsim.policy.spi.SpeakerKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * The ExpressRoute extension: its resource kinds, the speakers and sessions they create, and its
 * lint rules (docs/expressroute.md). What real deployments show (real-deployments.md R2):
 *
 * <ul>
 *   <li>an ExpressRoute gateway has two instances, {@code <gateway>/IN_0} and {@code /IN_1}, each a
 *       speaker with ASN 65515 at its own GatewaySubnet address ({@link HybridDesign#addresses});
 *       each peers (iBGP) with both instances of its VNet's route server and with the other
 *       instance, and eBGP with both links of every circuit connected to it. A VPN gateway has one
 *       instance, two when active-active, alike. The sessions to the route server always exist
 *       (Azure keeps them implicitly, S32); branch-to-branch decides what crosses them
 *       (RouteServerBehaviour);
 *   <li>each circuit has two Microsoft edge links, {@code <circuit>/primary} and {@code /secondary},
 *       AS 12076: each at the second address of its link's /30 toward on-premises, and at an address
 *       in each connected gateway's GatewaySubnet toward that gateway;
 *   <li>an on-premises site is one router with its ASN at the first address of every link's /30
 *       and at each VPN connection's BGP address; it originates its prefixes (over both links, or
 *       one, {@code singleLinkPrefixes});
 *   <li>a VPN gateway holds its static (non-BGP) sites' prefixes and the address spaces of its
 *       static VNet-to-VNet connections as its own routes, and a /32 to every BGP connection's
 *       remote peer address, which it programs into VMs but does not advertise.
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
      List<Ipv4Address> addresses = design.addresses(gateway);
      if (addresses.size() == 2) {
        addGateway(design, gateway.name(), gateway.virtualNetwork(), Asn.AZURE_ROUTE_SERVER, addresses,
            new GatewayBehaviour(false, List.of(), List.of(), List.of()), HubRoutingPreference.ExpressRoute,
            List.of(), network);
      }
    }
    for (VpnGateway gateway : design.vpnGateways()) {
      List<Ipv4Address> addresses = design.addresses(gateway);
      if (!addresses.isEmpty()) {
        List<Ipv4Prefix> statics = staticPrefixes(design, gateway);
        List<Ipv4Prefix> hostRoutes = peerHostRoutes(design, gateway);
        List<Ipv4Prefix> own = new ArrayList<>(statics);
        own.addAll(hostRoutes);
        addGateway(design, gateway.name(), gateway.virtualNetwork(), gateway.asn(), addresses,
            new GatewayBehaviour(true, design.localAndPeeredPrefixes(gateway.virtualNetwork()), statics, hostRoutes),
            HubRoutingPreference.VpnGateway, own, network);
      }
    }
    for (VpnGateway gateway : design.vpnGateways()) {
      for (VpnGateway remote : vnetToVnetPeers(design, gateway, true)) {
        if (gateway.name().compareTo(remote.name()) < 0) {
          connectVnetToVnet(design, gateway, remote, network);
        }
      }
    }
    for (ExpressRouteCircuit circuit : design.circuits()) {
      addCircuit(design, circuit, network);
    }
    for (OnPremisesSite site : design.sites()) {
      addSite(design, site, network);
    }
  }

  /**
   * The prefixes a VPN gateway routes statically: those of sites connected to it without BGP (local
   * network gateway prefixes), and the address spaces of the VNets its static VNet-to-VNet
   * connections reach (either side may declare the connection).
   */
  private static List<Ipv4Prefix> staticPrefixes(HybridDesign design, VpnGateway gateway) {
    Set<Ipv4Prefix> prefixes = new LinkedHashSet<>();
    for (OnPremisesSite site : design.sites()) {
      for (VpnConnection c : site.vpnConnections()) {
        if (c.vpnGateway().equals(gateway.name()) && (!c.enableBgp() || !gateway.enableBgp())) {
          prefixes.addAll(site.prefixes());
        }
      }
    }
    for (VpnGateway remote : vnetToVnetPeers(design, gateway, false)) {
      prefixes.addAll(design.vnetPrefixes(remote.virtualNetwork()));
    }
    return List.copyOf(prefixes);
  }

  /** The VPN gateways {@code gateway} has a VNet-to-VNet connection with (with or without BGP). */
  private static List<VpnGateway> vnetToVnetPeers(HybridDesign design, VpnGateway gateway, boolean bgp) {
    Set<String> names = new TreeSet<>();
    for (VnetToVnetConnection c : gateway.vnetToVnetConnections()) {
      if (c.enableBgp() == bgp) {
        names.add(c.remoteVpnGateway());
      }
    }
    for (VpnGateway other : design.vpnGateways()) {
      for (VnetToVnetConnection c : other.vnetToVnetConnections()) {
        if (c.remoteVpnGateway().equals(gateway.name()) && c.enableBgp() == bgp) {
          names.add(other.name());
        }
      }
    }
    names.remove(gateway.name());
    return names.stream().map(design::vpnGateway).flatMap(Optional::stream).toList();
  }

  /** A /32 to the BGP address of every site connected to the gateway with BGP (as Azure programs them). */
  private static List<Ipv4Prefix> peerHostRoutes(HybridDesign design, VpnGateway gateway) {
    Set<Ipv4Prefix> routes = new LinkedHashSet<>();
    if (!gateway.enableBgp()) {
      return List.of();
    }
    for (OnPremisesSite site : design.sites()) {
      for (VpnConnection c : site.vpnConnections()) {
        if (c.vpnGateway().equals(gateway.name()) && c.enableBgp() && c.bgpPeeringAddress() != null) {
          routes.add(new Ipv4Prefix(c.bgpPeeringAddress().bits(), 32));
        }
      }
    }
    return List.copyOf(routes);
  }

  private static void addGateway(HybridDesign design, String name, String vnet, Asn asn, List<Ipv4Address> addresses,
      GatewayBehaviour behaviour, HubRoutingPreference preferredUnder, List<Ipv4Prefix> ownRoutes,
      NetworkAssembly network) {
    List<Ipv4Prefix> vnetPrefixes = design.gatewayPrefixes(vnet);
    for (int i = 0; i < addresses.size(); i++) {
      String instance = HybridDesign.instance(name, i);
      Ipv4Address address = addresses.get(i);
      network.addNode(NodeSpec.of(instance, asn, address, SpeakerKind.GATEWAY, name, behaviour)
          .withPreferredUnder(preferredUnder).withVirtualNetwork(vnet));
      network.addAddress(address, instance);
      for (Ipv4Prefix prefix : vnetPrefixes) {
        network.addOriginated(instance, local(prefix));
      }
      for (Ipv4Prefix prefix : ownRoutes) {
        network.addOriginated(instance, local(prefix));
      }
    }
    for (int i = 0; i < addresses.size(); i++) {
      for (int j = 0; j < addresses.size(); j++) {
        if (i != j) {
          network.addNeighbor(HybridDesign.instance(name, i), Neighbor.plain(HybridDesign.instance(name, j),
              addresses.get(i), addresses.get(j), asn));
        }
      }
    }
    Optional<RouteServer> rs = design.routeServerOf(vnet);
    if (rs.isEmpty()) {
      return;
    }
    List<Ipv4Address> ips = design.topology().routeServerInstanceIps(rs.get());
    for (int r = 0; r < ips.size(); r++) {
      String rsInstance = Node.routeServerInstance(rs.get().name(), r);
      if (!network.hasNode(rsInstance)) {
        continue;
      }
      for (int i = 0; i < addresses.size(); i++) {
        String instance = HybridDesign.instance(name, i);
        network.addNeighbor(rsInstance, Neighbor.plain(instance, ips.get(r), addresses.get(i), asn));
        network.addNeighbor(instance, Neighbor.plain(rsInstance, addresses.get(i), ips.get(r), Asn.AZURE_ROUTE_SERVER));
        if (!asn.equals(Asn.AZURE_ROUTE_SERVER)
            && network.settings().gatewayAsnMismatch() == GatewayAsnMismatch.DOWN) {
          network.markDown(rsInstance, instance, "gateway " + name + " uses ASN " + asn + "; beside a route server a"
              + " gateway must keep 65515 (S1, S4), and with the setting gatewayAsnMismatch DOWN arsim takes it"
              + " that no routes are exchanged");
        }
      }
    }
  }

  /** BGP between the instances of two VPN gateways in different VNets (eBGP: their ASNs must differ). */
  private static void connectVnetToVnet(HybridDesign design, VpnGateway a, VpnGateway b, NetworkAssembly network) {
    List<Ipv4Address> aAddresses = design.addresses(a);
    List<Ipv4Address> bAddresses = design.addresses(b);
    for (int i = 0; i < aAddresses.size(); i++) {
      for (int j = 0; j < bAddresses.size(); j++) {
        String x = HybridDesign.instance(a.name(), i);
        String y = HybridDesign.instance(b.name(), j);
        if (!network.hasNode(x) || !network.hasNode(y)) {
          continue;
        }
        network.addNeighbor(x, Neighbor.plain(y, aAddresses.get(i), bAddresses.get(j), b.asn()));
        network.addNeighbor(y, Neighbor.plain(x, bAddresses.get(j), aAddresses.get(i), a.asn()));
        if (a.asn().equals(b.asn())) {
          network.markDown(x, y, "the VNet-to-VNet connection between " + a.name() + " and " + b.name() + " runs BGP,"
              + " but both gateways use ASN " + a.asn() + "; VNet-to-VNet BGP needs different ASNs (vpn-gateway BGP"
              + " FAQ, S21)");
        }
      }
    }
  }

  private static void addCircuit(HybridDesign design, ExpressRouteCircuit circuit, NetworkAssembly network) {
    Map<String, String> gatewayOfInstance = new TreeMap<>();
    for (String gatewayName : circuit.gateways()) {
      design.expressRouteGateway(gatewayName).ifPresent(g -> {
        for (int i = 0; i < design.addresses(g).size(); i++) {
          gatewayOfInstance.put(HybridDesign.instance(gatewayName, i), gatewayName);
        }
      });
    }
    for (CircuitLink link : CircuitLink.values()) {
      String msee = HybridDesign.msee(circuit.name(), link);
      Ipv4Address address = circuit.microsoftAddress(link);
      network.addNode(NodeSpec.of(msee, Asn.MICROSOFT_EDGE, address, SpeakerKind.GATEWAY, circuit.name(),
          new MicrosoftEdgeBehaviour(circuit.sku().onPremisesPrefixLimit(), gatewayOfInstance)));
      network.addAddress(address, msee);
      for (String gatewayName : circuit.gateways()) {
        Optional<ExpressRouteGateway> gateway = design.expressRouteGateway(gatewayName);
        Optional<MseeAddresses> seen = design.expressRouteGateway(gatewayName)
            .flatMap(g -> design.mseeAddresses(circuit, g.name()));
        if (gateway.isEmpty() || seen.isEmpty()) {
          continue;
        }
        Ipv4Address local = link == CircuitLink.primary ? seen.get().primary() : seen.get().secondary();
        network.addAddress(local, msee);
        List<Ipv4Address> instances = design.addresses(gateway.get());
        for (int i = 0; i < instances.size(); i++) {
          String instance = HybridDesign.instance(gatewayName, i);
          if (!network.hasNode(instance)) {
            continue;
          }
          network.addNeighbor(msee, Neighbor.plain(instance, local, instances.get(i), Asn.AZURE_ROUTE_SERVER));
          network.addNeighbor(instance, Neighbor.plain(msee, instances.get(i), local, Asn.MICROSOFT_EDGE));
        }
      }
    }
  }

  private static void addSite(HybridDesign design, OnPremisesSite site, NetworkAssembly network) {
    List<Ipv4Address> addresses = new ArrayList<>();
    Map<String, Set<Ipv4Prefix>> notCarried = new TreeMap<>();
    for (String c : site.expressRouteCircuits()) {
      design.circuit(c).ifPresent(circuit -> {
        for (CircuitLink link : CircuitLink.values()) {
          addresses.add(circuit.customerAddress(link));
          Set<Ipv4Prefix> skip = new TreeSet<>();
          for (Ipv4Prefix prefix : site.prefixes()) {
            if (!site.carries(prefix, link)) {
              skip.add(prefix);
            }
          }
          if (!skip.isEmpty()) {
            notCarried.put(HybridDesign.msee(c, link), skip);
          }
        }
      });
    }
    for (VpnConnection v : site.vpnConnections()) {
      if (v.bgpPeeringAddress() != null) {
        addresses.add(v.bgpPeeringAddress());
      }
    }
    Ipv4Address routerId = addresses.isEmpty() ? staticSiteRouterId(site) : addresses.get(0);
    network.addNode(NodeSpec.of(site.name(), site.asn(), routerId, SpeakerKind.ON_PREMISES, site.name(),
        new EdgeRouterBehaviour("site", notCarried)));
    addresses.forEach(a -> network.addAddress(a, site.name()));
    for (Ipv4Prefix prefix : site.prefixes()) {
      network.addOriginated(site.name(), local(prefix));
    }
    for (String c : site.expressRouteCircuits()) {
      Optional<ExpressRouteCircuit> circuit = design.circuit(c);
      if (circuit.isEmpty()) {
        continue;
      }
      for (CircuitLink link : CircuitLink.values()) {
        String msee = HybridDesign.msee(c, link);
        network.addNeighbor(site.name(), Neighbor.plain(msee, circuit.get().customerAddress(link),
            circuit.get().microsoftAddress(link), Asn.MICROSOFT_EDGE));
        network.addNeighbor(msee, Neighbor.plain(site.name(), circuit.get().microsoftAddress(link),
            circuit.get().customerAddress(link), site.asn()));
      }
    }
    addStaticRoutes(design, site, network);
    for (VpnConnection v : site.vpnConnections()) {
      Optional<VpnGateway> gateway = design.vpnGateway(v.vpnGateway());
      Ipv4Address local = v.bgpPeeringAddress();
      if (gateway.isEmpty() || local == null || !v.enableBgp() || !gateway.get().enableBgp()) {
        continue;
      }
      List<Ipv4Address> instances = design.addresses(gateway.get());
      for (int i = 0; i < instances.size(); i++) {
        String instance = HybridDesign.instance(gateway.get().name(), i);
        if (!network.hasNode(instance)) {
          continue;
        }
        network.addNeighbor(site.name(), Neighbor.plain(instance, local, instances.get(i), gateway.get().asn()));
        network.addNeighbor(instance, Neighbor.plain(site.name(), instances.get(i), local, site.asn()));
      }
    }
  }

  /**
   * The router id of a site with no BGP address (only static VPN connections): the first host of
   * its first prefix, the address traces start from (docs/expressroute.md); 0.0.0.0 with no prefix.
   */
  private static Ipv4Address staticSiteRouterId(OnPremisesSite site) {
    if (site.prefixes().isEmpty()) {
      return new Ipv4Address(0);
    }
    Ipv4Prefix first = site.prefixes().get(0);
    return first.length() >= 31 ? first.first() : first.first().plus(1);
  }

  /**
   * The static routes a site's device holds toward a VPN gateway it connects to without BGP: by
   * documented default (docs/expressroute.md "Static VPN sites") the address space of the gateway's
   * VNet and of the VNets that use its gateway (useRemoteGateways), into one tunnel per gateway
   * instance (ECMP over active-active). The real device's static routes are its owner's
   * configuration; this is what it needs to reach the VNets that learn the site's prefixes.
   */
  private static void addStaticRoutes(HybridDesign design, OnPremisesSite site, NetworkAssembly network) {
    for (VpnConnection v : site.vpnConnections()) {
      Optional<VpnGateway> gateway = design.vpnGateway(v.vpnGateway());
      if (gateway.isEmpty() || v.enableBgp() && gateway.get().enableBgp()) {
        continue;
      }
      List<Ipv4Address> instances = design.addresses(gateway.get());
      for (Ipv4Prefix prefix : design.gatewayPrefixes(gateway.get().virtualNetwork())) {
        for (int i = 0; i < instances.size(); i++) {
          if (network.hasNode(HybridDesign.instance(gateway.get().name(), i))) {
            network.addStaticRoute(site.name(), prefix, instances.get(i));
          }
        }
      }
    }
  }

  /** A locally originated route: next hop 0.0.0.0, as FRR and the gateways' tables show it. */
  private static BgpRoute local(Ipv4Prefix prefix) {
    return new BgpRoute(prefix, BgpRoute.LOCAL, PathAttributes.builder().nextHop(new Ipv4Address(0)).build());
  }
}
