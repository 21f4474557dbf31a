package io.arsim.cli.compare;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.ArsimException;
import io.arsim.core.problem.Problem;
import java.util.List;
import org.apiguardian.api.API;

/**
 * An observed folder that cannot be compared: a bad manifest, or a manifest entry that names what
 * the design does not have, each problem at its place ({@code file:line:column}) with the value,
 * what was expected and how to fix it.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class CompareInputException extends ArsimException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public CompareInputException(String file, List<Problem> problems) {
    super(summary(file, problems));
    this.problems = List.copyOf(problems);
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
    return out.append(file).append(": cannot compare (").append(errors).append(errors == 1 ? " error" : " errors")
        .append("; docs/compare.md describes the observed folder and its manifest)").toString();
  }
}
