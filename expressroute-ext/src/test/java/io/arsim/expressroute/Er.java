package io.arsim.expressroute;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.topology.NetworkInterface;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.file.LoadedTopology;
import io.arsim.core.topology.file.TopologyFormat;
import io.arsim.core.topology.file.TopologyReader;
import io.arsim.engine.ConvergedDesign;
import io.arsim.engine.DesignRun;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.Network;
import io.arsim.engine.effective.EffectiveRoute;
import io.arsim.engine.effective.EffectiveRoutes;
import io.arsim.engine.spi.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads designs with the ExpressRoute kinds, converges them with the extension and renders results
 * as plain lines, so tests compare whole tables with what the documentation says.
 */
final class Er {
  private Er() {}

  /**
   * The engine's entry point with its defaults: the built-in policies and the extensions
   * ServiceLoader finds, which must be exactly this module's.
   */
  static final DesignRun RUN = DesignRun.withDefaults();

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

  static TopologyReader reader() {
    return RUN.reader();
  }

  static Topology example(String name) {
    return reader().read(root().resolve("examples").resolve(name)).topology();
  }

  static LoadedTopology yaml(String text) {
    return reader().read("test.yaml", TopologyFormat.YAML, text);
  }

  /** A converged design. */
  record Run(Topology topology, Network network, ConvergedState state, ConvergedDesign design) {

    List<String> effective(String owner) {
      NetworkInterface nic = topology.allInterfaces().stream().filter(a -> a.owner().equals(owner)).findFirst()
          .orElseThrow().networkInterface();
      List<String> lines = new ArrayList<>();
      for (EffectiveRoute r : EffectiveRoutes.of(topology, state, nic)) {
        lines.add(r.source() + " " + r.state() + " " + r.prefix() + " " + r.nextHopType() + " "
            + (r.nextHopIp() == null ? "-" : r.nextHopIp()));
      }
      return lines;
    }

    List<String> learned(String node, String peer) {
      return lines(new ArrayList<>(state.node(node).orElseThrow().learnedFrom(peer).values()));
    }

    List<String> advertised(String node, String peer) {
      return lines(new ArrayList<>(state.node(node).orElseThrow().advertisedTo(peer).values()));
    }

    /** A node's best paths as "prefix [path]" (local routes: "prefix local"). */
    List<String> best(String node) {
      List<String> lines = new ArrayList<>();
      state.node(node).orElseThrow().table().values().forEach(s -> lines.add(s.prefix() + " "
          + (s.primary().isLocal() ? "local" : "[" + s.primary().route().attributes().asPath() + "]")));
      return lines;
    }

    boolean up(String a, String b) {
      return state.session(a, b).orElseThrow().up();
    }

    String reason(String a, String b) {
      return state.session(a, b).orElseThrow().reason();
    }

    List<Finding> lint() {
      return design.lint();
    }

    /** Lint findings as "severity rule subject". */
    List<String> lintLines() {
      return lint().stream().map(f -> f.severity().label() + " " + f.rule() + " " + f.subject()).toList();
    }
  }

  static Run run(Topology topology) {
    return run(topology, RUN);
  }

  /** A converged design, with other settings for the facts Azure leaves open. */
  static Run run(Topology topology, io.arsim.engine.bgp.EngineSettings settings) {
    return run(topology, RUN.withSettings(settings));
  }

  private static Run run(Topology topology, DesignRun with) {
    ConvergedDesign design = with.converge(topology);
    return new Run(topology, design.network(), design.state(), design);
  }

  static List<String> lines(List<BgpRoute> routes) {
    return routes.stream().map(r -> r.prefix() + " " + r.attributes().nextHop() + " [" + r.attributes().asPath() + "]")
        .toList();
  }
}
