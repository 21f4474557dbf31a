package io.arsim.engine;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.topology.NetworkInterface;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.file.TopologyReader;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.EngineSettings;
import io.arsim.engine.bgp.Network;
import io.arsim.engine.bgp.Selection;
import io.arsim.engine.effective.EffectiveRoute;
import io.arsim.engine.effective.EffectiveRoutes;
import io.arsim.policy.catalog.PolicyCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the reference scenarios from examples/ and renders results as plain lines, so tests compare
 * whole tables with the outcome the Azure documentation gives.
 */
final class Scenarios {
  private Scenarios() {}

  static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no examples/ above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  /**
   * The example without its {@code extensions} section: the engine's tests run without the
   * ExpressRoute extension, whose kinds only its module knows (expressroute-ext tests the whole
   * examples). Examples keep {@code extensions} as their last top-level section.
   */
  static Topology topology(String example) {
    Path file = root().resolve("examples").resolve(example);
    String text;
    try {
      text = Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    int extensions = text.indexOf("\nextensions:");
    if (extensions < 0) {
      return new TopologyReader().read(file).topology();
    }
    return new TopologyReader().read(example, io.arsim.core.topology.file.TopologyFormat.YAML,
        text.substring(0, extensions + 1)).topology();
  }

  static ConvergedState converge(Topology topology) {
    return converge(topology, EngineSettings.defaults());
  }

  static ConvergedState converge(Topology topology, EngineSettings settings) {
    return run().withSettings(settings).converge(topology).state();
  }

  /**
   * The engine's entry point as these tests use it: the built-in policies, no extension (the
   * ExpressRoute extension's own tests run it with the extension), the default settings.
   */
  static DesignRun run() {
    return DesignRun.of(PolicyCatalog.builtIns(), List.of(), EngineSettings.defaults());
  }

  /** The speakers and sessions of {@code topology}, built as {@link #run()} builds them. */
  static Network network(Topology topology) {
    return run().converge(topology).network();
  }

  static NetworkInterface nic(Topology topology, String owner) {
    return topology.allInterfaces().stream().filter(a -> a.owner().equals(owner)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no NIC of " + owner)).networkInterface();
  }

  /** Effective routes as "Source State Prefix NextHopType NextHopIp" lines. */
  static List<String> effective(Topology topology, ConvergedState state, String owner) {
    List<String> lines = new ArrayList<>();
    for (EffectiveRoute r : EffectiveRoutes.of(topology, state, nic(topology, owner))) {
      lines.add(r.source() + " " + r.state() + " " + r.prefix() + " " + r.nextHopType() + " "
          + (r.nextHopIp() == null ? "-" : r.nextHopIp()));
    }
    return lines;
  }

  /** Routes a node accepted from a peer as "prefix nextHop [path]" lines. */
  static List<String> learned(ConvergedState state, String node, String peer) {
    return lines(new ArrayList<>(state.node(node).orElseThrow().learnedFrom(peer).values()));
  }

  /** Routes a node sent to a peer as "prefix nextHop [path]" lines. */
  static List<String> advertised(ConvergedState state, String node, String peer) {
    return lines(new ArrayList<>(state.node(node).orElseThrow().advertisedTo(peer).values()));
  }

  private static List<String> lines(List<BgpRoute> routes) {
    return routes.stream().map(r -> r.prefix() + " " + r.attributes().nextHop() + " [" + r.attributes().asPath() + "]")
        .toList();
  }

  /** A node's table as "prefix: peer [path] (best|multipath|lost at STEP)" lines. */
  static List<String> table(ConvergedState state, String node) {
    List<String> lines = new ArrayList<>();
    for (Selection s : state.node(node).orElseThrow().table().values()) {
      s.best().forEach(c -> lines.add(s.prefix() + ": " + c.peer() + " [" + c.route().attributes().asPath() + "] "
          + (c == s.primary() ? "best" : "multipath")));
      s.lost().forEach((c, step) -> lines.add(s.prefix() + ": " + c.peer() + " [" + c.route().attributes().asPath()
          + "] lost at " + step));
    }
    return lines;
  }
}
