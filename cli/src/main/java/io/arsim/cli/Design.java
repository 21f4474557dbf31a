package io.arsim.cli;

import io.arsim.core.topology.Topology;
import io.arsim.core.topology.file.LoadedTopology;
import io.arsim.engine.ConvergedDesign;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.Network;

/**
 * A design read, built and converged.
 *
 * @param loaded the file as read, with its warnings and locations
 * @param converged the converged design and its queries
 */
record Design(LoadedTopology loaded, ConvergedDesign converged) {

  Topology topology() {
    return loaded.topology();
  }

  Network network() {
    return converged.network();
  }

  ConvergedState state() {
    return converged.state();
  }
}
