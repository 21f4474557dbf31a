package io.arsim.engine.convergence;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.bgp.PathAttributes;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.engine.bgp.Candidate;
import io.arsim.engine.bgp.EngineSettings;
import io.arsim.engine.bgp.NamedPolicy;
import io.arsim.engine.bgp.Neighbor;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.NodeBehaviour;
import io.arsim.engine.bgp.NodeState;
import io.arsim.engine.bgp.Rejection;
import io.arsim.engine.bgp.RouteLimitCounting;
import io.arsim.engine.bgp.Selection;
import io.arsim.engine.bgp.SessionState;
import io.arsim.policy.spi.Direction;
import io.arsim.policy.spi.LoopCheckRelaxation;
import io.arsim.policy.spi.PolicyContext;
import io.arsim.policy.spi.PolicyResult;
import io.arsim.policy.spi.Speaker;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.RandomAccess;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The tables of one node while the network converges, kept up to date by deltas.
 *
 * <p>A round of {@link Simulation} has two phases. In the export phase each node sends, on every
 * session that is up, only the prefixes whose decision changed in the previous round. In the import
 * phase each node reads, per session, the entries its peer touched, updates its Adj-RIB-In and
 * decides again only the prefixes whose candidates changed. Every step is a function of one prefix
 * (the export and import of a route, the decision for a prefix), so applying the changes gives
 * exactly the tables of a round that recomputed everything, at a cost proportional to what
 * changed. The one input that spans prefixes, the route count a policy sees in its {@link
 * PolicyContext}, is handled by running the whole chain of a session again whenever that count
 * changes.
 *
 * <p>The tables are kept per prefix: one {@link Slot} holds the decision and, per session, the
 * route sent, the route received and the path accepted. Sessions never come up during a run (they
 * only go down, when a limit is exceeded or a policy tears them down), so the first round sends
 * everything and every later round sends changes.
 *
 * <p>Each phase touches one {@code NodeRun} per task and reads other nodes only as the previous
 * phase left them, so phases can run on several threads.
 */
final class NodeRun {
  private static final Ipv4Address NO_ADDRESS = new Ipv4Address(0);
  private static final Comparator<Slot> BY_PREFIX = Comparator.comparingLong(slot -> slot.order);

  /** A change to one entry of a Loc-RIB; null means no selection. */
  record TableChange(int node, Ipv4Prefix prefix, @Nullable Selection before, @Nullable Selection after) {}

  /** A session torn down on import (route limit exceeded, or a policy asked for it). */
  record Breach(String node, String peer, String reason) {}

  /** What the import phase of one node produced. */
  record Imported(List<Breach> breaches, List<TableChange> changes) {}

  /** Everything this node holds for one prefix; the arrays are indexed by session (side). */
  private static final class Slot {
    final Ipv4Prefix prefix;
    /** The prefix's place in {@link Ipv4Prefix}'s order, kept here so that sorting reads one object. */
    final long order;
    @Nullable List<Candidate> originated;
    @Nullable Selection selection;
    final @Nullable BgpRoute[] out;
    final @Nullable BgpRoute[] received;
    final @Nullable Candidate[] learned;
    /** Per side, the route the export chain is given; only on nodes with export chains. */
    final @Nullable BgpRoute @Nullable [] prepared;
    /** Per side, a {@link Rejection} or, for a built-in inbound rule, the rejected route. */
    @Nullable Object @Nullable [] importRejected;
    @Nullable Rejection @Nullable [] exportRejected;
    /**
     * Per side with a route limit, whether the received route passes the built-in inbound rules:
     * the limit count asks once per received route, and the import reuses the answer.
     */
    boolean @Nullable [] passes;
    boolean marked;

    Slot(Ipv4Prefix prefix, int sides, boolean exportChains) {
      this.prefix = prefix;
      this.order = (Integer.toUnsignedLong(prefix.bits()) << 6) | prefix.length();
      this.out = new BgpRoute[sides];
      this.received = new BgpRoute[sides];
      this.learned = new Candidate[sides];
      this.prepared = exportChains ? new BgpRoute[sides] : null;
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
  }

  /** One side of a session: this node's view of one neighbour. */
  private static final class Side {
    final int k;
    final Neighbor neighbor;
    @Nullable NodeRun peer;
    int session = -1;
    int reverse = -1;
    /** The slots whose route toward this peer may have changed in this round's export phase. */
    List<Slot> touched = List.of();
    int outCount;
    int preparedCount = -1;
    int accepted;
    int incomingSize = -1;
    boolean imported;
    SortedMap<Ipv4Prefix, BgpRoute> outSorted = SortedArrayMap.empty();

    Side(int k, Neighbor neighbor) {
      this.k = k;
      this.neighbor = neighbor;
    }
  }

  final Node node;
  final int index;
  private final Side[] sides;
  private final boolean exportChains;
  private final Map<Ipv4Prefix, Slot> slots = new HashMap<>();
  private List<Slot> changed = List.of();
  /**
   * Every slot, as the export phase left them, for peers that run an import chain and need the
   * whole Adj-RIB-Out again (their import phase must not read {@link #slots}, which this node's
   * own import phase may be growing on another thread).
   */
  private List<Slot> exportedSlots = List.of();
  private boolean peersRunImportChains;
  private List<Slot> sortedSlots = List.of();

  NodeRun(Node node, int index) {
    this.node = node;
    this.index = index;
    List<Neighbor> neighbors = node.neighbors();
    this.sides = new Side[neighbors.size()];
    for (int k = 0; k < sides.length; k++) {
      sides[k] = new Side(k, neighbors.get(k));
    }
    this.exportChains = neighbors.stream().anyMatch(n -> !n.exportChain().isEmpty());
    for (BgpRoute route : node.originated()) {
      Slot slot = slot(route.prefix());
      if (slot.originated == null) {
        slot.originated = new ArrayList<>(1);
      }
      slot.originated.add(new Candidate(route, BgpRoute.LOCAL, NO_ADDRESS, node.asn(), node.routerId(), node.source(),
          false, Candidate.LOCAL_WEIGHT));
    }
  }

  private Slot slot(Ipv4Prefix prefix) {
    Slot slot = slots.get(prefix);
    if (slot == null) {
      slot = new Slot(prefix, sides.length, exportChains);
      slots.put(prefix, slot);
    }
    return slot;
  }

  /** Connects this node's sides to its peers and their sessions (the first session joining the two). */
  void link(Map<String, NodeRun> byName, List<SessionState> sessions) {
    for (Side side : sides) {
      String peer = side.neighbor.peer();
      side.peer = byName.get(peer);
      for (int i = 0; i < sessions.size(); i++) {
        if (sessions.get(i).joins(node.name(), peer)) {
          side.session = i;
          break;
        }
      }
      if (side.peer != null) {
        // Adj-RIB-Outs are keyed by peer name: with two entries for one peer, the last one counts.
        Side[] theirs = side.peer.sides;
        for (int j = 0; j < theirs.length; j++) {
          if (theirs[j].neighbor.peer().equals(node.name())) {
            side.reverse = j;
            peersRunImportChains |= !theirs[j].neighbor.importChain().isEmpty();
          }
        }
      }
    }
  }

  /** Decides on the originated routes alone: the state before the first round, all of it to send. */
  void start() {
    List<Slot> decided = new ArrayList<>();
    for (Slot slot : slots.values()) {
      List<Candidate> originated = new ArrayList<>(Objects.requireNonNull(slot.originated));
      slot.selection = node.behaviour().select(node, slot.prefix, originated);
      decided.add(slot);
    }
    changed = decided;
  }

  /** The selection for {@code prefix} now, or null. */
  @Nullable Selection selection(Ipv4Prefix prefix) {
    Slot slot = slots.get(prefix);
    return slot == null ? null : slot.selection;
  }

  private static boolean up(Side side, List<SessionState> sessions) {
    return side.session >= 0 && side.peer != null && sessions.get(side.session).up();
  }

  // --- export -------------------------------------------------------------------------------

  /** Sends the prefixes decided differently in the last round on every session that is up. */
  void export(List<SessionState> sessions) {
    if (peersRunImportChains) {
      exportedSlots = new ArrayList<>(slots.values());
    }
    List<Side> plain = new ArrayList<>();
    List<Side> chained = new ArrayList<>();
    for (Side side : sides) {
      side.touched = List.of();
      if (!up(side, sessions)) {
        if (side.outCount > 0 || side.preparedCount >= 0) {
          clearOut(side);
        }
      } else if (side.neighbor.exportChain().isEmpty()) {
        plain.add(side);
        side.touched = changed;
      } else {
        chained.add(side);
      }
    }
    if (!plain.isEmpty()) {
      exportPlain(plain);
    }
    if (!chained.isEmpty()) {
      // Policies see the routes of a session in prefix order, as a full table would give them.
      List<Slot> sorted = sorted(changed);
      for (Side side : chained) {
        exportChained(side, sorted);
      }
    }
  }

  private void clearOut(Side side) {
    for (Slot slot : slots.values()) {
      slot.out[side.k] = null;
      if (slot.prepared != null) {
        slot.prepared[side.k] = null;
      }
      if (slot.exportRejected != null) {
        slot.exportRejected[side.k] = null;
      }
    }
    side.outCount = 0;
    side.preparedCount = -1;
  }

  /**
   * Sessions without export policies, prefix by prefix: the routes for the neighbours of one prefix
   * are built one after the other, and a route equal to the one built for the previous neighbour is
   * replaced by it, so the Adj-RIB-Outs of a node share their routes instead of holding copies.
   */
  private void exportPlain(List<Side> plain) {
    NodeBehaviour behaviour = node.behaviour();
    for (Slot slot : changed) {
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
              wire = checked(behaviour.afterExport(node, side.neighbor, prepared.get()), slot);
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

  /**
   * A session with export policies, given the changed slots in prefix order. The context counts
   * every route prepared for the peer; when the count changes, every route of the session goes
   * through the chain again.
   */
  private void exportChained(Side side, List<Slot> sortedChanged) {
    Neighbor neighbor = side.neighbor;
    int k = side.k;
    int count = side.preparedCount < 0 ? 0 : side.preparedCount;
    for (Slot slot : sortedChanged) {
      @Nullable BgpRoute[] prepared = Objects.requireNonNull(slot.prepared);
      BgpRoute before = prepared[k];
      BgpRoute now = slot.selection == null ? null
          : node.behaviour().advertise(node, neighbor, slot.selection).orElse(null);
      prepared[k] = now;
      count += (now != null ? 1 : 0) - (before != null ? 1 : 0);
    }
    List<Slot> process = sortedChanged;
    if (count != side.preparedCount) {
      // Every slot with something for this peer; a changed slot with nothing is left as it is.
      List<Slot> again = new ArrayList<>();
      for (Slot slot : slots.values()) {
        if (Objects.requireNonNull(slot.prepared)[k] != null || slot.out[k] != null || slot.exportRejected != null
            && slot.exportRejected[k] != null) {
          again.add(slot);
        }
      }
      again.sort(BY_PREFIX);
      process = again;
      side.preparedCount = count;
    }
    side.touched = process;
    PolicyContext context = new PolicyContext(Direction.EXPORT, speaker(node, neighbor.localAddress()),
        speaker(Objects.requireNonNull(side.peer).node, neighbor.peerAddress()), count);
    List<Rejection> rejected = new ArrayList<>(1);
    for (Slot slot : process) {
      if (slot.exportRejected != null) {
        slot.exportRejected[k] = null;
      }
      BgpRoute prepared = Objects.requireNonNull(slot.prepared)[k];
      BgpRoute wire = null;
      if (prepared != null) {
        BgpRoute after = runChain(neighbor.exportChain(), context, prepared, neighbor, rejected,
            Rejection.Stage.EXPORT_POLICY, null);
        if (!rejected.isEmpty()) {
          if (slot.exportRejected == null) {
            slot.exportRejected = new Rejection[sides.length];
          }
          slot.exportRejected[k] = rejected.get(0);
          rejected.clear();
        }
        if (after != null) {
          wire = checked(node.behaviour().afterExport(node, neighbor, after), slot);
        }
      }
      setOut(side, slot, wire);
    }
  }

  private BgpRoute checked(BgpRoute wire, Slot slot) {
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

  // --- import -------------------------------------------------------------------------------

  /**
   * Takes what the peers changed toward this node in this round's export phase, checks route
   * limits and decides again every prefix whose candidates changed.
   */
  Imported importChanges(List<SessionState> sessions, EngineSettings settings) {
    List<Slot> redecide = new ArrayList<>();
    List<Breach> breaches = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>(1);
    for (Side side : sides) {
      if (!up(side, sessions)) {
        if (side.imported) {
          drop(side, redecide);
          side.imported = false;
        }
        continue;
      }
      NodeRun peer = Objects.requireNonNull(side.peer);
      Side from = side.reverse >= 0 ? peer.sides[side.reverse] : null;
      int j = side.reverse;
      List<Slot> touched = from == null ? List.of() : from.touched;
      int incoming = from == null ? 0 : from.outCount;
      Neighbor neighbor = side.neighbor;
      OptionalInt limit = node.behaviour().routeLimit(node, neighbor);
      // With a limit, the count finds (or makes) this node's slot for every touched prefix; the
      // import below reuses them while it walks the same list.
      Slot[] mineOf = null;
      if (limit.isPresent()) {
        mineOf = new Slot[touched.size()];
        for (int t = 0; t < mineOf.length; t++) {
          Slot theirs = touched.get(t);
          BgpRoute after = theirs.out[j];
          Slot mine = after == null ? slots.get(theirs.prefix) : slot(theirs.prefix);
          mineOf[t] = mine;
          if (mine == null || mine.received[side.k] == after) {
            continue;
          }
          boolean was = mine.received[side.k] != null && mine.passes(side.k);
          boolean now = after != null && node.behaviour().accepts(node, neighbor, after);
          side.accepted += (now ? 1 : 0) - (was ? 1 : 0);
          mine.passes(side.k, now);
        }
        // Azure's counting rule: routes held from the peer + routes in the incoming update. A
        // session comes up holding nothing and gets the whole table in its first update.
        int held = 0;
        long update = settings.routeLimitCounting() == RouteLimitCounting.RECEIVED ? incoming : side.accepted;
        if (held + update > limit.getAsInt()) {
          breaches.add(new Breach(node.name(), neighbor.peer(), neighbor.peer() + " advertised " + update
              + " routes to " + node.name() + "; the limit is " + limit.getAsInt() + " routes per peer (routes held "
              + held + " + routes in the update " + update + " = " + (held + update) + " > " + limit.getAsInt()
              + "), so the session is torn down"));
          drop(side, redecide);
          continue;
        }
      }
      side.imported = true;
      // The context is the same for every route of the session; policies are pure, so one is shared.
      PolicyContext context = neighbor.importChain().isEmpty() ? null : new PolicyContext(Direction.IMPORT,
          speaker(node, neighbor.localAddress()), speaker(peer.node, neighbor.peerAddress()), incoming);
      List<Slot> walk = touched;
      if (context != null && incoming != side.incomingSize) {
        // Every route's policies see the new count: run them all again.
        int accepted = side.accepted;
        drop(side, redecide);
        side.accepted = accepted;
        List<Slot> all = new ArrayList<>();
        for (Slot theirs : peer.exportedSlots) {
          if (theirs.out[j] != null) {
            all.add(theirs);
          }
        }
        walk = all;
      }
      if (context != null) {
        walk = sorted(walk); // policies see the routes in prefix order
      }
      boolean aligned = walk == touched && mineOf != null;
      for (int t = 0; t < walk.size(); t++) {
        Slot theirs = walk.get(t);
        BgpRoute after = theirs.out[j];
        Slot mine = aligned ? mineOf[t] : after == null ? slots.get(theirs.prefix) : slot(theirs.prefix);
        if (mine == null || mine.received[side.k] == after) {
          continue;
        }
        mine.received[side.k] = after;
        importOne(side, mine, after, context, rejected, breaches, redecide, limit.isPresent());
      }
      side.incomingSize = incoming;
    }
    return new Imported(breaches, decide(redecide));
  }

  private void drop(Side side, List<Slot> redecide) {
    int k = side.k;
    for (Slot slot : slots.values()) {
      if (slot.learned[k] != null) {
        slot.learned[k] = null;
        mark(slot, redecide);
      }
      slot.received[k] = null;
      if (slot.importRejected != null) {
        slot.importRejected[k] = null;
      }
    }
    side.accepted = 0;
    side.incomingSize = -1;
  }

  private static void mark(Slot slot, List<Slot> redecide) {
    if (!slot.marked) {
      slot.marked = true;
      redecide.add(slot);
    }
  }

  /** {@code counted}: the route limit's count already asked the inbound rules (see {@link Slot#passes}). */
  private void importOne(Side side, Slot slot, @Nullable BgpRoute route, @Nullable PolicyContext context,
      List<Rejection> rejected, List<Breach> breaches, List<Slot> redecide, boolean counted) {
    int k = side.k;
    if (slot.importRejected != null) {
      slot.importRejected[k] = null;
    }
    Candidate before = slot.learned[k];
    BgpRoute in = null;
    if (route != null) {
      boolean passes = counted ? slot.passes(k) : node.behaviour().accepts(node, side.neighbor, route);
      in = importRoute(side, slot, route, passes, context, rejected, breaches);
      if (!rejected.isEmpty()) {
        rejectOnImport(slot, k, rejected.get(0));
        rejected.clear();
      }
    }
    if (in == null) {
      if (before != null) {
        slot.learned[k] = null;
        mark(slot, redecide);
      }
      return;
    }
    if (before != null && before.route().equals(in)) {
      return;
    }
    slot.learned[k] = candidate(side, in);
    mark(slot, redecide);
  }

  private void rejectOnImport(Slot slot, int k, Object rejection) {
    if (slot.importRejected == null) {
      slot.importRejected = new Object[sides.length];
    }
    slot.importRejected[k] = rejection;
  }

  /**
   * Imports one route that the built-in inbound rules accept or not ({@code passes}); {@code
   * context} is null exactly when the import chain is empty.
   */
  private @Nullable BgpRoute importRoute(Side side, Slot slot, BgpRoute route, boolean passes,
      @Nullable PolicyContext context, List<Rejection> rejected, List<Breach> breaches) {
    Neighbor neighbor = side.neighbor;
    if (!passes) {
      boolean relaxed = false;
      for (NamedPolicy policy : neighbor.importChain()) {
        if (policy.policy() instanceof LoopCheckRelaxation relaxation
            && route.attributes().asPath().contains(node.asn())
            && call(() -> relaxation.permitsOwnAsn(context, route), policy, Objects.requireNonNull(context), route)) {
          relaxed = true;
          break;
        }
      }
      if (!relaxed) {
        // The reason is written when the rejection is read (see Rejections): a route server
        // rejects every route an NVA echoes back, and most of those reasons are never read.
        rejectOnImport(slot, side.k, route);
        return null;
      }
    }
    BgpRoute in = route;
    if (!neighbor.peerAsn().equals(node.asn()) && node.behaviour().resetsLocalPreference()
        && route.attributes().localPreference() != PathAttributes.DEFAULT_LOCAL_PREFERENCE) {
      in = route.withAttributes(route.attributes().toBuilder()
          .localPreference(PathAttributes.DEFAULT_LOCAL_PREFERENCE).build());
    }
    if (context == null) {
      return in;
    }
    return runChain(neighbor.importChain(), context, in, neighbor, rejected, Rejection.Stage.IMPORT_POLICY, breaches);
  }

  private @Nullable BgpRoute runChain(List<NamedPolicy> chain, PolicyContext context, BgpRoute route,
      Neighbor neighbor, List<Rejection> rejected, Rejection.Stage stage, @Nullable List<Breach> breaches) {
    BgpRoute current = route;
    for (NamedPolicy policy : chain) {
      BgpRoute input = current;
      PolicyResult result = call(() -> policy.policy().apply(context, input), policy, context, input);
      if (result == null) {
        throw new PolicyFailedException(failure(policy, context, input, "returned no result (null)"));
      }
      if (result instanceof PolicyResult.Reject reject) {
        rejected.add(new Rejection(node.name(), neighbor.peer(), input, stage, policy.name() + " (" + policy.type() + ")",
            reject.reason()));
        if (reject.tearDownSession() && breaches != null) {
          breaches.add(new Breach(node.name(), neighbor.peer(), "torn down by policy " + policy.name()
              + " (" + policy.type() + "): " + reject.reason()));
        }
        return null;
      }
      BgpRoute accepted = ((PolicyResult.Accept) result).route();
      if (!accepted.prefix().equals(input.prefix())) {
        throw new PolicyFailedException(failure(policy, context, input,
            "returned a route for another prefix (" + accepted.prefix() + "); a policy may change attributes only"));
      }
      current = accepted.receivedFrom().equals(input.receivedFrom()) ? accepted
          : new BgpRoute(accepted.prefix(), input.receivedFrom(), accepted.attributes());
    }
    return current;
  }

  private static <T> T call(java.util.function.Supplier<T> call, NamedPolicy policy, PolicyContext context,
      BgpRoute route) {
    try {
      return call.get();
    } catch (io.arsim.core.ArsimException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new PolicyFailedException(failure(policy, context, route, "threw " + e), e);
    }
  }

  private static String failure(NamedPolicy policy, PolicyContext context, BgpRoute route, String what) {
    return "policy \"" + policy.name() + "\" (plugin " + policy.type() + ") " + what + " on session "
        + context.describe() + " for route " + route + "\n  fix: this is a fault in the plugin; report it to its"
        + " author, or remove the policy from the chain";
  }

  private static Speaker speaker(Node node, Ipv4Address address) {
    return new Speaker(node.name(), node.asn(), address, node.kind());
  }

  private Candidate candidate(Side side, BgpRoute route) {
    Node peer = Objects.requireNonNull(side.peer).node;
    return new Candidate(route, side.neighbor.peer(), side.neighbor.peerAddress(), peer.asn(), peer.routerId(),
        peer.source(), !peer.asn().equals(node.asn()), 0);
  }

  // --- decision -----------------------------------------------------------------------------

  private List<TableChange> decide(List<Slot> redecide) {
    List<TableChange> changes = new ArrayList<>();
    List<Slot> decided = new ArrayList<>();
    for (Slot slot : redecide) {
      slot.marked = false;
      List<Candidate> candidates = slot.originated == null ? new ArrayList<>(sides.length)
          : new ArrayList<>(slot.originated);
      for (Candidate candidate : slot.learned) {
        if (candidate != null) {
          candidates.add(candidate);
        }
      }
      Selection before = slot.selection;
      Selection after = candidates.isEmpty() ? null : node.behaviour().select(node, slot.prefix, candidates);
      if (Objects.equals(before, after)) {
        continue;
      }
      slot.selection = after;
      changes.add(new TableChange(index, slot.prefix, before, after));
      decided.add(slot);
    }
    changed = decided;
    return changes;
  }

  // --- result -------------------------------------------------------------------------------

  /** Freezes the Adj-RIB-Outs into sorted maps; every node does this before any {@link #state}. */
  void freezeOut() {
    sortedSlots = sorted(slots.values());
    for (Side side : sides) {
      Ipv4Prefix[] prefixes = new Ipv4Prefix[side.outCount];
      BgpRoute[] routes = new BgpRoute[side.outCount];
      int n = 0;
      for (Slot slot : sortedSlots) {
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
  private static List<Slot> sorted(java.util.Collection<Slot> slots) {
    Slot[] all = slots.toArray(new Slot[0]);
    if (all.length >= 1 << 25) {
      List<Slot> sorted = new ArrayList<>(List.of(all));
      sorted.sort(BY_PREFIX);
      return sorted;
    }
    long[] keys = new long[all.length];
    for (int i = 0; i < all.length; i++) {
      keys[i] = all[i].order << 25 | i; // order < 2^38, so the key fits in 63 bits
    }
    java.util.Arrays.sort(keys);
    Slot[] sorted = new Slot[all.length];
    for (int i = 0; i < keys.length; i++) {
      sorted[i] = all[(int) (keys[i] & ((1 << 25) - 1))];
    }
    return java.util.Arrays.asList(sorted);
  }

  /** What this node holds, after {@link #freezeOut} ran on every node. */
  NodeState state(List<SessionState> sessions) {
    List<Slot> sorted = sortedSlots;
    SortedMap<String, SortedMap<Ipv4Prefix, BgpRoute>> received = new TreeMap<>();
    SortedMap<String, SortedMap<Ipv4Prefix, BgpRoute>> learned = new TreeMap<>();
    SortedMap<String, SortedMap<Ipv4Prefix, BgpRoute>> advertised = new TreeMap<>();
    List<Object> rejections = new ArrayList<>();
    List<Side> up = new ArrayList<>();
    for (Side side : sides) {
      if (up(side, sessions)) {
        up.add(side);
      }
    }
    for (Side side : up) {
      advertised.put(side.neighbor.peer(), side.outSorted);
      for (Slot slot : sorted) {
        if (slot.exportRejected != null && slot.exportRejected[side.k] != null) {
          rejections.add(slot.exportRejected[side.k]);
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
        if (slot.importRejected != null && slot.importRejected[side.k] != null) {
          Object rejection = slot.importRejected[side.k];
          rejections.add(rejection instanceof BgpRoute route ? new InboundRule(side.neighbor, route) : rejection);
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
    return new NodeState(received, learned, advertised, table, new Rejections(node, rejections.toArray()));
  }

  /** {@code array}, or a copy of its first {@code n} elements when it is longer (what the result keeps). */
  private static <T> T[] trim(T[] array, int n) {
    return n == array.length ? array : java.util.Arrays.copyOf(array, n);
  }

  /** A route a built-in inbound rule rejected; its {@link Rejection} is made when read. */
  private record InboundRule(Neighbor from, BgpRoute route) {}

  /**
   * The rejections of a node, in order: export rejections by session and prefix, then import
   * rejections by session and prefix. Those of the built-in inbound rules are kept as the route
   * alone and made into a {@link Rejection} (with the behaviour's reason) when read; every read
   * gives an equal record.
   */
  private static final class Rejections extends AbstractList<Rejection> implements RandomAccess {
    private final Node node;
    private final Object[] items;

    Rejections(Node node, Object[] items) {
      this.node = node;
      this.items = items;
    }

    @Override
    public Rejection get(int i) {
      Object item = items[i];
      if (item instanceof InboundRule rule) {
        String reason = node.behaviour().inboundRejection(node, rule.from(), rule.route()).orElseThrow(
            () -> new IllegalStateException(node.name() + "'s behaviour rejects " + rule.route()
                + " (accepts is false) but gives no inbound rejection; the two must agree"));
        return new Rejection(node.name(), rule.from().peer(), rule.route(), Rejection.Stage.INBOUND_RULE,
            "loop prevention", reason);
      }
      return (Rejection) item;
    }

    @Override
    public int size() {
      return items.length;
    }
  }
}
