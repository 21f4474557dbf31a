package io.arsim.engine.convergence;

import io.arsim.engine.bgp.Candidate;
import io.arsim.engine.bgp.Selection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The decision at the end of a node's import phase: every prefix whose candidates changed is
 * decided again by the node's behaviour; the prefixes decided differently are what the node sends
 * in the next round's export phase.
 */
final class DecisionPhase {
  private DecisionPhase() {}

  /** Puts {@code slot} on the list of prefixes to decide again, once. */
  static void mark(Slot slot, List<Slot> redecide) {
    if (!slot.marked) {
      slot.marked = true;
      redecide.add(slot);
    }
  }

  static List<NodeRun.TableChange> run(NodeRun run, List<Slot> redecide) {
    List<NodeRun.TableChange> changes = new ArrayList<>();
    List<Slot> decided = new ArrayList<>();
    for (Slot slot : redecide) {
      slot.marked = false;
      List<Candidate> candidates = slot.originated == null ? new ArrayList<>(run.sides.length)
          : new ArrayList<>(slot.originated);
      for (Candidate candidate : slot.learned) {
        if (candidate != null) {
          candidates.add(candidate);
        }
      }
      Selection before = slot.selection;
      Selection after = candidates.isEmpty() ? null : run.node.behaviour().select(run.node, slot.prefix, candidates);
      if (Objects.equals(before, after)) {
        continue;
      }
      slot.selection = after;
      changes.add(new NodeRun.TableChange(run.index, slot.prefix, before, after));
      decided.add(slot);
    }
    run.changed = decided;
    return changes;
  }
}
