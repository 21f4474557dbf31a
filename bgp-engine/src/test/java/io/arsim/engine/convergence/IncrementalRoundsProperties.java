package io.arsim.engine.convergence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.bgp.Communities;
import io.arsim.core.bgp.Community;
import io.arsim.core.bgp.Origin;
import io.arsim.core.bgp.PathAttributes;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.AllowAsIn;
import io.arsim.core.topology.HubRoutingPreference;
import io.arsim.core.topology.MaximumPrefix;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.EcmpAdvertisement;
import io.arsim.engine.bgp.EngineSettings;
import io.arsim.engine.bgp.Neighbor;
import io.arsim.engine.bgp.NeighborSettings;
import io.arsim.engine.bgp.Network;
import io.arsim.engine.bgp.NodeSpec;
import io.arsim.engine.bgp.NodeState;
import io.arsim.engine.bgp.RouteLimitCounting;
import io.arsim.core.topology.AggregateAddress;
import io.arsim.engine.decision.FrrDecisionProcess.ArrivalOrder;
import io.arsim.engine.speaker.NvaBehaviour;
import io.arsim.engine.speaker.NvaSettings;
import io.arsim.policy.catalog.PolicyCatalog;
import io.arsim.engine.speaker.RouteServerBehaviour;
import io.arsim.policy.catalog.ConfiguredPolicy;
import io.arsim.policy.catalog.PolicyChain;
import io.arsim.policy.spi.PolicyResult;
import io.arsim.policy.spi.SpeakerKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The incremental engine ({@link Simulation}: each round sends and decides only what changed)
 * against the reference ({@link FullRoundSimulation}: each round recomputes every table), on random
 * networks built to reach every path through the engine: NVAs with shared ASNs (iBGP sessions, AS
 * loops), several route servers, communities, MEDs, multipath, small route limits that tear
 * sessions down under both counting rules, neighbours with allowas-in and maximum-prefix, and
 * policy chains on both directions, among them policies that tear the session down and a policy
 * that fails; NVAs with the vendor behaviours: the best path sent back to its source (or not, or
 * not to a solo neighbour), next hop unchanged per neighbour and per route-map clause, the
 * built-in route-map, aggregate-address (summary-only, as-set), invalid paths from non-connected
 * next hops, pinned and unknown arrival orders, networks with a static's next hop. The two must agree exactly: the same converged state (every
 * table, rejection, session and the round count), or the same failure with the same message
 * (non-convergence with the same prefixes, nodes, cycle and round; the same policy failure).
 */
class IncrementalRoundsProperties {
  private static final List<Ipv4Prefix> PREFIXES = List.of(
      Ipv4Prefix.parse("0.0.0.0/0"), Ipv4Prefix.parse("10.9.1.0/24"), Ipv4Prefix.parse("10.9.2.0/24"),
      Ipv4Prefix.parse("10.9.3.0/24"), Ipv4Prefix.parse("172.16.0.0/12"), Ipv4Prefix.parse("192.168.0.0/16"),
      Ipv4Prefix.parse("192.168.7.0/24"), Ipv4Prefix.parse("100.64.0.0/10"));

  @Property(tries = 400)
  void incrementalRoundsGiveWhatFullRoundsGive(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int threads) {
    Random random = new Random(seed);
    EngineSettings settings = settings(random);
    Network network = network(random, settings);
    Statistics.label("outcome").collect(compare(network, settings, threads));
    // The generator must keep producing every kind of outcome, or the comparison proves little.
    Statistics.label("outcome").coverage(checker -> {
      checker.check("converged").percentage(p -> p > 20);
      checker.check("converged, a session torn down").percentage(p -> p > 5);
      checker.check("NonConvergenceException").percentage(p -> p > 1);
      checker.check("PolicyEvaluationException").percentage(p -> p > 1);
    });
    // ... and so must the vendor behaviours reach the tables.
    Statistics.label("features").coverage(checker -> {
      checker.check("aggregate").percentage(p -> p > 1);
      checker.check("arrival order unknown").percentage(p -> p > 1);
      checker.check("arrival order pinned").percentage(p -> p > 0.2);
      checker.check("next hop not connected").percentage(p -> p > 1);
      checker.check("route-map denied").percentage(p -> p > 1);
    });
  }

  /** The vendor behaviours a converged state shows, for the coverage check. */
  private static void features(ConvergedState state) {
    java.util.Set<String> seen = new java.util.TreeSet<>();
    for (NodeState node : state.nodes().values()) {
      for (io.arsim.engine.bgp.Selection s : node.table().values()) {
        if (s.best().stream().anyMatch(io.arsim.engine.bgp.Candidate::isAggregate)) {
          seen.add("aggregate");
        }
        if (s.arrivalOrderDependent()) {
          seen.add("arrival order unknown");
        }
        if (s.lost().containsValue(io.arsim.engine.bgp.DecisionStep.ARRIVAL_ORDER)) {
          seen.add("arrival order pinned");
        }
      }
      node.rejections().forEach(r -> {
        if (r.rule().equals("next hop not connected")) {
          seen.add("next hop not connected");
        }
        if (r.reason().startsWith("denied by route-map")) {
          seen.add("route-map denied");
        }
      });
    }
    seen.forEach(f -> Statistics.label("features").collect(f));
  }

  @Property(tries = 60)
  void incrementalRoundsAgreeOnLargerNetworks(@ForAll long seed) {
    Random random = new Random(seed);
    EngineSettings settings = settings(random).withRouteLimit(40 + random.nextInt(40));
    Network network = network(random, settings, 6 + random.nextInt(6), 2 + random.nextInt(2), 30);
    compare(network, settings, 1);
  }

  /** Compares the two engines; returns what happened, for the statistics. */
  private static String compare(Network network, EngineSettings settings, int threads) {
    ConvergedState[] expected = new ConvergedState[1];
    Throwable expectedFailure = catchThrowable(() -> expected[0] = FullRoundSimulation.converge(network, settings));
    ConvergedState[] actual = new ConvergedState[1];
    Throwable actualFailure = catchThrowable(() -> actual[0] = Simulation.converge(network, settings, threads));
    if (expectedFailure != null) {
      assertThat(actualFailure).as("the reference failed; the incremental engine must fail alike")
          .isNotNull().hasMessage(expectedFailure.getMessage());
      assertThat(actualFailure.getClass()).isEqualTo(expectedFailure.getClass());
      return expectedFailure.getClass().getSimpleName();
    }
    assertThat(actualFailure).as("the reference converged").isNull();
    assertThat(actual[0].rounds()).isEqualTo(expected[0].rounds());
    assertThat(actual[0].sessions()).isEqualTo(expected[0].sessions());
    for (String node : expected[0].nodes().keySet()) {
      NodeState want = expected[0].nodes().get(node);
      NodeState got = actual[0].nodes().get(node);
      assertThat(got.table()).as(node + " Loc-RIB").isEqualTo(want.table());
      assertThat(got.received()).as(node + " received").isEqualTo(want.received());
      assertThat(got.learned()).as(node + " learned").isEqualTo(want.learned());
      assertThat(got.advertised()).as(node + " advertised").isEqualTo(want.advertised());
      assertThat(got.rejections()).as(node + " rejections").containsExactlyElementsOf(want.rejections());
    }
    assertThat(actual[0]).isEqualTo(expected[0]);
    features(expected[0]);
    boolean tornDown = expected[0].sessions().stream()
        .anyMatch(s -> !s.up() && (s.reason().contains("torn down") || s.reason().contains("limit")));
    return tornDown ? "converged, a session torn down" : "converged";
  }

  private static EngineSettings settings(Random random) {
    return EngineSettings.defaults()
        .withRouteLimit(2 + random.nextInt(6))
        .withRouteLimitCounting(random.nextBoolean() ? RouteLimitCounting.ACCEPTED : RouteLimitCounting.RECEIVED)
        .withEcmpAdvertisement(random.nextBoolean() ? EcmpAdvertisement.PER_PEER : EcmpAdvertisement.SINGLE_BEST)
        .withMaxRounds(random.nextInt(4) == 0 ? 3 + random.nextInt(5) : 0);
  }

  private static Network network(Random random, EngineSettings settings) {
    return network(random, settings, 2 + random.nextInt(5), random.nextInt(3), PREFIXES.size());
  }

  private static Network network(Random random, EngineSettings settings, int nvas, int routeServers, int prefixes) {
    NetworkBuilder b = new NetworkBuilder();
    List<String> speakers = new ArrayList<>();
    List<String> instances = new ArrayList<>();
    for (int i = 0; i < nvas; i++) {
      String name = "nva" + i;
      Ipv4Address address = new Ipv4Address(0x0A010004 + (i << 8));
      b.addNode(NodeSpec.of(name, Asn.of(65001 + random.nextInt(4)), address, SpeakerKind.NVA, name,
          new NvaBehaviour(nvaSettings(random))).withPreferredUnder(HubRoutingPreference.VpnGateway));
      int originated = random.nextInt(4);
      for (int p = 0; p < originated; p++) {
        PathAttributes attributes = attributes(random);
        if (random.nextInt(6) == 0) {
          // a network backed by a static route, as Cisco shows it: the static's next hop
          attributes = attributes.toBuilder().nextHop(new Ipv4Address(0x0A0A0001 + random.nextInt(3))).build();
        }
        b.addOriginated(name, new BgpRoute(prefix(random, prefixes), BgpRoute.LOCAL, attributes));
      }
      speakers.add(name);
    }
    for (int r = 0; r < routeServers; r++) {
      HubRoutingPreference preference = HubRoutingPreference.values()[random.nextInt(3)];
      boolean branchToBranch = random.nextBoolean();
      for (int in = 0; in < 2; in++) {
        String name = "rs" + r + "/IN_" + in;
        Ipv4Address address = new Ipv4Address(0x0A000004 + (r << 8) + in);
        b.addNode(NodeSpec.of(name, Asn.AZURE_ROUTE_SERVER, address, SpeakerKind.ROUTE_SERVER, "rs" + r,
            new RouteServerBehaviour(preference, branchToBranch, settings)));
        if (in == 0 || random.nextInt(4) > 0) {
          b.addOriginated(name, new BgpRoute(Ipv4Prefix.parse("10." + (100 + r) + ".0.0/16"), BgpRoute.LOCAL,
              PathAttributes.builder().nextHop(address).build()));
        }
        instances.add(name);
      }
    }
    int addressOffset = 0;
    for (int i = 0; i < speakers.size(); i++) {
      for (int j = i + 1; j < speakers.size(); j++) {
        if (random.nextInt(10) < 3) {
          connect(b, random, speakers.get(i), speakers.get(j), addressOffset++);
        }
      }
      for (String instance : instances) {
        if (random.nextInt(10) < 6) {
          connect(b, random, speakers.get(i), instance, addressOffset++);
        }
      }
    }
    return b.build();
  }

  private static void connect(NetworkBuilder b, Random random, String x, String y, int offset) {
    Ipv4Address xAddress = new Ipv4Address(0x0B000000 + offset * 4 + 1);
    Ipv4Address yAddress = new Ipv4Address(0x0B000000 + offset * 4 + 2);
    b.addNeighbor(x, new Neighbor(y, xAddress, yAddress, b.asnOf(y), neighborSettings(random), chain(random),
        chain(random)));
    b.addNeighbor(y, new Neighbor(x, yAddress, xAddress, b.asnOf(x), neighborSettings(random), chain(random),
        chain(random)));
  }

  private static final List<Ipv4Prefix> AGGREGATES = List.of(Ipv4Prefix.parse("10.9.0.0/16"),
      Ipv4Prefix.parse("10.0.0.0/8"), Ipv4Prefix.parse("192.168.0.0/16"), Ipv4Prefix.parse("172.16.0.0/12"),
      Ipv4Prefix.parse("128.0.0.0/1"));

  /** An NVA's vendor behaviours, varied. */
  private static NvaSettings nvaSettings(Random random) {
    List<AggregateAddress> aggregates = new ArrayList<>();
    if (random.nextInt(3) == 0) {
      for (Ipv4Prefix prefix : AGGREGATES) {
        if (random.nextInt(3) == 0) {
          aggregates.add(new AggregateAddress(prefix, random.nextBoolean(), random.nextBoolean()));
        }
      }
    }
    ArrivalOrder order = switch (random.nextInt(4)) {
      case 0 -> ArrivalOrder.NONE;
      case 1, 2 -> new ArrivalOrder(true, List.of(new Ipv4Address(0x0B000002 + 4 * random.nextInt(3)),
          new Ipv4Address(0x0B000001 + 4 * random.nextInt(4))));
      default -> ArrivalOrder.UNKNOWN;
    };
    // Session addresses are in 11.0.0.0/8: "connected" when the NVA has that subnet.
    List<Ipv4Prefix> connected = random.nextBoolean() ? List.of(Ipv4Prefix.parse("11.0.0.0/8")) : List.of();
    return new NvaSettings(1 + random.nextInt(3), random.nextInt(4) > 0, order, aggregates, connected,
        random.nextInt(3) == 0);
  }

  /** Next-hop-self half the time; allowas-in and maximum-prefix now and then. */
  private static NeighborSettings neighborSettings(Random random) {
    AllowAsIn allowAsIn = switch (random.nextInt(6)) {
      case 0 -> AllowAsIn.times(1 + random.nextInt(2));
      case 1 -> AllowAsIn.originOnly();
      default -> null;
    };
    MaximumPrefix maximumPrefix = random.nextInt(5) == 0
        ? new MaximumPrefix(1 + random.nextInt(5), random.nextInt(4) == 0) : null;
    boolean self = random.nextBoolean();
    return new NeighborSettings(self, allowAsIn, maximumPrefix, !self && random.nextInt(4) == 0,
        random.nextInt(3) == 0, random.nextInt(6) == 0);
  }

  private static Ipv4Prefix prefix(Random random, int count) {
    if (count <= PREFIXES.size()) {
      return PREFIXES.get(random.nextInt(count));
    }
    return new Ipv4Prefix(0xAC100000 + (random.nextInt(count) << 8), 24);
  }

  private static PathAttributes attributes(Random random) {
    PathAttributes.Builder a = PathAttributes.builder().nextHop(new Ipv4Address(0))
        .origin(Origin.values()[random.nextInt(Origin.values().length)]);
    if (random.nextInt(3) == 0) {
      a.med(random.nextInt(3) * 10L);
    }
    if (random.nextInt(4) == 0) {
      a.asPath(AsPath.of(64512 + random.nextInt(3)));
    }
    int communities = random.nextInt(8);
    if (communities == 0) {
      a.communities(Communities.EMPTY.add(Community.NO_ADVERTISE));
    } else if (communities == 1) {
      a.communities(Communities.EMPTY.add(Community.NO_EXPORT));
    }
    return a.build();
  }

  /** A chain of 0 to 2 policies, mostly empty. */
  private static PolicyChain chain(Random random) {
    if (random.nextInt(3) > 0) {
      return PolicyChain.EMPTY;
    }
    List<ConfiguredPolicy> chain = new ArrayList<>();
    int length = 1 + random.nextInt(2);
    for (int i = 0; i < length; i++) {
      chain.add(policy(random));
    }
    return new PolicyChain(chain);
  }

  /** The built-in route-map, as a topology would configure it. */
  private static final List<ConfiguredPolicy> ROUTE_MAPS = List.of(
      routeMap("rm-next-hops", """
          prefixLists:
            NINE: [{action: permit, prefix: 10.9.0.0/16, le: 24}]
            PRIVATE: [{action: permit, prefix: 192.168.0.0/16, le: 32}, {action: permit, prefix: 172.16.0.0/12, le: 32}]
          clauses:
            - {seq: 10, action: permit, match: {prefixList: NINE}, set: {nextHop: 10.1.9.9}}
            - {seq: 20, action: permit, match: {prefixList: PRIVATE}, set: {nextHop: unchanged, med: 5}}
            - {seq: 30, action: permit, set: {nextHop: peer-address}}
          """),
      routeMap("rm-filter", """
          asPathLists:
            LONG: [{action: permit, regex: "^[0-9]+ [0-9]+ "}]
          communityLists:
            TAGGED: [{action: permit, communities: [no-export]}]
          clauses:
            - {seq: 10, action: deny, match: {asPathList: LONG}}
            - {seq: 20, action: permit, match: {communityList: TAGGED}, set: {communityDelete: TAGGED, community: ["65001:1"], communityAdditive: true}}
            - {seq: 30, action: permit, set: {localPreference: 150}, onMatchNext: true}
            - {seq: 40, action: permit, set: {asPathPrepend: [65009]}}
          """),
      routeMap("rm-replace", """
          clauses:
            - {seq: 10, action: permit, set: {asPathReplace: {asn: 65515}}}
          """));

  private static ConfiguredPolicy routeMap(String name, String yaml) {
    try {
      return PolicyCatalog.builtIns().create(name, "route-map",
          new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(yaml));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ConfiguredPolicy policy(Random random) {
    Ipv4Prefix victim = PREFIXES.get(random.nextInt(PREFIXES.size()));
    long asn = 65001 + random.nextInt(4);
    return switch (random.nextInt(10)) {
      case 7 -> new ConfiguredPolicy("unchanged", "test-next-hop-unchanged",
          (c, r) -> r.prefix().length() >= 16 ? PolicyResult.acceptNextHopUnchanged(r) : PolicyResult.accept(r));
      case 8, 9 -> ROUTE_MAPS.get(random.nextInt(ROUTE_MAPS.size()));
      case 0 -> new ConfiguredPolicy("prepend", "test-prepend", (c, r) -> PolicyResult.accept(r.withAttributes(
          r.attributes().toBuilder().asPath(r.attributes().asPath().prepend(Asn.of(asn))).build())));
      case 1 -> new ConfiguredPolicy("deny-" + victim, "test-deny", (c, r) -> r.prefix().equals(victim)
          ? PolicyResult.reject("denies " + victim) : PolicyResult.accept(r));
      case 2 -> new ConfiguredPolicy("local-pref", "test-local-pref", (c, r) -> PolicyResult.accept(r.withAttributes(
          r.attributes().toBuilder().localPreference(r.prefix().length() > 16 ? 200 : 100).build())));
      case 3 -> new ConfiguredPolicy("tear-down-on-" + victim, "test-tear-down", (c, r) -> r.prefix().equals(victim)
          && r.attributes().asPath().length() > 1
          ? PolicyResult.tearDownSession(c.peer().name() + " sent " + r.prefix()) : PolicyResult.accept(r));
      case 4 -> new ConfiguredPolicy("fails-on-" + victim, "test-fails", (c, r) -> {
        if (r.prefix().equals(victim) && r.attributes().asPath().length() > 2) {
          throw new IllegalStateException("cannot handle " + r);
        }
        return PolicyResult.accept(r);
      });
      case 5 -> new ConfiguredPolicy("med", "test-med", (c, r) -> PolicyResult.accept(r.withAttributes(
          r.attributes().toBuilder().med(r.attributes().asPath().length() * 10L).build())));
      default -> new ConfiguredPolicy("no-export-" + victim, "test-community", (c, r) -> r.prefix().equals(victim)
          ? PolicyResult.accept(r.withAttributes(r.attributes().toBuilder().addCommunity(Community.NO_EXPORT).build()))
          : PolicyResult.accept(r));
    };
  }
}
