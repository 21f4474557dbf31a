package io.arsim.engine.diff;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A (source, destination) pair whose trace differs.
 *
 * @param from the source VM
 * @param to the destination VM or prefix
 * @param address the address traced to
 * @param kind how the trace changed
 * @param before the paths before ("vm-spoke -> nva1 -> Internet"), with the outcome
 * @param after the paths after
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record TraceChange(String from, String to, String address, Kind kind, String before, String after) {

  /** How a pair's trace changed. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public enum Kind {
    /** It reached before, not after. */
    LOST,
    /** It reaches after, not before. */
    RESTORED,
    /** It still reaches, but through other NVAs (another hub). */
    MOVED,
    /**
     * It still reaches, but through no NVA any more: a firewall is bypassed (e.g. the system route
     * 0.0.0.0/0 to the Internet once the BGP default route is withdrawn).
     */
    BYPASS,
    /** It became asymmetric through a stateful NVA. */
    ASYMMETRIC,
    /** Other paths through the same NVAs. */
    CHANGED;

    /** The word the outputs print: {@code lost}, {@code restored}, ... */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether traffic now takes a path it did not take before without losing reachability. */
    public boolean rerouted() {
      return this == MOVED || this == BYPASS;
    }
  }
}
