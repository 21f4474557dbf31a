package io.arsim.engine.forwarding;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.NetworkInterface;
import io.arsim.core.topology.NetworkVirtualAppliance;
import io.arsim.core.topology.StaticRoute;
import io.arsim.core.topology.Subnet;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.Tunnel;
import io.arsim.engine.bgp.Candidate;
import io.arsim.engine.bgp.NodeState;
import io.arsim.engine.bgp.Selection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An NVA's own routing table, as its operating system forwards by it (FRR's zebra RIB, IOS-XE's
 * {@code show ip route}):
 *
 * <ul>
 *   <li><b>connected</b>: each NIC's subnet (out of that NIC), each tunnel's far address (into the
 *       tunnel, while it is up), and the NVA's own addresses (NICs, loopbacks, tunnel ends);
 *   <li><b>static</b>: {@code staticRoutes}, installed when the tunnel they name is up or their next
 *       hop resolves through a connected route or another installed static route — not through the
 *       default route, as FRR without {@code ip nht resolve-via-default} does;
 *   <li><b>BGP</b>: the NVA's selected paths (with {@code maximumPaths}, every multipath), eBGP or
 *       iBGP by the session they came over; the next hop resolves through connected and static
 *       routes, else through the default route (the control plane does not check next-hop
 *       reachability). A path the NVA originates ({@code networks}) forwards nothing itself: the
 *       route the {@code network} statement rests on does;
 *   <li>the <b>default route</b> Azure's DHCP gives the primary (first) NIC, through the subnet's
 *       first address, used when nothing else covers the destination.
 * </ul>
 *
 * <p>{@link #lookup} takes the longest matching prefix, then the lowest administrative distance
 * ({@link AdministrativeDistances}); equal routes are all returned (ECMP). Out of a NIC, Azure's
 * SDN then delivers the packet by that NIC's effective routes, whatever the next-hop address: the
 * fabric routes on the destination.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class NvaRoutingTable {
  private static final int MAX_RECURSION = 8;

  private final Topology topology;
  private final NetworkVirtualAppliance nva;
  private final AdministrativeDistances distances;
  private final Predicate<Tunnel> tunnelUp;
  private final List<NvaRoute> connected = new ArrayList<>();
  private final List<NvaRoute> statics = new ArrayList<>();
  private final List<NvaRoute> routes;

  private NvaRoutingTable(Topology topology, NetworkVirtualAppliance nva, @Nullable NodeState bgp,
      AdministrativeDistances distances, Predicate<Tunnel> tunnelUp) {
    this.topology = topology;
    this.nva = nva;
    this.distances = distances;
    this.tunnelUp = tunnelUp;
    connectedRoutes();
    staticRoutes();
    List<NvaRoute> all = new ArrayList<>(connected);
    all.addAll(statics);
    if (bgp != null) {
      all.addAll(bgpRoutes(bgp));
    }
    if (!nva.networkInterfaces().isEmpty()) {
      NetworkInterface primary = nva.networkInterfaces().get(0);
      all.add(new NvaRoute(Ipv4Prefix.DEFAULT_ROUTE, NvaRoute.Kind.DEFAULT_GATEWAY, distances.defaultGateway(),
          gateway(primary).orElse(null), new Egress.OutNic(primary), "Azure's default gateway of " + primary.name()));
    }
    all.sort(Comparator.comparing(NvaRoute::prefix).thenComparingInt(NvaRoute::distance)
        .thenComparing(r -> r.egress().describe()).thenComparing(NvaRoute::origin));
    this.routes = List.copyOf(all);
  }

  /**
   * The routing table of {@code nva}.
   *
   * @param bgp the NVA's converged BGP state; null for connected and static routes only (before
   *     convergence, to check sessions)
   * @param tunnelUp whether a tunnel of the NVA carries traffic (routes through a down tunnel are
   *     withdrawn, as an interface going down withdraws them)
   */
  public static NvaRoutingTable of(Topology topology, NetworkVirtualAppliance nva, @Nullable NodeState bgp,
      AdministrativeDistances distances, Predicate<Tunnel> tunnelUp) {
    return new NvaRoutingTable(topology, nva, bgp, distances, tunnelUp);
  }

  /** The NVA. */
  public NetworkVirtualAppliance nva() {
    return nva;
  }

  /** Every route, ordered by prefix, then distance. */
  public List<NvaRoute> routes() {
    return routes;
  }

  /**
   * The routes forwarding to {@code destination} uses: those of the longest matching prefix with the
   * lowest distance (several: ECMP). Empty only for an NVA without NICs.
   */
  public List<NvaRoute> lookup(Ipv4Address destination) {
    NvaRoute best = null;
    List<NvaRoute> result = new ArrayList<>();
    for (NvaRoute r : routes) {
      if (!r.prefix().contains(destination)) {
        continue;
      }
      int order = best == null ? -1 : compare(r, best);
      if (order < 0) {
        best = r;
        result.clear();
        result.add(r);
      } else if (order == 0) {
        result.add(r);
      }
    }
    return List.copyOf(result);
  }

  /** Negative when {@code a} is preferred: the longer prefix, then the lower distance. */
  private static int compare(NvaRoute a, NvaRoute b) {
    if (a.prefix().length() != b.prefix().length()) {
      return Integer.compare(b.prefix().length(), a.prefix().length());
    }
    return Integer.compare(a.distance(), b.distance());
  }

  /**
   * The tunnel through which the NVA reaches {@code address} by its connected and static routes
   * alone (what a BGP session to a loopback or tunnel address needs), if any.
   */
  public Optional<Tunnel> tunnelTo(Ipv4Address address) {
    return resolve(address, false, 0).flatMap(e -> e instanceof Egress.IntoTunnel t ? Optional.of(t.tunnel())
        : Optional.empty());
  }

  /** Whether {@code address} is one of the NVA's own loopback or tunnel addresses. */
  public boolean isOverlayAddress(Ipv4Address address) {
    return nva.loopbacks().contains(address) || nva.tunnels().stream().anyMatch(t -> t.localAddress().equals(address));
  }

  // ---------------------------------------------------------------- building

  private void connectedRoutes() {
    for (NetworkInterface nic : nva.networkInterfaces()) {
      subnetOf(nic).ifPresent(p -> connected.add(new NvaRoute(p, NvaRoute.Kind.CONNECTED, distances.connected(), null,
          new Egress.OutNic(nic), "connected " + nic.name())));
      connected.add(local(nic.privateIpAddress(), "address of " + nic.name()));
    }
    for (Ipv4Address loopback : nva.loopbacks()) {
      connected.add(local(loopback, "loopback"));
    }
    for (Tunnel tunnel : nva.tunnels()) {
      connected.add(local(tunnel.localAddress(), "address of tunnel " + tunnel.name()));
      if (tunnelUp.test(tunnel)) {
        connected.add(new NvaRoute(host(tunnel.remoteAddress()), NvaRoute.Kind.CONNECTED, distances.connected(), null,
            new Egress.IntoTunnel(tunnel), "connected tunnel " + tunnel.name()));
      }
    }
  }

  private NvaRoute local(Ipv4Address address, String what) {
    return new NvaRoute(host(address), NvaRoute.Kind.LOCAL, distances.connected(), null, new Egress.Local(), what);
  }

  private void staticRoutes() {
    // A static route may rest on another: resolve until nothing more is installed.
    List<StaticRoute> pending = new ArrayList<>(nva.staticRoutes());
    boolean progress = true;
    while (progress && !pending.isEmpty()) {
      progress = false;
      for (var it = pending.iterator(); it.hasNext();) {
        StaticRoute route = it.next();
        Optional<Egress> egress = staticEgress(route);
        if (egress.isPresent()) {
          statics.add(new NvaRoute(route.prefix(), NvaRoute.Kind.STATIC, route.distance(), route.nextHop(),
              egress.get(), "static route"));
          it.remove();
          progress = true;
        }
      }
    }
  }

  private Optional<Egress> staticEgress(StaticRoute route) {
    String tunnelName = route.tunnel();
    if (tunnelName != null) {
      return nva.tunnel(tunnelName).filter(tunnelUp).map(Egress.IntoTunnel::new);
    }
    Ipv4Address hop = route.nextHop();
    return hop == null ? Optional.empty() : resolve(hop, false, 0).filter(e -> !(e instanceof Egress.Local));
  }

  private List<NvaRoute> bgpRoutes(NodeState bgp) {
    List<NvaRoute> result = new ArrayList<>();
    for (Selection selection : bgp.table().values()) {
      for (Candidate c : selection.best()) {
        if (c.isLocal()) {
          continue;
        }
        Ipv4Address hop = c.route().attributes().nextHop();
        if (nva.tunnels().stream().anyMatch(t -> t.remoteAddress().equals(hop) && !tunnelUp.test(t))) {
          continue; // the far end of a tunnel that is down: the route is inaccessible, not sent elsewhere
        }
        Optional<Egress> egress = resolve(hop, true, 0);
        if (egress.isEmpty() || egress.get() instanceof Egress.Local) {
          continue;
        }
        boolean ebgp = c.ebgp();
        result.add(new NvaRoute(selection.prefix(), ebgp ? NvaRoute.Kind.EBGP : NvaRoute.Kind.IBGP,
            ebgp ? distances.ebgp() : distances.ibgp(), hop, egress.get(), (ebgp ? "eBGP" : "iBGP") + " from "
                + c.peer() + " [" + c.route().attributes().asPath() + "]"));
      }
    }
    return result;
  }

  /**
   * Where the NVA sends traffic for {@code address}: its own address, a tunnel's far end, a NIC's
   * subnet, an installed static route, else (with {@code viaDefault}) the primary NIC.
   */
  private Optional<Egress> resolve(Ipv4Address address, boolean viaDefault, int depth) {
    if (nva.ownAddresses().contains(address)) {
      return Optional.of(new Egress.Local());
    }
    for (Tunnel tunnel : nva.tunnels()) {
      if (tunnel.remoteAddress().equals(address) && tunnelUp.test(tunnel)) {
        return Optional.of(new Egress.IntoTunnel(tunnel));
      }
    }
    for (NetworkInterface nic : nva.networkInterfaces()) {
      if (subnetOf(nic).filter(p -> p.contains(address)).isPresent()) {
        return Optional.of(new Egress.OutNic(nic));
      }
    }
    if (depth < MAX_RECURSION) {
      NvaRoute best = null;
      for (NvaRoute s : statics) {
        if (s.prefix().contains(address) && (best == null || compare(s, best) < 0)) {
          best = s;
        }
      }
      if (best != null) {
        return Optional.of(best.egress());
      }
    }
    if (viaDefault && !nva.networkInterfaces().isEmpty()) {
      return Optional.of(new Egress.OutNic(nva.networkInterfaces().get(0)));
    }
    return Optional.empty();
  }

  private Optional<Ipv4Prefix> subnetOf(NetworkInterface nic) {
    return topology.subnet(nic.subnet()).map(Subnet::addressPrefix)
        .filter(p -> p instanceof Ipv4Prefix).map(p -> (Ipv4Prefix) p);
  }

  /** The subnet's first address: the gateway Azure's DHCP gives the NIC. */
  private Optional<Ipv4Address> gateway(NetworkInterface nic) {
    return subnetOf(nic).map(p -> p.first().plus(1));
  }

  private static Ipv4Prefix host(Ipv4Address address) {
    return Ipv4Prefix.containing(address, 32);
  }
}
