package io.arsim.serve.design;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.Asn;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.topology.BgpConnection;
import io.arsim.core.topology.NetworkVirtualAppliance;
import io.arsim.core.topology.RouteServer;
import io.arsim.core.topology.Topology;
import io.arsim.engine.bgp.Node;
import io.arsim.serve.server.ServeException;
import io.arsim.serve.session.InstanceConfig;
import io.arsim.serve.session.PeerConfig;
import io.arsim.serve.session.RouteLimit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * The route-server instances {@code arsim serve} runs for a design, as BGP speakers: for each route
 * server picked, its two instances (named as the engine's nodes, {@code rs-hub/IN_0} and
 * {@code /IN_1}), AS 65515, Azure's hold time of 180 s, the route limit counted as Azure counts it,
 * the instance IP of the design as BGP identifier and next hop, and as peers the external NVAs the
 * route server has a {@code bgpConnection} to (name, the address their real router connects from,
 * the connection's {@code peerAsn}). Simulated NVAs are not accepted on the wire.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class ServedInstances {
  /** BGP's port, which instances listen on when {@code --listen} gives none and the process may bind it. */
  public static final int BGP_PORT = 179;

  /**
   * The port instances listen on when {@code --listen} gives none and 179 cannot be bound (it needs
   * root or {@code CAP_NET_BIND_SERVICE}, or a BGP daemon of the machine holds it).
   */
  public static final int DEFAULT_PORT = 1179;

  private ServedInstances() {}

  /**
   * Where one instance listens.
   *
   * @param address the address
   * @param port the TCP port
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public record Listen(Ipv4Address address, int port) {
    public Listen {
      Objects.requireNonNull(address, "address");
    }

    @Override
    public String toString() {
      return address + ":" + port;
    }
  }

  /**
   * The default listen address of the {@code k}-th instance served (from 0): 127.0.1.1, 127.0.1.2,
   * ... on port {@link #DEFAULT_PORT}. Each instance needs its own address, since a router has one
   * neighbour per address.
   */
  public static Listen defaultListen(int k) {
    return defaultListen(k, DEFAULT_PORT);
  }

  /** The default listen address of the {@code k}-th instance served (from 0), on {@code port}. */
  public static Listen defaultListen(int k, int port) {
    return new Listen(Ipv4Address.of(127, 0, 1, 1 + k), port);
  }

  /**
   * The instances of {@code routeServers} (every route server with an external NVA peer when empty).
   *
   * @param listen where the instances listen, in order (the first route server's IN_0, IN_1, then the
   *     next's); the rest get {@link #defaultListen(int)}
   * @param peerAddresses the address each external NVA's real router connects from, by NVA name;
   *     an NVA not given connects from its address in the design
   * @param routeLimit the limit on routes from each peer
   * @throws ServeException naming the route server, NVA or address that does not fit and how to fix it
   */
  public static List<InstanceConfig> of(Topology topology, List<String> routeServers, List<Listen> listen,
      Map<String, Ipv4Address> peerAddresses, RouteLimit routeLimit) {
    return of(topology, routeServers, listen, peerAddresses, routeLimit, DEFAULT_PORT);
  }

  /**
   * As {@link #of(Topology, List, List, Map, RouteLimit)}, the instances beyond {@code listen}
   * listening on {@code defaultPort} ({@link #BGP_PORT} when the process may bind it).
   */
  public static List<InstanceConfig> of(Topology topology, List<String> routeServers, List<Listen> listen,
      Map<String, Ipv4Address> peerAddresses, RouteLimit routeLimit, int defaultPort) {
    Map<Ipv4Address, NetworkVirtualAppliance> externalByAddress = new TreeMap<>();
    Set<String> externalNames = new TreeSet<>();
    for (NetworkVirtualAppliance nva : topology.networkVirtualAppliances()) {
      if (nva.external()) {
        externalNames.add(nva.name());
        nva.ownAddresses().forEach(a -> externalByAddress.put(a, nva));
      }
    }
    if (externalNames.isEmpty()) {
      throw new ServeException("design " + topology.name() + " has no external NVA, so no real router may peer with"
          + " its route servers; mark the NVAs real routers play with external: true (docs/topology.md)");
    }
    for (String nva : peerAddresses.keySet()) {
      if (!externalNames.contains(nva)) {
        throw new ServeException("--peer " + nva + "=" + peerAddresses.get(nva) + ": the design has no external NVA "
            + "named " + nva + "; external NVAs: " + String.join(", ", externalNames));
      }
    }
    List<RouteServer> picked = pick(topology, routeServers, externalByAddress);
    List<InstanceConfig> instances = new ArrayList<>();
    Set<Listen> used = new HashSet<>();
    int k = 0;
    for (RouteServer rs : picked) {
      List<PeerConfig> peers = new ArrayList<>();
      Set<Ipv4Address> seen = new HashSet<>();
      for (BgpConnection connection : rs.bgpConnections()) {
        NetworkVirtualAppliance nva = externalByAddress.get(connection.peerIp());
        if (nva == null) {
          continue;
        }
        Ipv4Address from = peerAddresses.getOrDefault(nva.name(), connection.peerIp());
        if (!seen.add(from)) {
          throw new ServeException("route server " + rs.name() + ": two external NVAs connect from " + from
              + "; give each its own address with --peer NVA=ADDR");
        }
        peers.add(new PeerConfig(nva.name(), from, connection.peerAsn()));
      }
      List<Ipv4Address> ips = topology.routeServerInstanceIps(rs);
      for (int i = 0; i < ips.size(); i++, k++) {
        Listen at = k < listen.size() ? listen.get(k) : defaultListen(k, defaultPort);
        String name = Node.routeServerInstance(rs.name(), i);
        if (!used.add(at)) {
          throw new ServeException("instance " + name + " would listen on " + at + ", where another instance"
              + " listens; give each instance its own address with --listen (in the order "
              + String.join(", ", instanceNames(picked, topology)) + ")");
        }
        instances.add(InstanceConfig.builder(name, at.address(), Asn.AZURE_ROUTE_SERVER).port(at.port())
            .routerAddress(ips.get(i)).peers(peers).routeLimit(routeLimit).build());
      }
    }
    if (listen.size() > k) {
      throw new ServeException(listen.size() + " --listen addresses for " + k + " instances ("
          + String.join(", ", instanceNames(picked, topology)) + "); give at most one per instance");
    }
    return List.copyOf(instances);
  }

  /** The names of the instances served, in the order --listen takes them. */
  public static List<String> instanceNames(List<RouteServer> routeServers, Topology topology) {
    List<String> names = new ArrayList<>();
    for (RouteServer rs : routeServers) {
      for (int i = 0; i < topology.routeServerInstanceIps(rs).size(); i++) {
        names.add(Node.routeServerInstance(rs.name(), i));
      }
    }
    return names;
  }

  private static List<RouteServer> pick(Topology topology, List<String> names,
      Map<Ipv4Address, NetworkVirtualAppliance> externalByAddress) {
    List<String> known = topology.routeServers().stream().map(RouteServer::name).sorted().toList();
    if (names.isEmpty()) {
      List<RouteServer> withPeers = topology.routeServers().stream()
          .filter(rs -> rs.bgpConnections().stream().anyMatch(c -> externalByAddress.containsKey(c.peerIp())))
          .toList();
      if (withPeers.isEmpty()) {
        throw new ServeException("no route server of design " + topology.name() + " has a bgpConnection to an"
            + " external NVA; add one (peerIp and peerAsn of the NVA) to the route server the real router peers with");
      }
      return withPeers;
    }
    List<RouteServer> picked = new ArrayList<>();
    for (String name : names) {
      Optional<RouteServer> rs = topology.routeServer(name);
      if (rs.isEmpty()) {
        throw new ServeException("--route-server " + name + ": design " + topology.name() + " has no route server"
            + " named " + name + "; route servers: " + String.join(", ", known));
      }
      if (picked.contains(rs.get())) {
        throw new ServeException("--route-server " + name + " is given twice; give each route server once");
      }
      if (rs.get().bgpConnections().stream().noneMatch(c -> externalByAddress.containsKey(c.peerIp()))) {
        throw new ServeException("--route-server " + name + ": no external NVA peers with it, so no real router"
            + " could connect; mark the NVA a real router plays with external: true, or pick another route server");
      }
      picked.add(rs.get());
    }
    return picked;
  }
}
