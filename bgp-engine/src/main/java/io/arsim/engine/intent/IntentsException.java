package io.arsim.engine.intent;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.ArsimException;
import io.arsim.core.problem.Problem;
import java.util.List;
import org.apiguardian.api.API;

/**
 * An intents file that cannot be used: every problem, each at its place in the file
 * ({@code file:line:column}) with the offending value, what was expected and how to fix it.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class IntentsException extends ArsimException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final transient List<Problem> problems;

  public IntentsException(String file, List<Problem> problems) {
    super(summary(file, problems));
    this.file = file;
    this.problems = List.copyOf(problems);
  }

  /** The file as the user named it. */
  public String file() {
    return file;
  }

  /** Every problem, in file order. */
  public List<Problem> problems() {
    return problems;
  }

  private static String summary(String file, List<Problem> problems) {
    long errors = problems.stream().filter(Problem::isError).count();
    StringBuilder out = new StringBuilder();
    for (Problem problem : problems) {
      out.append(problem.render()).append(System.lineSeparator());
    }
    return out.append(file).append(": not a usable intents file (").append(errors).append(errors == 1 ? " error"
        : " errors").append("; docs/intents.md describes the format)").toString();
  }
}
