package io.arsim.engine.explain;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.policy.catalog.AttributeChange;
import io.arsim.policy.spi.Direction;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A configured policy that changed the path on its way to the speaker explained: {@code prepend-nva2}
 * ({@code as-path-prepend}), export on {@code nva2} toward {@code rs-spoke/IN_0}, AS path {@code []}
 * to {@code [65002 65002]}. Found by running the session's chain again for the one route explained
 * ({@code PolicyChain#trace}); convergence records nothing of it.
 *
 * @param policy the policy's name in the topology's {@code policies}
 * @param type its provider id ({@code as-path-prepend})
 * @param direction {@code IMPORT} (in the speaker's {@code importPolicies}) or {@code EXPORT}
 * @param speaker the speaker whose neighbour entry lists the policy
 * @param peer the neighbour: for export the speaker the route goes to, for import the one it came from
 * @param changes the attributes the policy changed, in the order AS path, local preference, MED,
 *     communities, next hop, origin
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record PolicyEffect(String policy, String type, Direction direction, String speaker, String peer,
    List<AttributeChange> changes) {

  public PolicyEffect {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(peer, "peer");
    changes = List.copyOf(changes);
  }

  /**
   * {@code policy prepend-nva2 (as-path-prepend), export on nva2 toward rs-spoke/IN_0: AS path [] ->
   * [65002 65002]}.
   */
  public String describe() {
    return "policy " + policy + " (" + type + "), " + (direction == Direction.EXPORT
        ? "export on " + speaker + " toward " + peer : "import on " + speaker + " from " + peer) + ": "
        + String.join("; ", changes.stream().map(AttributeChange::toString).toList());
  }
}
