package io.arsim.cli;

import io.arsim.core.topology.file.LoadedTopology;
import io.arsim.core.topology.file.TopologyReader;
import io.arsim.engine.ConvergedDesign;
import io.arsim.engine.DesignRun;
import io.arsim.engine.bgp.EngineSettings;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.nio.file.Path;

/** Reads a design file and converges it with the engine's {@link DesignRun}. */
final class DesignLoader {
  private final TopologyReader reader;
  private final Provider<DesignRun> run;

  @Inject
  DesignLoader(TopologyReader reader, Provider<DesignRun> run) {
    this.reader = reader;
    this.run = run;
  }

  /** Reads and validates the file, its policy configurations and its NVAs' vendor profiles. */
  LoadedTopology read(Path file) {
    LoadedTopology loaded = reader.read(file);
    run.get().validate(loaded);
    return loaded;
  }

  /** Reads, builds and converges the design. */
  Design simulate(Path file, EngineSettings settings) {
    LoadedTopology loaded = reader.read(file);
    // The engine knows no files: its failures (a network that does not converge) get the file here.
    return DesignRunException.in(file, () -> new Design(loaded, run.get().withSettings(settings).converge(loaded)));
  }
}
