package io.arsim.policy.catalog;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.core.ArsimException;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Policy plugins that cannot be loaded: a provider that fails to instantiate, duplicate ids (naming
 * both jars), a reserved or malformed id, a config type that is not a record. Lists every problem
 * found, not just the first. Exit code 2 (bad input: the plugin folder or class path).
 */
@API(status = INTERNAL, since = "0.1")
public final class PluginException extends ArsimException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public PluginException(List<String> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  public PluginException(List<String> problems, Throwable cause) {
    super(summary(problems), cause);
    this.problems = List.copyOf(problems);
  }

  /** Every problem, one sentence each. */
  public List<String> problems() {
    return problems;
  }

  private static String summary(List<String> problems) {
    StringBuilder out = new StringBuilder(problems.size() == 1
        ? "a policy plugin cannot be loaded:" : problems.size() + " problems loading policy plugins:");
    for (String problem : problems) {
      out.append(System.lineSeparator()).append("  - ").append(problem);
    }
    out.append(System.lineSeparator())
        .append("  (run `arsim plugins --debug` to see where each provider was found; see docs/plugins.md)");
    return out.toString();
  }
}
