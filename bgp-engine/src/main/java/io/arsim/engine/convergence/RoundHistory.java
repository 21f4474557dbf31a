package io.arsim.engine.convergence;

import io.arsim.core.net.Ipv4Prefix;
import io.arsim.engine.bgp.Candidate;
import io.arsim.engine.bgp.Selection;
import io.arsim.engine.convergence.NodeRun.TableChange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The Loc-RIB changes of the last rounds, to tell a state that repeats (an oscillation) from one
 * that is new. A state is never copied: the state {@code j} rounds back is the current one with the
 * last {@code j} rounds' changes undone. Two cheap necessary conditions pick the candidates — the
 * number of decisions must be the same, and so must a fingerprint (a sum over all decisions of a
 * hash that agrees with {@link Selection#equals}), computed only for rounds that pass the first —
 * and the changes themselves confirm them.
 */
final class RoundHistory {
  /** One round's changes, with what they did to the number of decisions and (lazily) the fingerprint. */
  private static final class Round {
    final List<TableChange> changes;
    final int countDelta;
    private boolean hashed;
    private long hashDelta;

    Round(List<TableChange> changes) {
      this.changes = changes;
      int delta = 0;
      for (TableChange change : changes) {
        delta += (change.after() != null ? 1 : 0) - (change.before() != null ? 1 : 0);
      }
      this.countDelta = delta;
    }

    long hashDelta() {
      if (!hashed) {
        for (TableChange change : changes) {
          hashDelta += hash(change.node(), change.prefix(), change.after())
              - hash(change.node(), change.prefix(), change.before());
        }
        hashed = true;
      }
      return hashDelta;
    }
  }

  private record Slot(int node, Ipv4Prefix prefix) {}

  private final NodeRun[] runs;
  private final int capacity;
  private final Deque<Round> rounds = new ArrayDeque<>();

  RoundHistory(NodeRun[] runs, int capacity) {
    this.runs = runs;
    this.capacity = capacity;
  }

  /** Remembers one round's changes for cycle checks. */
  void remember(List<TableChange> changes) {
    rounds.addFirst(new Round(changes));
    if (rounds.size() > capacity) {
      rounds.removeLast();
    }
  }

  /** Forgets the remembered rounds (the sessions changed: earlier states cannot recur). */
  void clear() {
    rounds.clear();
  }

  /** The number of remembered rounds. */
  int size() {
    return rounds.size();
  }

  /**
   * The length of the cycle the current state closes: {@code j} when it equals the state {@code j}
   * rounds back (among the remembered ones), 0 when it is new.
   */
  int cycle() {
    List<Round> window = new ArrayList<>(rounds);
    int count = 0;
    long hash = 0;
    int hashed = 0;
    for (int j = 1; j <= window.size(); j++) {
      count += window.get(j - 1).countDelta;
      if (count != 0) {
        continue;
      }
      while (hashed < j) {
        hash += window.get(hashed++).hashDelta();
      }
      if (hash == 0 && sameAsBack(j)) {
        return j;
      }
    }
    return 0;
  }

  /** Whether the current state equals the one {@code back} rounds back. */
  private boolean sameAsBack(int back) {
    for (Map.Entry<Slot, @Nullable Selection> e : earliest(back).entrySet()) {
      if (!Objects.equals(now(e.getKey()), e.getValue())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The decisions that differ between the current state and any of the last {@code span}
   * remembered states: the prefixes and nodes that oscillate.
   */
  Differences differences(int span) {
    SortedSet<Ipv4Prefix> prefixes = new TreeSet<>();
    SortedSet<String> nodes = new TreeSet<>();
    for (int back = 1; back <= Math.min(span, rounds.size()); back++) {
      earliest(back).forEach((slot, then) -> {
        if (!Objects.equals(now(slot), then)) {
          prefixes.add(slot.prefix());
          nodes.add(runs[slot.node()].node.name());
        }
      });
    }
    return new Differences(prefixes, nodes);
  }

  /**
   * Every decision the last {@code back} rounds changed, with its value before them: the state
   * {@code back} rounds ago, restricted to the decisions those rounds touched (the others are the
   * same now as then).
   */
  private Map<Slot, @Nullable Selection> earliest(int back) {
    Map<Slot, @Nullable Selection> earliest = new HashMap<>();
    int j = 0;
    for (Round round : rounds) {
      if (j++ == back) {
        break;
      }
      for (TableChange change : round.changes) {
        earliest.put(new Slot(change.node(), change.prefix()), change.before());
      }
    }
    return earliest;
  }

  private @Nullable Selection now(Slot slot) {
    return runs[slot.node()].selection(slot.prefix());
  }

  /** Decisions that differ between states: their prefixes and nodes. */
  record Differences(SortedSet<Ipv4Prefix> prefixes, SortedSet<String> nodes) {}

  /** A hash of one decision that equal decisions share; 0 for no decision. */
  private static long hash(int node, Ipv4Prefix prefix, @Nullable Selection selection) {
    if (selection == null) {
      return 0;
    }
    long h = node * 0x9E3779B97F4A7C15L + prefix.hashCode();
    h = h * 31 + selection.best().size() * 7L + selection.lost().size();
    for (Candidate candidate : selection.best()) {
      h = h * 31 + candidate.peer().hashCode() * 17L + candidate.route().attributes().asPath().length();
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb93fe1a85ec5L;
    return h ^ (h >>> 33);
  }
}
