package io.arsim.importer.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * @param extensions entries of the extension kinds ({@code expressRouteGateways},
 *     {@code expressRouteCircuits}, {@code vpnGateways}, {@code onPremisesSites}) as the topology
 *     file writes them, by kind (sorted); the import module does not depend on the extension that
 *     binds them, so they stay JSON objects until the file is read again
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record MappedTopology(
    Topology topology,
    Map<String, SourceResource> sources,
    List<NvaCandidate> nvaCandidates,
    List<ImportNote> notes,
    List<Problem> problems,
    Map<String, List<ObjectNode>> extensions) {

  public MappedTopology {
    Objects.requireNonNull(topology, "topology");
    sources = Collections.unmodifiableMap(new TreeMap<>(sources));
    nvaCandidates = List.copyOf(nvaCandidates);
    notes = List.copyOf(notes);
    problems = List.copyOf(problems);
    TreeMap<String, List<ObjectNode>> kinds = new TreeMap<>();
    extensions.forEach((kind, entries) -> kinds.put(kind, entries.stream().map(ObjectNode::deepCopy).toList()));
    extensions = Collections.unmodifiableMap(kinds);
  }

  /** A mapping without extension entries. */
  public MappedTopology(Topology topology, Map<String, SourceResource> sources, List<NvaCandidate> nvaCandidates,
      List<ImportNote> notes, List<Problem> problems) {
    this(topology, sources, nvaCandidates, notes, problems, Map.of());
  }

  /** This mapping with another topology, more sources, notes and problems (the NVA step). */
  public MappedTopology with(Topology newTopology, Map<String, SourceResource> moreSources,
      List<ImportNote> moreNotes, List<Problem> moreProblems) {
    Map<String, SourceResource> allSources = new TreeMap<>(sources);
    allSources.putAll(moreSources);
    List<ImportNote> allNotes = new java.util.ArrayList<>(notes);
    allNotes.addAll(moreNotes);
    List<Problem> allProblems = new java.util.ArrayList<>(problems);
    allProblems.addAll(moreProblems);
    return new MappedTopology(newTopology, allSources, nvaCandidates, allNotes, allProblems, extensions);
  }

  /** Whether any problem is an error. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }
}
