package io.arsim.engine.failure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The elements that fail together in one what-if run.
 *
 * @param failures the failed elements, in the order given, without duplicates
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FailureSet(List<Failure> failures) {

  public FailureSet {
    failures = failures.stream().distinct().toList();
  }

  /** Nothing fails. */
  public static FailureSet none() {
    return new FailureSet(List.of());
  }

  /** These failures. */
  public static FailureSet of(Failure... failures) {
    return new FailureSet(List.of(failures));
  }

  /** This set plus {@code failure}. */
  public FailureSet with(Failure failure) {
    List<Failure> all = new ArrayList<>(failures);
    all.add(failure);
    return new FailureSet(all);
  }

  /** Whether nothing fails. */
  public boolean isEmpty() {
    return failures.isEmpty();
  }

  /** The labels joined with " + ": {@code nva1 + rs-spoke/IN_0}. */
  public String label() {
    return failures.isEmpty() ? "(none)" : failures.stream().map(Failure::label).collect(Collectors.joining(" + "));
  }
}
