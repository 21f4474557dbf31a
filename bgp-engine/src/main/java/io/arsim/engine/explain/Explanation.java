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
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Explanation(String subject, boolean present, List<String> lines) {

  public Explanation {
    lines = List.copyOf(lines);
  }

  /** The explanation as text. */
  public String render() {
    StringBuilder out = new StringBuilder(subject).append(System.lineSeparator());
    lines.forEach(l -> out.append(l).append(System.lineSeparator()));
    return out.toString();
  }
}
