package io.arsim.engine.bgp;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The speakers and sessions of a design, ready to simulate.
 *
 * @param nodes every node, ordered by name
 * @param sessions every session with its initial state (down ones say why)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Network(List<Node> nodes, List<SessionState> sessions) {

  public Network {
    nodes = nodes.stream().sorted(Comparator.comparing(Node::name)).toList();
    sessions = sessions.stream()
        .sorted(Comparator.comparing(SessionState::a).thenComparing(SessionState::b)).toList();
    Map<String, Node> seen = new TreeMap<>();
    for (Node node : nodes) {
      if (seen.put(node.name(), node) != null) {
        throw new IllegalArgumentException("two nodes are named " + node.name());
      }
    }
  }

  /** The node named {@code name}. */
  public Optional<Node> node(String name) {
    return nodes.stream().filter(n -> n.name().equals(name)).findFirst();
  }

  /** The session between two nodes. */
  public Optional<SessionState> session(String x, String y) {
    return sessions.stream().filter(s -> s.joins(x, y)).findFirst();
  }
}
