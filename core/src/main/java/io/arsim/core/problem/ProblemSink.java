package io.arsim.core.problem;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Where validators report problems; they report every problem they find, never only the first. */
@API(status = EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface ProblemSink {

  /** Records one problem. */
  void report(Problem problem);

  /** Records an error. */
  default void error(String code, String pointer, String message, String fix) {
    report(Problem.error(code, pointer, message, fix));
  }

  /** Records a warning. */
  default void warning(String code, String pointer, String message, String fix) {
    report(Problem.warning(code, pointer, message, fix));
  }
}
