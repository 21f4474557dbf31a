package io.arsim.engine.convergence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Prefix;
import java.util.List;
import java.util.SortedSet;
import org.apiguardian.api.API;

/**
 * The network has no stable state (a dispute wheel such as the "bad gadget"): the same states
 * repeat. Names the prefixes and the nodes whose choices oscillate.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class NonConvergenceException extends io.arsim.core.ArsimException {
  private static final long serialVersionUID = 1L;

  private final transient SortedSet<Ipv4Prefix> prefixes;
  private final transient SortedSet<String> nodes;

  public NonConvergenceException(SortedSet<Ipv4Prefix> prefixes, SortedSet<String> nodes, int cycleLength, int rounds) {
    super("the network does not converge: after " + rounds + " rounds the routing state repeats every "
        + cycleLength + " rounds" + (cycleLength == 0 ? " (limit reached)" : "") + ". Oscillating prefixes: "
        + String.join(", ", prefixes.stream().map(Object::toString).toList()) + "; at nodes: "
        + String.join(", ", nodes) + ".\n  fix: this is a dispute wheel (e.g. policies that prefer each other's"
        + " paths over their own); make the preferences consistent, e.g. prefer shorter paths or drop the"
        + " local-preference rules that create the cycle");
    this.prefixes = prefixes;
    this.nodes = nodes;
  }

  /** The prefixes whose selection changes within the cycle. */
  public List<Ipv4Prefix> prefixes() {
    return List.copyOf(prefixes);
  }

  /** The nodes whose selection changes within the cycle. */
  public List<String> nodes() {
    return List.copyOf(nodes);
  }
}
