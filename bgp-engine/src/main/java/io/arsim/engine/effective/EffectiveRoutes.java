package io.arsim.engine.effective;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.IpPrefix;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.NetworkInterface;
import io.arsim.core.topology.NextHopType;
import io.arsim.core.topology.RouteServer;
import io.arsim.core.topology.RouteTable;
import io.arsim.core.topology.Subnet;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.UserDefinedRoute;
import io.arsim.core.topology.VirtualNetwork;
import io.arsim.core.topology.VirtualNetworkPeering;
import io.arsim.engine.bgp.Candidate;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.NodeState;
import io.arsim.engine.bgp.Selection;
import io.arsim.policy.spi.SpeakerKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Computes the effective routes of a NIC (azure-route-server-facts.md 4.4, Appendix B rules 4 and 7;
 * virtual-networks-udr-overview, S17):
 *
 * <ul>
 *   <li>system routes: each prefix of the NIC's VNet (VnetLocal); each prefix of a peered VNet
 *       (VNetPeering, or VNetGlobalPeering across regions); 0.0.0.0/0 (Internet); 10.0.0.0/8,
 *       172.16.0.0/12, 192.168.0.0/16 and 100.64.0.0/10 (None), except a range equal to or inside
 *       the VNet's own address space, which Azure drops;
 *   <li>BGP routes programmed by the route server of the NIC's VNet, or of the VNet it uses through
 *       a useRemoteGateways peering: one row per next hop of each prefix's ECMP set, from both
 *       instances; none when the subnet's route table turns off gateway-route propagation; none
 *       for a prefix equal to or more specific than a prefix of the NIC's VNet or a peered VNet;
 *   <li>without a route server there, the routes the VNet's other programming speakers (virtual
 *       network gateways, which extensions add) program, likewise for useRemoteGateways spokes;
 *   <li>user-defined routes of the subnet's route table;
 *   <li>per prefix: a user-defined route wins; otherwise VNet and peering system routes win over
 *       BGP; otherwise BGP wins over the remaining system routes; the others are Invalid. Longest
 *       prefix match between prefixes happens at lookup ({@link #lookup});
 *   <li>a {@code 0.0.0.0/0} UDR to a virtual appliance also overrides the {@code None} system
 *       routes of the private ranges, which show Invalid (real-deployments R4); a BGP default route
 *       does so only with {@link io.arsim.engine.bgp.EngineSettings#bgpDefaultRouteOverridesNone()}.
 * </ul>
 *
 * <p>Both instances of a route server program the VMs; arsim shows the union of their selections
 * (an NVA that peers with one instance only reaches some VMs in Azure; validation warns about it).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class EffectiveRoutes {
  private static final List<Ipv4Prefix> RESERVED = List.of(
      Ipv4Prefix.parse("10.0.0.0/8"), Ipv4Prefix.parse("172.16.0.0/12"), Ipv4Prefix.parse("192.168.0.0/16"),
      Ipv4Prefix.parse("100.64.0.0/10"));

  private static final Ipv4Address NO_ADDRESS = new Ipv4Address(0);

  /** The order of {@link #of}: source, prefix, next hop (none as 0.0.0.0). */
  private static final Comparator<EffectiveRoute> ORDER = Comparator.comparing(EffectiveRoute::source)
      .thenComparing(EffectiveRoute::prefix)
      .thenComparing(r -> r.nextHopIp() == null ? NO_ADDRESS : r.nextHopIp());

  private EffectiveRoutes() {}

  /** The effective routes of {@code nic}: sorted by source (Default, VirtualNetworkGateway, User), then prefix. */
  public static List<EffectiveRoute> of(Topology topology, ConvergedState state, NetworkInterface nic) {
    return of(topology, state, nic, (vnet, vnetAndPeered) -> bgpRoutes(topology, state, vnet, vnetAndPeered));
  }

  /**
   * The routes a virtual network gateway instance forwards by, for packets that enter Azure through
   * it (from a circuit or a VPN connection): the system routes and the user-defined routes of its
   * GatewaySubnet ({@code nic} stands for the instance there), and, as the BGP rows, the gateway's
   * own best paths — what it learned from the route server (an NVA's next hop, unchanged over iBGP,
   * R1), from the other instance and from outside Azure, and its static prefixes (itself as next
   * hop). A GatewaySubnet UDR therefore sends on-premises traffic to a firewall (facts gotcha 6), and
   * VNet and peering system routes deliver it straight to the VMs otherwise. Prefixes equal to or
   * inside a local or peered VNet prefix get no BGP row, as for every NIC; propagation off on the
   * GatewaySubnet's route table removes them all.
   */
  public static List<EffectiveRoute> ofGateway(Topology topology, ConvergedState state, NetworkInterface nic,
      Node gateway) {
    return of(topology, state, nic, (vnet, vnetAndPeered) -> gatewayRows(state, gateway, vnetAndPeered));
  }

  private static List<EffectiveRoute> gatewayRows(ConvergedState state, Node gateway, List<Ipv4Prefix> vnetAndPeered) {
    Optional<NodeState> tables = state.node(gateway.name());
    if (tables.isEmpty()) {
      return List.of();
    }
    Map<RowKey, EffectiveRoute> rows = new TreeMap<>();
    for (Selection selection : tables.get().table().values()) {
      Ipv4Prefix prefix = selection.prefix();
      if (coveredBy(vnetAndPeered, prefix)) {
        continue;
      }
      for (Candidate candidate : selection.best()) {
        Ipv4Address nextHop = candidate.isLocal() ? gateway.routerId() : candidate.route().attributes().nextHop();
        RowKey key = new RowKey(prefix.bits(), prefix.length(), nextHop.bits());
        rows.computeIfAbsent(key, k -> new EffectiveRoute(RouteSource.VirtualNetworkGateway, true, prefix,
            NextHop.VirtualNetworkGateway, nextHop, candidate.isLocal() ? "gateway " + gateway.name()
                + "'s own route (a static prefix of its connections)" : "gateway " + gateway.name()
                + ", learned from " + candidate.peer() + " with AS path [" + candidate.route().attributes().asPath()
                + "]"));
      }
    }
    return new ArrayList<>(rows.values());
  }

  /** The BGP rows of a VNet's NICs: the same for every NIC of the VNet (they depend on nothing else). */
  interface BgpRows {
    List<EffectiveRoute> of(VirtualNetwork vnet, List<Ipv4Prefix> vnetAndPeered);
  }

  /** {@link #of(Topology, ConvergedState, NetworkInterface)} with the BGP rows from {@code bgpRows}. */
  static List<EffectiveRoute> of(Topology topology, ConvergedState state, NetworkInterface nic, BgpRows bgpRows) {
    String vnetName = nic.subnet().virtualNetwork();
    VirtualNetwork vnet = topology.virtualNetwork(vnetName).orElseThrow(
        () -> new IllegalArgumentException("NIC " + nic.name() + " is in unknown VNet " + vnetName));
    Optional<RouteTable> table = topology.subnet(nic.subnet()).map(Subnet::routeTable)
        .flatMap(name -> name == null ? Optional.empty() : topology.routeTable(name));
    List<EffectiveRoute> routes = new ArrayList<>();
    List<Ipv4Prefix> vnetAndPeered = new ArrayList<>();
    for (Ipv4Prefix prefix : ipv4(vnet.addressSpace())) {
      routes.add(new EffectiveRoute(RouteSource.Default, true, prefix, NextHop.VnetLocal, null,
          "address space of VNet " + vnet.name()));
      vnetAndPeered.add(prefix);
    }
    for (VirtualNetworkPeering peering : vnet.virtualNetworkPeerings()) {
      if (!topology.arePeered(vnet.name(), peering.remoteVirtualNetwork())) {
        continue;
      }
      VirtualNetwork remote = topology.virtualNetwork(peering.remoteVirtualNetwork()).orElseThrow();
      NextHop type = remote.location().equalsIgnoreCase(vnet.location()) ? NextHop.VNetPeering : NextHop.VNetGlobalPeering;
      for (Ipv4Prefix prefix : ipv4(remote.addressSpace())) {
        routes.add(new EffectiveRoute(RouteSource.Default, true, prefix, type, null,
            "peering " + peering.name() + " with VNet " + remote.name()));
        vnetAndPeered.add(prefix);
      }
    }
    routes.add(new EffectiveRoute(RouteSource.Default, true, Ipv4Prefix.DEFAULT_ROUTE, NextHop.Internet, null,
        "Azure default route"));
    for (Ipv4Prefix reserved : RESERVED) {
      boolean covered = ipv4(vnet.addressSpace()).stream().anyMatch(p -> p.contains(reserved));
      if (!covered) {
        routes.add(new EffectiveRoute(RouteSource.Default, true, reserved, NextHop.None, null,
            "Azure default route for a private range"));
      }
    }
    boolean propagate = table.map(RouteTable::propagatesGatewayRoutes).orElse(true);
    if (propagate) {
      routes.addAll(bgpRows.of(vnet, vnetAndPeered));
    }
    table.ifPresent(t -> {
      for (UserDefinedRoute udr : t.routes()) {
        if (udr.addressPrefix() instanceof Ipv4Prefix prefix) {
          routes.add(new EffectiveRoute(RouteSource.User, true, prefix, nextHop(udr.nextHopType()),
              udr.nextHopIpAddress(), "route " + udr.name() + " of route table " + t.name()));
        }
      }
    });
    return resolve(routes, overridesPrivateRanges(routes, state.settings().bgpDefaultRouteOverridesNone()));
  }

  /**
   * Whether a default route sends the private ranges away from their {@code None} system routes: a
   * {@code 0.0.0.0/0} UDR to a virtual appliance does (spoke-to-spoke traffic follows it to the
   * firewall; real-deployments R4, traceroutes); a BGP {@code 0.0.0.0/0} only with the setting
   * (open).
   */
  private static boolean overridesPrivateRanges(List<EffectiveRoute> routes, boolean bgpToo) {
    for (EffectiveRoute r : routes) {
      if (r.prefix().equals(Ipv4Prefix.DEFAULT_ROUTE) && (r.source() == RouteSource.User
          && r.nextHopType() == NextHop.VirtualAppliance || bgpToo && r.source() == RouteSource.VirtualNetworkGateway)) {
        return true;
      }
    }
    return false;
  }

  private static NextHop nextHop(NextHopType type) {
    return switch (type) {
      case VirtualAppliance -> NextHop.VirtualAppliance;
      case VirtualNetworkGateway -> NextHop.VirtualNetworkGateway;
      case VnetLocal -> NextHop.VnetLocal;
      case Internet -> NextHop.Internet;
      case None -> NextHop.None;
    };
  }

  /** The route servers whose routes the VMs of {@code vnet} get. */
  public static List<RouteServer> programmingRouteServers(Topology topology, String vnet) {
    String source = programmingVirtualNetwork(topology, vnet);
    return topology.routeServers().stream().filter(r -> r.virtualNetwork().equals(source)).toList();
  }

  /** The VNet whose speakers program the VMs of {@code vnet}: its remote-gateway hub, or itself. */
  public static String programmingVirtualNetwork(Topology topology, String vnet) {
    return topology.remoteGatewayVirtualNetwork(vnet).orElse(vnet);
  }

  /**
   * The BGP rows of the NICs of {@code vnet}: what the speakers of its programming VNet (itself, or
   * the hub it uses through useRemoteGateways) program. Route-server instances program their
   * selections; where a selection's best path came from a speaker that programs VMs itself (a
   * virtual network gateway), that speaker's own next hops for the prefix are used. Speakers other
   * than route servers program the prefixes no route server there holds (all of them in a VNet
   * without a route server). Prefixes equal to or inside a local or peered VNet prefix are left out.
   */
  static List<EffectiveRoute> bgpRoutes(Topology topology, ConvergedState state, VirtualNetwork vnet,
      List<Ipv4Prefix> vnetAndPeered) {
    String source = programmingVirtualNetwork(topology, vnet.name());
    List<Node> routeServers = new ArrayList<>();
    Map<String, Node> others = new TreeMap<>();
    for (Node node : state.network().nodes()) {
      if (source.equals(node.virtualNetwork()) && node.behaviour().programsVms()) {
        if (node.kind() == SpeakerKind.ROUTE_SERVER) {
          routeServers.add(node);
        } else {
          others.put(node.name(), node);
        }
      }
    }
    Map<RowKey, EffectiveRoute> rows = new TreeMap<>();
    java.util.Set<Ipv4Prefix> held = new java.util.HashSet<>();
    for (Node rs : routeServers) {
      Optional<NodeState> tables = state.node(rs.name());
      if (tables.isEmpty()) {
        continue;
      }
      for (Selection selection : tables.get().table().values()) {
        Ipv4Prefix prefix = selection.prefix();
        held.add(prefix);
        if (coveredBy(vnetAndPeered, prefix)) {
          continue;
        }
        for (Candidate candidate : selection.best()) {
          if (candidate.isLocal()) {
            continue;
          }
          Node programmer = others.get(candidate.peer());
          List<Ipv4Address> hops = programmer == null ? List.of(candidate.route().attributes().nextHop())
              : programmedBy(state, programmer, prefix);
          for (Ipv4Address nextHop : hops) {
            RowKey key = new RowKey(prefix.bits(), prefix.length(), nextHop.bits());
            // The first row for a key stays (the other instance programs the same one); one tree
            // search per row, and the description is written only for a row that is kept.
            rows.computeIfAbsent(key, k -> new EffectiveRoute(RouteSource.VirtualNetworkGateway, true, prefix,
                NextHop.VirtualNetworkGateway, nextHop, "route server " + rs.owner() + " (" + rs.name()
                    + "), learned from " + candidate.peer() + " with AS path ["
                    + candidate.route().attributes().asPath() + "]"));
          }
        }
      }
    }
    for (Node node : others.values()) {
      Optional<NodeState> tables = state.node(node.name());
      if (tables.isEmpty()) {
        continue;
      }
      for (Selection selection : tables.get().table().values()) {
        Ipv4Prefix prefix = selection.prefix();
        if (held.contains(prefix) || coveredBy(vnetAndPeered, prefix)) {
          continue;
        }
        Candidate best = selection.primary();
        for (Ipv4Address nextHop : node.behaviour().programmedNextHops(node, selection)) {
          RowKey key = new RowKey(prefix.bits(), prefix.length(), nextHop.bits());
          rows.computeIfAbsent(key, k -> new EffectiveRoute(RouteSource.VirtualNetworkGateway, true, prefix,
              NextHop.VirtualNetworkGateway, nextHop, "gateway " + node.name() + ", learned from " + best.peer()
                  + " with AS path [" + best.route().attributes().asPath() + "]"));
        }
      }
    }
    return new ArrayList<>(rows.values());
  }

  /** The next hops {@code node} programs for {@code prefix}. */
  private static List<Ipv4Address> programmedBy(ConvergedState state, Node node, Ipv4Prefix prefix) {
    Selection selection = state.node(node.name()).map(t -> t.table().get(prefix)).orElse(null);
    return selection == null ? List.of() : node.behaviour().programmedNextHops(node, selection);
  }

  /**
   * The key of a BGP row: prefix and next hop, ordered as the text key {@code "%08x/%02d %08x"} of
   * prefix bits, length and next-hop bits sorts (unsigned bits, then length, then next hop).
   */
  private record RowKey(int prefixBits, int length, int nextHop) implements Comparable<RowKey> {
    @Override
    public int compareTo(RowKey o) {
      int c = Integer.compareUnsigned(prefixBits, o.prefixBits);
      if (c != 0) {
        return c;
      }
      c = Integer.compare(length, o.length);
      return c != 0 ? c : Integer.compareUnsigned(nextHop, o.nextHop);
    }
  }

  private static boolean coveredBy(List<Ipv4Prefix> prefixes, Ipv4Prefix prefix) {
    for (Ipv4Prefix v : prefixes) {
      if (v.contains(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static List<Ipv4Prefix> ipv4(List<IpPrefix> prefixes) {
    return prefixes.stream().filter(p -> p instanceof Ipv4Prefix).map(p -> (Ipv4Prefix) p).toList();
  }

  private static List<EffectiveRoute> resolve(List<EffectiveRoute> routes, boolean privateRangesOverridden) {
    Map<Ipv4Prefix, List<EffectiveRoute>> byPrefix = new LinkedHashMap<>();
    for (EffectiveRoute r : routes) {
      byPrefix.computeIfAbsent(r.prefix(), p -> new ArrayList<>()).add(r);
    }
    List<EffectiveRoute> result = new ArrayList<>();
    for (List<EffectiveRoute> group : byPrefix.values()) {
      boolean user = group.stream().anyMatch(r -> r.source() == RouteSource.User);
      boolean vnetSystem = group.stream().anyMatch(r -> r.source() == RouteSource.Default && (r.nextHopType()
          == NextHop.VnetLocal || r.nextHopType() == NextHop.VNetPeering || r.nextHopType() == NextHop.VNetGlobalPeering));
      boolean bgp = group.stream().anyMatch(r -> r.source() == RouteSource.VirtualNetworkGateway);
      for (EffectiveRoute r : group) {
        boolean active;
        if (privateRangesOverridden && r.source() == RouteSource.Default && r.nextHopType() == NextHop.None
            && RESERVED.contains(r.prefix())) {
          active = false;
        } else if (user) {
          active = r.source() == RouteSource.User;
        } else if (vnetSystem) {
          active = r.source() == RouteSource.Default;
        } else if (bgp) {
          active = r.source() == RouteSource.VirtualNetworkGateway;
        } else {
          active = true;
        }
        result.add(r.withActive(active));
      }
    }
    result.sort(ORDER);
    return List.copyOf(result);
  }

  /**
   * The active routes that match {@code destination} with the longest prefix: one route, several
   * for ECMP, or none (no route: the packet is dropped).
   */
  public static List<EffectiveRoute> lookup(List<EffectiveRoute> routes, Ipv4Address destination) {
    int best = -1;
    List<EffectiveRoute> matches = new ArrayList<>();
    for (EffectiveRoute r : routes) {
      if (!r.active() || !r.prefix().contains(destination)) {
        continue;
      }
      if (r.prefix().length() > best) {
        best = r.prefix().length();
        matches.clear();
      }
      if (r.prefix().length() == best) {
        matches.add(r);
      }
    }
    return List.copyOf(matches);
  }
}
