package io.arsim.importer.inventory;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.ArsimException;
import io.arsim.core.problem.Problem;
import java.util.List;
import org.apiguardian.api.API;

/** Input an importer cannot use: every problem found, each with its file, place and fix. */
@API(status = EXPERIMENTAL, since = "0.2")
public final class ImportException extends ArsimException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public ImportException(String source, List<Problem> problems) {
    super(summary(source, problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, errors and warnings. */
  public List<Problem> problems() {
    return problems;
  }

  private static String summary(String source, List<Problem> problems) {
    StringBuilder out = new StringBuilder();
    for (Problem problem : problems) {
      out.append(problem.render()).append(System.lineSeparator());
    }
    long errors = problems.stream().filter(Problem::isError).count();
    return out.append(source).append(": ").append(errors).append(errors == 1 ? " error" : " errors").toString();
  }
}
