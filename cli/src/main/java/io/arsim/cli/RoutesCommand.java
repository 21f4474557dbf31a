package io.arsim.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arsim.cli.render.Json;
import io.arsim.cli.render.TextTable;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.problem.Suggestions;
import io.arsim.core.topology.RouteServer;
import io.arsim.engine.NetworkFactory;
import io.arsim.engine.bgp.NodeState;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code arsim routes}: a route server's learned or advertised routes for one peer, with the
 * columns of Get-AzRouteServerPeerLearnedRoute / Get-AzRouteServerPeerAdvertisedRoute.
 */
@Command(
    name = "routes",
    mixinStandardHelpOptions = true,
    description = {
        "Shows a route server's learned or advertised routes for one peer.",
        "Per instance, with the columns of Get-AzRouteServerPeerLearnedRoute and "
            + "Get-AzRouteServerPeerAdvertisedRoute."
    },
    footer = {
        "",
        "Examples:",
        "  arsim routes examples/s1-dual-homed-active-active.yaml \\",
        "      --route-server rs-spoke --peer nva1 --learned",
        "  arsim routes examples/s1-dual-homed-active-active.yaml \\",
        "      --route-server rs-spoke --peer nva2 --advertised --instance 0",
        "  arsim routes examples/s2-dual-homed-active-passive.yaml \\",
        "      --route-server rs-spoke --peer nva2 --learned -o json"
    })
final class RoutesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DesignArguments args;

  @Option(names = "--route-server", required = true, paramLabel = "NAME", description = "The route server.")
  String routeServer;

  @Option(names = "--peer", required = true, paramLabel = "NAME",
      description = "The peer, by its bgpConnections name (usually the NVA's name) or node name.")
  String peer;

  @Option(names = "--instance", paramLabel = "0|1", description = "Only this instance (default: both).")
  @Nullable Integer instance;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Direction direction;

  static final class Direction {
    @Option(names = "--learned", required = true, description = "Routes learned from the peer.")
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
      throw new UsageException("--instance " + instance + ": a route server has two instances, 0 and 1; leave"
          + " --instance out to see both");
    }
    Design design = loader.simulate(args.file, args.engine.settings());
    RouteServer rs = design.topology().routeServer(routeServer).orElseThrow(() -> new UsageException(
        "no route server named \"" + routeServer + "\" in " + args.file + "; " + known(design.topology().routeServers()
            .stream().map(RouteServer::name).toList(), routeServer)));
    String peerNode = rs.bgpConnections().stream().filter(c -> c.name().equals(peer)).findFirst()
        .flatMap(c -> design.network().nodes().stream().filter(n -> n.neighbors().stream()
            .anyMatch(x -> x.localAddress().equals(c.peerIp()))).findFirst())
        .map(io.arsim.engine.bgp.Node::name).orElse(peer);
    if (design.network().node(peerNode).isEmpty()) {
      throw new UsageException("route server " + routeServer + " has no peer named \"" + peer + "\"; "
          + known(rs.bgpConnections().stream().map(c -> c.name()).toList(), peer));
    }
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      if (instance != null && instance != i) {
        continue;
      }
      String node = NetworkFactory.instanceName(rs.name(), i);
      NodeState state = design.state().node(node).orElse(null);
      if (state == null) {
        continue;
      }
      SortedMap<io.arsim.core.net.Ipv4Prefix, BgpRoute> routes = direction.learned ? state.learnedFrom(peerNode)
          : state.advertisedTo(peerNode);
      String localAddress = design.network().node(node).orElseThrow().routerId().toString();
      for (Map.Entry<io.arsim.core.net.Ipv4Prefix, BgpRoute> e : routes.entrySet()) {
        BgpRoute r = e.getValue();
        rows.add(new String[] {localAddress, r.prefix().toString(), r.attributes().nextHop().toString(),
            direction.learned ? r.attributes().nextHop().toString() : "",
            direction.learned ? "EBgp" : "Igp", r.attributes().asPath().toString().replace(' ', '-'),
            direction.learned ? "32768" : "0"});
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (args.json()) {
      ArrayNode list = Json.object().arrayNode();
      for (String[] row : rows) {
        ObjectNode o = list.addObject();
        o.put("LocalAddress", row[0]).put("Network", row[1]).put("NextHop", row[2]);
        if (direction.learned) {
          o.put("SourcePeer", row[3]);
        }
        o.put("Origin", row[4]).put("AsPath", row[5]).put("Weight", Integer.parseInt(row[6]));
      }
      out.print(Json.render(list));
      return ExitCodes.OK;
    }
    TextTable table = direction.learned
        ? new TextTable("LocalAddress", "Network", "NextHop", "SourcePeer", "Origin", "AsPath", "Weight")
        : new TextTable("LocalAddress", "Network", "NextHop", "Origin", "AsPath", "Weight");
    for (String[] row : rows) {
      if (direction.learned) {
        table.row((Object[]) row);
      } else {
        table.row(row[0], row[1], row[2], row[4], row[5], row[6]);
      }
    }
    if (args.tsv()) {
      out.print(table.renderTsv());
    } else if (table.isEmpty()) {
      out.println("No routes " + (direction.learned ? "learned from " : "advertised to ") + peer + " by " + routeServer
          + ". Try: arsim explain " + args.file + " --at " + NetworkFactory.instanceName(routeServer, 0) + " --prefix P");
    } else {
      out.print(table.render());
    }
    return ExitCodes.OK;
  }

  static String known(List<String> names, String wrong) {
    return Suggestions.closest(wrong, names).map(s -> "did you mean \"" + s + "\"?")
        .orElse("known: " + String.join(", ", names));
  }
}
