package io.arsim.cli;

import io.arsim.core.topology.file.LoadedTopology;
import io.arsim.core.topology.file.TopologyReader;
import io.arsim.engine.DesignRun;
import io.arsim.engine.bgp.EngineSettings;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.nio.file.Path;

/**
 * Reads a design, from a file or from standard input ({@code -}, named {@code <stdin>} in
 * messages), and converges it with the engine's {@link DesignRun}.
 */
final class DesignLoader {
  private final TopologyReader reader;
  private final Provider<DesignRun> run;
  private final StandardInput in;
  private boolean stdinRead;

  @Inject
  DesignLoader(TopologyReader reader, Provider<DesignRun> run, StandardInput in) {
    this.reader = reader;
    this.run = run;
    this.in = in;
  }

  /**
   * Reads and checks the file (or standard input for {@code -}) against the format and Azure's
   * rules, without the engine's checks of policies and vendor profiles.
   *
   * @throws UsageException when standard input is named a second time
   */
  LoadedTopology load(Path file) {
    if (!StandardInput.names(file)) {
      return reader.read(file);
    }
    if (stdinRead) {
      throw new UsageException("standard input (-) holds one design and was read already; save the other"
          + " design to a file and name that file");
    }
    stdinRead = true;
    return reader.read(StandardInput.NAME, in.stream());
  }

  /** Reads and validates the design, its policy configurations and its NVAs' vendor profiles. */
  LoadedTopology read(Path file) {
    LoadedTopology loaded = load(file);
    run.get().validate(loaded);
    return loaded;
  }

  /** Reads, builds and converges the design. */
  Design simulate(Path file, EngineSettings settings) {
    LoadedTopology loaded = load(file);
    // The engine knows no files: its failures (a network that does not converge) get the file here.
    return DesignRunException.in(loaded.file(),
        () -> new Design(loaded, run.get().withSettings(settings).converge(loaded)));
  }
}
