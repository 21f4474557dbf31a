package io.arsim.cli;

import io.arsim.cli.report.Block;
import io.arsim.cli.report.Block.Group;
import io.arsim.cli.report.Block.Paragraph;
import io.arsim.cli.report.Block.Row;
import io.arsim.cli.report.Block.Table;
import io.arsim.cli.report.Block.Tone;
import io.arsim.cli.report.Section;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.PathAttributes;
import io.arsim.engine.bgp.Candidate;
import io.arsim.engine.bgp.Neighbor;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.NodeState;
import io.arsim.engine.bgp.Selection;
import io.arsim.engine.bgp.SessionState;
import io.arsim.policy.spi.SpeakerKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The report's sections of speakers (docs/report.md): one folded group per speaker, the one its
 * diagram node links to, with the tables {@code arsim routes} and {@code arsim bgp-table} print:
 * per route-server instance the routes learned from and advertised to each peer; per NVA and
 * on-premises site its BGP table; per gateway instance its learned routes and what it advertises
 * to each peer; per ExpressRoute circuit link its route table.
 */
final class ReportSpeakers {
  private final Design design;
  private final ReportIds ids;

  ReportSpeakers(Design design, ReportIds ids) {
    this.design = design;
    this.ids = ids;
  }

  /** The sessions table: both ends, their addresses, the state and the reason when down. */
  Section sessions() {
    List<Row> rows = new ArrayList<>();
    for (SessionState s : design.state().sessions()) {
      rows.add(Row.toned(s.up() ? Tone.GOOD : Tone.BAD, s.a(), s.aAddress(), s.b(), s.bAddress(),
          s.up() ? "Established" : "Down", s.reason().isEmpty() ? "-" : s.reason()));
    }
    long down = design.state().sessions().stream().filter(s -> !s.up()).count();
    return new Section("sessions", "BGP sessions", rows.size() + " sessions" + (down == 0 ? ", all up" : ", " + down
        + " down"), List.of(new Table("", List.of("Speaker", "Address", "Peer", "Peer address", "State", "Reason"),
            rows, false)));
  }

  /** Route-server instances: learned and advertised routes per peer. */
  Section routeServers() {
    List<Block> groups = groups(n -> n.kind() == SpeakerKind.ROUTE_SERVER);
    return new Section("route-servers", "Route servers", groups.size() + " instances", groups.isEmpty()
        ? List.of(Paragraph.of("The design has no route server.")) : groups);
  }

  /** NVAs: their BGP tables. */
  Section appliances() {
    List<Block> groups = groups(n -> n.kind() == SpeakerKind.NVA);
    return new Section("nvas", "NVA BGP tables", groups.size() + " NVAs", groups.isEmpty()
        ? List.of(Paragraph.of("The design has no NVA that speaks BGP.")) : groups);
  }

  /** Gateways, ExpressRoute circuit links, on-premises sites and branches. */
  Section gateways() {
    List<Block> groups = groups(n -> n.kind() == SpeakerKind.GATEWAY || n.kind() == SpeakerKind.ON_PREMISES);
    return new Section("gateways", "Gateways, circuits and on-premises", groups.size() + " speakers", groups.isEmpty()
        ? List.of(Paragraph.of("The design has no gateway, circuit or on-premises site.")) : groups);
  }

  private List<Block> groups(Predicate<Node> which) {
    List<Block> groups = new ArrayList<>();
    for (Node node : design.network().nodes()) {
      if (which.test(node)) {
        groups.add(group(node));
      }
    }
    return groups;
  }

  private Group group(Node node) {
    NodeState state = design.state().node(node.name()).orElseThrow();
    boolean edge = node.kind() == SpeakerKind.GATEWAY && node.asn().equals(Asn.MICROSOFT_EDGE);
    String kind = edge ? "ExpressRoute circuit link (Microsoft edge)" : SimulateCommand.kind(node);
    List<Block> blocks = new ArrayList<>();
    blocks.add(Paragraph.of(kind + ", AS " + node.asn() + ", router id " + node.routerId() + ", "
        + node.virtualNetworkName().map(v -> "in VNet " + v).orElse("outside Azure") + "; "
        + node.neighbors().size() + " BGP neighbours, " + state.table().size() + " prefixes in its table."));
    if (node.kind() == SpeakerKind.ROUTE_SERVER) {
      perPeer(node, state, blocks, true);
    } else if (edge) {
      blocks.add(circuitTable(state));
    } else if (node.kind() == SpeakerKind.GATEWAY) {
      blocks.add(routeTable("Learned routes (as Get-AzVirtualNetworkGatewayLearnedRoute lists them)",
          RoutesCommand.gatewayTable(node, state), true));
      perPeer(node, state, blocks, false);
    } else {
      blocks.add(bgpTable(node, state));
    }
    long down = design.state().sessions().stream().filter(s -> !s.up()
        && (s.a().equals(node.name()) || s.b().equals(node.name()))).count();
    return new Group(ids.node(node.name()), node.name(), kind + ", " + state.table().size() + " prefixes"
        + (down == 0 ? "" : ", " + down + " session" + (down == 1 ? "" : "s") + " down"),
        down == 0 ? Tone.NORMAL : Tone.BAD, blocks);
  }

  /** For each neighbour, what was learned from it (route servers) and what was advertised to it. */
  private static void perPeer(Node node, NodeState state, List<Block> blocks, boolean learnedToo) {
    for (Neighbor n : node.neighbors()) {
      String peer = n.peer() + " (" + n.peerAddress() + ", AS " + n.peerAsn() + ")";
      if (learnedToo) {
        blocks.add(routeTable("Learned from " + peer, RoutesCommand.learned(node, n, state), true));
      }
      blocks.add(routeTable("Advertised to " + peer, RoutesCommand.advertised(node, n, state), false));
    }
  }

  private static Table routeTable(String caption, List<RouteRow> rows, boolean learned) {
    List<Row> cells = new ArrayList<>();
    for (RouteRow r : rows) {
      cells.add(learned ? Row.of(r.network(), r.nextHop(), Optional.ofNullable(r.sourcePeer()).orElse(""), r.origin(),
          r.asPath(), r.weight()) : Row.of(r.network(), r.nextHop(), r.origin(), r.asPath(), r.weight()));
    }
    List<String> columns = learned ? List.of("Network", "NextHop", "SourcePeer", "Origin", "AsPath", "Weight")
        : List.of("Network", "NextHop", "Origin", "AsPath", "Weight");
    return new Table(caption + ": " + rows.size() + " route" + (rows.size() == 1 ? "" : "s"), columns, cells, false);
  }

  /** The table {@code arsim bgp-table} prints: status, prefix, next hop, MED, local preference, weight, path. */
  private static Table bgpTable(Node node, NodeState state) {
    List<Row> rows = new ArrayList<>();
    for (Selection s : state.table().values()) {
      for (Candidate c : BgpTableCommand.candidates(s)) {
        PathAttributes a = c.route().attributes();
        rows.add(Row.of(BgpTableCommand.status(s, c).strip(), s.prefix(), a.nextHop(),
            a.hasMed() ? Long.toString(a.med()) : "", c.isLocal() ? "" : Long.toString(a.localPreference()), c.weight(),
            (a.asPath().isEmpty() ? "" : a.asPath() + " ") + a.origin().code(), c.isLocal() ? "local" : c.peer(),
            s.lost().containsKey(c) ? s.lost().get(c).label() : ""));
      }
    }
    return new Table("BGP table of " + node.name() + " (as arsim bgp-table prints it; * valid, > best, = multipath)",
        List.of("Status", "Network", "Next Hop", "Metric", "LocPrf", "Weight", "Path", "From", "Lost at"), rows, false);
  }

  /** A circuit link's route table, as {@code arsim routes --circuit} prints it. */
  private static Table circuitTable(NodeState state) {
    List<Row> rows = new ArrayList<>();
    for (Selection s : state.table().values()) {
      for (Candidate c : s.best()) {
        rows.add(circuitRow(RoutesCommand.circuitRow(true, c)));
      }
      for (Candidate c : s.lost().keySet()) {
        rows.add(circuitRow(RoutesCommand.circuitRow(false, c)));
      }
    }
    return new Table("Route table (as az network express-route list-route-tables prints it)",
        List.of("Status", "Network", "NextHop", "LocPrf", "Weight", "Path"), rows, false);
  }

  private static Row circuitRow(CircuitRouteRow r) {
    return Row.of(r.best() ? "*>" : "*", r.network(), r.nextHop(), r.locPrf(), r.weight(), r.path());
  }
}
