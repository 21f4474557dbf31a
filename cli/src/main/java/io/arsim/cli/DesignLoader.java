package io.arsim.cli;

import io.arsim.core.topology.file.LoadedTopology;
import io.arsim.core.topology.file.TopologyReader;
import io.arsim.engine.NetworkFactory;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.EngineSettings;
import io.arsim.engine.bgp.Network;
import io.arsim.engine.bgp.Simulation;
import io.arsim.engine.spi.EngineExtension;
import io.arsim.policy.spi.RoutingPolicy;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Reads a design file, creates its policies, builds the network and converges it. */
final class DesignLoader {
  private final TopologyReader reader;
  private final PolicyInstantiator policies;
  private final List<EngineExtension> extensions;

  @Inject
  DesignLoader(TopologyReader reader, PolicyInstantiator policies, List<EngineExtension> extensions) {
    this.reader = reader;
    this.policies = policies;
    this.extensions = extensions;
  }

  /** Reads and validates the file and its policy configurations. */
  LoadedTopology read(Path file) {
    LoadedTopology loaded = reader.read(file);
    policies.instantiate(loaded);
    return loaded;
  }

  /** Reads, builds and converges the design. */
  Design simulate(Path file, EngineSettings settings) {
    LoadedTopology loaded = reader.read(file);
    Map<String, RoutingPolicy> configured = policies.instantiate(loaded);
    // The engine knows no files: its failures (a network that does not converge) get the file here.
    return DesignRunException.in(file, () -> {
      Network network = new NetworkFactory(extensions, settings).build(loaded.topology(), configured);
      ConvergedState state = Simulation.converge(network, settings);
      return new Design(loaded, network, state);
    });
  }
}
