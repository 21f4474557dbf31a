package io.arsim.engine.bgp;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.apiguardian.api.API;

/**
 * The stable state a network converged to.
 *
 * @param network the simulated network
 * @param settings the settings used
 * @param sessions every session with its final state
 * @param nodes every node's tables, by node name
 * @param rounds how many rounds convergence took
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ConvergedState(
    Network network, EngineSettings settings, List<SessionState> sessions, SortedMap<String, NodeState> nodes,
    int rounds) {

  public ConvergedState {
    sessions = List.copyOf(sessions);
    nodes = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(nodes));
  }

  /** The tables of {@code node}. */
  public Optional<NodeState> node(String node) {
    return Optional.ofNullable(nodes.get(node));
  }

  /** The session between two nodes. */
  public Optional<SessionState> session(String x, String y) {
    return sessions.stream().filter(s -> s.joins(x, y)).findFirst();
  }

  /** Nodes by name, as a view. */
  public Map<String, NodeState> byName() {
    return nodes;
  }
}
