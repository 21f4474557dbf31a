package io.arsim.engine.convergence;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.EngineSettings;
import io.arsim.engine.bgp.Network;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.NodeState;
import io.arsim.engine.bgp.SessionState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the BGP control plane of a network to a fixed point.
 *
 * <p>The run is synchronous: in each round every node advertises from the table it held at the end
 * of the previous round, then every node imports what its peers sent and decides again. A round is
 * a pure function of the previous round's state, so the result does not depend on the order nodes
 * are processed in; the same input gives the same state. When the tables stop changing the network
 * has converged. When a state repeats without the tables settling, the network oscillates (a
 * dispute wheel) and {@link NonConvergenceException} names the prefixes and nodes involved; a run
 * never takes more than {@link #maxRounds(Network, EngineSettings)} rounds.
 *
 * <p>A round is computed from what changed in the previous one (a node sends only the prefixes it
 * decided differently and decides again only the prefixes whose candidates changed), which gives
 * exactly the tables of a round recomputed from scratch at a cost proportional to the change; see
 * {@code NodeRun}. A repeated state is recognised from the recent rounds' changes ({@code
 * RoundHistory}) without keeping copies of earlier states.
 *
 * <p>Route limits follow Azure's documented counting rule: routes already held from the peer plus
 * the routes in the incoming update. A session comes up with nothing held and the whole table in
 * its first update, so a peer that advertises more than the limit has its session torn down (in
 * Azure it then flaps, coming up and going down again); arsim reports it down.
 */
@API(status = INTERNAL, since = "0.1")
public final class Simulation {
  private static final Logger LOG = LoggerFactory.getLogger(Simulation.class);
  private static final int HISTORY = 64;

  private final Network network;
  private final EngineSettings settings;
  private final Map<String, Node> nodes = new TreeMap<>();
  private final int threads;

  private Simulation(Network network, EngineSettings settings, int threads) {
    this.network = network;
    this.settings = settings;
    this.threads = threads;
    network.nodes().forEach(n -> nodes.put(n.name(), n));
  }

  /**
   * Converges {@code network} on {@link EngineSettings#threads()} threads.
   *
   * @throws NonConvergenceException when the network oscillates
   * @throws io.arsim.policy.catalog.PolicyEvaluationException when a policy plugin fails
   */
  public static ConvergedState converge(Network network, EngineSettings settings) {
    return converge(network, settings, settings.threads());
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
    return new Simulation(network, settings, threads).run();
  }

  /** The round limit: the configured one, or 50 + 4 per node. */
  public static int maxRounds(Network network, EngineSettings settings) {
    return settings.maxRounds() > 0 ? settings.maxRounds() : 50 + 4 * network.nodes().size();
  }

  private ConvergedState run() {
    int max = maxRounds(network, settings);
    List<SessionState> sessions = List.copyOf(network.sessions());
    NodeRun[] runs = new NodeRun[nodes.size()];
    Map<String, NodeRun> byName = new HashMap<>();
    int index = 0;
    for (Node node : nodes.values()) {
      runs[index] = new NodeRun(node, index);
      byName.put(node.name(), runs[index++]);
    }
    RoundHistory history = new RoundHistory(runs, HISTORY);
    for (NodeRun run : runs) {
      run.link(byName, sessions);
      run.start();
    }
    ForkJoinPool pool = threads > 1 && runs.length > 1 ? new ForkJoinPool(threads) : null;
    try {
      for (int round = 1; round <= max; round++) {
        List<SessionState> current = sessions;
        forEachNode(pool, runs, run -> {
          ExportPhase.run(run, current);
          return run;
        });
        List<NodeRun.TableChange> changes = new ArrayList<>();
        List<NodeRun.Breach> breaches = new ArrayList<>();
        for (NodeRun.Imported imported : forEachNode(pool, runs, run -> ImportPhase.run(run, current, settings))) {
          changes.addAll(imported.changes());
          breaches.addAll(imported.breaches());
        }
        List<SessionState> next = tearDown(sessions, breaches);
        boolean sessionsChanged = !next.equals(sessions);
        if (!sessionsChanged && changes.isEmpty()) {
          LOG.debug("converged after {} rounds", round);
          return converged(pool, runs, next, round);
        }
        // The transition depends on the session states too: only states reached under the same
        // sessions can form a cycle.
        if (sessionsChanged) {
          history.clear();
        } else {
          history.remember(changes);
          int cycle = history.cycle();
          if (cycle > 0) {
            throw oscillation(history, cycle, round);
          }
        }
        sessions = next;
      }
      throw oscillation(history, 0, max);
    } finally {
      if (pool != null) {
        pool.shutdown();
      }
    }
  }

  private static List<SessionState> tearDown(List<SessionState> sessions, List<NodeRun.Breach> breaches) {
    if (breaches.isEmpty()) {
      return sessions;
    }
    List<SessionState> next = new ArrayList<>(sessions);
    for (NodeRun.Breach breach : breaches) {
      for (int i = 0; i < next.size(); i++) {
        SessionState s = next.get(i);
        if (s.joins(breach.node(), breach.peer()) && s.up()) {
          next.set(i, s.down(breach.reason()));
        }
      }
    }
    return List.copyOf(next);
  }

  private ConvergedState converged(@Nullable ForkJoinPool pool, NodeRun[] runs, List<SessionState> sessions,
      int rounds) {
    forEachNode(pool, runs, run -> {
      FrozenTables.freezeOut(run);
      return run;
    });
    List<NodeState> states = forEachNode(pool, runs, run -> FrozenTables.state(run, sessions));
    SortedMap<String, NodeState> byName = new TreeMap<>();
    for (int i = 0; i < runs.length; i++) {
      byName.put(runs[i].node.name(), states.get(i));
    }
    return new ConvergedState(network, settings, sessions, byName, rounds);
  }

  /**
   * The prefixes and nodes whose decisions differ between the current state and the last {@code
   * cycle} states (the last 8 when no cycle was found within the round limit).
   */
  private static NonConvergenceException oscillation(RoundHistory history, int cycle, int rounds) {
    int span = cycle == 0 ? Math.min(history.size(), 8) : cycle;
    RoundHistory.Differences differences = history.differences(span);
    return new NonConvergenceException(differences.prefixes(), differences.nodes(), cycle, rounds);
  }

  /** A node's work that threw. */
  private record Failure(RuntimeException exception) {}

  /**
   * Applies {@code work} to every node, in node order, on the pool's threads or on this one. Each
   * node's work in a phase changes only that node and reads others as the previous phase left them,
   * so the results (collected in node order) do not depend on the thread count.
   */
  private static <T> List<T> forEachNode(@Nullable ForkJoinPool pool, NodeRun[] runs, Function<NodeRun, T> work) {
    if (pool == null) {
      List<T> results = new ArrayList<>(runs.length);
      for (NodeRun run : runs) {
        results.add(work.apply(run));
      }
      return results;
    }
    try {
      // A failure (a policy that throws) is reported as the sequential run would: the one of the
      // first node in node order, whichever thread saw its failure first.
      List<Object> results = pool.submit(() -> Arrays.stream(runs).parallel().map(run -> {
        try {
          return (Object) work.apply(run);
        } catch (RuntimeException e) {
          return new Failure(e);
        }
      }).toList()).get();
      List<T> done = new ArrayList<>(results.size());
      for (Object result : results) {
        if (result instanceof Failure failure) {
          throw failure.exception();
        }
        @SuppressWarnings("unchecked")
        T value = (T) result;
        done.add(value);
      }
      return done;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("simulation interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
