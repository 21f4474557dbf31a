package io.arsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.topology.NetworkVirtualAppliance;
import io.arsim.core.topology.RouteServer;
import io.arsim.core.topology.RouteTable;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.VirtualNetwork;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.NodeState;
import io.arsim.engine.bgp.Rejection;
import io.arsim.engine.bgp.SessionState;
import io.arsim.engine.effective.EffectiveRoute;
import io.arsim.engine.effective.EffectiveRoutes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Order and determinism (Simulation's contract: a round is a pure function of the previous state,
 * so the result depends neither on processing order nor on the order the design lists things in).
 * For every example design, shuffling every list of the topology whose order carries no meaning
 * must give the same node tables, sessions and effective routes; and converging twice gives equal
 * states. Lists whose order does carry meaning are kept: a route server's two instance addresses
 * (IN_0, IN_1), an NVA's or VM's NICs (the first one is the session address and router id) and a
 * neighbour's policy chains.
 */
class SimulationProperties {
  private static final Map<String, String> BASELINE = new ConcurrentHashMap<>();
  private static final Map<String, Topology> TOPOLOGIES = new ConcurrentHashMap<>();

  @Provide
  Arbitrary<String> examples() {
    return Arbitraries.of(exampleNames(false));
  }

  @Provide
  Arbitrary<String> largeExamples() {
    return Arbitraries.of(exampleNames(true));
  }

  /** The example designs; the route-limit ones (4,000 routes) are large and tried less often. */
  static List<String> exampleNames(boolean large) {
    try (Stream<Path> files = Files.list(Scenarios.root().resolve("examples"))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
          .filter(n -> n.startsWith("s6-") == large).sorted().toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Property(tries = 40)
  void shufflingTheTopologysListsChangesNothing(@ForAll("examples") String example, @ForAll Random random) {
    check(example, random);
  }

  @Property(tries = 3)
  void shufflingTheLargeDesignsChangesNothing(@ForAll("largeExamples") String example, @ForAll Random random) {
    check(example, random);
  }

  @Property(tries = 12)
  void convergingTwiceGivesEqualStates(@ForAll("examples") String example) {
    Topology topology = topology(example);
    ConvergedState first = Scenarios.converge(topology);
    ConvergedState second = Scenarios.converge(topology);
    assertThat(second.nodes()).isEqualTo(first.nodes());
    assertThat(second.sessions()).isEqualTo(first.sessions());
    assertThat(second.rounds()).isEqualTo(first.rounds());
    assertThat(render(topology, second)).isEqualTo(render(topology, first));
  }

  @Property(tries = 12)
  void effectiveRouteTablesAgreeWithEffectiveRoutesForEveryNic(@ForAll("examples") String example) {
    Topology topology = topology(example);
    ConvergedState state = Scenarios.converge(topology);
    io.arsim.engine.effective.EffectiveRouteTables tables =
        new io.arsim.engine.effective.EffectiveRouteTables(topology, state);
    for (Topology.AttachedInterface nic : topology.allInterfaces()) {
      assertThat(tables.forNic(nic.networkInterface()))
          .isEqualTo(EffectiveRoutes.of(topology, state, nic.networkInterface()));
    }
  }

  @Property(tries = 24)
  void theThreadCountChangesNothing(@ForAll("examples") String example,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 2, max = 8) int threads) {
    Topology topology = topology(example);
    String expected = BASELINE.computeIfAbsent(example, e -> render(topology, Scenarios.converge(topology)));
    io.arsim.engine.bgp.EngineSettings settings = io.arsim.engine.bgp.EngineSettings.defaults();
    ConvergedState parallel = Scenarios.run().withSettings(settings.withThreads(threads)).converge(topology).state();
    assertThat(render(topology, parallel)).isEqualTo(expected);
  }

  private static void check(String example, Random random) {
    Topology original = topology(example);
    String expected = BASELINE.computeIfAbsent(example, e -> render(original, Scenarios.converge(original)));
    Topology shuffled = shuffle(original, random);
    assertThat(render(shuffled, Scenarios.converge(shuffled))).isEqualTo(expected);
  }

  private static Topology topology(String example) {
    return TOPOLOGIES.computeIfAbsent(example, Scenarios::topology);
  }

  private static <T> List<T> shuffled(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }

  static Topology shuffle(Topology t, Random r) {
    List<VirtualNetwork> vnets = shuffled(t.virtualNetworks(), r).stream().map(v -> new VirtualNetwork(v.name(),
        v.location(), shuffled(v.addressSpace(), r), shuffled(v.subnets(), r), shuffled(v.virtualNetworkPeerings(), r)))
        .toList();
    List<RouteTable> tables = shuffled(t.routeTables(), r).stream()
        .map(rt -> new RouteTable(rt.name(), rt.disableBgpRoutePropagation(), shuffled(rt.routes(), r))).toList();
    List<RouteServer> servers = shuffled(t.routeServers(), r).stream().map(rs -> new RouteServer(rs.name(),
        rs.virtualNetwork(), rs.allowBranchToBranchTraffic(), rs.hubRoutingPreference(), rs.virtualRouterIps(),
        shuffled(rs.bgpConnections(), r))).toList();
    List<NetworkVirtualAppliance> nvas = shuffled(t.networkVirtualAppliances(), r).stream()
        .map(n -> n.withNetworks(shuffled(n.networks(), r)).withBgpNeighbors(shuffled(n.bgpNeighbors(), r))
            .withOverlay(shuffled(n.loopbacks(), r), shuffled(n.tunnels(), r), shuffled(n.staticRoutes(), r))
            .withAggregateAddresses(shuffled(n.aggregateAddresses(), r))) // arrivalOrder is stated: not shuffled
        .toList();
    Map<String, List<io.arsim.core.topology.ExtensionResource>> extensions = new TreeMap<>();
    t.extensions().forEach((kind, list) -> extensions.put(kind, shuffled(list, r)));
    List<io.arsim.core.topology.LoadBalancer> balancers = shuffled(t.loadBalancers(), r).stream()
        .map(b -> new io.arsim.core.topology.LoadBalancer(b.name(), b.frontend(), shuffled(b.backendPool(), r),
            shuffled(b.rules(), r), b.healthProbe())).toList();
    List<io.arsim.core.topology.BranchSite> branches = shuffled(t.branches(), r).stream()
        .map(b -> new io.arsim.core.topology.BranchSite(b.name(), b.asn(), shuffled(b.prefixes(), r),
            b.tunnelEndpoint(), b.description())).toList();
    return new Topology(t.schema(), t.name(), t.description(), vnets, tables, shuffled(t.virtualMachines(), r),
        servers, nvas, shuffled(t.policies(), r), extensions, balancers, branches);
  }

  /** Everything a user sees of a converged design, as text in a canonical order. */
  static String render(Topology topology, ConvergedState state) {
    StringBuilder out = new StringBuilder();
    out.append("rounds ").append(state.rounds()).append('\n');
    for (SessionState s : state.sessions()) {
      out.append("session ").append(s.describe()).append(' ').append(s.up() ? "up" : "down: " + s.reason()).append('\n');
    }
    for (Map.Entry<String, NodeState> e : state.nodes().entrySet()) {
      String node = e.getKey();
      out.append("node ").append(node).append('\n');
      Scenarios.table(state, node).forEach(l -> out.append("  table ").append(l).append('\n'));
      for (String peer : e.getValue().learned().keySet()) {
        Scenarios.learned(state, node, peer).forEach(l -> out.append("  learned from ").append(peer).append(": ")
            .append(l).append('\n'));
      }
      for (String peer : e.getValue().advertised().keySet()) {
        Scenarios.advertised(state, node, peer).forEach(l -> out.append("  sent to ").append(peer).append(": ")
            .append(l).append('\n'));
      }
      for (Rejection rej : e.getValue().rejections()) {
        out.append("  rejected ").append(rej).append('\n');
      }
    }
    List<Topology.AttachedInterface> nics = new ArrayList<>(topology.allInterfaces());
    nics.sort(java.util.Comparator.comparing(Topology.AttachedInterface::owner)
        .thenComparing(a -> a.networkInterface().privateIpAddress()));
    for (Topology.AttachedInterface nic : nics) {
      out.append("nic ").append(nic.owner()).append(' ').append(nic.networkInterface().privateIpAddress()).append('\n');
      for (EffectiveRoute route : EffectiveRoutes.of(topology, state, nic.networkInterface())) {
        out.append("  ").append(route.source()).append(' ').append(route.state()).append(' ').append(route.prefix())
            .append(' ').append(route.nextHopType()).append(' ').append(route.nextHopIp()).append(" (")
            .append(route.origin()).append(")\n");
      }
    }
    // Traces between the VMs: NVA routing tables and load-balancer flow hashes must not depend on order.
    io.arsim.engine.trace.Tracer tracer = new io.arsim.engine.trace.Tracer(topology, state);
    List<Topology.AttachedInterface> vms = nics.stream().filter(a -> !a.ownerIsNva()).toList();
    for (Topology.AttachedInterface from : vms) {
      for (Topology.AttachedInterface to : vms) {
        if (from != to) {
          tracer.trace(from, to.networkInterface().privateIpAddress()).branches().forEach(b -> out.append("trace ")
              .append(b.path()).append(' ').append(b.outcome()).append(": ").append(b.detail()).append('\n'));
        }
      }
    }
    return out.toString();
  }
}
