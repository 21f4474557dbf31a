package io.arsim.expressroute;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.topology.NetworkInterface;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.file.LoadedTopology;
import io.arsim.core.topology.file.LocationIndex;
import io.arsim.core.topology.file.TopologyFormat;
import io.arsim.core.topology.file.TopologyReader;
import io.arsim.engine.NetworkFactory;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.EngineSettings;
import io.arsim.engine.bgp.Network;
import io.arsim.engine.convergence.Simulation;
import io.arsim.engine.effective.EffectiveRoute;
import io.arsim.engine.effective.EffectiveRoutes;
import io.arsim.engine.lint.Linter;
import io.arsim.engine.lint.rules.BuiltInLintRules;
import io.arsim.engine.spi.Finding;
import io.arsim.engine.spi.LintContext;
import io.arsim.engine.spi.LintRule;
import io.arsim.expressroute.model.ExpressRouteKinds;
import io.arsim.policy.catalog.ConfiguredPolicy;
import io.arsim.policy.catalog.PolicyCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads designs with the ExpressRoute kinds, converges them with the extension and renders results
 * as plain lines, so tests compare whole tables with what the documentation says.
 */
final class Er {
  private Er() {}

  static final ExpressRouteExtension EXTENSION = new ExpressRouteExtension();

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
    return new TopologyReader(ExpressRouteKinds.all());
  }

  static Topology example(String name) {
    return reader().read(root().resolve("examples").resolve(name)).topology();
  }

  static LoadedTopology yaml(String text) {
    return reader().read("test.yaml", TopologyFormat.YAML, text);
  }

  /** A converged design. */
  record Run(Topology topology, Network network, ConvergedState state) {

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
      List<LintRule> rules = new ArrayList<>(BuiltInLintRules.all());
      rules.addAll(EXTENSION.lintRules());
      return Linter.run(rules, new LintContext(topology, network, state));
    }

    /** Lint findings as "severity rule subject". */
    List<String> lintLines() {
      return lint().stream().map(f -> f.severity().label() + " " + f.rule() + " " + f.subject()).toList();
    }
  }

  static Run run(Topology topology) {
    Map<String, ConfiguredPolicy> policies =
        PolicyCatalog.builtIns().instantiate(topology, LocationIndex.empty(topology.name()));
    EngineSettings settings = EngineSettings.defaults();
    Network network = new NetworkFactory(List.of(EXTENSION), settings).build(topology, policies);
    return new Run(topology, network, Simulation.converge(network, settings));
  }

  static List<String> lines(List<BgpRoute> routes) {
    return routes.stream().map(r -> r.prefix() + " " + r.attributes().nextHop() + " [" + r.attributes().asPath() + "]")
        .toList();
  }
}
