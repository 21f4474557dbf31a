package io.arsim.engine.diff;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.topology.Topology;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.EngineSettings;
import io.arsim.engine.bgp.Network;
import io.arsim.engine.convergence.Simulation;
import io.arsim.engine.failure.FailedDesign;
import io.arsim.engine.failure.FailureSet;
import io.arsim.engine.failure.Failures;
import io.arsim.engine.trace.RoundTrip;
import io.arsim.engine.trace.Trace;
import io.arsim.engine.trace.Tracer;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Converges a design with and without failures and compares the two: route-server learned routes,
 * NIC effective routes, sessions, and the traces of every (source, destination) pair of
 * {@link Probes}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class WhatIf {
  private final Topology topology;
  private final Network network;
  private final EngineSettings settings;
  private final ConvergedState base;
  private final Tracer baseTracer;

  /** A what-if runner for the design {@code network} was built from; converges it once. */
  public WhatIf(Topology topology, Network network, EngineSettings settings) {
    this(topology, network, settings, Simulation.converge(network, settings));
  }

  /** A what-if runner reusing an already converged base state. */
  public WhatIf(Topology topology, Network network, EngineSettings settings, ConvergedState base) {
    this.topology = topology;
    this.network = network;
    this.settings = settings;
    this.base = base;
    this.baseTracer = new Tracer(topology, base);
  }

  /** The state without failures. */
  public ConvergedState base() {
    return base;
  }

  /** The tracer of the state without failures. */
  public Tracer baseTracer() {
    return baseTracer;
  }

  /**
   * Applies {@code failures}, converges and compares.
   *
   * @throws io.arsim.engine.convergence.NonConvergenceException when the failed design oscillates
   */
  public WhatIfReport run(FailureSet failures) {
    FailedDesign design = Failures.apply(topology, network, failures);
    ConvergedState after = Simulation.converge(design.network(), settings);
    Tracer tracer = Tracer.of(design, after);
    DiffReport diff = DesignDiff.compare(topology, base, design.topology(), after, false);
    return new WhatIfReport(design, base, after, diff, traces(tracer, true));
  }

  /**
   * The probes that do not fully reach their destination before anything fails: loops,
   * blackholes and drops already in the design, each as "probe: summary".
   */
  public List<String> baseProblems() {
    List<String> problems = new ArrayList<>();
    for (Probe probe : Probes.of(topology, List.of(baseTracer))) {
      Trace trace = baseTracer.trace(probe.source(), probe.address());
      if (!trace.reaches()) {
        problems.add(probe.label() + ": " + trace.summary());
      }
    }
    return List.copyOf(problems);
  }

  /** The trace changes between the base state and {@code tracer}'s. */
  List<TraceChange> traces(Tracer tracer, boolean roundTrips) {
    List<TraceChange> changes = new ArrayList<>();
    for (Probe probe : Probes.of(topology, List.of(baseTracer, tracer))) {
      Trace before;
      Trace after;
      RoundTrip rb = null;
      RoundTrip ra = null;
      if (probe.vm() && roundTrips) {
        rb = baseTracer.roundTrip(probe.source(), probe.address());
        ra = tracer.roundTrip(probe.source(), probe.address());
        before = rb.forward();
        after = ra.forward();
      } else {
        before = baseTracer.trace(probe.source(), probe.address());
        after = tracer.trace(probe.source(), probe.address());
      }
      TraceChange change = Probes.compare(probe, before, after, rb, ra);
      if (change != null) {
        changes.add(change);
      }
    }
    return changes;
  }

  /** Settings used. */
  EngineSettings settings() {
    return settings;
  }

  Topology topology() {
    return topology;
  }

  Network network() {
    return network;
  }
}
