package io.arsim.engine.convergence;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.engine.bgp.Neighbor;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.NodeBehaviour;
import io.arsim.engine.bgp.Rejection;
import io.arsim.engine.bgp.Selection;
import io.arsim.engine.bgp.SessionState;
import io.arsim.policy.catalog.PolicyChain.ChainResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The export phase of a round for one node: on every session that is up, the route for each prefix
 * decided differently in the last round is prepared by the node's behaviour, passed through the
 * session's export chain and put on the wire (the Adj-RIB-Out); a session that went down is
 * cleared.
 */
final class ExportPhase {
  private ExportPhase() {}

  static void run(NodeRun run, List<SessionState> sessions) {
    List<Side> plain = new ArrayList<>();
    for (Side side : run.sides) {
      side.touched = List.of();
      if (!NodeRun.up(side, sessions)) {
        if (side.outCount > 0) {
          clear(run, side);
        }
        continue;
      }
      side.touched = run.changed;
      if (side.neighbor.exportChain().isEmpty()) {
        plain.add(side);
      } else {
        exportChained(run, side);
      }
    }
    if (!plain.isEmpty()) {
      exportPlain(run, plain);
    }
  }

  private static void clear(NodeRun run, Side side) {
    for (Slot slot : run.slots.values()) {
      slot.out[side.k] = null;
      slot.refuseOnExport(side.k, null);
    }
    side.outCount = 0;
  }

  /**
   * Sessions without export policies, prefix by prefix: the routes for the neighbours of one prefix
   * are built one after the other, and a route equal to the one built for the previous neighbour is
   * replaced by it, so the Adj-RIB-Outs of a node share their routes instead of holding copies.
   */
  private static void exportPlain(NodeRun run, List<Side> plain) {
    Node node = run.node;
    NodeBehaviour behaviour = node.behaviour();
    for (Slot slot : run.changed) {
      Selection selection = slot.selection;
      BgpRoute previous = null;
      BgpRoute previousPrepared = null;
      Neighbor previousNeighbor = null;
      for (Side side : plain) {
        BgpRoute wire = null;
        if (selection != null) {
          Optional<BgpRoute> prepared = behaviour.advertise(node, side.neighbor, selection);
          if (prepared.isPresent()) {
            if (previous != null && previousPrepared != null && previousPrepared.equals(prepared.get())
                && behaviour.exportsAlike(node, Objects.requireNonNull(previousNeighbor), side.neighbor)) {
              wire = previous;
            } else {
              wire = checked(node, behaviour.afterExport(node, side.neighbor, prepared.get()), slot);
              if (previous != null && previous.equals(wire)) {
                wire = previous;
              }
            }
            previousPrepared = prepared.get();
            previousNeighbor = side.neighbor;
          }
        }
        BgpRoute stored = setOut(side, slot, wire);
        if (stored != null) {
          previous = stored;
        }
      }
    }
  }

  /** A session with export policies: each changed prefix's route goes through the chain. */
  private static void exportChained(NodeRun run, Side side) {
    Node node = run.node;
    Neighbor neighbor = side.neighbor;
    for (Slot slot : run.changed) {
      slot.refuseOnExport(side.k, null);
      BgpRoute prepared = slot.selection == null ? null
          : node.behaviour().advertise(node, neighbor, slot.selection).orElse(null);
      BgpRoute wire = null;
      if (prepared != null) {
        ChainResult result = neighbor.exportChain().apply(Objects.requireNonNull(side.exportContext), prepared);
        if (result instanceof ChainResult.Passed passed) {
          BgpRoute exported = passed.nextHopUnchanged()
              ? node.behaviour().withNextHopUnchanged(node, neighbor, Objects.requireNonNull(slot.selection),
                  passed.route())
              : passed.route();
          wire = checked(node, node.behaviour().afterExport(node, neighbor, exported), slot);
        } else {
          ChainResult.Stopped stopped = (ChainResult.Stopped) result;
          slot.refuseOnExport(side.k, new Refusal.ByPolicy(new Rejection(node.name(), neighbor.peer(),
              stopped.route(), Rejection.Stage.EXPORT_POLICY, stopped.by().toString(), stopped.reason())));
        }
      }
      setOut(side, slot, wire);
    }
  }

  private static BgpRoute checked(Node node, BgpRoute wire, Slot slot) {
    if (!wire.prefix().equals(slot.prefix)) {
      throw new IllegalStateException(node.name() + "'s behaviour advertised " + wire.prefix() + " for the decision on "
          + slot.prefix + "; a behaviour may only advertise the prefix it decided on");
    }
    return wire;
  }

  /** Puts {@code wire} in the Adj-RIB-Out, keeping the route already there when equal; returns what is there. */
  private static @Nullable BgpRoute setOut(Side side, Slot slot, @Nullable BgpRoute wire) {
    BgpRoute before = slot.out[side.k];
    if (before == wire || before != null && before.equals(wire)) {
      return before;
    }
    slot.out[side.k] = wire;
    side.outCount += (wire != null ? 1 : 0) - (before != null ? 1 : 0);
    return wire;
  }
}
