package io.arsim.core.topology.file;

import io.arsim.core.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/** Problems collected while binding one document; kept as a DeserializationContext attribute. */
final class ReadProblems {
  static final Object KEY = ReadProblems.class;

  private final List<Problem> problems = new ArrayList<>();

  void add(Problem problem) {
    problems.add(problem);
  }

  List<Problem> all() {
    return List.copyOf(problems);
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }
}
