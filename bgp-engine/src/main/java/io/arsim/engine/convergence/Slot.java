package io.arsim.engine.convergence;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.engine.bgp.Candidate;
import io.arsim.engine.bgp.Selection;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything one node holds for one prefix while the network converges; the arrays are indexed by
 * the node's sessions ({@link Side#k}).
 */
final class Slot {
  static final Comparator<Slot> BY_PREFIX = Comparator.comparingLong(slot -> slot.order);

  final Ipv4Prefix prefix;
  /** The prefix's place in {@link Ipv4Prefix}'s order, kept here so that sorting reads one object. */
  final long order;
  @Nullable List<Candidate> originated;
  /** The aggregate the node makes for this prefix ({@code aggregate-address}), while it has contributors. */
  @Nullable Candidate aggregate;
  @Nullable Selection selection;
  /** Per side, the route on the wire toward the peer (the Adj-RIB-Out). */
  final @Nullable BgpRoute[] out;
  /** Per side, the route the peer sent (the Adj-RIB-In before the inbound rules and import policies). */
  final @Nullable BgpRoute[] received;
  /** Per side, the path accepted from the peer (the Adj-RIB-In the decision sees). */
  final @Nullable Candidate[] learned;
  /** Per side, why the received route was not accepted; made on the first refusal of the slot. */
  @Nullable Refusal @Nullable [] importRefused;
  /** Per side, why the route prepared for the peer was not sent (an export policy). */
  Refusal.@Nullable ByPolicy @Nullable [] exportRefused;
  /**
   * Per side with a route limit, whether the received route passes the built-in inbound rules: the
   * limit count asks once per received route, and the import reuses the answer.
   */
  boolean @Nullable [] passes;
  /** Whether the slot is on this round's list of prefixes to decide again. */
  boolean marked;

  Slot(Ipv4Prefix prefix, int sides) {
    this.prefix = prefix;
    this.order = (Integer.toUnsignedLong(prefix.bits()) << 6) | prefix.length();
    this.out = new BgpRoute[sides];
    this.received = new BgpRoute[sides];
    this.learned = new Candidate[sides];
  }

  boolean passes(int k) {
    return passes != null && passes[k];
  }

  void passes(int k, boolean value) {
    if (passes == null) {
      if (!value) {
        return;
      }
      passes = new boolean[out.length];
    }
    passes[k] = value;
  }

  void refuseOnImport(int k, @Nullable Refusal refusal) {
    if (importRefused == null) {
      if (refusal == null) {
        return;
      }
      importRefused = new Refusal[out.length];
    }
    importRefused[k] = refusal;
  }

  void refuseOnExport(int k, Refusal.@Nullable ByPolicy refusal) {
    if (exportRefused == null) {
      if (refusal == null) {
        return;
      }
      exportRefused = new Refusal.ByPolicy[out.length];
    }
    exportRefused[k] = refusal;
  }
}
