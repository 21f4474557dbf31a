package io.arsim.cli.compare;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.cli.compare.CompareManifest.ObservedFile;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.bgp.PathAttributes;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.problem.Problem;
import io.arsim.core.problem.Suggestions;
import io.arsim.core.topology.ExtensionResource;
import io.arsim.core.topology.RouteServer;
import io.arsim.core.topology.Subnet;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.VirtualNetwork;
import io.arsim.engine.bgp.Candidate;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.Neighbor;
import io.arsim.engine.bgp.Network;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.NodeState;
import io.arsim.engine.bgp.Selection;
import io.arsim.engine.effective.EffectiveRoute;
import io.arsim.engine.effective.EffectiveRoutes;
import io.arsim.expressroute.model.ExpressRouteCircuit;
import io.arsim.expressroute.model.ExpressRouteGateway;
import io.arsim.policy.spi.SpeakerKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * arsim's side of a comparison: for each manifest entry, the rows arsim predicts for the same
 * question, normalised as {@link Observations} normalises the deployment's (same tables, keys and
 * fields). A route server's rows are what {@code arsim routes} lists, a NIC's what
 * {@code arsim effective-routes} lists, an NVA's what {@code arsim bgp-table} lists. Names the design
 * does not have are problems at the manifest entry.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class Predictions {
  private final Topology topology;
  private final Network network;
  private final ConvergedState state;

  /** The predictions of a converged design. */
  public Predictions(Topology topology, Network network, ConvergedState state) {
    this.topology = topology;
    this.network = network;
    this.state = state;
  }

  /**
   * arsim's rows for manifest entry {@code index}; empty, with a problem added, when it names what the
   * design does not have.
   */
  public List<CompareRow> rows(ObservedFile entry, int index, List<Problem> problems) {
    return switch (entry.shows()) {
      case LEARNED_ROUTES, ADVERTISED_ROUTES -> routeServer(entry, index, problems);
      case EFFECTIVE_ROUTES -> effective(entry, index, problems);
      case BGP_TABLE -> bgpTable(entry, index, problems);
      case GATEWAY_LEARNED_ROUTES -> gateway(entry, index, problems);
    };
  }

  /**
   * The addresses of the instances an entry's rows are on, instance 0 first: a route server's or a
   * gateway's; empty for other entries.
   */
  public List<Ipv4Address> instanceAddresses(ObservedFile entry) {
    if (entry.routeServer() != null) {
      return instanceAddresses(entry.routeServer());
    }
    if (entry.gateway() != null) {
      return gatewayInstances(entry.gateway()).stream().map(Node::routerId).toList();
    }
    return List.of();
  }

  /** The table a gateway entry's rows of one instance are in. */
  static String gatewayTable(ObservedFile entry, int instance) {
    return entry.gateway() + "/IN_" + instance + " learned routes";
  }

  private List<Node> gatewayInstances(String gateway) {
    return network.nodes().stream().filter(n -> n.kind() == SpeakerKind.GATEWAY && n.owner().equals(gateway)
        && !n.asn().equals(Asn.MICROSOFT_EDGE)).sorted((a, b) -> a.name().compareTo(b.name())).toList();
  }

  /**
   * A gateway's learned routes as {@code az network vnet-gateway list-learned-routes} lists them: every
   * path of each instance, its own prefixes with origin {@code Network}, itself as source peer and no
   * next hop, weight 32768 on every row and more where it prefers the peer (as {@code arsim routes
   * --gateway} prints them).
   */
  private List<CompareRow> gateway(ObservedFile entry, int index, List<Problem> problems) {
    List<Node> instances = gatewayInstances(entry.gateway());
    if (instances.isEmpty()) {
      problems.add(Problem.error("unknown-reference", LoadedManifest.pointer(index, "gateway"), "the design has no"
          + " gateway named \"" + entry.gateway() + "\"", known(network.nodes().stream().filter(n -> n.kind()
              == SpeakerKind.GATEWAY && !n.asn().equals(Asn.MICROSOFT_EDGE)).map(Node::owner).distinct().toList(),
              entry.gateway())));
      return List.of();
    }
    List<CompareRow> rows = new ArrayList<>();
    for (int i = 0; i < instances.size(); i++) {
      if (entry.instance() != null && entry.instance() != i) {
        continue;
      }
      Node node = instances.get(i);
      String where = gatewayTable(entry, i);
      Ipv4Address self = node.routerId();
      for (Selection s : state.node(node.name()).orElseThrow().table().values()) {
        for (Candidate c : (Iterable<Candidate>) Stream.concat(s.best().stream(), s.lost().keySet().stream())::iterator) {
          BgpRoute r = c.route();
          if (c.isLocal()) {
            rows.add(Observations.routeServerRow(where, node.name(), r.prefix(), self.toString(), self, null, "",
                "Network", Candidate.LOCAL_WEIGHT));
          } else {
            rows.add(Observations.routeServerRow(where, node.name(), r.prefix(), c.peerAddress().toString(), self,
                r.attributes().nextHop(), r.attributes().asPath().toString(), c.ebgp() ? "EBgp" : "IBgp",
                Math.max(c.weight(), Candidate.LOCAL_WEIGHT)));
          }
        }
      }
    }
    return rows;
  }

  /** The instance addresses of route server {@code name}, instance 0 first; empty when there is none. */
  public List<Ipv4Address> instanceAddresses(String name) {
    return topology.routeServer(name).map(topology::routeServerInstanceIps).orElse(List.of());
  }

  /** The table a route server entry's rows of one instance are in. */
  static String routeServerTable(ObservedFile entry, int instance) {
    return Node.routeServerInstance(entry.routeServer(), instance) + (entry.shows()
        == CompareManifest.Shows.LEARNED_ROUTES ? " learned from " : " advertised to ") + entry.peer();
  }

  private List<CompareRow> routeServer(ObservedFile entry, int index, List<Problem> problems) {
    Optional<RouteServer> rs = topology.routeServer(entry.routeServer());
    if (rs.isEmpty()) {
      problems.add(Problem.error("unknown-reference", LoadedManifest.pointer(index, "routeServer"), "the design has no"
          + " route server \"" + entry.routeServer() + "\"", known(topology.routeServers().stream()
              .map(RouteServer::name).toList(), entry.routeServer())));
      return List.of();
    }
    List<CompareRow> rows = new ArrayList<>();
    boolean peerFound = false;
    for (int i = 0; i < 2; i++) {
      Optional<Node> node = network.node(Node.routeServerInstance(rs.get().name(), i));
      if (node.isEmpty()) {
        continue;
      }
      NodeState nodeState = state.node(node.get().name()).orElseThrow();
      for (Neighbor n : node.get().neighbors()) {
        if (!matches(rs.get(), n, entry.peer())) {
          continue;
        }
        peerFound = true;
        if (entry.instance() != null && entry.instance() != i) {
          continue;
        }
        String where = routeServerTable(entry, i);
        String at = node.get().name();
        boolean learned = entry.shows() == CompareManifest.Shows.LEARNED_ROUTES;
        for (BgpRoute r : (learned ? nodeState.learnedFrom(n.peer()) : nodeState.advertisedTo(n.peer())).values()) {
          String origin;
          long weight;
          if (learned) {
            origin = n.peerAsn().equals(node.get().asn()) ? "IBgp" : "EBgp";
            weight = shownWeight(n.peer(), r.prefix(), nodeState);
          } else {
            Selection s = nodeState.table().get(r.prefix());
            origin = s == null || s.primary().isLocal() ? "Igp"
                : s.primary().peerAsn().equals(node.get().asn()) ? "IBgp" : "EBgp";
            weight = 0;
          }
          rows.add(Observations.routeServerRow(where, at, r.prefix(), learned ? n.peerAddress().toString() : "",
              n.localAddress(), r.attributes().nextHop(), r.attributes().asPath().toString(), origin, weight));
        }
      }
    }
    if (!peerFound) {
      List<String> peers = rs.get().bgpConnections().stream().map(c -> c.name()).toList();
      problems.add(Problem.error("unknown-reference", LoadedManifest.pointer(index, "peer"), rs.get().name()
          + " has no peer \"" + entry.peer() + "\"", known(peers, entry.peer())));
    }
    return rows;
  }

  /** Whether the session {@code n} is with the peer the manifest names (as {@code arsim routes --peer}). */
  private boolean matches(RouteServer rs, Neighbor n, String peer) {
    if (n.peer().equals(peer) || network.node(n.peer()).map(Node::owner).filter(peer::equals).isPresent()
        || n.peerAddress().toString().equals(peer)) {
      return true;
    }
    return rs.bgpConnections().stream().anyMatch(c -> c.name().equals(peer) && c.peerIp().equals(n.peerAddress()));
  }

  /** The weight Azure prints for a learned route: 32768, or more where the node prefers the peer. */
  private static long shownWeight(String peer, Ipv4Prefix prefix, NodeState state) {
    Selection s = state.table().get(prefix);
    if (s == null) {
      return Candidate.LOCAL_WEIGHT;
    }
    return Stream.concat(s.best().stream(), s.lost().keySet().stream()).filter(c -> c.peer().equals(peer))
        .mapToInt(Candidate::weight).map(w -> Math.max(w, Candidate.LOCAL_WEIGHT)).findFirst()
        .orElse(Candidate.LOCAL_WEIGHT);
  }

  private List<CompareRow> effective(ObservedFile entry, int index, List<Problem> problems) {
    List<Topology.AttachedInterface> all = topology.allInterfaces();
    Optional<Topology.AttachedInterface> nic = entry.vm() != null
        ? all.stream().filter(a -> a.owner().equals(entry.vm())).findFirst()
        : all.stream().filter(a -> a.networkInterface().name().equals(entry.nic())).findFirst();
    if (nic.isEmpty()) {
      boolean vm = entry.vm() != null;
      String name = vm ? entry.vm() : entry.nic();
      problems.add(Problem.error("unknown-reference", LoadedManifest.pointer(index, vm ? "vm" : "nic"), "the design"
          + " has no " + (vm ? "VM or NVA" : "NIC") + " named \"" + name + "\"", known(all.stream().map(a -> vm
              ? a.owner() : a.networkInterface().name()).distinct().toList(), name)));
      return List.of();
    }
    String where = entry.subject();
    String at = entry.vm() != null ? entry.vm() + (nic.get().ownerIsNva() ? " --routes" : "")
        : nic.get().networkInterface().name();
    Map<String, List<String[]>> grouped = new LinkedHashMap<>();
    for (EffectiveRoute r : EffectiveRoutes.of(topology, state, nic.get().networkInterface())) {
      grouped.computeIfAbsent(r.prefix() + " " + r.source().name(), k -> new ArrayList<>()).add(new String[] {
          r.prefix().toString(), r.source().name(), r.state(), r.nextHopType().name(),
          r.nextHopAddress().map(Object::toString).orElse("")});
    }
    return Observations.effectiveRows(where, at, grouped.values());
  }

  private List<CompareRow> bgpTable(ObservedFile entry, int index, List<Problem> problems) {
    Optional<Node> node = network.node(entry.nva()).filter(n -> n.kind() == SpeakerKind.NVA);
    if (node.isEmpty()) {
      problems.add(Problem.error("unknown-reference", LoadedManifest.pointer(index, "nva"), "the design has no NVA"
          + " named \"" + entry.nva() + "\"", known(network.nodes().stream().filter(n -> n.kind() == SpeakerKind.NVA)
              .map(Node::name).toList(), entry.nva())));
      return List.of();
    }
    NodeState nodeState = state.node(node.get().name()).orElseThrow();
    List<CompareRow> rows = new ArrayList<>();
    String where = entry.subject();
    for (Selection s : nodeState.table().values()) {
      List<Candidate> all = new ArrayList<>(s.best());
      all.addAll(s.lost().keySet());
      for (Candidate c : all) {
        PathAttributes a = c.route().attributes();
        String status = s.primary() == c ? "best" : s.isSelected(c) ? "multipath" : "valid";
        boolean tied = s.arrivalOrderDependent() && (s.primary() == c || s.arrivalOrderAlternatives().contains(c));
        rows.add(Observations.bgpRow(where, entry.nva(), s.prefix(), status, a.nextHop(), a.asPath().toString(),
            a.origin().code(), Long.valueOf(c.weight()), c.isLocal() ? null : a.localPreference(),
            a.hasMed() ? a.med() : null, tied));
      }
    }
    return rows;
  }

  /**
   * Whether an address is one Microsoft assigns and the design leaves to its default: in the
   * GatewaySubnet of an ExpressRoute gateway without {@code bgpPeeringAddresses}, or of a gateway a
   * circuit connects to without {@code mseeAddresses} for it (docs/expressroute.md, Addresses).
   */
  public Predicate<String> assignedByMicrosoft() {
    TreeSet<String> vnets = new TreeSet<>();
    Map<String, String> gatewayVnet = new LinkedHashMap<>();
    List<ExtensionResource> resources = topology.extensions().values().stream().flatMap(List::stream).toList();
    for (ExtensionResource r : resources) {
      if (r instanceof ExpressRouteGateway g) {
        gatewayVnet.put(g.name(), g.virtualNetwork());
        if (g.bgpPeeringAddresses().isEmpty()) {
          vnets.add(g.virtualNetwork());
        }
      }
    }
    for (ExtensionResource r : resources) {
      if (r instanceof ExpressRouteCircuit c) {
        for (String gateway : c.gateways()) {
          if (c.mseeAddressesFor(gateway).isEmpty() && gatewayVnet.containsKey(gateway)) {
            vnets.add(gatewayVnet.get(gateway));
          }
        }
      }
    }
    List<Ipv4Prefix> subnets = new ArrayList<>();
    for (String vnet : vnets) {
      topology.virtualNetwork(vnet).stream().map(VirtualNetwork::subnets).flatMap(List::stream)
          .filter(s -> s.name().equals("GatewaySubnet")).map(Subnet::addressPrefix)
          .filter(p -> p instanceof Ipv4Prefix).map(p -> (Ipv4Prefix) p).forEach(subnets::add);
    }
    return text -> {
      try {
        Ipv4Address address = Ipv4Address.parse(text);
        return subnets.stream().anyMatch(p -> p.contains(address));
      } catch (IllegalArgumentException e) {
        return false;
      }
    };
  }

  private static String known(List<String> names, String wrong) {
    return Suggestions.closest(wrong, names).map(s -> "did you mean \"" + s + "\"?")
        .orElse(names.isEmpty() ? "the design has none" : "known: " + String.join(", ", names));
  }
}
