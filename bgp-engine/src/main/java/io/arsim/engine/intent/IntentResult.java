package io.arsim.engine.intent;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Whether one intent holds.
 *
 * @param intent the intent
 * @param under the failures it was checked under (its own, or the file's)
 * @param scenarios how many designs it was checked in: nothing failed, then each failure scenario
 * @param checked how many (scenario, source, destination) combinations were traced
 * @param skipped combinations not traced because the scenario fails the source or the destination
 *     itself (failing vm1 says nothing about vm1's reachability)
 * @param violations where it does not hold, in scenario order, then source and destination order
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record IntentResult(Intent intent, FailureScope under, int scenarios, int checked, int skipped,
    List<IntentViolation> violations) {

  public IntentResult {
    Objects.requireNonNull(intent, "intent");
    Objects.requireNonNull(under, "under");
    violations = List.copyOf(violations);
  }

  /** Whether it holds everywhere it was checked. */
  public boolean held() {
    return violations.isEmpty();
  }
}
