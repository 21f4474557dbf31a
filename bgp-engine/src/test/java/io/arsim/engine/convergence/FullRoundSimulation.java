package io.arsim.engine.convergence;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.bgp.PathAttributes;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.engine.bgp.Candidate;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.EngineSettings;
import io.arsim.engine.bgp.InboundRule;
import io.arsim.engine.bgp.Neighbor;
import io.arsim.engine.bgp.Network;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.NodeState;
import io.arsim.engine.bgp.Rejection;
import io.arsim.engine.bgp.RouteLimitCounting;
import io.arsim.engine.bgp.Selection;
import io.arsim.engine.bgp.SessionState;
import io.arsim.policy.catalog.PolicyChain;
import io.arsim.policy.spi.Direction;
import io.arsim.policy.spi.PolicyContext;
import io.arsim.policy.spi.Speaker;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine as it was before rounds became incremental: every round recomputes every node's
 * Adj-RIB-Outs, Adj-RIB-Ins and decisions from scratch, and convergence compares whole tables.
 * Slow, but plainly a synchronous round as {@link Simulation} documents it; kept as the reference
 * (its rounds unchanged; its policy path and session limits follow the engine's contracts, {@code
 * PolicyChain}, {@code InboundRule}, {@code maximumPrefix}) that {@link IncrementalRoundsProperties} holds the incremental
 * {@link Simulation} to.
 */
final class FullRoundSimulation {
  private static final Logger LOG = LoggerFactory.getLogger(FullRoundSimulation.class);
  private static final Ipv4Address NO_ADDRESS = new Ipv4Address(0);
  private static final int HISTORY = 64;

  private final Network network;
  private final EngineSettings settings;
  private final Map<String, Node> nodes = new TreeMap<>();
  private final int threads;

  private FullRoundSimulation(Network network, EngineSettings settings, int threads) {
    this.network = network;
    this.settings = settings;
    this.threads = threads;
    network.nodes().forEach(n -> nodes.put(n.name(), n));
  }

  /**
   * Converges {@code network}.
   *
   * @throws NonConvergenceException when the network oscillates
   * @throws io.arsim.policy.catalog.PolicyEvaluationException when a policy plugin fails
   */
  public static ConvergedState converge(Network network, EngineSettings settings) {
    return converge(network, settings, 1);
  }

  /**
   * Converges {@code network} processing the speakers of each round on up to {@code threads}
   * threads. The result is the same for every thread count; policies must be thread-safe (the SPI
   * requires them to be pure).
   */
  public static ConvergedState converge(Network network, EngineSettings settings, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    return new FullRoundSimulation(network, settings, threads).run();
  }

  /** The round limit: the configured one, or 50 + 4 per node. */
  public static int maxRounds(Network network, EngineSettings settings) {
    return settings.maxRounds() > 0 ? settings.maxRounds() : 50 + 4 * network.nodes().size();
  }

  /** The state of one round. */
  private record Round(
      Map<String, SortedMap<Ipv4Prefix, Selection>> tables,
      Map<String, NodeState> states,
      List<SessionState> sessions) {}

  /** The result of checking a session's route limit on import. */
  private record LimitBreach(String node, String peer, String reason) {}

  private ConvergedState run() {
    int max = maxRounds(network, settings);
    List<SessionState> sessions = new ArrayList<>(network.sessions());
    Map<String, SortedMap<Ipv4Prefix, Selection>> tables = new TreeMap<>();
    for (Node node : nodes.values()) {
      tables.put(node.name(), decide(node, originatedCandidates(node)));
    }
    Deque<Map<String, SortedMap<Ipv4Prefix, Selection>>> history = new ArrayDeque<>();
    for (int round = 1; round <= max; round++) {
      Round next = step(tables, sessions);
      boolean sessionsChanged = !next.sessions().equals(sessions);
      if (!sessionsChanged && next.tables().equals(tables)) {
        LOG.debug("converged after {} rounds", round);
        return new ConvergedState(network, settings, next.sessions(), new TreeMap<>(next.states()), round);
      }
      if (sessionsChanged) {
        // The transition depends on the session states too: only states reached under the same
        // sessions can form a cycle.
        history.clear();
      } else {
        // The state this round started from belongs to the cycle too: history[i] is the state i
        // rounds before the next one, so a match at i is a cycle of i + 1 rounds.
        history.addFirst(tables);
        if (history.size() > HISTORY) {
          history.removeLast();
        }
        int cycle = indexOf(history, next.tables());
        if (cycle >= 0) {
          throw oscillation(history, next.tables(), cycle + 1, round);
        }
      }
      tables = next.tables();
      sessions = next.sessions();
    }
    throw oscillation(history, tables, 0, max);
  }

  private static int indexOf(Deque<Map<String, SortedMap<Ipv4Prefix, Selection>>> history,
      Map<String, SortedMap<Ipv4Prefix, Selection>> tables) {
    int i = 0;
    for (Map<String, SortedMap<Ipv4Prefix, Selection>> past : history) {
      if (past.equals(tables)) {
        return i;
      }
      i++;
    }
    return -1;
  }

  private NonConvergenceException oscillation(Deque<Map<String, SortedMap<Ipv4Prefix, Selection>>> history,
      Map<String, SortedMap<Ipv4Prefix, Selection>> current, int cycle, int rounds) {
    SortedSet<Ipv4Prefix> prefixes = new TreeSet<>();
    SortedSet<String> where = new TreeSet<>();
    List<Map<String, SortedMap<Ipv4Prefix, Selection>>> window = new ArrayList<>(history);
    int span = cycle == 0 ? Math.min(window.size(), 8) : cycle;
    for (Map<String, SortedMap<Ipv4Prefix, Selection>> past : window.subList(0, Math.min(span, window.size()))) {
      for (String node : current.keySet()) {
        SortedMap<Ipv4Prefix, Selection> a = current.get(node);
        SortedMap<Ipv4Prefix, Selection> b = past.getOrDefault(node, new TreeMap<>());
        TreeSet<Ipv4Prefix> all = new TreeSet<>(a.keySet());
        all.addAll(b.keySet());
        for (Ipv4Prefix prefix : all) {
          if (!java.util.Objects.equals(a.get(prefix), b.get(prefix))) {
            prefixes.add(prefix);
            where.add(node);
          }
        }
      }
    }
    return new NonConvergenceException(prefixes, where, cycle, rounds);
  }

  /** What one node sends in a round. */
  private record Exported(String node, SortedMap<String, SortedMap<Ipv4Prefix, BgpRoute>> out,
      List<Rejection> rejected) {}

  /** What one node holds after a round, and the sessions it tears down. */
  private record Imported(String node, SortedMap<Ipv4Prefix, Selection> table, NodeState state,
      List<LimitBreach> breaches) {}

  private Round step(Map<String, SortedMap<Ipv4Prefix, Selection>> tables, List<SessionState> sessions) {
    List<Node> all = List.copyOf(nodes.values());
    Map<String, SortedMap<String, SortedMap<Ipv4Prefix, BgpRoute>>> sent = new TreeMap<>();
    Map<String, List<Rejection>> rejections = new TreeMap<>();
    for (Exported e : forEachNode(all, node -> exportAll(node, tables, sessions))) {
      sent.put(e.node(), e.out());
      rejections.put(e.node(), e.rejected());
    }
    Map<String, SortedMap<Ipv4Prefix, Selection>> nextTables = new TreeMap<>();
    Map<String, NodeState> states = new TreeMap<>();
    List<LimitBreach> breaches = new ArrayList<>();
    for (Imported i : forEachNode(all, node -> importAll(node, sent, rejections.get(node.name()), sessions))) {
      nextTables.put(i.node(), i.table());
      states.put(i.node(), i.state());
      breaches.addAll(i.breaches());
    }
    List<SessionState> nextSessions = new ArrayList<>(sessions);
    for (LimitBreach breach : breaches) {
      for (int i = 0; i < nextSessions.size(); i++) {
        SessionState s = nextSessions.get(i);
        if (s.joins(breach.node(), breach.peer()) && s.up()) {
          nextSessions.set(i, s.down(breach.reason()));
        }
      }
    }
    return new Round(nextTables, states, List.copyOf(nextSessions));
  }

  /**
   * Applies {@code work} to every node, in node order, on up to {@link #threads} threads. Each
   * node's work in a phase reads only the previous phase's results, so the results (collected in
   * node order) do not depend on the thread count.
   */
  private <T> List<T> forEachNode(List<Node> all, java.util.function.Function<Node, T> work) {
    if (threads <= 1 || all.size() < 2) {
      return all.stream().map(work).toList();
    }
    java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
    try {
      return pool.submit(() -> all.parallelStream().map(work).toList()).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("simulation interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  private Exported exportAll(Node node, Map<String, SortedMap<Ipv4Prefix, Selection>> tables,
      List<SessionState> sessions) {
    SortedMap<String, SortedMap<Ipv4Prefix, BgpRoute>> out = new TreeMap<>();
    List<Rejection> rejected = new ArrayList<>();
    Map<Ipv4Prefix, BgpRoute> shared = new HashMap<>();
    for (Neighbor neighbor : node.neighbors()) {
      if (up(sessions, node.name(), neighbor.peer())) {
        out.put(neighbor.peer(), export(node, neighbor, tables.get(node.name()), rejected, shared));
      }
    }
    return new Exported(node.name(), out, rejected);
  }

  private Imported importAll(Node node, Map<String, SortedMap<String, SortedMap<Ipv4Prefix, BgpRoute>>> sent,
      List<Rejection> exportRejections, List<SessionState> sessions) {
    SortedMap<String, SortedMap<Ipv4Prefix, BgpRoute>> received = new TreeMap<>();
    SortedMap<String, SortedMap<Ipv4Prefix, BgpRoute>> learned = new TreeMap<>();
    List<Candidate> candidates = new ArrayList<>(originatedCandidates(node));
    List<Rejection> rejected = new ArrayList<>(exportRejections);
    List<LimitBreach> breaches = new ArrayList<>();
    for (Neighbor neighbor : node.neighbors()) {
      if (!up(sessions, node.name(), neighbor.peer())) {
        continue;
      }
      SortedMap<Ipv4Prefix, BgpRoute> incoming = sent.getOrDefault(neighbor.peer(), new TreeMap<>())
          .getOrDefault(node.name(), new TreeMap<>());
      OptionalInt limit = node.behaviour().routeLimit(node, neighbor);
      if (limit.isPresent()) {
        // Azure's counting rule: routes held from the peer + routes in the incoming update. A
        // session comes up holding nothing and gets the whole table in its first update.
        int held = 0;
        long update = settings.routeLimitCounting() == RouteLimitCounting.RECEIVED ? incoming.size()
            : incoming.values().stream().filter(r -> node.behaviour().inboundRule(node, neighbor, r).isEmpty())
                .count();
        if (held + update > limit.getAsInt()) {
          breaches.add(new LimitBreach(node.name(), neighbor.peer(), neighbor.peer() + " advertised " + update
              + " routes to " + node.name() + "; the limit is " + limit.getAsInt() + " routes per peer (routes held "
              + held + " + routes in the update " + update + " = " + (held + update) + " > " + limit.getAsInt()
              + "), so the session is torn down"));
          continue;
        }
      }
      SortedMap<Ipv4Prefix, BgpRoute> accepted = new TreeMap<>();
      List<Candidate> sessionCandidates = new ArrayList<>();
      List<Rejection> sessionRejected = new ArrayList<>();
      PolicyContext context = new PolicyContext(Direction.IMPORT, speaker(node, neighbor.localAddress()),
          speaker(nodes.get(neighbor.peer()), neighbor.peerAddress()));
      for (BgpRoute route : incoming.values()) {
        Optional<BgpRoute> in = importRoute(node, neighbor, route, context, sessionRejected, breaches);
        in.ifPresent(r -> {
          accepted.put(r.prefix(), r);
          sessionCandidates.add(candidate(node, neighbor, r));
        });
      }
      var maximum = neighbor.settings().maximumPrefix();
      if (maximum != null && !maximum.warningOnly() && accepted.size() > maximum.limit()) {
        breaches.add(new LimitBreach(node.name(), neighbor.peer(), "maximum-prefix: " + neighbor.peer() + " sent "
            + accepted.size() + " routes that " + node.name() + " accepted, more than the limit " + maximum.limit()
            + " of its neighbour " + neighbor.peerAddress() + ", so the session is torn down"));
        continue;
      }
      received.put(neighbor.peer(), incoming);
      candidates.addAll(sessionCandidates);
      rejected.addAll(sessionRejected);
      learned.put(neighbor.peer(), accepted);
    }
    SortedMap<Ipv4Prefix, Selection> table = decide(node, candidates);
    NodeState state = new NodeState(received, learned, sent.get(node.name()), table, List.copyOf(rejected));
    return new Imported(node.name(), table, state, breaches);
  }

  private static boolean up(List<SessionState> sessions, String x, String y) {
    for (SessionState s : sessions) {
      if (s.joins(x, y)) {
        return s.up();
      }
    }
    return false;
  }

  /**
   * The routes {@code node} sends {@code neighbor}. {@code shared} holds, per prefix, the last route
   * this node put on the wire in this round: an equal route for the next neighbour is replaced by
   * that one, so the Adj-RIB-Outs of a node share their routes instead of holding equal copies.
   */
  private SortedMap<Ipv4Prefix, BgpRoute> export(Node node, Neighbor neighbor, SortedMap<Ipv4Prefix, Selection> table,
      List<Rejection> rejected, Map<Ipv4Prefix, BgpRoute> shared) {
    SortedMap<Ipv4Prefix, BgpRoute> out = new TreeMap<>();
    List<BgpRoute> candidates = new ArrayList<>();
    List<Selection> sources = new ArrayList<>();
    for (Selection selection : table.values()) {
      node.behaviour().advertise(node, neighbor, selection).ifPresent(r -> {
        candidates.add(r);
        sources.add(selection);
      });
    }
    PolicyContext context = new PolicyContext(Direction.EXPORT, speaker(node, neighbor.localAddress()),
        speaker(nodes.get(neighbor.peer()), neighbor.peerAddress()));
    for (int i = 0; i < candidates.size(); i++) {
      BgpRoute prepared = candidates.get(i);
      PolicyChain.ChainResult result = neighbor.exportChain().apply(context, prepared);
      if (result instanceof PolicyChain.ChainResult.Stopped stopped) {
        rejected.add(new Rejection(node.name(), neighbor.peer(), stopped.route(), Rejection.Stage.EXPORT_POLICY,
            stopped.by().toString(), stopped.reason()));
        continue;
      }
      PolicyChain.ChainResult.Passed passed = (PolicyChain.ChainResult.Passed) result;
      // set ip next-hop unchanged: the next hop of the path in this node's table (the engine's contract).
      BgpRoute r = passed.nextHopUnchanged()
          ? node.behaviour().withNextHopUnchanged(node, neighbor, sources.get(i), passed.route()) : passed.route();
      BgpRoute wire = node.behaviour().afterExport(node, neighbor, r);
      BgpRoute previous = shared.get(wire.prefix());
      if (previous != null && previous.equals(wire)) {
        wire = previous;
      } else {
        shared.put(wire.prefix(), wire);
      }
      out.put(wire.prefix(), wire);
    }
    return out;
  }

  /** Imports one route: the node's inbound rules, the local preference reset, the import chain. */
  private Optional<BgpRoute> importRoute(Node node, Neighbor neighbor, BgpRoute route, PolicyContext context,
      List<Rejection> rejected, List<LimitBreach> breaches) {
    Optional<InboundRule> rule = node.behaviour().inboundRule(node, neighbor, route);
    if (rule.isPresent()) {
      rejected.add(new Rejection(node.name(), neighbor.peer(), route, Rejection.Stage.INBOUND_RULE,
          rule.get().name(), rule.get().explain(node, neighbor, route)));
      return Optional.empty();
    }
    BgpRoute in = route;
    if (!neighbor.peerAsn().equals(node.asn()) && node.behaviour().resetsLocalPreference()
        && route.attributes().localPreference() != PathAttributes.DEFAULT_LOCAL_PREFERENCE) {
      in = route.withAttributes(route.attributes().toBuilder()
          .localPreference(PathAttributes.DEFAULT_LOCAL_PREFERENCE).build());
    }
    return runChain(neighbor.importChain(), context, in, node, neighbor, rejected, Rejection.Stage.IMPORT_POLICY,
        breaches);
  }

  private Optional<BgpRoute> runChain(PolicyChain chain, PolicyContext context, BgpRoute route, Node node,
      Neighbor neighbor, List<Rejection> rejected, Rejection.Stage stage, List<LimitBreach> breaches) {
    PolicyChain.ChainResult result = chain.apply(context, route);
    if (result instanceof PolicyChain.ChainResult.Passed passed) {
      return Optional.of(passed.route());
    }
    PolicyChain.ChainResult.Stopped stopped = (PolicyChain.ChainResult.Stopped) result;
    rejected.add(new Rejection(node.name(), neighbor.peer(), stopped.route(), stage, stopped.by().toString(),
        stopped.reason()));
    if (stopped.tearDownSession() && breaches != null) {
      breaches.add(new LimitBreach(node.name(), neighbor.peer(), "torn down by policy " + stopped.by() + ": "
          + stopped.reason()));
    }
    return Optional.empty();
  }

  private static Speaker speaker(Node node, Ipv4Address address) {
    return new Speaker(node.name(), node.asn(), address, node.kind());
  }

  private List<Candidate> originatedCandidates(Node node) {
    List<Candidate> result = new ArrayList<>();
    for (BgpRoute route : node.originated()) {
      result.add(new Candidate(route, BgpRoute.LOCAL, NO_ADDRESS, node.asn(), node.routerId(), node.kind(),
          node.preferredUnder(), false, Candidate.LOCAL_WEIGHT));
    }
    return result;
  }

  private Candidate candidate(Node node, Neighbor neighbor, BgpRoute route) {
    Node peer = nodes.get(neighbor.peer());
    return new Candidate(route, neighbor.peer(), neighbor.peerAddress(), peer.asn(), peer.routerId(), peer.kind(),
        peer.preferredUnder(), !peer.asn().equals(node.asn()), node.behaviour().weight(node, neighbor, route));
  }

  private SortedMap<Ipv4Prefix, Selection> decide(Node node, List<Candidate> candidates) {
    Map<Ipv4Prefix, List<Candidate>> byPrefix = new HashMap<>();
    for (Candidate c : candidates) {
      byPrefix.computeIfAbsent(c.route().prefix(), p -> new ArrayList<>()).add(c);
    }
    SortedMap<Ipv4Prefix, Selection> table = new TreeMap<>();
    byPrefix.forEach((prefix, list) -> table.put(prefix, node.behaviour().select(node, prefix, list)));
    // aggregate-address, longest first: a summary of every path held for a prefix strictly inside
    // it (the node's aggregates excepted), competing with the paths learned for its own prefix.
    for (Ipv4Prefix aggregate : node.behaviour().aggregatePrefixes()) {
      List<Candidate> contributors = new ArrayList<>();
      table.forEach((prefix, selection) -> {
        if (prefix.length() > aggregate.length() && aggregate.contains(prefix)) {
          selection.best().stream().filter(c -> !c.isAggregate()).forEach(contributors::add);
          selection.lost().keySet().stream().filter(c -> !c.isAggregate()).forEach(contributors::add);
        }
      });
      Optional<BgpRoute> route = node.behaviour().aggregate(node, aggregate, contributors);
      if (route.isPresent()) {
        List<Candidate> list = byPrefix.computeIfAbsent(aggregate, p -> new ArrayList<>());
        list.add(new Candidate(route.get(), Candidate.AGGREGATE, NO_ADDRESS, node.asn(), node.routerId(), node.kind(),
            node.preferredUnder(), false, Candidate.LOCAL_WEIGHT));
        table.put(aggregate, node.behaviour().select(node, aggregate, list));
      }
    }
    return table;
  }
}
