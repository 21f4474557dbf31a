package io.arsim.engine;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.bgp.Communities;
import io.arsim.core.bgp.Origin;
import io.arsim.core.bgp.PathAttributes;
import io.arsim.core.net.IpPrefix;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.BgpConnection;
import io.arsim.core.topology.BgpNeighbor;
import io.arsim.core.topology.HubRoutingPreference;
import io.arsim.core.topology.NetworkInterface;
import io.arsim.core.topology.NetworkVirtualAppliance;
import io.arsim.core.topology.RouteServer;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.VirtualNetwork;
import io.arsim.engine.bgp.EngineSettings;
import io.arsim.engine.bgp.Neighbor;
import io.arsim.engine.bgp.NeighborSettings;
import io.arsim.engine.bgp.Network;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.NodeSpec;
import io.arsim.engine.convergence.NetworkBuilder;
import io.arsim.engine.decision.FrrDecisionProcess.ArrivalOrder;
import io.arsim.engine.speaker.NvaBehaviour;
import io.arsim.engine.speaker.NvaSettings;
import io.arsim.engine.speaker.RouteServerBehaviour;
import io.arsim.engine.spi.EngineExtension;
import io.arsim.engine.spi.VendorProfile;
import io.arsim.engine.vendor.VendorProfiles;
import io.arsim.policy.catalog.ConfiguredPolicy;
import io.arsim.policy.catalog.PolicyChain;
import io.arsim.policy.spi.SpeakerKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Turns a topology into a {@link Network}: two nodes per route server ({@code <name>/IN_0} and
 * {@code /IN_1}, at the instance addresses), one node per NVA (answering on its NICs, loopbacks and
 * tunnel addresses), one per branch (answering on the far address of each tunnel that ends at it),
 * then the nodes of every engine extension, then the neighbours each side configured. A session is
 * down, with its reason, when only one side configured it, the ASNs do not match, an NVA uses 65515
 * toward a route server (iBGP: Azure does not propagate routes), the two ends cannot reach each
 * other (over NICs, not in the same VNet nor in peered VNets; over a loopback or tunnel address, no
 * tunnel to the peer that is up: {@link OverlaySessions}), or the NVA's vendor profile does not bring
 * up an eBGP session to a neighbour that is not directly connected without ebgp-multihop (Cisco).
 * Each NVA runs with its vendor profile's defaults ({@link VendorProfiles}).
 */
@API(status = INTERNAL, since = "0.1")
public final class NetworkFactory {
  private final List<EngineExtension> extensions;
  private final EngineSettings settings;
  private final VendorProfiles vendors;

  /** A factory with arsim's built-in vendor profiles. */
  public NetworkFactory(List<EngineExtension> extensions, EngineSettings settings) {
    this(extensions, settings, VendorProfiles.builtIns());
  }

  /** A factory whose NVAs take their defaults from {@code vendors}. */
  public NetworkFactory(List<EngineExtension> extensions, EngineSettings settings, VendorProfiles vendors) {
    this.extensions = extensions.stream().sorted(Comparator.comparing(EngineExtension::name)).toList();
    this.settings = settings;
    this.vendors = vendors;
  }

  /**
   * Builds the network of {@code topology}.
   *
   * @param policies the configured policy instances by name ({@code PolicyCatalog.instantiate});
   *     every name a neighbour references must be present
   */
  public Network build(Topology topology, Map<String, ConfiguredPolicy> policies) {
    NetworkBuilder builder = new NetworkBuilder(settings);
    for (RouteServer rs : topology.routeServers()) {
      addRouteServer(topology, rs, builder);
    }
    for (NetworkVirtualAppliance nva : topology.networkVirtualAppliances()) {
      addNva(topology, nva, builder);
    }
    OverlaySessions overlay = new OverlaySessions(topology);
    overlay.addBranches(builder);
    for (EngineExtension extension : extensions) {
      extension.contribute(topology, builder);
    }
    for (RouteServer rs : topology.routeServers()) {
      connectRouteServer(topology, rs, builder);
    }
    for (NetworkVirtualAppliance nva : topology.networkVirtualAppliances()) {
      connectNva(topology, nva, policies, overlay, builder);
    }
    overlay.connectBranches(builder);
    return builder.build();
  }

  private void addRouteServer(Topology topology, RouteServer rs, NetworkBuilder builder) {
    List<Ipv4Address> ips = topology.routeServerInstanceIps(rs);
    for (int i = 0; i < ips.size(); i++) {
      String name = Node.routeServerInstance(rs.name(), i);
      Ipv4Address ip = ips.get(i);
      builder.addNode(NodeSpec.of(name, Asn.AZURE_ROUTE_SERVER, ip, SpeakerKind.ROUTE_SERVER, rs.name(),
              new RouteServerBehaviour(rs.hubRoutingPreference(), rs.allowBranchToBranchTraffic(), settings))
          .withVirtualNetwork(rs.virtualNetwork()));
      builder.addAddress(ip, name);
      for (Ipv4Prefix prefix : advertisedVnetPrefixes(topology, rs)) {
        builder.addOriginated(name, new BgpRoute(prefix, BgpRoute.LOCAL, PathAttributes.intern(
            new PathAttributes(AsPath.EMPTY, Origin.IGP, new Ipv4Address(0), 0, false, PathAttributes.DEFAULT_LOCAL_PREFERENCE,
                Communities.EMPTY))));
      }
    }
  }

  /**
   * The prefixes a route server advertises as its own: its VNet's address space and that of every
   * VNet peered with it that uses its gateways (useRemoteGateways), one route per prefix
   * (azure-route-server-facts.md 4.1).
   */
  static List<Ipv4Prefix> advertisedVnetPrefixes(Topology topology, RouteServer rs) {
    Set<Ipv4Prefix> prefixes = new LinkedHashSet<>();
    topology.virtualNetwork(rs.virtualNetwork()).ifPresent(v -> addIpv4(prefixes, v));
    for (VirtualNetwork other : topology.virtualNetworks()) {
      if (topology.remoteGatewayVirtualNetwork(other.name()).filter(rs.virtualNetwork()::equals).isPresent()) {
        addIpv4(prefixes, other);
      }
    }
    return prefixes.stream().sorted().toList();
  }

  private static void addIpv4(Set<Ipv4Prefix> prefixes, VirtualNetwork vnet) {
    for (IpPrefix prefix : vnet.addressSpace()) {
      if (prefix instanceof Ipv4Prefix p4) {
        prefixes.add(p4);
      }
    }
  }

  private void addNva(Topology topology, NetworkVirtualAppliance nva, NetworkBuilder builder) {
    VendorProfile profile = vendors.of(nva);
    Integer paths = nva.maximumPaths();
    NvaSettings nvaSettings = new NvaSettings(paths != null ? paths : profile.defaultMaximumPaths(),
        profile.sendsBestPathToSource(),
        profile.prefersOldestPath() ? new ArrivalOrder(true, nva.arrivalOrder()) : ArrivalOrder.NONE,
        nva.aggregateAddresses(), connectedSubnets(topology, nva),
        profile.nonConnectedPeer() == VendorProfile.NonConnectedPeer.PATHS_INVALID);
    NodeSpec spec = NodeSpec.of(nva.name(), nva.asn(), nva.effectiveRouterId(), SpeakerKind.NVA, nva.name(),
        new NvaBehaviour(nvaSettings)).withPreferredUnder(HubRoutingPreference.VpnGateway);
    builder.addNode(nva.networkInterfaces().isEmpty() ? spec
        : spec.withVirtualNetwork(nva.networkInterfaces().get(0).subnet().virtualNetwork()));
    for (NetworkInterface nic : nva.networkInterfaces()) {
      builder.addAddress(nic.privateIpAddress(), nva.name());
    }
    nva.loopbacks().forEach(address -> builder.addAddress(address, nva.name()));
    nva.tunnels().forEach(tunnel -> builder.addAddress(tunnel.localAddress(), nva.name()));
    for (Ipv4Prefix prefix : nva.networks()) {
      // A network backed by a static route: Cisco shows the static's next hop, FRR 0.0.0.0 (R3).
      Ipv4Address nextHop = profile.networkTakesStaticNextHop()
          ? nva.staticRoute(prefix).map(r -> r.nextHop()).orElse(new Ipv4Address(0)) : new Ipv4Address(0);
      builder.addOriginated(nva.name(), new BgpRoute(prefix, BgpRoute.LOCAL, PathAttributes.intern(
          new PathAttributes(AsPath.EMPTY, Origin.IGP, nextHop, 0, false,
              PathAttributes.DEFAULT_LOCAL_PREFERENCE, Communities.EMPTY))));
    }
  }

  /**
   * What the NVA is directly connected to: the IPv4 subnets of its NICs and the far end of each of
   * its tunnels (a point-to-point link, as a {@code /32}). A loopback-to-loopback session is not
   * connected: it needs ebgp-multihop or disable-connected-check, as on a real router.
   */
  static List<Ipv4Prefix> connectedSubnets(Topology topology, NetworkVirtualAppliance nva) {
    Set<Ipv4Prefix> subnets = new LinkedHashSet<>();
    for (NetworkInterface nic : nva.networkInterfaces()) {
      topology.subnet(nic.subnet()).ifPresent(subnet -> {
        if (subnet.addressPrefix() instanceof Ipv4Prefix p4) {
          subnets.add(p4);
        }
      });
    }
    nva.tunnels().forEach(t -> subnets.add(new Ipv4Prefix(t.remoteAddress().bits(), 32)));
    return subnets.stream().sorted().toList();
  }

  private static void connectRouteServer(Topology topology, RouteServer rs, NetworkBuilder builder) {
    List<Ipv4Address> ips = topology.routeServerInstanceIps(rs);
    for (int i = 0; i < ips.size(); i++) {
      String name = Node.routeServerInstance(rs.name(), i);
      for (BgpConnection connection : rs.bgpConnections()) {
        Optional<String> peer = builder.nodeAt(connection.peerIp());
        if (peer.isEmpty()) {
          builder.addUnresolved(name, ips.get(i), connection.peerIp());
          continue;
        }
        builder.addNeighbor(name, Neighbor.plain(peer.get(), ips.get(i), connection.peerIp(), connection.peerAsn()));
        if (builder.asnOf(peer.get()).equals(Asn.AZURE_ROUTE_SERVER)) {
          builder.markDown(name, peer.get(), peer.get() + " uses ASN 65515, the route server's own, so the session is"
              + " iBGP and Azure Route Server does not propagate its routes; give the NVA another ASN");
        }
      }
    }
  }

  private void connectNva(Topology topology, NetworkVirtualAppliance nva, Map<String, ConfiguredPolicy> policies,
      OverlaySessions overlay, NetworkBuilder builder) {
    if (nva.networkInterfaces().isEmpty()) {
      return;
    }
    NetworkInterface nic = nva.networkInterfaces().get(0);
    VendorProfile profile = vendors.of(nva);
    List<Ipv4Prefix> connected = connectedSubnets(topology, nva);
    for (BgpNeighbor neighbor : nva.bgpNeighbors()) {
      Ipv4Address local = overlay.localAddress(nva, neighbor);
      Optional<String> peer = builder.nodeAt(neighbor.peerIp());
      if (peer.isEmpty()) {
        builder.addUnresolved(nva.name(), local, neighbor.peerIp());
        continue;
      }
      NeighborSettings settings = new NeighborSettings(neighbor.nextHopSelf(), neighbor.allowAsIn(),
          neighbor.maximumPrefix(), neighbor.nextHopUnchanged(), neighbor.checksConnected(), neighbor.solo());
      builder.addNeighbor(nva.name(), new Neighbor(peer.get(), local, neighbor.peerIp(),
          neighbor.peerAsn(), settings, chain(neighbor.importPolicies(), policies),
          chain(neighbor.exportPolicies(), policies)));
      if (!overlay.checkOverlay(nva, local, neighbor.peerIp(), peer.get(), builder)) {
        reachability(topology, nva, nic, peer.get(), builder);
      }
      boolean ebgp = !neighbor.peerAsn().equals(nva.asn());
      if (ebgp && neighbor.checksConnected() && profile.nonConnectedPeer() == VendorProfile.NonConnectedPeer.SESSION_DOWN
          && connected.stream().noneMatch(subnet -> subnet.contains(neighbor.peerIp()))) {
        builder.markDown(nva.name(), peer.get(), nva.name() + " (" + profile.description() + ") does not bring up an"
            + " eBGP session to " + neighbor.peerIp() + ", which is not on its subnets ("
            + String.join(", ", connected.stream().map(Ipv4Prefix::toString).toList()) + "), without ebgp-multihop;"
            + " set ebgpMultihop: 2 on the neighbour (neighbor " + neighbor.peerIp() + " ebgp-multihop 2)");
      }
    }
  }

  private static void reachability(Topology topology, NetworkVirtualAppliance nva, NetworkInterface nic, String peer,
      NetworkBuilder builder) {
    String nvaVnet = nic.subnet().virtualNetwork();
    Optional<String> peerVnet = vnetOf(topology, peer);
    if (peerVnet.isEmpty()) {
      return;
    }
    if (!peerVnet.get().equals(nvaVnet) && !topology.arePeered(nvaVnet, peerVnet.get())) {
      builder.markDown(nva.name(), peer, nva.name() + " (VNet " + nvaVnet + ") cannot reach " + peer + " (VNet "
          + peerVnet.get() + "): the VNets are neither the same nor peered (a peering needs both sides)");
    }
  }

  private static Optional<String> vnetOf(Topology topology, String node) {
    int slash = node.indexOf("/IN_");
    if (slash > 0) {
      return topology.routeServer(node.substring(0, slash)).map(RouteServer::virtualNetwork);
    }
    return topology.networkVirtualAppliance(node)
        .flatMap(n -> n.networkInterfaces().stream().findFirst())
        .map(nic -> nic.subnet().virtualNetwork());
  }

  private static PolicyChain chain(List<String> names, Map<String, ConfiguredPolicy> policies) {
    if (names.isEmpty()) {
      return PolicyChain.EMPTY;
    }
    List<ConfiguredPolicy> chain = new ArrayList<>();
    for (String name : names) {
      ConfiguredPolicy policy = policies.get(name);
      if (policy == null) {
        throw new IllegalArgumentException("policy instance \"" + name + "\" is referenced but was not configured;"
            + " instantiate every policy of the topology before building the network");
      }
      chain.add(policy);
    }
    return new PolicyChain(chain);
  }
}
