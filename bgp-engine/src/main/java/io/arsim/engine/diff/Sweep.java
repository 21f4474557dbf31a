package io.arsim.engine.diff;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.SessionState;
import io.arsim.engine.convergence.NonConvergenceException;
import io.arsim.engine.convergence.Simulation;
import io.arsim.engine.failure.FailedDesign;
import io.arsim.engine.failure.Failure;
import io.arsim.engine.failure.FailureSet;
import io.arsim.engine.failure.Failures;
import io.arsim.engine.trace.Tracer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Fails every candidate of {@link Failures#candidates} alone (depth 1) or every pair of them
 * (depth 2), converges each, and reports which (source, destination) pairs lose reachability, move
 * to other NVAs, or become asymmetric. The base state and its traces are computed once.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Sweep {
  private Sweep() {}

  /**
   * Runs the sweep.
   *
   * @param progress told "i/n failure" before each run
   * @return one impact per failure set, worst first (then in the order of the candidates)
   */
  public static List<FailureImpact> run(WhatIf whatIf, int depth, Consumer<String> progress) {
    if (depth < 1 || depth > 2) {
      throw new IllegalArgumentException("depth must be 1 or 2, got " + depth);
    }
    List<FailureSet> sets = failureSets(whatIf.topology(), whatIf.network(), depth);
    List<FailureImpact> impacts = new ArrayList<>();
    int n = 0;
    for (FailureSet set : sets) {
      progress.accept(++n + "/" + sets.size() + " " + set.label());
      impacts.add(impact(whatIf, set));
    }
    List<FailureImpact> sorted = new ArrayList<>(impacts);
    sorted.sort(Comparator.comparingLong(FailureImpact::severity).reversed());
    return List.copyOf(sorted);
  }

  /**
   * What a sweep of {@code depth} fails, in order: every candidate of {@link Failures#candidates}
   * alone, each followed (depth 2) by its pairs with the later candidates, leaving out a route
   * server paired with one of its own instances.
   */
  public static List<FailureSet> failureSets(io.arsim.core.topology.Topology topology,
      io.arsim.engine.bgp.Network network, int depth) {
    if (depth < 1 || depth > 2) {
      throw new IllegalArgumentException("depth must be 1 or 2, got " + depth);
    }
    List<Failure> candidates = Failures.candidates(topology, network);
    List<FailureSet> sets = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      sets.add(FailureSet.of(candidates.get(i)));
      if (depth == 2) {
        for (int j = i + 1; j < candidates.size(); j++) {
          if (!covers(candidates.get(i), candidates.get(j)) && !covers(candidates.get(j), candidates.get(i))) {
            sets.add(FailureSet.of(candidates.get(i), candidates.get(j)));
          }
        }
      }
    }
    return List.copyOf(sets);
  }

  private static boolean covers(Failure a, Failure b) {
    return a.kind() == Failure.Kind.ROUTE_SERVER && b.kind() == Failure.Kind.ROUTE_SERVER_INSTANCE
        && b.name().startsWith(a.name() + "/");
  }

  private static FailureImpact impact(WhatIf whatIf, FailureSet set) {
    FailedDesign design = Failures.apply(whatIf.topology(), whatIf.network(), set);
    ConvergedState after;
    try {
      after = Simulation.converge(design.network(), whatIf.settings());
    } catch (NonConvergenceException e) {
      return new FailureImpact(set, List.of(), List.of(), List.of(), 0, e.getMessage());
    }
    ConvergedState base = whatIf.base();
    int down = 0;
    for (SessionState s : after.sessions()) {
      if (!s.up() && base.session(s.a(), s.b()).map(SessionState::up).orElse(false)) {
        down++;
      }
    }
    List<TraceChange> changes = whatIf.traces(Tracer.of(design, after), true);
    return new FailureImpact(set, of(changes, TraceChange.Kind.LOST),
        changes.stream().filter(c -> c.kind().rerouted()).toList(), of(changes, TraceChange.Kind.ASYMMETRIC), down,
        null);
  }

  private static List<TraceChange> of(List<TraceChange> changes, TraceChange.Kind kind) {
    return changes.stream().filter(c -> c.kind() == kind).toList();
  }
}
