package io.arsim.engine.explain;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.NetworkInterface;
import io.arsim.core.topology.RouteServer;
import io.arsim.core.topology.RouteTable;
import io.arsim.core.topology.Subnet;
import io.arsim.core.topology.Topology;
import io.arsim.engine.bgp.Candidate;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.DecisionStep;
import io.arsim.engine.bgp.Neighbor;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.NodeState;
import io.arsim.engine.bgp.Rejection;
import io.arsim.engine.bgp.Selection;
import io.arsim.engine.bgp.SessionState;
import io.arsim.engine.effective.EffectiveRoute;
import io.arsim.engine.effective.EffectiveRoutes;
import io.arsim.policy.catalog.PolicyChain;
import io.arsim.policy.spi.Direction;
import io.arsim.policy.spi.PolicyContext;
import io.arsim.policy.spi.Speaker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/** Explains routes at nodes and NICs of a converged network. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Explainer {
  private final Topology topology;
  private final ConvergedState state;

  public Explainer(Topology topology, ConvergedState state) {
    this.topology = topology;
    this.state = state;
  }

  /** Why {@code prefix} is, or is not, in the table of {@code nodeName}. */
  public Explanation atNode(String nodeName, Ipv4Prefix prefix) {
    Node node = state.network().node(nodeName).orElseThrow(() -> new IllegalArgumentException(
        "no node named " + nodeName));
    NodeState tables = state.node(nodeName).orElseThrow();
    String subject = prefix + " at " + nodeName + " (" + describe(node) + ")";
    List<String> lines = new ArrayList<>();
    List<String> arrivalOrder = new ArrayList<>();
    Set<PolicyEffect> effects = new LinkedHashSet<>();
    Selection selection = tables.table().get(prefix);
    if (selection != null) {
      lines.add(selection.best().size() > 1
          ? "Selected: " + selection.best().size() + " equal paths (ECMP)"
          : "Selected:");
      for (Candidate c : selection.best()) {
        lines.add("  " + path(c) + (c == selection.primary() ? "  <- best" : "  <- multipath (equal so far)"));
        effects(nodeName, c, prefix, lines, effects);
      }
      if (selection.arrivalOrderDependent()) {
        List<String> tied = new ArrayList<>();
        tied.add(peer(selection.primary()));
        selection.arrivalOrderAlternatives().forEach(c -> tied.add(peer(c)));
        arrivalOrder.addAll(tied);
        lines.add("Arrival-order dependent: " + String.join(", ", tied) + " tie up to FRR's and Cisco's \"prefer the"
            + " oldest path\"; the router keeps whichever arrived first, which the design does not say. arsim shows "
            + peer(selection.primary()) + " (lowest router id) as best; list the neighbours oldest first in the NVA's"
            + " arrivalOrder to pin it.");
      }
      if (!selection.lost().isEmpty()) {
        lines.add("Not selected:");
        for (Map.Entry<Candidate, DecisionStep> lost : selection.lost().entrySet()) {
          Candidate c = lost.getKey();
          DecisionStep step = lost.getValue();
          lines.add("  " + path(c) + "  lost at " + step.label() + ": " + step.rule() + detail(step, selection.primary(), c));
          effects(nodeName, c, prefix, lines, effects);
        }
      }
      lines.add("Where the best path comes from:");
      chain(selection.primary(), nodeName, prefix, lines, new HashSet<>(), effects);
    } else {
      lines.add("Not here: " + nodeName + " has no path for " + prefix + ".");
    }
    List<Rejection> rejected = tables.rejections().stream()
        .filter(r -> r.route().prefix().equals(prefix) && r.stage() != Rejection.Stage.EXPORT_POLICY).toList();
    if (!rejected.isEmpty()) {
      lines.add("Rejected on arrival:");
      rejected.forEach(r -> lines.add("  from " + r.peer() + " [" + r.route().attributes().asPath() + "]: "
          + r.rule() + ": " + r.reason()));
    }
    if (selection == null) {
      whyNotSent(node, prefix, lines, !rejected.isEmpty());
    }
    return new Explanation(subject, selection != null, lines, arrivalOrder, List.copyOf(effects));
  }

  private static String peer(Candidate c) {
    return c.peer() + " (" + c.peerAddress() + ")";
  }

  private void whyNotSent(Node node, Ipv4Prefix prefix, List<String> lines, boolean rejectedHere) {
    List<String> found = new ArrayList<>();
    for (Neighbor neighbor : node.neighbors()) {
      Optional<SessionState> session = state.session(node.name(), neighbor.peer());
      NodeState peer = state.node(neighbor.peer()).orElse(null);
      if (peer == null) {
        continue;
      }
      Selection theirs = peer.table().get(prefix);
      if (session.isPresent() && !session.get().up()) {
        found.add("  " + neighbor.peer() + ": the session is down: " + session.get().reason());
        continue;
      }
      if (theirs == null) {
        continue;
      }
      if (peer.advertisedTo(node.name()).containsKey(prefix)) {
        found.add("  " + neighbor.peer() + " sent it (see above for why it was rejected)");
        continue;
      }
      Optional<Rejection> export = peer.rejections().stream().filter(r -> r.stage() == Rejection.Stage.EXPORT_POLICY
          && r.peer().equals(node.name()) && r.route().prefix().equals(prefix)).findFirst();
      if (export.isPresent()) {
        found.add("  " + neighbor.peer() + " has it but its export policy " + export.get().rule() + " stopped it: "
            + export.get().reason());
      } else if (theirs.best().stream().allMatch(c -> c.peer().equals(node.name()))) {
        found.add("  " + neighbor.peer() + " has it only from " + node.name() + " itself, and does not send a path"
            + " back to the peer it came from (a route server never does; FRR only for a solo neighbour)");
      } else {
        found.add("  " + neighbor.peer() + " has it (best from " + theirs.primary().peer() + ") but does not advertise it"
            + " here: " + advertisementRule(neighbor.peer(), theirs));
      }
    }
    if (found.isEmpty() && !rejectedHere) {
      List<String> stops = whereItStops(node, prefix);
      if (stops.isEmpty()) {
        lines.add("No neighbour of " + node.name() + " holds " + prefix + ", and no speaker in the design holds it: none"
            + " originates it.");
      } else {
        lines.add("No neighbour of " + node.name() + " holds " + prefix + ". Where it stops, from the nearest speakers"
            + " that hold it:");
        lines.addAll(stops);
      }
    } else if (!found.isEmpty()) {
      lines.add("Neighbours:");
      lines.addAll(found);
    }
  }

  /** How far {@link #whereItStops} looks: sessions away from the node. */
  private static final int SEARCH_DEPTH = 12;

  /**
   * Follows the sessions back from {@code node} to the nearest speakers that hold {@code prefix} and
   * says, for each, why it goes no further toward {@code node}: the session is down, the next
   * speaker rejects it (which rule or policy), an export policy stops it, or the holder does not
   * advertise it there (a route server without branch-to-branch, NO_ADVERTISE...). So an on-premises
   * site or a gateway missing a route is traced back to the route server or NVA that dropped it.
   */
  private List<String> whereItStops(Node node, Ipv4Prefix prefix) {
    Map<String, String> towardNode = new java.util.HashMap<>();
    Set<String> seen = new HashSet<>(Set.of(node.name()));
    List<String> level = List.of(node.name());
    java.util.SortedSet<String> holders = new java.util.TreeSet<>();
    for (int depth = 0; depth < SEARCH_DEPTH && holders.isEmpty() && !level.isEmpty(); depth++) {
      List<String> next = new ArrayList<>();
      for (String x : level) {
        Optional<Node> at = state.network().node(x);
        if (at.isEmpty()) {
          continue;
        }
        for (Neighbor n : at.get().neighbors()) {
          if (!seen.add(n.peer())) {
            continue;
          }
          towardNode.put(n.peer(), x);
          Selection theirs = state.node(n.peer()).map(t -> t.table().get(prefix)).orElse(null);
          if (theirs != null) {
            holders.add(n.peer());
          } else {
            next.add(n.peer());
          }
        }
      }
      level = next.stream().sorted().toList();
    }
    List<String> lines = new ArrayList<>();
    for (String holder : holders) {
      String child = towardNode.get(holder);
      Selection theirs = state.node(holder).orElseThrow().table().get(prefix);
      lines.add("  " + holder + " holds it (" + (theirs.primary().isLocal() ? "originates it" : "best from "
          + theirs.primary().peer() + ", AS path [" + theirs.primary().route().attributes().asPath() + "]") + "); "
          + linkReason(holder, child, prefix, theirs));
      List<String> rest = new ArrayList<>();
      for (String x = child; x != null; x = x.equals(node.name()) ? null : towardNode.get(x)) {
        rest.add(x);
      }
      if (rest.size() > 1) {
        lines.add("    so it never reaches " + String.join(" -> ", rest));
      }
    }
    return lines;
  }

  /** Why {@code holder} does not get {@code prefix} into {@code child}'s table. */
  private String linkReason(String holder, String child, Ipv4Prefix prefix, Selection theirs) {
    Optional<SessionState> session = state.session(holder, child);
    if (session.isPresent() && !session.get().up()) {
      return "the session " + holder + " - " + child + " is down: " + session.get().reason();
    }
    NodeState childState = state.node(child).orElse(null);
    if (childState != null) {
      Optional<Rejection> rejected = childState.rejections().stream().filter(r -> r.peer().equals(holder)
          && r.route().prefix().equals(prefix) && r.stage() != Rejection.Stage.EXPORT_POLICY).findFirst();
      if (rejected.isPresent()) {
        return child + " rejects it from " + holder + " [" + rejected.get().route().attributes().asPath() + "]: "
            + rejected.get().rule() + ": " + rejected.get().reason();
      }
    }
    Optional<Rejection> export = state.node(holder).orElseThrow().rejections().stream().filter(r ->
        r.stage() == Rejection.Stage.EXPORT_POLICY && r.peer().equals(child) && r.route().prefix().equals(prefix))
        .findFirst();
    if (export.isPresent()) {
      return "its export policy " + export.get().rule() + " stops it toward " + child + ": " + export.get().reason();
    }
    if (state.node(holder).orElseThrow().advertisedTo(child).containsKey(prefix)) {
      return "it sends it to " + child + ", which does not keep it";
    }
    return "it does not advertise it to " + child + ": " + advertisementRule(holder, theirs);
  }

  private String advertisementRule(String nodeName, Selection theirs) {
    Optional<Node> node = state.network().node(nodeName);
    if (node.isPresent() && theirs.primary().route().attributes().communities()
        .contains(io.arsim.core.bgp.Community.NO_ADVERTISE)) {
      return "the route carries NO_ADVERTISE";
    }
    if (node.isPresent() && node.get().kind() == io.arsim.policy.spi.SpeakerKind.ROUTE_SERVER) {
      return "a route server sends gateway routes only with branch-to-branch, and nothing with NO_ADVERTISE";
    }
    return "NO_EXPORT toward an eBGP peer, a summary-only aggregate-address covering it, a path learned over iBGP"
        + " (not passed to another iBGP neighbour), or the route came from a peer it is not sent to";
  }

  private void chain(Candidate candidate, String at, Ipv4Prefix prefix, List<String> lines, Set<String> seen,
      Set<PolicyEffect> effects) {
    if (candidate.isAggregate()) {
      lines.add("  " + at + " originates it as an aggregate-address summary of the more specific routes it holds, AS path ["
          + candidate.route().attributes().asPath() + "]");
      return;
    }
    if (candidate.isLocal()) {
      lines.add("  " + at + " originates it" + originNote(at));
      return;
    }
    String peer = candidate.peer();
    lines.add("  " + at + " <- " + peer + " (" + candidate.peerAddress() + ") with AS path ["
        + candidate.route().attributes().asPath() + "], next hop " + candidate.route().attributes().nextHop());
    if (!seen.isEmpty()) { // the first hop's policies are listed under "Selected:"
      effects(at, candidate, prefix, lines, effects);
    }
    if (!seen.add(peer)) {
      lines.add("  (loop in the chain at " + peer + ")");
      return;
    }
    Optional<NodeState> peerState = state.node(peer);
    Selection theirs = peerState.map(s -> s.table().get(prefix)).orElse(null);
    if (theirs == null) {
      lines.add("  (" + peer + " no longer holds it)");
      return;
    }
    Candidate sent = theirs.best().stream().filter(c -> !c.peer().equals(at)).findFirst().orElse(theirs.primary());
    chain(sent, peer, prefix, lines, seen, effects);
  }

  /** Adds a line for each configured policy that changed {@code c} on its last hop, into {@code at}. */
  private void effects(String at, Candidate c, Ipv4Prefix prefix, List<String> lines, Set<PolicyEffect> found) {
    for (PolicyEffect effect : policyEffects(at, c, prefix)) {
      lines.add("    changed by " + effect.describe());
      found.add(effect);
    }
  }

  /**
   * The configured policies that changed {@code c} on its last hop: the export chain of the peer it
   * came from toward {@code at}, then the import chain of {@code at} from that peer. Computed here,
   * for this one route, by running those chains again on what the converged state holds (the peer's
   * selection, the route on the wire), as the export and import phases ran them; convergence keeps no
   * record of it.
   */
  List<PolicyEffect> policyEffects(String at, Candidate c, Ipv4Prefix prefix) {
    if (c.isLocal() || c.isAggregate()) {
      return List.of();
    }
    Node node = state.network().node(at).orElse(null);
    Node peer = state.network().node(c.peer()).orElse(null);
    if (node == null || peer == null) {
      return List.of();
    }
    Optional<Neighbor> in = node.neighbors().stream()
        .filter(n -> n.peer().equals(peer.name()) && n.peerAddress().equals(c.peerAddress())).findFirst();
    if (in.isEmpty()) {
      return List.of();
    }
    List<PolicyEffect> effects = new ArrayList<>();
    Optional<Neighbor> out = peer.neighbors().stream()
        .filter(n -> n.peer().equals(at) && n.peerAddress().equals(in.get().localAddress())).findFirst()
        .or(() -> peer.neighbor(at));
    Selection theirs = state.node(peer.name()).map(s -> s.table().get(prefix)).orElse(null);
    if (out.isPresent() && !out.get().exportChain().isEmpty() && theirs != null) {
      Optional<BgpRoute> prepared = peer.behaviour().advertise(peer, out.get(), theirs);
      if (prepared.isPresent()) {
        PolicyContext context = new PolicyContext(Direction.EXPORT, speaker(peer, out.get().localAddress()),
            speaker(node, out.get().peerAddress()));
        add(out.get().exportChain().trace(context, prepared.get()), Direction.EXPORT, peer.name(), at, effects);
      }
    }
    BgpRoute received = state.node(peer.name()).map(s -> s.advertisedTo(at).get(prefix)).orElse(null);
    if (!in.get().importChain().isEmpty() && received != null) {
      PolicyContext context = new PolicyContext(Direction.IMPORT, speaker(node, in.get().localAddress()),
          speaker(peer, in.get().peerAddress()));
      add(in.get().importChain().trace(context, node.arriving(in.get(), received)), Direction.IMPORT,
          at, peer.name(), effects);
    }
    return effects;
  }

  private static void add(PolicyChain.Trace trace, Direction direction, String speaker, String peer,
      List<PolicyEffect> effects) {
    for (PolicyChain.Step step : trace.changing()) {
      effects.add(new PolicyEffect(step.policy().name(), step.policy().type(), direction, speaker, peer,
          step.changes()));
    }
  }

  private static Speaker speaker(Node node, Ipv4Address address) {
    return new Speaker(node.name(), node.asn(), address, node.kind());
  }

  private String originNote(String nodeName) {
    Optional<Node> node = state.network().node(nodeName);
    if (node.isEmpty()) {
      return "";
    }
    return switch (node.get().kind()) {
      case ROUTE_SERVER -> " (a prefix of its VNet, or of a VNet that uses it through useRemoteGateways)";
      case NVA -> " (listed in its networks)";
      default -> "";
    };
  }

  private static String detail(DecisionStep step, Candidate best, Candidate lost) {
    return switch (step) {
      case AS_PATH_LENGTH -> " ([" + best.route().attributes().asPath() + "] has "
          + best.route().attributes().asPath().length() + ", [" + lost.route().attributes().asPath() + "] has "
          + lost.route().attributes().asPath().length() + ")";
      case WEIGHT -> " (" + best.weight() + " vs " + lost.weight() + ")";
      case LOCAL_PREFERENCE -> " (" + best.route().attributes().localPreference() + " vs "
          + lost.route().attributes().localPreference() + ")";
      case ROUTING_PREFERENCE -> best.isLocal() ? " (the route server's own VNet prefix)"
          : " (" + best.peer() + "'s routes win under hub routing preference " + best.peerPreferredUnder() + ")";
      case PEER_ADDRESS -> " (" + best.peerAddress() + " vs " + lost.peerAddress() + ")";
      case ROUTER_ID -> " (" + best.peerRouterId() + " vs " + lost.peerRouterId() + ")";
      case ARRIVAL_ORDER -> " (" + best.peerAddress() + " comes before " + lost.peerAddress() + " in arrivalOrder)";
      default -> "";
    };
  }

  private static String path(Candidate c) {
    if (c.isAggregate()) {
      return "aggregate (made here from more specific routes): AS path [" + c.route().attributes().asPath() + "]";
    }
    if (c.isLocal()) {
      return "local route (originated here)";
    }
    return "from " + c.peer() + " (" + c.peerAddress() + "): AS path [" + c.route().attributes().asPath() + "], next hop "
        + c.route().attributes().nextHop() + (c.route().attributes().communities().isEmpty() ? ""
        : ", communities " + c.route().attributes().communities());
  }

  private static String describe(Node node) {
    return switch (node.kind()) {
      case ROUTE_SERVER -> "instance of route server " + node.owner() + ", AS 65515";
      case NVA -> "NVA, AS " + node.asn();
      case GATEWAY -> "gateway " + node.owner() + ", AS " + node.asn();
      case ON_PREMISES -> "on-premises " + node.owner() + ", AS " + node.asn();
    };
  }

  /** Why the NIC does or does not have a route for {@code prefix}, and which route it uses. */
  public Explanation atNic(String owner, NetworkInterface nic, Ipv4Prefix prefix) {
    List<EffectiveRoute> routes = EffectiveRoutes.of(topology, state, nic);
    String subject = prefix + " at NIC " + nic.name() + " of " + owner + " (" + nic.subnet() + ", " + nic.privateIpAddress() + ")";
    List<String> lines = new ArrayList<>();
    List<EffectiveRoute> exact = routes.stream().filter(r -> r.prefix().equals(prefix)).toList();
    if (!exact.isEmpty()) {
      lines.add("Effective routes for exactly " + prefix + ":");
      exact.forEach(r -> lines.add("  " + r.source() + " " + r.state() + " " + r.nextHopType()
          + r.nextHopAddress().map(a -> " " + a).orElse("") + "  (" + r.origin() + ")"));
      if (exact.stream().anyMatch(r -> !r.active())) {
        lines.add("  precedence: a user-defined route wins, then VNet and peering system routes, then BGP, then"
            + " the other system routes");
      }
    } else {
      lines.add("No effective route for exactly " + prefix + ".");
    }
    List<EffectiveRoute> used = EffectiveRoutes.lookup(routes, prefix.network());
    if (!used.isEmpty()) {
      lines.add("Traffic to " + prefix.network() + " uses (longest prefix match):");
      used.forEach(r -> lines.add("  " + r.prefix() + " " + r.source() + " " + r.nextHopType()
          + r.nextHopAddress().map(a -> " " + a).orElse("")));
    }
    bgpNotes(nic, prefix, lines);
    return new Explanation(subject, !exact.isEmpty(), lines);
  }

  private void bgpNotes(NetworkInterface nic, Ipv4Prefix prefix, List<String> lines) {
    String vnet = nic.subnet().virtualNetwork();
    List<RouteServer> servers = EffectiveRoutes.programmingRouteServers(topology, vnet);
    if (servers.isEmpty()) {
      lines.add("No route server programs VNet " + vnet + ": it has none and uses none through a useRemoteGateways"
          + " peering, so no BGP route reaches this NIC.");
      return;
    }
    Optional<RouteTable> table = topology.subnet(nic.subnet()).map(Subnet::routeTable)
        .flatMap(name -> name == null ? Optional.empty() : topology.routeTable(name));
    if (table.isPresent() && !table.get().propagatesGatewayRoutes()) {
      lines.add("Route table " + table.get().name() + " turns gateway route propagation off "
          + "(disableBgpRoutePropagation), so no BGP route reaches this subnet.");
      return;
    }
    for (RouteServer rs : servers) {
      for (Map.Entry<String, NodeState> entry : state.nodes().entrySet()) {
        if (!entry.getKey().startsWith(rs.name() + "/IN_")) {
          continue;
        }
        Selection selection = entry.getValue().table().get(prefix);
        if (selection == null) {
          lines.add("Route server instance " + entry.getKey() + " has no path for " + prefix
              + " (run explain --at " + entry.getKey() + " to see why).");
        } else if (!selection.primary().isLocal()) {
          topology.virtualNetwork(vnet).ifPresent(v -> {
            List<String> covering = new ArrayList<>();
            v.addressSpace().forEach(p -> {
              if (p instanceof Ipv4Prefix p4 && p4.contains(prefix)) {
                covering.add(p4 + " (VNet " + v.name() + ")");
              }
            });
            v.virtualNetworkPeerings().forEach(peering -> {
              if (topology.arePeered(v.name(), peering.remoteVirtualNetwork())) {
                topology.virtualNetwork(peering.remoteVirtualNetwork()).ifPresent(r -> r.addressSpace().forEach(p -> {
                  if (p instanceof Ipv4Prefix p4 && p4.contains(prefix)) {
                    covering.add(p4 + " (peered VNet " + r.name() + ")");
                  }
                }));
              }
            });
            if (!covering.isEmpty()) {
              lines.add(entry.getKey() + " holds " + prefix + " but Azure does not program a BGP route equal to or"
                  + " inside a VNet or peered VNet prefix: " + String.join(", ", covering));
            }
          });
        }
      }
    }
  }
}
