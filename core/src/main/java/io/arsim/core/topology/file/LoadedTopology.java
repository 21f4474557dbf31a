package io.arsim.core.topology.file;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.problem.Problem;
import io.arsim.core.topology.Topology;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A topology read from a file without errors.
 *
 * @param file the file as the user named it
 * @param topology the design
 * @param warnings problems that do not stop a run, located in the file
 * @param locations where each part of the design is in the file, for later reports
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record LoadedTopology(String file, Topology topology, List<Problem> warnings, LocationIndex locations) {

  public LoadedTopology {
    warnings = List.copyOf(warnings);
  }
}
