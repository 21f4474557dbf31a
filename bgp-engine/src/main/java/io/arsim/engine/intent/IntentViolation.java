package io.arsim.engine.intent;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.engine.trace.RoundTrip;
import io.arsim.engine.trace.Trace;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One (source, destination) pair, in one failure scenario, where an intent does not hold.
 *
 * @param failed the elements failed in the scenario ({@code arsim whatif --fail} labels); empty
 *     with nothing failed
 * @param from the source as traced: a VM or NVA, a NIC, or a router outside Azure's fabric
 * @param to the destination as the intent names it, with the address traced to when they differ
 * @param address the address traced to
 * @param problem what is wrong, in words ("does not reach it: blackhole: ...", "bypasses fw1: ...")
 * @param trace the trace that shows it; null when the failed design does not converge
 * @param roundTrip the trace there and back, for a symmetric intent; null otherwise
 * @param traceFrom what {@code arsim trace --from} takes to reproduce it
 * @param explainAt where {@code arsim explain --at} shows why (a NIC or a speaker); null when there
 *     is nothing to explain
 * @param explainPrefix the prefix to explain there; null with {@code explainAt}
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record IntentViolation(List<String> failed, String from, String to, Ipv4Address address, String problem,
    @Nullable Trace trace, @Nullable RoundTrip roundTrip, String traceFrom, @Nullable String explainAt,
    @Nullable Ipv4Prefix explainPrefix) {

  public IntentViolation {
    failed = List.copyOf(failed);
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(traceFrom, "traceFrom");
  }

  /** "with nothing failed", "with nva1 failed", "with nva1 + rs-spoke/IN_0 failed". */
  public String scenario() {
    return failed.isEmpty() ? "with nothing failed" : "with " + String.join(" + ", failed) + " failed";
  }

  /** The trace, when there is one. */
  public Optional<Trace> traced() {
    return Optional.ofNullable(trace);
  }
}
