package io.arsim.engine.convergence;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.topology.MaximumPrefix;
import io.arsim.engine.bgp.Candidate;
import io.arsim.engine.bgp.EngineSettings;
import io.arsim.engine.bgp.InboundRule;
import io.arsim.engine.bgp.Neighbor;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.NodeBehaviour;
import io.arsim.engine.bgp.Rejection;
import io.arsim.engine.bgp.RouteLimitCounting;
import io.arsim.engine.bgp.SessionState;
import io.arsim.policy.catalog.PolicyChain.ChainResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The import phase of a round for one node: per session that is up, the entries the peer touched
 * in this round's export phase; the session's limits (the node kind's route limit, counted as
 * Azure documents it, and the neighbour's {@code maximumPrefix}); the built-in inbound rules and
 * the import chain for each received route; then the prefixes whose candidates changed are decided
 * again ({@link DecisionPhase}). A session that went down is dropped.
 */
final class ImportPhase {
  private ImportPhase() {}

  static NodeRun.Imported run(NodeRun run, List<SessionState> sessions, EngineSettings settings) {
    List<Slot> redecide = new ArrayList<>();
    List<NodeRun.Breach> breaches = new ArrayList<>();
    for (Side side : run.sides) {
      if (!NodeRun.up(side, sessions)) {
        if (side.imported) {
          drop(run, side, redecide);
          side.imported = false;
        }
        continue;
      }
      importSession(run, side, settings, breaches, redecide);
    }
    return new NodeRun.Imported(breaches, DecisionPhase.run(run, redecide));
  }

  private static void importSession(NodeRun run, Side side, EngineSettings settings, List<NodeRun.Breach> breaches,
      List<Slot> redecide) {
    Node node = run.node;
    Neighbor neighbor = side.neighbor;
    NodeRun peer = Objects.requireNonNull(side.peer);
    Side from = side.reverse >= 0 ? peer.sides[side.reverse] : null;
    int j = side.reverse;
    List<Slot> touched = from == null ? List.of() : from.touched;
    OptionalInt limit = node.behaviour().routeLimit(node, neighbor);
    // With a limit, the count finds (or makes) this node's slot for every touched prefix; the
    // import below reuses them while it walks the same list.
    Slot[] mineOf = null;
    if (limit.isPresent()) {
      mineOf = mine(run, side, touched, j);
      // Azure's counting rule: routes held from the peer + routes in the incoming update. A
      // session comes up holding nothing and gets the whole table in its first update.
      int held = 0;
      long update = settings.routeLimitCounting() == RouteLimitCounting.RECEIVED
          ? Objects.requireNonNull(from).outCount : side.passing;
      if (held + update > limit.getAsInt()) {
        breaches.add(new NodeRun.Breach(node.name(), neighbor.peer(), neighbor.peer() + " advertised " + update
            + " routes to " + node.name() + "; the limit is " + limit.getAsInt() + " routes per peer (routes held "
            + held + " + routes in the update " + update + " = " + (held + update) + " > " + limit.getAsInt()
            + "), so the session is torn down"));
        drop(run, side, redecide);
        return;
      }
    }
    side.imported = true;
    List<Slot> walk = touched;
    if (!neighbor.importChain().isEmpty() && touched.size() > 1) {
      // A policy may tear the session down, and the first reason wins: walk in prefix order, as a
      // full table would be read, so the reason does not depend on the order prefixes changed in.
      walk = FrozenTables.sorted(touched);
      mineOf = null;
    }
    for (int t = 0; t < walk.size(); t++) {
      Slot theirs = walk.get(t);
      BgpRoute after = theirs.out[j];
      Slot mine = mineOf != null ? mineOf[t] : after == null ? run.slots.get(theirs.prefix) : run.slot(theirs.prefix);
      if (mine == null || mine.received[side.k] == after) {
        continue;
      }
      mine.received[side.k] = after;
      importOne(run, side, mine, after, limit.isPresent(), breaches, redecide);
    }
    MaximumPrefix maximum = neighbor.settings().maximumPrefix();
    if (maximum != null && !maximum.warningOnly() && side.learnedCount > maximum.limit()) {
      breaches.add(new NodeRun.Breach(node.name(), neighbor.peer(), "maximum-prefix: " + neighbor.peer() + " sent "
          + side.learnedCount + " routes that " + node.name() + " accepted, more than the limit " + maximum.limit()
          + " of its neighbour " + neighbor.peerAddress() + ", so the session is torn down"));
      drop(run, side, redecide);
    }
  }

  /**
   * This node's slot for every touched prefix (null where the peer withdrew a prefix this node
   * never held), counting on the way how many received routes pass the inbound rules.
   */
  private static @Nullable Slot[] mine(NodeRun run, Side side, List<Slot> touched, int j) {
    NodeBehaviour behaviour = run.node.behaviour();
    Slot[] mineOf = new Slot[touched.size()];
    for (int t = 0; t < mineOf.length; t++) {
      Slot theirs = touched.get(t);
      BgpRoute after = theirs.out[j];
      Slot mine = after == null ? run.slots.get(theirs.prefix) : run.slot(theirs.prefix);
      mineOf[t] = mine;
      if (mine == null || mine.received[side.k] == after) {
        continue;
      }
      boolean was = mine.received[side.k] != null && mine.passes(side.k);
      boolean now = after != null && behaviour.inboundRule(run.node, side.neighbor, after).isEmpty();
      side.passing += (now ? 1 : 0) - (was ? 1 : 0);
      mine.passes(side.k, now);
    }
    return mineOf;
  }

  private static void drop(NodeRun run, Side side, List<Slot> redecide) {
    int k = side.k;
    for (Slot slot : run.slots.values()) {
      if (slot.learned[k] != null) {
        slot.learned[k] = null;
        DecisionPhase.mark(slot, redecide);
      }
      slot.received[k] = null;
      slot.refuseOnImport(k, null);
      slot.passes(k, false);
    }
    side.passing = 0;
    side.learnedCount = 0;
  }

  /**
   * Imports one received route (or its withdrawal, {@code route} null). {@code counted}: the route
   * limit's count already asked the inbound rules, and {@link Slot#passes} holds the answer.
   */
  private static void importOne(NodeRun run, Side side, Slot slot, @Nullable BgpRoute route, boolean counted,
      List<NodeRun.Breach> breaches, List<Slot> redecide) {
    Node node = run.node;
    Neighbor neighbor = side.neighbor;
    int k = side.k;
    Candidate before = slot.learned[k];
    BgpRoute in = null;
    Refusal refusal = null;
    if (route != null) {
      Optional<InboundRule> rule = counted && slot.passes(k) ? Optional.empty()
          : node.behaviour().inboundRule(node, neighbor, route);
      if (rule.isPresent()) {
        refusal = new Refusal.ByRule(rule.get(), neighbor, route);
      } else {
        in = node.arriving(neighbor, route);
        if (!neighbor.importChain().isEmpty()) {
          ChainResult result = neighbor.importChain().apply(Objects.requireNonNull(side.importContext), in);
          if (result instanceof ChainResult.Stopped stopped) {
            refusal = new Refusal.ByPolicy(new Rejection(node.name(), neighbor.peer(), stopped.route(),
                Rejection.Stage.IMPORT_POLICY, stopped.by().toString(), stopped.reason()));
            if (stopped.tearDownSession()) {
              breaches.add(new NodeRun.Breach(node.name(), neighbor.peer(), "torn down by policy "
                  + stopped.by() + ": " + stopped.reason()));
            }
            in = null;
          } else {
            in = ((ChainResult.Passed) result).route();
          }
        }
      }
    }
    slot.refuseOnImport(k, refusal);
    if (in == null) {
      if (before != null) {
        slot.learned[k] = null;
        side.learnedCount--;
        DecisionPhase.mark(slot, redecide);
      }
      return;
    }
    if (before != null && before.route().equals(in)) {
      return;
    }
    if (before == null) {
      side.learnedCount++;
    }
    slot.learned[k] = run.candidate(side, in);
    DecisionPhase.mark(slot, redecide);
  }
}
