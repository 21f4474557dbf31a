package io.arsim.engine.intent;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.problem.Problem;
import io.arsim.core.topology.Topology;
import io.arsim.engine.ConvergedDesign;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.EngineSettings;
import io.arsim.engine.bgp.Network;
import io.arsim.engine.convergence.NonConvergenceException;
import io.arsim.engine.convergence.Simulation;
import io.arsim.engine.diff.Sweep;
import io.arsim.engine.failure.FailedDesign;
import io.arsim.engine.failure.Failure;
import io.arsim.engine.failure.FailureSet;
import io.arsim.engine.failure.Failures;
import io.arsim.engine.intent.Endpoints.Kind;
import io.arsim.engine.intent.Endpoints.Source;
import io.arsim.engine.intent.Endpoints.Target;
import io.arsim.engine.trace.Branch;
import io.arsim.engine.trace.Hop;
import io.arsim.engine.trace.RoundTrip;
import io.arsim.engine.trace.Trace;
import io.arsim.engine.trace.Tracer;
import io.arsim.engine.trace.Via;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Checks an intents file against a converged design (docs/intents.md).
 *
 * <p>Every name is first resolved against the design — endpoints, waypoints (NVAs and load
 * balancers), failures ({@link Failures#resolve}, as {@code whatif --fail} takes them) — and every
 * name it lacks is reported at its place in the file. Then each intent is traced for every
 * (source, destination) pair its endpoints stand for, with nothing failed and in each failure
 * scenario it asks for: {@code any-single-failure} and {@code any-two-failures} are the failure
 * sets of {@code arsim sweep} ({@link Sweep#failureSets}); each scenario is converged once for all
 * intents. A pair holds when:
 *
 * <ul>
 *   <li>reachable: every branch of the trace (each ECMP choice is some flow's path) gets to the
 *       destination — delivered to the NIC that owns it, into its VNet, to the Internet, or out of
 *       Azure toward an on-premises site or branch through a gateway or an NVA;
 *   <li>isolated: no branch gets there;
 *   <li>through: every branch that gets there crosses one of the named NVAs, VMs or load balancers;
 *   <li>notThrough: no branch crosses any of them;
 *   <li>symmetric: the return ({@link Tracer#roundTrip}) crosses the same stateful NVAs
 *       ({@link RoundTrip#symmetry()} is symmetric).
 * </ul>
 *
 * A scenario that fails the source or the destination itself is skipped for that pair; a failed
 * design that does not converge breaks every intent checked in it.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class IntentChecker {
  private IntentChecker() {}

  /**
   * Checks {@code intents} against {@code design}, converging failure scenarios with the design's
   * run settings.
   *
   * @throws IntentsException when the file names what the design does not have
   */
  public static IntentReport check(ConvergedDesign design, LoadedIntents intents) {
    return check(design, intents, s -> { });
  }

  /**
   * As {@link #check(ConvergedDesign, LoadedIntents)}, telling {@code progress} "i/n scenario"
   * before each failure scenario converges.
   */
  public static IntentReport check(ConvergedDesign design, LoadedIntents intents, Consumer<String> progress) {
    Topology topology = design.topology();
    Network network = design.network();
    EngineSettings settings = design.run().settings();
    Tracer base = design.tracer();
    Endpoints endpoints = new Endpoints(topology, network, base);
    IntentFile file = intents.intents();

    // 1. Resolve every name; report all that the design lacks.
    List<Problem> problems = new ArrayList<>();
    List<Resolved> resolved = new ArrayList<>();
    Map<String, FailureSet> scenarios = new LinkedHashMap<>();
    Map<String, Resolved.Scope> fileScope = new LinkedHashMap<>();
    Resolved.Scope defaultScope = scope(file.under(), "/under", topology, network, problems, scenarios);
    fileScope.put("", defaultScope);
    for (int i = 0; i < file.intents().size(); i++) {
      Intent intent = file.intents().get(i);
      String at = "/intents/" + i;
      List<Source> sources = List.of();
      List<Target> targets = List.of();
      try {
        sources = endpoints.sources(intent.from());
      } catch (Endpoints.Unresolved e) {
        problems.add(Problem.error(e.code, at + "/from", e.getMessage(), e.fix));
      }
      try {
        targets = endpoints.targets(intent.to());
      } catch (Endpoints.Unresolved e) {
        problems.add(Problem.error(e.code, at + "/to", e.getMessage(), e.fix));
      }
      Set<String> waypoints = endpoints.waypoints();
      checkWaypoints(intent.through(), at + "/through", waypoints, problems);
      checkWaypoints(intent.notThrough(), at + "/notThrough", waypoints, problems);
      if (intent.symmetric() && targets.stream().anyMatch(t -> !t.returnable())) {
        problems.add(Problem.error("no-way-back", at + "/symmetric", "symmetric needs a destination arsim can trace the"
            + " way back from: a VM, NIC, on-premises site or branch, or an address one of them owns; \""
            + intent.to() + "\" is not", "remove symmetric, or name such a destination"));
      }
      Resolved.Scope scope = !intent.failed().isEmpty()
          ? scope(FailureScope.listed(List.of(intent.failed())), at + "/failed", topology, network, problems, scenarios)
              .withoutBase()
          : intent.under() == null ? defaultScope
          : scope(intent.under(), at + "/under", topology, network, problems, scenarios);
      resolved.add(new Resolved(intent, sources, targets, scope));
    }
    if (problems.stream().anyMatch(Problem::isError)) {
      throw new IntentsException(intents.file(), intents.locate(problems));
    }
    List<String> warnings = new ArrayList<>();
    if (file.design() != null && !file.design().equals(topology.name())) {
      warnings.add("the intents are written for design \"" + file.design() + "\", and this is \"" + topology.name()
          + "\"");
    }

    // 2. Nothing failed, then each scenario once for every intent that asks for it.
    List<List<IntentViolation>> violations = new ArrayList<>();
    int[] checked = new int[resolved.size()];
    int[] skipped = new int[resolved.size()];
    int[] scenarioCount = new int[resolved.size()];
    resolved.forEach(r -> violations.add(new ArrayList<>()));
    evaluate(resolved, null, base, List.of(), FailedNothing.INSTANCE, violations, checked, skipped, scenarioCount);
    int n = 0;
    for (Map.Entry<String, FailureSet> scenario : scenarios.entrySet()) {
      progress.accept(++n + "/" + scenarios.size() + " " + scenario.getValue().label());
      FailureSet set = scenario.getValue();
      List<String> labels = set.failures().stream().map(Failure::label).toList();
      FailedDesign failed = Failures.apply(topology, network, set);
      ConvergedState state;
      try {
        state = Simulation.converge(failed.network(), settings);
      } catch (NonConvergenceException e) {
        for (int i = 0; i < resolved.size(); i++) {
          if (resolved.get(i).scope().keys().contains(scenario.getKey())) {
            scenarioCount[i]++;
            Resolved r = resolved.get(i);
            violations.get(i).add(new IntentViolation(labels, r.intent().from(), r.intent().to(),
                r.targets().get(0).address(), "the design does not converge: " + e.getMessage().lines().findFirst()
                .orElse(""), null, null, r.intent().from(), null, null));
          }
        }
        continue;
      }
      evaluate(resolved, scenario.getKey(), Tracer.of(failed, state), labels, new FailedSet(failed), violations,
          checked, skipped, scenarioCount);
    }
    List<IntentResult> results = new ArrayList<>();
    for (int i = 0; i < resolved.size(); i++) {
      Resolved r = resolved.get(i);
      results.add(new IntentResult(r.intent(), r.intent().under(file.under()), scenarioCount[i], checked[i],
          skipped[i], violations.get(i)));
    }
    return new IntentReport(topology.name(), intents.file(), warnings, scenarios.size() + 1, results);
  }

  /** An intent with its names resolved. */
  private record Resolved(Intent intent, List<Source> sources, List<Target> targets, Scope scope) {
    /**
     * The failure scenarios (keys into the scenario map) an intent is checked in.
     *
     * @param base whether it is checked with nothing failed too
     */
    record Scope(List<String> keys, boolean base) {
      Scope withoutBase() {
        return new Scope(keys, false);
      }
    }
  }

  /** Resolves a failure scope into scenario keys, adding new scenarios to {@code scenarios}. */
  private static Resolved.Scope scope(FailureScope scope, String at, Topology topology, Network network,
      List<Problem> problems, Map<String, FailureSet> scenarios) {
    List<FailureSet> sets = new ArrayList<>();
    switch (scope.kind()) {
      case NONE -> { }
      case ANY_SINGLE_FAILURE -> sets.addAll(Sweep.failureSets(topology, network, 1));
      case ANY_TWO_FAILURES -> sets.addAll(Sweep.failureSets(topology, network, 2));
      case LISTED -> {
        for (int i = 0; i < scope.failures().size(); i++) {
          List<String> names = scope.failures().get(i);
          List<Failure> failures = new ArrayList<>();
          for (int j = 0; j < names.size(); j++) {
            String pointer = at.endsWith("/failed") ? at + "/" + j
                : scope.failures().get(i).size() == 1 ? at + "/" + i : at + "/" + i + "/" + j;
            try {
              failures.add(Failures.resolve(names.get(j), topology, network));
            } catch (IllegalArgumentException e) {
              problems.add(Problem.error("unknown-failure", pointer, e.getMessage(), "name what can fail as"
                  + " `arsim whatif --fail` takes it; `arsim sweep` lists the elements"));
            }
          }
          sets.add(new FailureSet(failures));
        }
      }
    }
    List<String> keys = new ArrayList<>();
    for (FailureSet set : sets) {
      if (set.isEmpty()) {
        continue;
      }
      String key = set.label();
      scenarios.putIfAbsent(key, set);
      keys.add(key);
    }
    return new Resolved.Scope(List.copyOf(keys), true);
  }

  private static void checkWaypoints(List<String> names, String at, Set<String> known, List<Problem> problems) {
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (!known.contains(name)) {
        problems.add(Problem.error("unknown-waypoint", at + "/" + i, "the design has no NVA, VM"
            + " or load balancer named \"" + name + "\"", io.arsim.core.problem.Suggestions.closest(name, known)
            .map(s -> "did you mean \"" + s + "\"?").orElse("waypoints are NVAs, VMs and load balancers: "
                + String.join(", ", known))));
      }
    }
  }

  /** What is down in a scenario. */
  private interface Down {
    boolean contains(String machineOrNode);
  }

  private enum FailedNothing implements Down {
    INSTANCE;

    @Override
    public boolean contains(String machineOrNode) {
      return false;
    }
  }

  private record FailedSet(FailedDesign design) implements Down {
    @Override
    public boolean contains(String machineOrNode) {
      return design.downMachines().containsKey(machineOrNode) || design.downNodes().contains(machineOrNode);
    }
  }

  /** Checks every intent that {@code key} (null: nothing failed) applies to, with {@code tracer}. */
  private static void evaluate(List<Resolved> resolved, @Nullable String key, Tracer tracer, List<String> failed,
      Down down, List<List<IntentViolation>> violations, int[] checked, int[] skipped, int[] scenarioCount) {
    for (int i = 0; i < resolved.size(); i++) {
      Resolved r = resolved.get(i);
      if (key == null ? !r.scope().base() : !r.scope().keys().contains(key)) {
        continue;
      }
      scenarioCount[i]++;
      for (Source source : r.sources()) {
        for (Target target : r.targets()) {
          if (source.nic() != null && source.address().equals(target.address())) {
            continue;
          }
          if (down.contains(source.machine()) || target.machine() != null && down.contains(target.machine())) {
            skipped[i]++;
            continue;
          }
          checked[i]++;
          IntentViolation v = pair(r.intent(), source, target, tracer, failed);
          if (v != null) {
            violations.get(i).add(v);
          }
        }
      }
    }
  }

  /** The violation of {@code intent} by one pair, or null when it holds. */
  private static @Nullable IntentViolation pair(Intent intent, Source source, Target target, Tracer tracer,
      List<String> failed) {
    RoundTrip round = null;
    Trace trace;
    if (intent.symmetric()) {
      round = source.nic() != null ? tracer.roundTrip(source.nic(), target.address())
          : tracer.roundTripFrom(java.util.Objects.requireNonNull(source.node()), source.address(), target.address());
      trace = round.forward();
    } else {
      trace = source.nic() != null ? tracer.trace(source.nic(), target.address())
          : tracer.traceFrom(java.util.Objects.requireNonNull(source.node()), source.address(), target.address());
    }
    Kind kind = target.kind();
    List<Branch> arrived = trace.branches().stream().filter(kind::arrived).toList();
    List<Branch> missed = trace.branches().stream().filter(b -> !kind.arrived(b)).toList();
    // What trace --from takes: the VM or NVA, a subnet (its stand-in address), or the router's node.
    String traceFrom = source.nic() != null ? source.nic().owner() : java.util.Objects.requireNonNull(source.node());
    if (intent.expect() == Expectation.ISOLATED) {
      if (arrived.isEmpty()) {
        return null;
      }
      Branch b = arrived.get(0);
      return violation(failed, source, target, "reaches it: " + b.path() + " (" + b.detail() + ")", trace, null,
          traceFrom, b.hops().get(0), target.prefix());
    }
    if (trace.branches().isEmpty() || !missed.isEmpty()) {
      Branch b = missed.isEmpty() ? null : missed.get(0);
      String why = b == null ? "no path" : missed.size() == trace.branches().size()
          ? outcome(b) : missed.size() + " of " + trace.branches().size() + " paths do not: " + outcome(b);
      return violation(failed, source, target, "does not reach it: " + why, trace, round, traceFrom,
          b == null || b.hops().isEmpty() ? null : b.hops().get(b.hops().size() - 1), target.prefix());
    }
    if (!intent.through().isEmpty()) {
      for (Branch b : arrived) {
        if (!crosses(b, intent.through())) {
          return violation(failed, source, target, bypasses(intent.through()) + ": " + b.path(), trace, round,
              traceFrom, b.hops().get(0), target.prefix());
        }
      }
    }
    for (Branch b : trace.branches()) {
      List<String> crossed = crossed(b, intent.notThrough());
      if (!crossed.isEmpty()) {
        return violation(failed, source, target, "crosses " + String.join(" and ", crossed) + ": " + b.path(), trace,
            round, traceFrom, b.hops().get(0), target.prefix());
      }
    }
    if (round != null && round.symmetry() != RoundTrip.Symmetry.SYMMETRIC) {
      String why = switch (round.symmetry()) {
        case ASYMMETRIC -> "asymmetric: " + String.join("; ", round.reasons());
        case NO_RETURN -> "no way back to trace: " + String.join("; ", round.reasons());
        default -> "the way back does not get there ("
            + round.returnTrace().map(Trace::summary).orElse("no return trace") + ")";
      };
      // trace --return shows both ways; no single table explains a difference between them.
      return violation(failed, source, target, why, trace, round, traceFrom, null, null);
    }
    return null;
  }

  /** "bypasses fw1", "crosses neither nva1 nor nva2", "crosses none of a, b, c". */
  private static String bypasses(List<String> names) {
    return switch (names.size()) {
      case 1 -> "bypasses " + names.get(0);
      case 2 -> "crosses neither " + names.get(0) + " nor " + names.get(1);
      default -> "crosses none of " + String.join(", ", names);
    };
  }

  /** "blackhole: 192.168.0.0/16 has next hop None (...)", "loop: nva1-nic -> nva1-nic", "down (...)". */
  private static String outcome(Branch b) {
    String label = b.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return b.detail().startsWith(label) ? b.detail() : label + " (" + b.detail() + ")";
  }

  private static IntentViolation violation(List<String> failed, Source source, Target target, String problem,
      Trace trace, @Nullable RoundTrip round, String traceFrom, @Nullable Hop at, @Nullable Ipv4Prefix prefix) {
    String explainAt = null;
    if (at != null && prefix != null) {
      Via via = at.via();
      explainAt = via != null && via.kind() == Via.Kind.TUNNEL ? at.owner() : at.nic();
    }
    return new IntentViolation(failed, source.label(), target.label(), target.address(), problem, trace, round,
        traceFrom, explainAt, explainAt == null ? null : prefix);
  }

  /**
   * Whether the branch crosses one of {@code names}: an NVA (or a forwarding VM) it passes after the
   * source, or a load balancer.
   */
  private static boolean crosses(Branch b, List<String> names) {
    return !crossed(b, names).isEmpty();
  }

  private static List<String> crossed(Branch b, List<String> names) {
    Set<String> found = new TreeSet<>();
    for (int i = 1; i < b.hops().size(); i++) {
      Hop hop = b.hops().get(i);
      if (names.contains(hop.owner())) {
        found.add(hop.owner());
      }
      Via via = hop.via();
      if (via != null && via.kind() == Via.Kind.LOAD_BALANCER && names.contains(via.name())) {
        found.add(via.name());
      }
    }
    return List.copyOf(found);
  }
}
