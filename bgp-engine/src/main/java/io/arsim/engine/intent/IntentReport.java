package io.arsim.engine.intent;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The answer to an intents file for one design: each intent held or broken.
 *
 * @param design the design's name
 * @param file the intents file as the user named it
 * @param warnings what the checker noticed but did not stop for (the file was written for another
 *     design)
 * @param scenarios how many designs were converged: nothing failed, then each failure scenario any
 *     intent asked for
 * @param results one per intent, in file order
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record IntentReport(String design, String file, List<String> warnings, int scenarios,
    List<IntentResult> results) {

  public IntentReport {
    Objects.requireNonNull(design, "design");
    Objects.requireNonNull(file, "file");
    warnings = List.copyOf(warnings);
    results = List.copyOf(results);
  }

  /** How many intents hold. */
  public long held() {
    return results.stream().filter(IntentResult::held).count();
  }

  /** How many intents are broken. */
  public long broken() {
    return results.size() - held();
  }

  /** Whether every intent holds. */
  public boolean passed() {
    return broken() == 0;
  }
}
