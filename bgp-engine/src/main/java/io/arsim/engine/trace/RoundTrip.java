package io.arsim.engine.trace;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A trace there and back, with the asymmetry verdict.
 *
 * @param forward from the source NIC to the destination
 * @param back from the NIC owning the destination back to the source address; null when no NIC
 *     owns the destination (the Internet, a prefix) or it is down
 * @param asymmetric whether a forward and a return path can cross different stateful NVAs (facts 6
 *     and gotcha 7.6: each side's host hashes its own ECMP choice, so with ECMP over stateful NVAs
 *     some flows return through the other one)
 * @param reasons why it is asymmetric, or why there is no return trace
 * @param translated where forward paths cross an NVA that translates the source (SNAT): the
 *     destination's replies to the translated address, and that NVA's own path back to the source
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RoundTrip(Trace forward, @Nullable Trace back, boolean asymmetric, List<String> reasons,
    List<Trace> translated) {

  public RoundTrip {
    reasons = List.copyOf(reasons);
    translated = List.copyOf(translated);
  }

  /** A round trip without source translation (the form before SNAT was modelled). */
  public RoundTrip(Trace forward, @Nullable Trace back, boolean asymmetric, List<String> reasons) {
    this(forward, back, asymmetric, reasons, List.of());
  }

  /**
   * The verdict on symmetry. Asymmetric when some forward and return path cross different stateful
   * NVAs; symmetric only when every forward and every return branch reaches its end and none does;
   * no verdict otherwise — a forward path that loops, is blackholed or dropped, or a return that
   * does not get back, says nothing about symmetry.
   */
  public Symmetry symmetry() {
    if (asymmetric) {
      return Symmetry.ASYMMETRIC;
    }
    if (back == null) {
      return Symmetry.NO_RETURN;
    }
    if (!forward.reaches() || !back.reaches() || translated.stream().anyMatch(t -> !t.reaches())) {
      return Symmetry.UNDECIDED;
    }
    return Symmetry.SYMMETRIC;
  }

  /** The verdict of {@link #symmetry()}. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public enum Symmetry {
    /** Every forward and return path reaches and crosses the same stateful NVAs. */
    SYMMETRIC,
    /** Some forward and return paths cross different stateful NVAs. */
    ASYMMETRIC,
    /** Nothing to trace back from (the Internet, a failed destination): see the reasons. */
    NO_RETURN,
    /** A forward or return path does not reach its end, so there is no symmetry to judge. */
    UNDECIDED;

    /** The word the outputs print: {@code symmetric}, {@code asymmetric}, {@code no-return}, {@code undecided}. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /** The return trace, if there is one. */
  public Optional<Trace> returnTrace() {
    return Optional.ofNullable(back);
  }
}
