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

  /**
   * An address of a speaker in a GatewaySubnet: inside it, not one Azure reserves (the network
   * address, the next three and the broadcast address), and not already taken by another speaker
   * ({@code taken} collects them per subnet).
   */
  private static void gatewaySubnetAddress(Optional<Ipv4Prefix> subnet, Ipv4Address address, String who,
      String pointer, Map<Ipv4Address, String> taken, ProblemSink sink) {
    if (subnet.isEmpty()) {
      return;
    }
    Ipv4Prefix p = subnet.get();
    if (!p.contains(address)) {
      sink.error("address-outside-gateway-subnet", pointer, who + " is at " + address + ", outside GatewaySubnet "
          + p, "use an address of " + p + ", or leave it out for the default");
      return;
    }
    long offset = Integer.toUnsignedLong(address.bits()) - Integer.toUnsignedLong(p.first().bits());
    if (offset < 4 || address.equals(p.last())) {
      sink.error("reserved-address", pointer, who + " is at " + address + ", which Azure reserves in every subnet (the"
          + " network address, the next three and the broadcast address of " + p + "; virtual-networks-faq)",
          "use an address from " + p.first().plus(4) + " to " + p.last().plus(-1));
      return;
    }
    String other = taken.putIfAbsent(address, who);
    if (other != null) {
      sink.error("duplicate-address", pointer, who + " and " + other + " are both at " + address + "; every BGP"
          + " speaker needs its own address", "give one of them another address of " + p);
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
        if (!g.bgpPeeringAddresses().isEmpty() && g.bgpPeeringAddresses().size() != 2) {
          problems.error("bgp-address-count", at + "/bgpPeeringAddresses", "ExpressRoute gateway " + g.name() + " has "
              + g.bgpPeeringAddresses().size() + " instance addresses; an ExpressRoute gateway has two instances"
              + " (real-deployments R2)", "give two addresses of GatewaySubnet, or leave bgpPeeringAddresses out");
        }
      }
      addressesInGatewaySubnets(topology, problems);
    }
  }

  /**
   * Every gateway instance and Microsoft edge address in each GatewaySubnet (given or assigned by
   * default, {@link AddressPlan}) is inside it, not reserved, and used once. Reported once, with the
   * ExpressRoute gateways.
   */
  private static void addressesInGatewaySubnets(Topology topology, ProblemSink problems) {
    HybridDesign design = HybridDesign.of(topology);
    Map<String, Map<Ipv4Address, String>> taken = new HashMap<>();
    List<ExpressRouteGateway> ers = design.expressRouteGateways();
    for (int i = 0; i < ers.size(); i++) {
      ExpressRouteGateway g = ers.get(i);
      List<Ipv4Address> addresses = design.addresses(g);
      for (int j = 0; j < addresses.size(); j++) {
        gatewaySubnetAddress(design.gatewaySubnet(g.virtualNetwork()), addresses.get(j), "instance IN_" + j
            + " of ExpressRoute gateway " + g.name(), at(EXPRESS_ROUTE_GATEWAYS, i, g.bgpPeeringAddresses().isEmpty()
            ? "" : "bgpPeeringAddresses/" + j), taken.computeIfAbsent(g.virtualNetwork(), v -> new HashMap<>()),
            problems);
      }
    }
    List<VpnGateway> vpns = design.vpnGateways();
    for (int i = 0; i < vpns.size(); i++) {
      VpnGateway g = vpns.get(i);
      List<Ipv4Address> addresses = design.addresses(g);
      for (int j = 0; j < addresses.size(); j++) {
        gatewaySubnetAddress(design.gatewaySubnet(g.virtualNetwork()), addresses.get(j), "instance IN_" + j
            + " of VPN gateway " + g.name(), at(VPN_GATEWAYS, i, g.bgpPeeringAddresses().isEmpty()
            ? "" : "bgpPeeringAddresses/" + j), taken.computeIfAbsent(g.virtualNetwork(), v -> new HashMap<>()),
            problems);
      }
    }
    List<ExpressRouteCircuit> circuits = design.circuits();
    for (int i = 0; i < circuits.size(); i++) {
      ExpressRouteCircuit c = circuits.get(i);
      for (String gateway : c.gateways()) {
        Optional<ExpressRouteGateway> g = design.expressRouteGateway(gateway);
        Optional<MseeAddresses> m = design.mseeAddresses(c, gateway);
        if (g.isEmpty() || m.isEmpty()) {
          continue;
        }
        int given = c.mseeAddresses().indexOf(m.get());
        String pointer = at(EXPRESS_ROUTE_CIRCUITS, i, given < 0 ? "gateways" : "mseeAddresses/" + given);
        Map<Ipv4Address, String> used = taken.computeIfAbsent(g.get().virtualNetwork(), v -> new HashMap<>());
        // A given address is reported at its own property; a default one at the circuit's gateways.
        gatewaySubnetAddress(design.gatewaySubnet(g.get().virtualNetwork()), m.get().primary(), "the primary link of"
            + " circuit " + c.name() + " (as " + gateway + " sees it)", given < 0 ? pointer : pointer + "/primary", used,
            problems);
        gatewaySubnetAddress(design.gatewaySubnet(g.get().virtualNetwork()), m.get().secondary(), "the secondary"
            + " link of circuit " + c.name() + " (as " + gateway + " sees it)", given < 0 ? pointer : pointer
            + "/secondary", used, problems);
      }
    }
  }

  /** A note when {@code link} of {@code c} is the secondary at its default place, else nothing. */
  private static String defaultNote(ExpressRouteCircuit c, CircuitLink link) {
    return link == CircuitLink.secondary
        && c.secondaryPeerAddressPrefix().equals(ExpressRouteCircuit.nextBlock(c.primaryPeerAddressPrefix()))
        ? "; " + c.name() + "'s secondary is the default, the /30 after its primary" : "";
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
        if (c.secondaryPeerAddressPrefix().length() != 30) {
          problems.error("peering-prefix-not-30", at + "/secondaryPeerAddressPrefix", "the private peering's"
              + " secondary link must be a /30, got " + c.secondaryPeerAddressPrefix(),
              "use a /30 such as 192.168.100.4/30");
        } else if (c.secondaryPeerAddressPrefix().overlaps(c.primaryPeerAddressPrefix())) {
          problems.error("peering-prefixes-overlap", at + "/secondaryPeerAddressPrefix", "the secondary link's "
              + c.secondaryPeerAddressPrefix() + " overlaps the primary link's " + c.primaryPeerAddressPrefix(),
              "give each link its own /30");
        }
        // Another circuit's links: each /30 is one link's (the secondary may be the default, the /30
        // after the primary, which is easy to collide with).
        for (int k = 0; k < i; k++) {
          ExpressRouteCircuit other = resources.get(k);
          for (CircuitLink mine : CircuitLink.values()) {
            for (CircuitLink theirs : CircuitLink.values()) {
              if (c.peerAddressPrefix(mine).overlaps(other.peerAddressPrefix(theirs))) {
                problems.error("peering-prefixes-overlap", at + "/" + mine + "PeerAddressPrefix", "the " + mine
                    + " link's " + c.peerAddressPrefix(mine) + " of circuit " + c.name() + " overlaps the " + theirs
                    + " link's " + other.peerAddressPrefix(theirs) + " of circuit " + other.name()
                    + defaultNote(c, mine) + defaultNote(other, theirs),
                    "give every link of every circuit its own /30 (secondaryPeerAddressPrefix sets the secondary's)");
              }
            }
          }
        }
        for (int j = 0; j < c.mseeAddresses().size(); j++) {
          String g = c.mseeAddresses().get(j).gateway();
          if (!c.gateways().contains(g)) {
            problems.error("unknown-reference", at + "/mseeAddresses/" + j + "/gateway", "circuit " + c.name()
                + " is not connected to gateway \"" + g + "\"", "list it under gateways, or use one of: "
                + String.join(", ", c.gateways()));
          }
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
        for (int j = 0; j < s.singleLinkPrefixes().size(); j++) {
          Ipv4Prefix prefix = s.singleLinkPrefixes().get(j).prefix();
          if (!s.prefixes().contains(prefix)) {
            problems.error("unknown-reference", at + "/singleLinkPrefixes/" + j + "/prefix", prefix + " is not one of"
                + " site " + s.name() + "'s prefixes", "list it under prefixes, or use one of: " + s.prefixes());
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
        for (int j = 0; j < g.vnetToVnetConnections().size(); j++) {
          String remote = g.vnetToVnetConnections().get(j).remoteVpnGateway();
          String cat = at + "/vnetToVnetConnections/" + j + "/remoteVpnGateway";
          Optional<VpnGateway> r = design.vpnGateway(remote);
          if (r.isEmpty()) {
            dangling(problems, cat, "VPN gateway", remote, design.vpnGateways().stream().map(VpnGateway::name)
                .filter(n -> !n.equals(g.name())).toList(), "extensions.vpnGateways");
          } else if (r.get().virtualNetwork().equals(g.virtualNetwork())) {
            problems.error("vnet-to-vnet-same-vnet", cat, "a VNet-to-VNet connection joins two VNets, but "
                + remote + " is in " + g.virtualNetwork() + " too", "connect gateways of two different VNets");
          } else if (g.vnetToVnetConnections().get(j).enableBgp() && r.get().asn().equals(g.asn())) {
            problems.error("same-asn", at + "/vnetToVnetConnections/" + j + "/enableBgp", "VPN gateways " + g.name()
                + " and " + remote + " both use ASN " + g.asn() + "; a VNet-to-VNet connection with BGP needs two ASNs"
                + " (eBGP; vpn-gateway-bgp-overview)", "give one of the gateways another ASN (asn), or set enableBgp:"
                + " false to route the other VNet's address space statically");
          }
        }
        if (!g.bgpPeeringAddresses().isEmpty()) {
          int expected = g.activeActive() ? 2 : 1;
          if (g.bgpPeeringAddresses().size() != expected) {
            problems.error("bgp-address-count", at + "/bgpPeeringAddresses", "VPN gateway " + g.name() + " has "
                + g.bgpPeeringAddresses().size() + " BGP addresses; " + (g.activeActive() ? "an active-active" : "an"
                + " active-standby") + " gateway has " + expected, "give " + expected + " address(es)");
          }
        }
      }
    }
  }
}
