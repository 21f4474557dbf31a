package io.arsim.engine.intent;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The failures an intent must hold under, besides the design with nothing failed.
 *
 * @param kind none, every single failure, every single failure and every pair, or the listed ones
 * @param failures for {@link Kind#LISTED}: each entry the elements that fail together, written as
 *     {@code arsim whatif --fail} takes them ({@code nva1}, {@code rs-spoke/IN_0}, {@code vnet:hub1},
 *     {@code nva1,rs-spoke/IN_0} for a session); empty otherwise
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record FailureScope(Kind kind, List<List<String>> failures) {

  /** Nothing fails. */
  public static final FailureScope NONE = new FailureScope(Kind.NONE, List.of());

  public FailureScope {
    Objects.requireNonNull(kind, "kind");
    failures = failures.stream().map(List::copyOf).toList();
    if ((kind == Kind.LISTED) == failures.isEmpty()) {
      throw new IllegalArgumentException("listed failures need at least one entry; the other kinds none");
    }
  }

  /** The listed failure sets. */
  public static FailureScope listed(List<List<String>> failures) {
    return new FailureScope(Kind.LISTED, failures);
  }

  /** Which failures. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public enum Kind {
    /** Nothing fails ({@code under: none}, the default). */
    NONE("none"),
    /**
     * Every element {@code arsim sweep} fails, one at a time: every NVA, route server, route-server
     * instance and extension resource ({@code under: any-single-failure}).
     */
    ANY_SINGLE_FAILURE("any-single-failure"),
    /** Every single failure and every pair of them ({@code under: any-two-failures}; {@code sweep --depth 2}). */
    ANY_TWO_FAILURES("any-two-failures"),
    /** The failures the file lists. */
    LISTED("a list of failures");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** As the file writes it. */
    public String label() {
      return label;
    }
  }

  /** As the file writes it: {@code any-single-failure}, {@code [nva1, [nva2, rs-spoke/IN_0]]}. */
  public String describe() {
    if (kind != Kind.LISTED) {
      return kind.label();
    }
    return "[" + String.join(", ", failures.stream().map(f -> f.size() == 1 ? f.get(0) : "[" + String.join(", ", f)
        + "]").toList()) + "]";
  }
}
