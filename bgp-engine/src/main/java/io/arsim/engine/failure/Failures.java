package io.arsim.engine.failure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.NetworkInterface;
import io.arsim.core.topology.NetworkVirtualAppliance;
import io.arsim.core.topology.RouteServer;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.VirtualMachine;
import io.arsim.core.topology.VirtualNetwork;
import io.arsim.engine.bgp.Neighbor;
import io.arsim.engine.bgp.Network;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.SessionState;
import io.arsim.policy.spi.SpeakerKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * Resolves failure names against a design and applies a {@link FailureSet} to a network before it
 * converges.
 *
 * <p>A failed node keeps its place in the network but originates nothing, and every session it
 * takes part in is down with the reason {@code failed: <element>}; its peers therefore withdraw
 * whatever they learned from it, as BGP does when a session is lost (facts 6: the backup is used
 * only when the primary stops advertising). A failed NVA's NICs still exist (they keep their
 * addresses and effective routes) but a trace that reaches one is dropped. A failed VNet takes down
 * every route-server instance, NVA, VM and extension node in it (an extension node is in a VNet
 * when one of its session addresses lies in the VNet's address space) and its peerings on both
 * sides.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Failures {
  private Failures() {}

  /**
   * The failure a command-line name stands for: an NVA, a route server, a route-server instance
   * ({@code rs-spoke/IN_0}), a VNet ({@code vnet:hub1}), a session ({@code nva1,rs-spoke/IN_0}), a
   * load balancer ({@code lb:ilb-fw}), or any other node or extension resource by name (a branch).
   * A prefix {@code nva:}, {@code rs:}, {@code vnet:}, {@code lb:} or {@code node:} removes
   * ambiguity.
   *
   * @throws IllegalArgumentException when nothing (or more than one kind of thing) has that name
   */
  public static Failure resolve(String spec, Topology topology, Network network) {
    String text = spec.strip();
    int comma = text.indexOf(',');
    if (comma > 0) {
      String a = text.substring(0, comma).strip();
      String b = text.substring(comma + 1).strip();
      for (String end : List.of(a, b)) {
        if (network.node(end).isEmpty()) {
          throw new IllegalArgumentException("no BGP speaker named \"" + end + "\" for the session \"" + spec
              + "\"; speakers: " + String.join(", ", network.nodes().stream().map(Node::name).toList()));
        }
      }
      if (network.session(a, b).isEmpty()) {
        throw new IllegalArgumentException("no BGP session between " + a + " and " + b);
      }
      return Failure.session(a, b);
    }
    int colon = text.indexOf(':');
    if (colon > 0) {
      String kind = text.substring(0, colon);
      String name = text.substring(colon + 1);
      Failure failure = switch (kind) {
        case "nva" -> topology.networkVirtualAppliance(name).map(n -> Failure.nva(name)).orElse(null);
        case "rs" -> topology.routeServer(name).map(r -> Failure.routeServer(name))
            .orElse(network.node(name).filter(n -> n.kind() == SpeakerKind.ROUTE_SERVER)
                .map(n -> Failure.instance(name)).orElse(null));
        case "vnet" -> topology.virtualNetwork(name).map(v -> Failure.vnet(name)).orElse(null);
        case "node" -> nodesOf(network, name).isEmpty() ? null : Failure.node(name);
        case "lb" -> topology.loadBalancer(name).map(b -> Failure.loadBalancer(name)).orElse(null);
        default -> throw new IllegalArgumentException("unknown failure kind \"" + kind + "\" in \"" + spec
            + "\"; use nva:, rs:, vnet:, lb: or node:");
      };
      if (failure == null) {
        throw new IllegalArgumentException("no " + kind + " named \"" + name + "\" in design " + topology.name());
      }
      return failure;
    }
    List<Failure> matches = new ArrayList<>();
    topology.networkVirtualAppliance(text).ifPresent(n -> matches.add(Failure.nva(text)));
    topology.routeServer(text).ifPresent(r -> matches.add(Failure.routeServer(text)));
    network.node(text).filter(n -> n.kind() == SpeakerKind.ROUTE_SERVER).ifPresent(n -> matches.add(
        Failure.instance(text)));
    topology.virtualNetwork(text).ifPresent(v -> matches.add(Failure.vnet(text)));
    topology.loadBalancer(text).ifPresent(b -> matches.add(Failure.loadBalancer(text)));
    if (matches.isEmpty() && !nodesOf(network, text).isEmpty()) {
      matches.add(Failure.node(text));
    }
    if (matches.size() > 1) {
      throw new IllegalArgumentException("\"" + text + "\" names several things ("
          + String.join(", ", matches.stream().map(Failure::describe).toList())
          + "); write nva:" + text + ", rs:" + text + ", vnet:" + text + " or lb:" + text);
    }
    if (matches.isEmpty()) {
      throw new IllegalArgumentException("nothing named \"" + text + "\" can fail in design " + topology.name()
          + "; NVAs, route servers (or rs/IN_0), VNets (vnet:NAME), sessions (A,B), load balancers (lb:NAME) and"
          + " other nodes can: "
          + String.join(", ", candidates(topology, network).stream().map(Failure::label).toList()));
    }
    return matches.get(0);
  }

  /**
   * What a sweep fails one by one: every NVA, every route server, each route-server instance, and
   * every other node by owner (gateways, circuits, on-premises sites, branches). Load balancers are
   * not swept: Azure's load balancer is a distributed function of the fabric, not a machine that
   * fails; what fails is a backend, which the NVA failures cover.
   */
  public static List<Failure> candidates(Topology topology, Network network) {
    List<Failure> result = new ArrayList<>();
    topology.networkVirtualAppliances().forEach(n -> result.add(Failure.nva(n.name())));
    for (RouteServer rs : topology.routeServers()) {
      result.add(Failure.routeServer(rs.name()));
      network.nodes().stream().filter(n -> n.kind() == SpeakerKind.ROUTE_SERVER && n.owner().equals(rs.name()))
          .forEach(n -> result.add(Failure.instance(n.name())));
    }
    new TreeSet<>(network.nodes().stream()
        .filter(n -> n.kind() != SpeakerKind.ROUTE_SERVER && n.kind() != SpeakerKind.NVA)
        .map(Node::owner).toList()).forEach(owner -> result.add(Failure.node(owner)));
    return List.copyOf(result);
  }

  private static List<Node> nodesOf(Network network, String name) {
    return network.nodes().stream().filter(n -> n.name().equals(name) || n.owner().equals(name)).toList();
  }

  /** Applies {@code failures} to the network built from {@code topology}. */
  public static FailedDesign apply(Topology topology, Network network, FailureSet failures) {
    Map<String, String> downNodes = new LinkedHashMap<>();
    SortedMap<String, String> downMachines = new TreeMap<>();
    SortedSet<String> downVnets = new TreeSet<>();
    SortedSet<String> downBalancers = new TreeSet<>();
    Map<String, String> downSessions = new LinkedHashMap<>();
    for (Failure f : failures.failures()) {
      String why = "failed: " + f.label();
      switch (f.kind()) {
        case NVA -> {
          network.nodes().stream().filter(n -> n.kind() == SpeakerKind.NVA && n.owner().equals(f.name()))
              .forEach(n -> downNodes.putIfAbsent(n.name(), why));
          downMachines.putIfAbsent(f.name(), why);
        }
        case ROUTE_SERVER -> network.nodes().stream()
            .filter(n -> n.kind() == SpeakerKind.ROUTE_SERVER && n.owner().equals(f.name()))
            .forEach(n -> downNodes.putIfAbsent(n.name(), why));
        case ROUTE_SERVER_INSTANCE, NODE -> nodesOf(network, f.name())
            .forEach(n -> downNodes.putIfAbsent(n.name(), why));
        case SESSION -> downSessions.putIfAbsent(f.name() + "\u0000" + f.peer(), why);
        case VNET -> {
          downVnets.add(f.name());
          failVnet(topology, network, f.name(), why, downNodes, downMachines);
        }
        case LOAD_BALANCER -> downBalancers.add(f.name());
      }
    }
    List<Node> nodes = new ArrayList<>();
    for (Node n : network.nodes()) {
      nodes.add(downNodes.containsKey(n.name()) ? new Node(n.name(), n.asn(), n.routerId(), n.kind(),
          n.preferredUnder(), n.owner(), n.virtualNetwork(), n.behaviour(), n.neighbors(), List.of(), List.of()) : n);
    }
    List<SessionState> sessions = new ArrayList<>();
    for (SessionState s : network.sessions()) {
      String why = downNodes.containsKey(s.a()) ? downNodes.get(s.a())
          : downNodes.containsKey(s.b()) ? downNodes.get(s.b())
          : downSessions.getOrDefault(s.a() + "\u0000" + s.b(), downSessions.get(s.b() + "\u0000" + s.a()));
      sessions.add(why != null && s.up() ? s.down(why) : s);
    }
    Topology after = downVnets.isEmpty() ? topology : withoutPeerings(topology, downVnets);
    return new FailedDesign(after, new Network(nodes, sessions), failures, new TreeSet<>(downNodes.keySet()),
        downMachines, downVnets, downBalancers);
  }

  private static void failVnet(Topology topology, Network network, String vnet, String why,
      Map<String, String> downNodes, SortedMap<String, String> downMachines) {
    List<Ipv4Prefix> space = topology.virtualNetwork(vnet).map(v -> v.addressSpace().stream()
        .filter(p -> p instanceof Ipv4Prefix).map(p -> (Ipv4Prefix) p).toList()).orElse(List.of());
    for (RouteServer rs : topology.routeServers()) {
      if (rs.virtualNetwork().equals(vnet)) {
        network.nodes().stream().filter(n -> n.kind() == SpeakerKind.ROUTE_SERVER && n.owner().equals(rs.name()))
            .forEach(n -> downNodes.putIfAbsent(n.name(), why));
      }
    }
    for (NetworkVirtualAppliance nva : topology.networkVirtualAppliances()) {
      if (inVnet(nva.networkInterfaces(), vnet)) {
        downMachines.putIfAbsent(nva.name(), why);
        network.nodes().stream().filter(n -> n.kind() == SpeakerKind.NVA && n.owner().equals(nva.name()))
            .forEach(n -> downNodes.putIfAbsent(n.name(), why));
      }
    }
    for (VirtualMachine vm : topology.virtualMachines()) {
      if (inVnet(vm.networkInterfaces(), vnet)) {
        downMachines.putIfAbsent(vm.name(), why);
      }
    }
    for (Node n : network.nodes()) {
      if (n.kind() == SpeakerKind.ROUTE_SERVER || n.kind() == SpeakerKind.NVA) {
        continue;
      }
      boolean inside = n.neighbors().stream().map(Neighbor::localAddress)
          .anyMatch(a -> space.stream().anyMatch(p -> p.contains(a)));
      if (inside) {
        downNodes.putIfAbsent(n.name(), why);
      }
    }
  }

  private static boolean inVnet(List<NetworkInterface> nics, String vnet) {
    return nics.stream().anyMatch(nic -> nic.subnet().virtualNetwork().equals(vnet));
  }

  private static Topology withoutPeerings(Topology t, SortedSet<String> down) {
    List<VirtualNetwork> vnets = new ArrayList<>();
    for (VirtualNetwork v : t.virtualNetworks()) {
      List<io.arsim.core.topology.VirtualNetworkPeering> peerings = down.contains(v.name()) ? List.of()
          : v.virtualNetworkPeerings().stream().filter(p -> !down.contains(p.remoteVirtualNetwork())).toList();
      vnets.add(new VirtualNetwork(v.name(), v.location(), v.addressSpace(), v.subnets(), peerings));
    }
    return t.withVirtualNetworks(vnets);
  }
}
