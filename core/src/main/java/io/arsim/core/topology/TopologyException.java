package io.arsim.core.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.ArsimException;
import io.arsim.core.problem.Problem;
import java.util.List;
import org.apiguardian.api.API;

/** A topology file that cannot be used: every problem found, each with its location and fix. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TopologyException extends ArsimException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final transient List<Problem> problems;

  public TopologyException(String file, List<Problem> problems) {
    super(summary(file, problems));
    this.file = file;
    this.problems = List.copyOf(problems);
  }

  public TopologyException(String file, List<Problem> problems, Throwable cause) {
    super(summary(file, problems), cause);
    this.file = file;
    this.problems = List.copyOf(problems);
  }

  /** The file as the user named it. */
  public String file() {
    return file;
  }

  /** Every problem, errors and warnings, in file order. */
  public List<Problem> problems() {
    return problems;
  }

  private static String summary(String file, List<Problem> problems) {
    long errors = problems.stream().filter(Problem::isError).count();
    long warnings = problems.size() - errors;
    StringBuilder out = new StringBuilder();
    for (Problem problem : problems) {
      out.append(problem.render()).append(System.lineSeparator());
    }
    out.append(file).append(": ").append(errors).append(errors == 1 ? " error" : " errors");
    if (warnings > 0) {
      out.append(", ").append(warnings).append(warnings == 1 ? " warning" : " warnings");
    }
    return out.toString();
  }
}
