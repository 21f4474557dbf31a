package io.arsim.engine.convergence;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.engine.bgp.Candidate;
import io.arsim.engine.bgp.Neighbor;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.Selection;
import io.arsim.engine.bgp.SessionState;
import io.arsim.policy.spi.Direction;
import io.arsim.policy.spi.PolicyContext;
import io.arsim.policy.spi.Speaker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The tables of one node while the network converges, kept up to date by deltas.
 *
 * <p>A round of {@link Simulation} has two phases. In the export phase ({@link ExportPhase}) each
 * node sends, on every session that is up, only the prefixes whose decision changed in the
 * previous round. In the import phase ({@link ImportPhase}) each node reads, per session, the
 * entries its peer touched, checks the session's limits, updates its Adj-RIB-In and decides again
 * ({@link DecisionPhase}) only the prefixes whose candidates changed. Every step is a function of
 * one prefix (the export and import of a route, the decision for a prefix) — policies are pure and
 * see nothing that spans prefixes — so applying the changes gives exactly the tables of a round
 * that recomputed everything, at a cost proportional to what changed. When the network has
 * converged, {@link FrozenTables} turns the tables into the {@code NodeState} people query.
 *
 * <p>The tables are kept per prefix: one {@link Slot} holds the decision and, per session
 * ({@link Side}), the route sent, the route received and the path accepted. Sessions never come up
 * during a run (they only go down, when a limit is exceeded or a policy tears them down), so the
 * first round sends everything and every later round sends changes.
 *
 * <p>Each phase touches one {@code NodeRun} per task and reads other nodes only as the previous
 * phase left them, so phases can run on several threads.
 */
final class NodeRun {
  private static final Ipv4Address NO_ADDRESS = new Ipv4Address(0);

  /** A change to one entry of a Loc-RIB; null means no selection. */
  record TableChange(int node, Ipv4Prefix prefix, @Nullable Selection before, @Nullable Selection after) {}

  /** A session torn down on import (a limit exceeded, or a policy asked for it). */
  record Breach(String node, String peer, String reason) {}

  /** What the import phase of one node produced. */
  record Imported(List<Breach> breaches, List<TableChange> changes) {}

  final Node node;
  final int index;
  final Side[] sides;
  final Map<Ipv4Prefix, Slot> slots = new HashMap<>();
  /** The prefixes the node aggregates, longest first. */
  final List<Ipv4Prefix> aggregates;
  /** The slots decided differently in the last round: what the next export phase sends. */
  List<Slot> changed = List.of();
  /** Every slot in prefix order, once frozen. */
  List<Slot> sortedSlots = List.of();

  NodeRun(Node node, int index) {
    this.node = node;
    this.index = index;
    List<Neighbor> neighbors = node.neighbors();
    this.aggregates = node.behaviour().aggregatePrefixes();
    this.sides = new Side[neighbors.size()];
    for (int k = 0; k < sides.length; k++) {
      sides[k] = new Side(k, neighbors.get(k));
    }
    for (BgpRoute route : node.originated()) {
      Slot slot = slot(route.prefix());
      if (slot.originated == null) {
        slot.originated = new ArrayList<>(1);
      }
      slot.originated.add(new Candidate(route, BgpRoute.LOCAL, NO_ADDRESS, node.asn(), node.routerId(), node.kind(),
          node.preferredUnder(), false, Candidate.LOCAL_WEIGHT));
    }
  }

  /** The slot of {@code prefix}, made when missing. */
  Slot slot(Ipv4Prefix prefix) {
    Slot slot = slots.get(prefix);
    if (slot == null) {
      slot = new Slot(prefix, sides.length);
      slots.put(prefix, slot);
    }
    return slot;
  }

  /**
   * Connects this node's sides to its peers and their sessions (the first session joining the
   * two), and makes each side's policy contexts.
   */
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
      if (side.peer == null) {
        continue;
      }
      // Adj-RIB-Outs are keyed by peer name: with two entries for one peer, the last one counts.
      Side[] theirs = side.peer.sides;
      for (int j = 0; j < theirs.length; j++) {
        if (theirs[j].neighbor.peer().equals(node.name())) {
          side.reverse = j;
        }
      }
      Speaker local = speaker(node, side.neighbor.localAddress());
      Speaker remote = speaker(side.peer.node, side.neighbor.peerAddress());
      side.importContext = new PolicyContext(Direction.IMPORT, local, remote);
      side.exportContext = new PolicyContext(Direction.EXPORT, local, remote);
    }
  }

  /** Decides on the originated routes alone: the state before the first round, all of it to send. */
  void start() {
    List<Slot> decided = new ArrayList<>();
    for (Slot slot : slots.values()) {
      slot.selection = node.behaviour().select(node, slot.prefix,
          new ArrayList<>(Objects.requireNonNull(slot.originated)));
      decided.add(slot);
    }
    if (!aggregates.isEmpty()) {
      Map<Slot, @Nullable Selection> touched = new java.util.LinkedHashMap<>();
      DecisionPhase.aggregate(this, new ArrayList<>(decided), touched);
      for (Slot slot : touched.keySet()) {
        if (slot.selection != null && !decided.contains(slot)) {
          decided.add(slot);
        }
      }
    }
    changed = decided;
  }

  /** The path an aggregate {@code route} of this node becomes: a local route. */
  Candidate aggregateCandidate(BgpRoute route) {
    return new Candidate(route, Candidate.AGGREGATE, NO_ADDRESS, node.asn(), node.routerId(), node.kind(),
        node.preferredUnder(), false, Candidate.LOCAL_WEIGHT);
  }

  /** The selection for {@code prefix} now, or null. */
  @Nullable Selection selection(Ipv4Prefix prefix) {
    Slot slot = slots.get(prefix);
    return slot == null ? null : slot.selection;
  }

  /** Whether the session of {@code side} is up (and joins two nodes of the network). */
  static boolean up(Side side, List<SessionState> sessions) {
    return side.session >= 0 && side.peer != null && sessions.get(side.session).up();
  }

  /** The path {@code side}'s peer becomes in this node's table for {@code route}. */
  Candidate candidate(Side side, BgpRoute route) {
    Node peer = Objects.requireNonNull(side.peer).node;
    return new Candidate(route, side.neighbor.peer(), side.neighbor.peerAddress(), peer.asn(), peer.routerId(),
        peer.kind(), peer.preferredUnder(), !peer.asn().equals(node.asn()),
        node.behaviour().weight(node, side.neighbor, route));
  }

  private static Speaker speaker(Node node, Ipv4Address address) {
    return new Speaker(node.name(), node.asn(), address, node.kind());
  }
}
