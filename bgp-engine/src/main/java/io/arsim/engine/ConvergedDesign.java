package io.arsim.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Address;
import io.arsim.core.topology.NetworkInterface;
import io.arsim.core.topology.Topology;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.Network;
import io.arsim.engine.effective.EffectiveRoute;
import io.arsim.engine.effective.EffectiveRouteTables;
import io.arsim.engine.explain.Explainer;
import io.arsim.engine.lint.Linter;
import io.arsim.engine.spi.Finding;
import io.arsim.engine.spi.LintContext;
import io.arsim.engine.trace.Trace;
import io.arsim.engine.trace.Tracer;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A design converged by a {@link DesignRun}, and the questions people ask of it: effective routes,
 * traces, explanations, lint findings. The tables themselves are in {@link #state()}.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class ConvergedDesign {
  private final Topology topology;
  private final Network network;
  private final ConvergedState state;
  private final DesignRun run;
  private final EffectiveRouteTables tables;

  ConvergedDesign(Topology topology, Network network, ConvergedState state, DesignRun run) {
    this.topology = Objects.requireNonNull(topology, "topology");
    this.network = Objects.requireNonNull(network, "network");
    this.state = Objects.requireNonNull(state, "state");
    this.run = Objects.requireNonNull(run, "run");
    this.tables = new EffectiveRouteTables(topology, state);
  }

  /** The design. */
  public Topology topology() {
    return topology;
  }

  /** Its speakers and sessions. */
  public Network network() {
    return network;
  }

  /** The converged tables: sessions, Adj-RIBs, Loc-RIBs, rejections. */
  public ConvergedState state() {
    return state;
  }

  /** The run that converged it (catalog, extensions, settings). */
  public DesignRun run() {
    return run;
  }

  /** The effective routes of {@code nic}, as the portal shows them. */
  public List<EffectiveRoute> effectiveRoutes(NetworkInterface nic) {
    return tables.forNic(nic);
  }

  /**
   * The effective routes of the first NIC of the VM or NVA named {@code owner}.
   *
   * @throws IllegalArgumentException when the design has no VM or NVA of that name
   */
  public List<EffectiveRoute> effectiveRoutes(String owner) {
    return effectiveRoutes(attached(owner).networkInterface());
  }

  /** Traces packets through the effective routes. */
  public Tracer tracer() {
    return new Tracer(topology, state);
  }

  /**
   * A packet's path from the first NIC of the VM or NVA named {@code owner} to {@code destination}.
   *
   * @throws IllegalArgumentException when the design has no VM or NVA of that name
   */
  public Trace trace(String owner, Ipv4Address destination) {
    return tracer().trace(attached(owner), destination);
  }

  private Topology.AttachedInterface attached(String owner) {
    return topology.allInterfaces().stream().filter(a -> a.owner().equals(owner)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the design has no VM or NVA named " + owner));
  }

  /** Explains routes at speakers and NICs. */
  public Explainer explainer() {
    return new Explainer(topology, state);
  }

  /** The findings of the engine's and the extensions' lint rules, ordered. */
  public List<Finding> lint() {
    return Linter.run(run.lintRules(), new LintContext(topology, network, state));
  }
}
