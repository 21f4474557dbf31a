package io.arsim.cli;

import io.arsim.cli.render.Json;
import io.arsim.cli.render.TextTable;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.problem.Suggestions;
import io.arsim.core.topology.RouteServer;
import io.arsim.engine.bgp.Candidate;
import io.arsim.engine.bgp.Neighbor;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.NodeState;
import io.arsim.engine.bgp.Selection;
import io.arsim.policy.spi.SpeakerKind;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code arsim routes}: what Azure lists for a route server's peer ({@code
 * Get-AzRouteServerPeerLearnedRoute} and {@code ...AdvertisedRoute}), for a virtual network
 * gateway ({@code Get-AzVirtualNetworkGatewayLearnedRoute} and {@code ...AdvertisedRoute}) and for
 * an ExpressRoute circuit's link ({@code az network express-route list-route-tables}). With {@code
 * -f az} it prints the JSON the az CLI prints for the same question.
 */
@Command(
    name = "routes",
    mixinStandardHelpOptions = true,
    description = {
        "Shows what Azure lists as a route server's or gateway's learned or advertised routes, or a circuit's"
            + " route table.",
        "Per instance, with the columns of Get-AzRouteServerPeerLearnedRoute / Get-AzRouteServerPeerAdvertisedRoute"
            + " (route servers), Get-AzVirtualNetworkGatewayLearnedRoute / ...AdvertisedRoute (gateways) and"
            + " az network express-route list-route-tables (circuits). -f az prints the az CLI's JSON."
    },
    footer = {
        "",
        "Examples:",
        "  arsim routes examples/s1-dual-homed-active-active.yaml \\",
        "      --route-server rs-spoke --peer nva1 --learned",
        "  arsim routes examples/s1-dual-homed-active-active.yaml \\",
        "      --route-server rs-spoke --peer nva2 --advertised --instance 0 -f az",
        "  arsim routes examples/s5-expressroute-with-as-override.yaml \\",
        "      --route-server rs-hub1 --peer ergw-hub1 --learned",
        "  arsim routes examples/s5-expressroute-with-as-override.yaml \\",
        "      --gateway ergw-hub1 --learned",
        "  arsim routes examples/s5-expressroute-with-as-override.yaml \\",
        "      --circuit er-circuit --path primary"
    })
@Formats({OutputFormat.table, OutputFormat.json, OutputFormat.tsv, OutputFormat.az})
final class RoutesCommand implements Callable<Integer> {

  @Mixin DesignArguments args;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Subject subject;

  static final class Subject {
    @Option(names = "--route-server", required = true, paramLabel = "NAME", description = "A route server.")
    @Nullable String routeServer;

    @Option(names = "--gateway", required = true, paramLabel = "NAME",
        description = "An ExpressRoute or VPN gateway (all its instances).")
    @Nullable String gateway;

    @Option(names = "--circuit", required = true, paramLabel = "NAME",
        description = "An ExpressRoute circuit: its links' route tables (no --learned/--advertised).")
    @Nullable String circuit;
  }

  @Option(names = "--peer", paramLabel = "NAME|ADDRESS",
      description = "The peer: a bgpConnections name, a node or owner name (ergw-hub1, ergw-hub1/IN_0) or the"
          + " peer's session address. Required with --route-server and with --gateway --advertised.")
  @Nullable String peer;

  @Option(names = "--instance", paramLabel = "0|1", description = "Only this instance (default: both).")
  @Nullable Integer instance;

  @Option(names = "--path", paramLabel = "primary|secondary",
      description = "With --circuit: only this link (default: both; -f az needs one, as az does).")
  @Nullable String path;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  @Nullable Direction direction;

  static final class Direction {
    @Option(names = "--learned", required = true, description = "Routes learned (from the peer).")
    boolean learned;

    @Option(names = "--advertised", required = true, description = "Routes advertised to the peer.")
    boolean advertised;
  }

  private final DesignLoader loader;

  @Inject
  RoutesCommand(DesignLoader loader) {
    this.loader = loader;
  }

  @Override
  public Integer call() {
    if (instance != null && (instance < 0 || instance > 1)) {
      throw new UsageException("--instance " + instance + ": a route server or gateway has two instances, 0 and 1;"
          + " leave --instance out to see both");
    }
    if (subject.circuit != null) {
      if (direction != null || peer != null) {
        throw new UsageException("--circuit shows the links' whole route tables; drop --learned, --advertised and"
            + " --peer (they are for --route-server and --gateway)");
      }
      return circuit(subject.circuit);
    }
    if (direction == null) {
      throw new UsageException("say which routes: --learned or --advertised");
    }
    if (path != null) {
      throw new UsageException("--path is for --circuit");
    }
    Design design = loader.simulate(args.file, args.engine.settings());
    String owner;
    List<Node> instances;
    if (subject.routeServer != null) {
      RouteServer rs = design.topology().routeServer(subject.routeServer).orElseThrow(() -> new UsageException(
          "no route server named \"" + subject.routeServer + "\" in " + args.fileName() + "; " + known(design.topology()
              .routeServers().stream().map(RouteServer::name).toList(), subject.routeServer)));
      owner = rs.name();
      instances = instancesOf(design, owner, SpeakerKind.ROUTE_SERVER);
      if (peer == null) {
        throw new UsageException("--route-server needs --peer: Azure lists a route server's routes per peer; "
            + "known: " + String.join(", ", rs.bgpConnections().stream().map(c -> c.name()).toList()));
      }
    } else {
      owner = subject.gateway;
      instances = instancesOf(design, owner, SpeakerKind.GATEWAY);
      if (instances.isEmpty()) {
        throw new UsageException("no gateway named \"" + owner + "\" in " + args.fileName() + "; " + known(
            design.network().nodes().stream().filter(n -> n.kind() == SpeakerKind.GATEWAY
                && !n.asn().equals(Asn.MICROSOFT_EDGE)).map(Node::owner).distinct().toList(), owner));
      }
      if (direction.advertised && peer == null) {
        throw new UsageException("--gateway --advertised needs --peer, as Get-AzVirtualNetworkGatewayAdvertisedRoute"
            + " does (the peer's name or session address)");
      }
    }
    boolean gateway = subject.gateway != null;
    Map<String, List<RouteRow>> byInstance = new LinkedHashMap<>();
    boolean peerFound = peer == null;
    for (Node node : instances) {
      int index = instanceIndex(node);
      if (instance != null && instance != index) {
        continue;
      }
      NodeState state = design.state().node(node.name()).orElseThrow();
      List<RouteRow> rows = byInstance.computeIfAbsent(role(index), k -> new ArrayList<>());
      if (gateway && direction.learned && peer == null) {
        rows.addAll(gatewayTable(node, state));
        continue;
      }
      for (Neighbor n : node.neighbors()) {
        if (!matches(design, n)) {
          continue;
        }
        peerFound = true;
        rows.addAll(direction.learned ? learned(node, n, state) : advertised(node, n, state));
      }
    }
    if (!peerFound) {
      List<String> peers = instances.stream().flatMap(n -> n.neighbors().stream()).map(Neighbor::peer).distinct()
          .toList();
      throw new UsageException(owner + " has no peer \"" + peer + "\"; " + known(peers, peer));
    }
    return print(byInstance, gateway, owner);
  }

  private int print(Map<String, List<RouteRow>> byInstance, boolean gateway, String owner) {
    PrintWriter out = args.output.out();
    List<RouteRow> all = byInstance.values().stream().flatMap(List::stream).toList();
    switch (args.format()) {
      case az -> {
        if (gateway) {
          out.print(Json.render(Map.of("value", all.stream().map(RouteRow::az).toList())));
        } else {
          Map<String, List<RouteRow.Az>> roles = new LinkedHashMap<>();
          byInstance.forEach((role, rows) -> roles.put(role, rows.stream().map(RouteRow::az).toList()));
          out.print(Json.render(roles));
        }
      }
      case json -> out.print(Json.render(all));
      default -> {
        boolean learned = direction != null && direction.learned;
        TextTable table = learned
            ? new TextTable("LocalAddress", "Network", "NextHop", "SourcePeer", "Origin", "AsPath", "Weight")
            : new TextTable("LocalAddress", "Network", "NextHop", "Origin", "AsPath", "Weight");
        for (RouteRow r : all) {
          if (learned) {
            table.row(r.localAddress(), r.network(), r.nextHop(), r.sourcePeer(), r.origin(), r.asPath(), r.weight());
          } else {
            table.row(r.localAddress(), r.network(), r.nextHop(), r.origin(), r.asPath(), r.weight());
          }
        }
        if (args.tsv()) {
          out.print(table.renderTsv());
        } else if (table.isEmpty()) {
          out.println("No routes " + (learned ? "learned" + (peer == null ? "" : " from " + peer)
              : "advertised to " + peer) + " by " + owner + ". Try: arsim explain " + args.fileName() + " --at "
              + Node.routeServerInstance(owner, 0) + " --prefix P");
        } else {
          out.print(table.render());
        }
      }
    }
    return ExitCodes.OK;
  }

  /** What {@code self} learned over the session with {@code n}, as Azure lists it. */
  static List<RouteRow> learned(Node self, Neighbor n, NodeState state) {
    List<RouteRow> rows = new ArrayList<>();
    String origin = n.peerAsn().equals(self.asn()) ? "IBgp" : "EBgp";
    for (BgpRoute r : state.learnedFrom(n.peer()).values()) {
      rows.add(new RouteRow(n.localAddress().toString(), r.prefix().toString(), r.attributes().nextHop().toString(),
          n.peerAddress().toString(), origin, asPath(r), shownWeight(self, n.peer(), r.prefix(), state)));
    }
    return rows;
  }

  /**
   * What {@code self} advertised over the session with {@code n}: origin {@code Igp} for its own
   * prefixes, otherwise the kind of session its best path came in on; weight 0.
   */
  static List<RouteRow> advertised(Node self, Neighbor n, NodeState state) {
    List<RouteRow> rows = new ArrayList<>();
    for (BgpRoute r : state.advertisedTo(n.peer()).values()) {
      Selection s = state.table().get(r.prefix());
      String origin = s == null || s.primary().isLocal() ? "Igp"
          : s.primary().peerAsn().equals(self.asn()) ? "IBgp" : "EBgp";
      rows.add(new RouteRow(n.localAddress().toString(), r.prefix().toString(), r.attributes().nextHop().toString(),
          null, origin, asPath(r), 0));
    }
    return rows;
  }

  /**
   * A gateway instance's whole table, as {@code Get-AzVirtualNetworkGatewayLearnedRoute} lists it:
   * every path, its own prefixes as origin {@code Network} with itself as source peer, weight 32768
   * on every row and the higher weight it gives the Microsoft edge's paths (32769, R2).
   */
  static List<RouteRow> gatewayTable(Node self, NodeState state) {
    List<RouteRow> rows = new ArrayList<>();
    String local = self.routerId().toString();
    for (Selection s : state.table().values()) {
      for (Candidate c : (Iterable<Candidate>) Stream.concat(s.best().stream(), s.lost().keySet().stream())::iterator) {
        BgpRoute r = c.route();
        if (c.isLocal()) {
          rows.add(new RouteRow(local, r.prefix().toString(), "", local, "Network", "", Candidate.LOCAL_WEIGHT));
        } else {
          rows.add(new RouteRow(local, r.prefix().toString(), r.attributes().nextHop().toString(),
              c.peerAddress().toString(), c.ebgp() ? "EBgp" : "IBgp", asPath(r), Math.max(c.weight(),
                  Candidate.LOCAL_WEIGHT)));
        }
      }
    }
    return rows;
  }

  /**
   * The weight Azure prints for a learned route: 32768, or more where the node prefers the peer
   * (an ExpressRoute gateway's 32769 on the Microsoft edge's paths).
   */
  private static int shownWeight(Node self, String peer, Ipv4Prefix prefix, NodeState state) {
    Selection s = state.table().get(prefix);
    if (s == null) {
      return Candidate.LOCAL_WEIGHT;
    }
    return Stream.concat(s.best().stream(), s.lost().keySet().stream()).filter(c -> c.peer().equals(peer))
        .mapToInt(Candidate::weight).map(w -> Math.max(w, Candidate.LOCAL_WEIGHT)).findFirst()
        .orElse(Candidate.LOCAL_WEIGHT);
  }

  private int circuit(String name) {
    if (path != null && !path.equals("primary") && !path.equals("secondary")) {
      throw new UsageException("--path must be primary or secondary, not \"" + path + "\"");
    }
    if (args.format() == OutputFormat.az && path == null) {
      throw new UsageException("-f az prints one link's table, as az network express-route list-route-tables"
          + " --path does; add --path primary or --path secondary");
    }
    Design design = loader.simulate(args.file, args.engine.settings());
    List<Node> links = design.network().nodes().stream().filter(n -> n.owner().equals(name)
        && n.asn().equals(Asn.MICROSOFT_EDGE)).sorted((a, b) -> a.name().compareTo(b.name()))
        .toList();
    if (links.isEmpty()) {
      throw new UsageException("no ExpressRoute circuit named \"" + name + "\" in " + args.fileName() + "; " + known(
          design.network().nodes().stream().filter(n -> n.asn().equals(Asn.MICROSOFT_EDGE))
              .map(Node::owner).distinct().toList(), name));
    }
    Map<String, List<CircuitRouteRow>> tables = new LinkedHashMap<>();
    for (Node link : links) {
      String linkName = link.name().substring(link.name().lastIndexOf('/') + 1);
      if (path != null && !path.equals(linkName)) {
        continue;
      }
      List<CircuitRouteRow> rows = new ArrayList<>();
      for (Selection s : design.state().node(link.name()).orElseThrow().table().values()) {
        for (Candidate c : s.best()) {
          rows.add(circuitRow(true, c));
        }
        for (Candidate c : s.lost().keySet()) {
          rows.add(circuitRow(false, c));
        }
      }
      tables.put(linkName, rows);
    }
    PrintWriter out = args.output.out();
    switch (args.format()) {
      case az -> out.print(Json.render(Map.of("value", tables.values().iterator().next())));
      case json -> out.print(Json.render(tables));
      default -> {
        TextTable table = new TextTable("Link", "Status", "Network", "NextHop", "LocPrf", "Weight", "Path");
        tables.forEach((link, rows) -> rows.forEach(r -> table.row(link, r.best() ? "*>" : "*", r.network(),
            r.nextHop(), r.locPrf(), r.weight(), r.path())));
        out.print(args.tsv() ? table.renderTsv() : table.render());
      }
    }
    return ExitCodes.OK;
  }

  static CircuitRouteRow circuitRow(boolean best, Candidate c) {
    return new CircuitRouteRow(best, "", c.route().prefix().toString(),
        c.isLocal() ? "" : c.route().attributes().nextHop().toString(), c.route().attributes().asPath().toString(),
        c.isLocal() ? Candidate.LOCAL_WEIGHT : 0);
  }

  /** Whether the session {@code n} is with the peer {@code --peer} names. */
  private boolean matches(Design design, Neighbor n) {
    if (peer == null) {
      return false;
    }
    if (n.peer().equals(peer) || design.network().node(n.peer()).map(Node::owner).filter(peer::equals).isPresent()) {
      return true;
    }
    Optional<Ipv4Address> address = parseAddress(peer);
    if (address.isPresent()) {
      return n.peerAddress().equals(address.get());
    }
    return subject.routeServer != null && design.topology().routeServer(subject.routeServer).stream()
        .flatMap(rs -> rs.bgpConnections().stream())
        .anyMatch(c -> c.name().equals(peer) && c.peerIp().equals(n.peerAddress()));
  }

  private static Optional<Ipv4Address> parseAddress(String text) {
    try {
      return Optional.of(Ipv4Address.parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static List<Node> instancesOf(Design design, @Nullable String owner, SpeakerKind kind) {
    return design.network().nodes().stream().filter(n -> n.kind() == kind && n.owner().equals(owner)
        && !n.asn().equals(Asn.MICROSOFT_EDGE)).sorted((a, b) -> a.name().compareTo(b.name()))
        .toList();
  }

  private static int instanceIndex(Node node) {
    int at = node.name().lastIndexOf("/IN_");
    return at < 0 ? 0 : Integer.parseInt(node.name().substring(at + 4));
  }

  /** Azure's name for an instance in az's output. */
  private static String role(int index) {
    return "RouteServiceRole_IN_" + index;
  }

  private static String asPath(BgpRoute r) {
    return r.attributes().asPath().toString().replace(' ', '-');
  }

  static String known(List<String> names, String wrong) {
    return Suggestions.closest(wrong, names).map(s -> "did you mean \"" + s + "\"?")
        .orElse("known: " + String.join(", ", names));
  }
}
