package io.arsim.engine.convergence;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.engine.bgp.Candidate;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.NodeState;
import io.arsim.engine.bgp.Rejection;
import io.arsim.engine.bgp.Selection;
import io.arsim.engine.bgp.SessionState;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A converged node's tables as people query them: the Adj-RIB-Outs frozen into sorted maps (every
 * node first, {@link #freezeOut}), then per node the {@link NodeState} ({@link #state}).
 */
final class FrozenTables {
  private FrozenTables() {}

  /** Freezes the Adj-RIB-Outs of {@code run} into sorted maps. */
  static void freezeOut(NodeRun run) {
    run.sortedSlots = sorted(run.slots.values());
    for (Side side : run.sides) {
      Ipv4Prefix[] prefixes = new Ipv4Prefix[side.outCount];
      BgpRoute[] routes = new BgpRoute[side.outCount];
      int n = 0;
      for (Slot slot : run.sortedSlots) {
        BgpRoute route = slot.out[side.k];
        if (route != null) {
          prefixes[n] = slot.prefix;
          routes[n++] = route;
        }
      }
      side.outSorted = SortedArrayMap.of(prefixes, routes, n);
    }
  }

  /**
   * The slots in prefix order. Sorting references compares through scattered objects; this sorts
   * primitive keys (the prefix's order and the slot's index in one long) and reads the slots once.
   */
  static List<Slot> sorted(Collection<Slot> slots) {
    Slot[] all = slots.toArray(new Slot[0]);
    if (all.length >= 1 << 25) {
      List<Slot> sorted = new ArrayList<>(List.of(all));
      sorted.sort(Slot.BY_PREFIX);
      return sorted;
    }
    long[] keys = new long[all.length];
    for (int i = 0; i < all.length; i++) {
      keys[i] = all[i].order << 25 | i; // order < 2^38, so the key fits in 63 bits
    }
    Arrays.sort(keys);
    Slot[] sorted = new Slot[all.length];
    for (int i = 0; i < keys.length; i++) {
      sorted[i] = all[(int) (keys[i] & ((1 << 25) - 1))];
    }
    return Arrays.asList(sorted);
  }

  /** What {@code run}'s node holds, after {@link #freezeOut} ran on every node. */
  static NodeState state(NodeRun run, List<SessionState> sessions) {
    List<Slot> sorted = run.sortedSlots;
    SortedMap<String, SortedMap<Ipv4Prefix, BgpRoute>> received = new TreeMap<>();
    SortedMap<String, SortedMap<Ipv4Prefix, BgpRoute>> learned = new TreeMap<>();
    SortedMap<String, SortedMap<Ipv4Prefix, BgpRoute>> advertised = new TreeMap<>();
    List<Refusal> refusals = new ArrayList<>();
    List<Side> up = new ArrayList<>();
    for (Side side : run.sides) {
      if (NodeRun.up(side, sessions)) {
        up.add(side);
      }
    }
    for (Side side : up) {
      advertised.put(side.neighbor.peer(), side.outSorted);
      for (Slot slot : sorted) {
        if (slot.exportRefused != null && slot.exportRefused[side.k] != null) {
          refusals.add(slot.exportRefused[side.k]);
        }
      }
    }
    for (Side side : up) {
      NodeRun peer = Objects.requireNonNull(side.peer);
      received.put(side.neighbor.peer(),
          side.reverse >= 0 ? peer.sides[side.reverse].outSorted : SortedArrayMap.empty());
      Ipv4Prefix[] prefixes = new Ipv4Prefix[sorted.size()];
      BgpRoute[] routes = new BgpRoute[sorted.size()];
      int n = 0;
      for (Slot slot : sorted) {
        Candidate candidate = slot.learned[side.k];
        if (candidate != null) {
          prefixes[n] = slot.prefix;
          routes[n++] = candidate.route();
        }
        if (slot.importRefused != null && slot.importRefused[side.k] != null) {
          refusals.add(slot.importRefused[side.k]);
        }
      }
      learned.put(side.neighbor.peer(), SortedArrayMap.of(trim(prefixes, n), trim(routes, n), n));
    }
    Ipv4Prefix[] prefixes = new Ipv4Prefix[sorted.size()];
    Selection[] selections = new Selection[sorted.size()];
    int n = 0;
    for (Slot slot : sorted) {
      if (slot.selection != null) {
        prefixes[n] = slot.prefix;
        selections[n++] = slot.selection;
      }
    }
    SortedMap<Ipv4Prefix, Selection> table = SortedArrayMap.of(trim(prefixes, n), trim(selections, n), n);
    return new NodeState(received, learned, advertised, table,
        new Rejections(run.node, refusals.toArray(new Refusal[0])));
  }

  /** {@code array}, or a copy of its first {@code n} elements when it is longer (what the result keeps). */
  private static <T> T[] trim(T[] array, int n) {
    return n == array.length ? array : Arrays.copyOf(array, n);
  }

  /**
   * The rejections of a node, in order: export rejections by session and prefix, then import
   * rejections by session and prefix; each {@link Refusal} becomes a {@link Rejection} when read,
   * and every read gives an equal record.
   */
  private static final class Rejections extends AbstractList<Rejection> implements RandomAccess {
    private final Node node;
    private final Refusal[] items;

    Rejections(Node node, Refusal[] items) {
      this.node = node;
      this.items = items;
    }

    @Override
    public Rejection get(int i) {
      return items[i].rejection(node);
    }

    @Override
    public int size() {
      return items.length;
    }
  }
}
