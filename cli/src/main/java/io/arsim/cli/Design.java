package io.arsim.cli;

import io.arsim.core.topology.Topology;
import io.arsim.core.topology.file.LoadedTopology;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.Network;

/**
 * A design read, built and converged.
 *
 * @param loaded the file as read, with its warnings and locations
 * @param network the speakers and sessions
 * @param state the converged state
 */
record Design(LoadedTopology loaded, Network network, ConvergedState state) {

  Topology topology() {
    return loaded.topology();
  }
}
