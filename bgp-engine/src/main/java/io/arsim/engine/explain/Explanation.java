package io.arsim.engine.explain;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The answer to "why is this route (not) here?".
 *
 * @param subject what was asked: "0.0.0.0/0 at rs-spoke/IN_0"
 * @param present whether the node or NIC has a route for the prefix
 * @param lines the explanation, one finding per line, indented to show structure
 * @param arrivalOrderPaths when the best path at a speaker depends on the order paths arrived in
 *     ({@code Selection#arrivalOrderDependent()}): the tied paths, the one shown as best first, as
 *     "peer (address)"; empty otherwise
 * @param policyEffects the configured policies that changed an attribute of a path shown (selected,
 *     not selected, or a hop back to the origin), in the order the lines mention them; each once
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Explanation(String subject, boolean present, List<String> lines, List<String> arrivalOrderPaths,
    List<PolicyEffect> policyEffects) {

  /** An explanation that does not depend on arrival order. */
  public Explanation(String subject, boolean present, List<String> lines) {
    this(subject, present, lines, List.of(), List.of());
  }

  /** An explanation that names no policy effect. */
  public Explanation(String subject, boolean present, List<String> lines, List<String> arrivalOrderPaths) {
    this(subject, present, lines, arrivalOrderPaths, List.of());
  }

  public Explanation {
    lines = List.copyOf(lines);
    arrivalOrderPaths = List.copyOf(arrivalOrderPaths);
    policyEffects = List.copyOf(policyEffects);
  }

  /** Whether the best path depends on the order paths arrived in. */
  public boolean arrivalOrderDependent() {
    return !arrivalOrderPaths.isEmpty();
  }

  /** The explanation as text. */
  public String render() {
    StringBuilder out = new StringBuilder(subject).append(System.lineSeparator());
    lines.forEach(l -> out.append(l).append(System.lineSeparator()));
    return out.toString();
  }
}
