package io.arsim.expressroute.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.Asn;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.problem.ProblemSink;
import io.arsim.core.topology.ExtensionKind;
import io.arsim.core.topology.NetworkVirtualAppliance;
import io.arsim.core.topology.RouteServer;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.VirtualNetwork;
import io.arsim.core.topology.VirtualNetworkPeering;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The four resource kinds of the ExpressRoute extension and their validation rules. Every rule
 * reports every problem it finds, at {@code /extensions/<kind>/<index>/<field>}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ExpressRouteKinds {
  /** The key of ExpressRoute gateways under {@code extensions}. */
  public static final String EXPRESS_ROUTE_GATEWAYS = "expressRouteGateways";
  /** The key of ExpressRoute circuits under {@code extensions}. */
  public static final String EXPRESS_ROUTE_CIRCUITS = "expressRouteCircuits";
  /** The key of on-premises sites under {@code extensions}. */
  public static final String ON_PREMISES_SITES = "onPremisesSites";
  /** The key of VPN gateways under {@code extensions}. */
  public static final String VPN_GATEWAYS = "vpnGateways";

  private ExpressRouteKinds() {}

  /** All four kinds. */
  public static List<ExtensionKind<?>> all() {
    return List.of(new Gateways(), new Circuits(), new Sites(), new VpnGateways());
  }

  private static String at(String kind, int index, String field) {
    return "/extensions/" + kind + "/" + index + (field.isEmpty() ? "" : "/" + field);
  }

  private static void dangling(ProblemSink sink, String pointer, String what, String name, Collection<String> known,
      String section) {
    String fix = known.isEmpty() ? "define it under " + section
        : "use one of: " + String.join(", ", new TreeSet<>(known)) + " (or define it under " + section + ")";
    sink.error("unknown-reference", pointer, "no " + what + " named \"" + name + "\"", fix);
  }

  /** Names used by route servers and NVAs, which extension nodes must not reuse. */
  private static void nameClash(Topology topology, String name, String pointer, ProblemSink sink) {
    boolean clash = topology.routeServers().stream().map(RouteServer::name).anyMatch(name::equals)
        || topology.networkVirtualAppliances().stream().map(NetworkVirtualAppliance::name).anyMatch(name::equals);
    if (clash) {
      sink.error("name-clash", pointer, "\"" + name + "\" is also the name of a route server or NVA; every BGP"
          + " speaker needs its own name", "rename one of them");
    }
  }

  /** Shared checks of a gateway's VNet: it exists, has a GatewaySubnet and does not use remote gateways. */
  private static void gatewayVnet(Topology topology, String what, String name, String vnet, String pointer,
      ProblemSink sink) {
    Optional<VirtualNetwork> v = topology.virtualNetwork(vnet);
    if (v.isEmpty()) {
      dangling(sink, pointer + "/virtualNetwork", "virtual network", vnet,
          topology.virtualNetworks().stream().map(VirtualNetwork::name).toList(), "virtualNetworks");
      return;
    }
    if (v.get().subnet(io.arsim.core.topology.Subnet.GATEWAY_SUBNET).isEmpty()) {
      sink.error("missing-gateway-subnet", pointer + "/virtualNetwork", what + " " + name + " needs a subnet named"
          + " exactly GatewaySubnet in VNet " + vnet + ", which has none",
          "add a subnet named GatewaySubnet (/27 or larger) to VNet " + vnet);
    } else if (v.get().subnet(io.arsim.core.topology.Subnet.GATEWAY_SUBNET).get().addressPrefix().length() > 29) {
      sink.error("gateway-subnet-too-small", pointer + "/virtualNetwork", "GatewaySubnet of VNet " + vnet
          + " is smaller than /29; Azure needs at least a /29 (a /27 is recommended)", "make GatewaySubnet a /27");
    }
    for (VirtualNetworkPeering p : v.get().virtualNetworkPeerings()) {
      if (p.useRemoteGateways()) {
        sink.error("gateway-and-remote-gateways", pointer + "/virtualNetwork", "VNet " + vnet + " has " + what + " "
            + name + " and also uses the remote gateways of " + p.remoteVirtualNetwork() + " (peering " + p.name()
            + "); a VNet that has a gateway cannot use remote gateways (virtual-network-manage-peering, S16)",
            "turn useRemoteGateways off on peering " + p.name() + ", or remove the gateway");
      }
    }
  }

  /** {@code expressRouteGateways}. */
  static final class Gateways implements ExtensionKind<ExpressRouteGateway> {
    @Override
    public String kind() {
      return EXPRESS_ROUTE_GATEWAYS;
    }

    @Override
    public Class<ExpressRouteGateway> type() {
      return ExpressRouteGateway.class;
    }

    @Override
    public String description() {
      return "ExpressRoute virtual network gateways (ASN 65515) in the GatewaySubnet of a VNet.";
    }

    @Override
    public void validate(Topology topology, List<ExpressRouteGateway> resources, ProblemSink problems) {
      Map<String, String> byVnet = new HashMap<>();
      for (int i = 0; i < resources.size(); i++) {
        ExpressRouteGateway g = resources.get(i);
        String at = at(kind(), i, "");
        nameClash(topology, g.name(), at + "/name", problems);
        gatewayVnet(topology, "ExpressRoute gateway", g.name(), g.virtualNetwork(), at, problems);
        String other = byVnet.putIfAbsent(g.virtualNetwork(), g.name());
        if (other != null) {
          problems.error("duplicate-gateway", at + "/virtualNetwork", "VNet " + g.virtualNetwork() + " has two"
              + " ExpressRoute gateways (" + other + ", " + g.name() + "); Azure allows one per VNet",
              "connect both circuits to one gateway");
        }
        if (!ExpressRouteGateway.SKUS.contains(g.sku())) {
          problems.error("unknown-sku", at + "/sku", "ExpressRoute gateway SKU \"" + g.sku() + "\" does not exist",
              "use one of: " + String.join(", ", ExpressRouteGateway.SKUS));
        }
      }
    }
  }

  /** {@code expressRouteCircuits}. */
  static final class Circuits implements ExtensionKind<ExpressRouteCircuit> {
    @Override
    public String kind() {
      return EXPRESS_ROUTE_CIRCUITS;
    }

    @Override
    public Class<ExpressRouteCircuit> type() {
      return ExpressRouteCircuit.class;
    }

    @Override
    public String description() {
      return "ExpressRoute circuits (Microsoft edge AS 12076) with their private peering and connected gateways.";
    }

    @Override
    public void validate(Topology topology, List<ExpressRouteCircuit> resources, ProblemSink problems) {
      HybridDesign design = HybridDesign.of(topology);
      Set<String> gateways = design.expressRouteGateways().stream().map(ExpressRouteGateway::name)
          .collect(Collectors.toSet());
      for (int i = 0; i < resources.size(); i++) {
        ExpressRouteCircuit c = resources.get(i);
        String at = at(kind(), i, "");
        if (c.primaryPeerAddressPrefix().length() != 30) {
          problems.error("peering-prefix-not-30", at + "/primaryPeerAddressPrefix", "the private peering's primary"
              + " link must be a /30, got " + c.primaryPeerAddressPrefix(), "use a /30 such as 192.168.100.0/30");
        }
        for (int j = 0; j < c.gateways().size(); j++) {
          String g = c.gateways().get(j);
          if (!gateways.contains(g)) {
            dangling(problems, at + "/gateways/" + j, "ExpressRoute gateway", g, gateways,
                "extensions.expressRouteGateways");
          }
        }
        if (c.gateways().isEmpty()) {
          problems.warning("circuit-without-gateway", at + "/gateways", "circuit " + c.name() + " is connected to no"
              + " gateway, so no VNet learns what on-premises advertises over it",
              "list ExpressRoute gateways under gateways");
        }
        if (design.siteOf(c).isEmpty()) {
          problems.warning("circuit-without-site", at, "no on-premises site uses circuit " + c.name(),
              "add the circuit to an on-premises site's expressRouteCircuits");
        }
      }
    }
  }

  /** {@code onPremisesSites}. */
  static final class Sites implements ExtensionKind<OnPremisesSite> {
    @Override
    public String kind() {
      return ON_PREMISES_SITES;
    }

    @Override
    public Class<OnPremisesSite> type() {
      return OnPremisesSite.class;
    }

    @Override
    public String description() {
      return "On-premises sites: a BGP router that advertises the site's prefixes over circuits and VPN connections.";
    }

    @Override
    public void validate(Topology topology, List<OnPremisesSite> resources, ProblemSink problems) {
      HybridDesign design = HybridDesign.of(topology);
      Set<String> circuits = design.circuits().stream().map(ExpressRouteCircuit::name).collect(Collectors.toSet());
      Set<String> vpns = design.vpnGateways().stream().map(VpnGateway::name).collect(Collectors.toSet());
      Map<String, String> circuitUser = new HashMap<>();
      for (int i = 0; i < resources.size(); i++) {
        OnPremisesSite s = resources.get(i);
        String at = at(kind(), i, "");
        nameClash(topology, s.name(), at + "/name", problems);
        Asn asn = s.asn();
        if (asn.isReservedByAzure()) {
          problems.error("reserved-asn", at + "/asn", "on-premises ASN " + asn + " is reserved by Azure (8074, 8075,"
              + " 12076, 65515..65520; expressroute-routing, S19)", "use another ASN, e.g. 65050");
        }
        for (int j = 0; j < s.expressRouteCircuits().size(); j++) {
          String c = s.expressRouteCircuits().get(j);
          if (!circuits.contains(c)) {
            dangling(problems, at + "/expressRouteCircuits/" + j, "ExpressRoute circuit", c, circuits,
                "extensions.expressRouteCircuits");
          }
          String other = circuitUser.putIfAbsent(c, s.name());
          if (other != null && !other.equals(s.name())) {
            problems.error("circuit-shared", at + "/expressRouteCircuits/" + j, "circuit " + c + " is used by sites "
                + other + " and " + s.name() + "; arsim models one customer router per circuit's private peering",
                "model both sites as one on-premises site, or give each its own circuit");
          }
        }
        for (int j = 0; j < s.vpnConnections().size(); j++) {
          VpnConnection v = s.vpnConnections().get(j);
          String vat = at + "/vpnConnections/" + j;
          Optional<VpnGateway> gw = design.vpnGateway(v.vpnGateway());
          if (gw.isEmpty()) {
            dangling(problems, vat + "/vpnGateway", "VPN gateway", v.vpnGateway(), vpns, "extensions.vpnGateways");
            continue;
          }
          if (v.enableBgp() && v.bgpPeeringAddress() == null) {
            problems.error("missing-bgp-address", vat + "/bgpPeeringAddress", "the BGP connection from " + s.name()
                + " to " + v.vpnGateway() + " has no bgpPeeringAddress", "give the on-premises device's BGP address,"
                + " or set enableBgp: false for a static connection");
          }
          if (v.enableBgp() && !gw.get().enableBgp()) {
            problems.error("bgp-off-on-gateway", vat + "/enableBgp", "the connection runs BGP but VPN gateway "
                + v.vpnGateway() + " has enableBgp: false", "turn BGP on at the gateway, or set enableBgp: false here");
          }
          if (v.enableBgp() && gw.get().asn().equals(asn)) {
            problems.error("same-asn", at + "/asn", "site " + s.name() + " and VPN gateway " + v.vpnGateway()
                + " both use ASN " + asn + "; the BGP session would be iBGP", "give the site another ASN");
          }
        }
        if (s.expressRouteCircuits().isEmpty() && s.vpnConnections().isEmpty()) {
          problems.warning("site-not-connected", at, "on-premises site " + s.name() + " uses no circuit and no VPN"
              + " connection, so Azure learns nothing from it", "list its expressRouteCircuits or vpnConnections");
        }
      }
    }
  }

  /** {@code vpnGateways}. */
  static final class VpnGateways implements ExtensionKind<VpnGateway> {
    @Override
    public String kind() {
      return VPN_GATEWAYS;
    }

    @Override
    public Class<VpnGateway> type() {
      return VpnGateway.class;
    }

    @Override
    public String description() {
      return "VPN virtual network gateways with BGP toward on-premises sites; active-active and ASN 65515 beside a"
          + " route server.";
    }

    @Override
    public void validate(Topology topology, List<VpnGateway> resources, ProblemSink problems) {
      HybridDesign design = HybridDesign.of(topology);
      Map<String, String> byVnet = new HashMap<>();
      for (int i = 0; i < resources.size(); i++) {
        VpnGateway g = resources.get(i);
        String at = at(kind(), i, "");
        nameClash(topology, g.name(), at + "/name", problems);
        gatewayVnet(topology, "VPN gateway", g.name(), g.virtualNetwork(), at, problems);
        String other = byVnet.putIfAbsent(g.virtualNetwork(), g.name());
        if (other != null) {
          problems.error("duplicate-gateway", at + "/virtualNetwork", "VNet " + g.virtualNetwork() + " has two VPN"
              + " gateways (" + other + ", " + g.name() + "); Azure allows one per VNet", "keep one");
        }
        if (design.routeServerOf(g.virtualNetwork()).isPresent()) {
          String rs = design.routeServerOf(g.virtualNetwork()).get().name();
          if (!g.activeActive()) {
            problems.warning("vpn-gateway-not-active-active", at + "/activeActive", "VPN gateway " + g.name()
                + " is beside route server " + rs + " but not active-active; Azure requires active-active"
                + " (expressroute-vpn-support, S1, S4, S12b)", "set activeActive: true");
          }
          if (!g.asn().equals(Asn.AZURE_ROUTE_SERVER)) {
            problems.warning("vpn-gateway-asn", at + "/asn", "VPN gateway " + g.name() + " uses ASN " + g.asn()
                + " beside route server " + rs + "; with a route server it must keep 65515 (S1, S4)",
                "remove asn or set it to 65515");
          }
        }
        if (!g.bgpPeeringAddresses().isEmpty()) {
          int expected = g.activeActive() ? 2 : 1;
          if (g.bgpPeeringAddresses().size() != expected) {
            problems.error("bgp-address-count", at + "/bgpPeeringAddresses", "VPN gateway " + g.name() + " has "
                + g.bgpPeeringAddresses().size() + " BGP addresses; " + (g.activeActive() ? "an active-active" : "an"
                + " active-standby") + " gateway has " + expected, "give " + expected + " address(es)");
          }
          Optional<Ipv4Prefix> subnet = design.gatewaySubnet(g.virtualNetwork());
          for (int j = 0; j < g.bgpPeeringAddresses().size(); j++) {
            Ipv4Address a = g.bgpPeeringAddresses().get(j);
            if (subnet.isPresent() && !subnet.get().contains(a)) {
              problems.error("bgp-address-outside-gateway-subnet", at + "/bgpPeeringAddresses/" + j, "BGP address "
                  + a + " of VPN gateway " + g.name() + " is outside GatewaySubnet " + subnet.get(),
                  "use an address of " + subnet.get() + ", or leave bgpPeeringAddresses out for the default");
            }
          }
        }
      }
    }
  }
}
