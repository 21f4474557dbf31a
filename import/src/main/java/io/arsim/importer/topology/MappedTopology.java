package io.arsim.importer.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.problem.Problem;
import io.arsim.core.topology.Topology;
import io.arsim.importer.inventory.ImportNote;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * A topology made from an inventory, with the resource behind each element.
 *
 * @param topology the topology
 * @param sources for each element, by its path as problems name it ({@code virtualNetworks[spoke]},
 *     {@code virtualNetworks[spoke].subnets[workload]}, {@code routeServers[rs].bgpConnections[nva1]},
 *     {@code virtualMachines[vm].networkInterfaces[vm-nic]}, ...), the resource it was made from; sorted
 * @param nvaCandidates VMs that peer with a route server and so are NVAs
 * @param notes resources not mapped (yet), and why
 * @param problems what could not be mapped, with the resource's place
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record MappedTopology(
    Topology topology,
    Map<String, SourceResource> sources,
    List<NvaCandidate> nvaCandidates,
    List<ImportNote> notes,
    List<Problem> problems) {

  public MappedTopology {
    Objects.requireNonNull(topology, "topology");
    sources = Collections.unmodifiableMap(new TreeMap<>(sources));
    nvaCandidates = List.copyOf(nvaCandidates);
    notes = List.copyOf(notes);
    problems = List.copyOf(problems);
  }

  /** Whether any problem is an error. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }
}
