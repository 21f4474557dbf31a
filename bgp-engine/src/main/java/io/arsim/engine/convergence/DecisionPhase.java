package io.arsim.engine.convergence;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.engine.bgp.Candidate;
import io.arsim.engine.bgp.Selection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The decision at the end of a node's import phase: every prefix whose candidates changed is
 * decided again by the node's behaviour; then, for a node that aggregates, every aggregate with a
 * more specific prefix among those is made again from the paths the node now holds inside it, and
 * its prefix decided again. The prefixes decided differently are what the node sends in the next
 * round's export phase.
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
    if (run.aggregates.isEmpty()) {
      return withoutAggregates(run, redecide);
    }
    Map<Slot, @Nullable Selection> touched = new LinkedHashMap<>();
    for (Slot slot : redecide) {
      slot.marked = false;
      decide(run, slot, touched);
    }
    if (!run.aggregates.isEmpty() && !touched.isEmpty()) {
      aggregate(run, new ArrayList<>(touched.keySet()), touched);
    }
    List<NodeRun.TableChange> changes = new ArrayList<>();
    List<Slot> decided = new ArrayList<>();
    touched.forEach((slot, before) -> {
      if (!Objects.equals(before, slot.selection)) {
        changes.add(new NodeRun.TableChange(run.index, slot.prefix, before, slot.selection));
        decided.add(slot);
      }
    });
    run.changed = decided;
    return changes;
  }

  /** The common case, a node that aggregates nothing: each slot is decided once, no bookkeeping. */
  private static List<NodeRun.TableChange> withoutAggregates(NodeRun run, List<Slot> redecide) {
    List<NodeRun.TableChange> changes = new ArrayList<>();
    List<Slot> decided = new ArrayList<>();
    for (Slot slot : redecide) {
      slot.marked = false;
      Selection before = slot.selection;
      Selection after = select(run, slot);
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

  /** The node's decision for {@code slot} from the paths it holds now; null when it holds none. */
  private static @Nullable Selection select(NodeRun run, Slot slot) {
    List<Candidate> candidates = slot.originated == null ? new ArrayList<>(run.sides.length + 1)
        : new ArrayList<>(slot.originated);
    if (slot.aggregate != null) {
      candidates.add(slot.aggregate);
    }
    for (Candidate candidate : slot.learned) {
      if (candidate != null) {
        candidates.add(candidate);
      }
    }
    return candidates.isEmpty() ? null : run.node.behaviour().select(run.node, slot.prefix, candidates);
  }

  /** Decides {@code slot} again, remembering in {@code touched} the selection it had first. */
  static void decide(NodeRun run, Slot slot, Map<Slot, @Nullable Selection> touched) {
    Selection after = select(run, slot);
    if (!Objects.equals(slot.selection, after)) {
      if (!touched.containsKey(slot)) {
        touched.put(slot, slot.selection);
      }
      slot.selection = after;
    }
  }

  /**
   * Makes again, longest first, each aggregate of the node that covers a prefix in {@code
   * changed}, from the paths of every prefix strictly inside it (the node's own aggregates
   * excepted), and decides its prefix again when the aggregate changed.
   */
  static void aggregate(NodeRun run, List<Slot> changed, Map<Slot, @Nullable Selection> touched) {
    for (Ipv4Prefix aggregate : run.aggregates) {
      if (!covers(aggregate, changed) && !covers(aggregate, touched.keySet())) {
        continue;
      }
      List<Candidate> contributors = contributors(run, aggregate);
      Optional<BgpRoute> route = run.node.behaviour().aggregate(run.node, aggregate, contributors);
      Candidate candidate = route.map(run::aggregateCandidate).orElse(null);
      Slot slot = candidate == null ? run.slots.get(aggregate) : run.slot(aggregate);
      if (slot == null || Objects.equals(slot.aggregate, candidate)) {
        continue;
      }
      slot.aggregate = candidate;
      decide(run, slot, touched);
    }
  }

  private static boolean covers(Ipv4Prefix aggregate, Iterable<Slot> slots) {
    for (Slot slot : slots) {
      if (slot.prefix.length() > aggregate.length() && aggregate.contains(slot.prefix)) {
        return true;
      }
    }
    return false;
  }

  /** Every path the node holds for a prefix strictly inside {@code aggregate}, its aggregates excepted, in prefix order. */
  static List<Candidate> contributors(NodeRun run, Ipv4Prefix aggregate) {
    List<Slot> inside = new ArrayList<>();
    for (Slot slot : run.slots.values()) {
      if (slot.selection != null && slot.prefix.length() > aggregate.length() && aggregate.contains(slot.prefix)) {
        inside.add(slot);
      }
    }
    inside.sort(Slot.BY_PREFIX);
    List<Candidate> contributors = new ArrayList<>();
    for (Slot slot : inside) {
      Selection s = Objects.requireNonNull(slot.selection);
      for (Candidate c : s.best()) {
        if (!c.isAggregate()) {
          contributors.add(c);
        }
      }
      for (Candidate c : s.lost().keySet()) {
        if (!c.isAggregate()) {
          contributors.add(c);
        }
      }
    }
    return contributors;
  }
}
