package io.arsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.net.Ipv4Address;
import io.arsim.core.topology.Topology.AttachedInterface;
import io.arsim.core.topology.Topology;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.EngineSettings;
import io.arsim.engine.bgp.Network;
import io.arsim.engine.diff.FailureImpact;
import io.arsim.engine.diff.NicChange;
import io.arsim.engine.diff.RouteChange;
import io.arsim.engine.diff.SessionChange;
import io.arsim.engine.diff.Sweep;
import io.arsim.engine.diff.TraceChange;
import io.arsim.engine.diff.WhatIf;
import io.arsim.engine.diff.WhatIfReport;
import io.arsim.engine.failure.Failure;
import io.arsim.engine.failure.FailureSet;
import io.arsim.engine.trace.Branch;
import io.arsim.engine.trace.Hop;
import io.arsim.engine.trace.Outcome;
import io.arsim.engine.trace.Trace;
import io.arsim.engine.trace.Tracer;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The data plane and what-if answers of the reference scenarios S1, S2, S3 and S7
 * (shared/scenarios/README.md): expected values come from the scenario text.
 */
class DataPlaneScenariosTest {

  static AttachedInterface at(Topology topology, String owner) {
    return topology.allInterfaces().stream().filter(a -> a.owner().equals(owner)).findFirst().orElseThrow();
  }

  static Network network(Topology topology) {
    return Scenarios.network(topology);
  }

  static Trace trace(String example, String from, String to) {
    Topology topology = Scenarios.topology(example);
    ConvergedState state = Scenarios.converge(topology);
    return new Tracer(topology, state).trace(at(topology, from), Ipv4Address.parse(to));
  }

  static List<String> paths(Trace trace) {
    return trace.branches().stream().map(b -> b.path() + " " + b.outcome()).toList();
  }

  @Nested
  class S1ActiveActive {
    @Test
    void spokeVmToTheInternetFansOutOverBothNvas() {
      Trace t = trace("s1-dual-homed-active-active.yaml", "vm-spoke", "8.8.8.8");
      assertThat(paths(t)).containsExactly("vm-spoke -> nva1 -> Internet INTERNET",
          "vm-spoke -> nva2 -> Internet INTERNET");
      Hop first = t.branches().get(0).hops().get(0);
      assertThat(first.ecmp()).isTrue();
      assertThat(first.matched()).extracting(r -> r.prefix() + " " + r.nextHopIp())
          .containsExactly("0.0.0.0/0 10.1.1.4", "0.0.0.0/0 10.2.1.4");
      assertThat(t.reaches()).isTrue();
      assertThat(t.nvas()).containsExactly("nva1", "nva2");
    }

    @Test
    void losingOneNvaMovesNothingToBlackholeTheOtherCarriesOn() {
      Topology topology = Scenarios.topology("s1-dual-homed-active-active.yaml");
      WhatIfReport r = new WhatIf(topology, network(topology), EngineSettings.defaults()).run(
          FailureSet.of(Failure.nva("nva1")));
      assertThat(r.lost()).isEmpty();
      assertThat(r.diff().nics()).extracting(c -> c.nic() + " " + c.prefix() + " " + c.after())
          .containsExactly(
              "vm-spoke-nic 0.0.0.0/0 [Default Invalid Internet, VirtualNetworkGateway Active VirtualNetworkGateway 10.2.1.4]",
              "vm-spoke-nic 192.168.0.0/16 [Default Invalid None, VirtualNetworkGateway Active VirtualNetworkGateway 10.2.1.4]");
    }
  }

  @Nested
  class S2ActivePassive {
    @Test
    void spokeVmUsesNva1Only() {
      Trace t = trace("s2-dual-homed-active-passive.yaml", "vm-spoke", "8.8.8.8");
      assertThat(paths(t)).containsExactly("vm-spoke -> nva1 -> Internet INTERNET");
      assertThat(t.branches().get(0).hops().get(0).ecmp()).isFalse();
    }

    @Test
    void trafficToTheBranchesLeavesThroughNva1WhichOriginatesThem() {
      Trace t = trace("s2-dual-homed-active-passive.yaml", "vm-spoke", "192.168.1.1");
      assertThat(paths(t)).containsExactly("vm-spoke -> nva1 -> beyond nva1 BEYOND_NVA");
    }
  }

  @Nested
  class S3Failover {
    private final Topology topology = Scenarios.topology("s3-failover.yaml");
    private final WhatIfReport report = new WhatIf(topology, network(topology), EngineSettings.defaults())
        .run(FailureSet.of(Failure.nva("nva1")));

    @Test
    void vmSpokeNowReachesBothPrefixesThroughNva2AndNothingElseChanges() {
      assertThat(report.diff().nics()).extracting(NicChange::nic, c -> c.prefix().toString(), NicChange::before,
          NicChange::after).containsExactly(
          org.assertj.core.groups.Tuple.tuple("vm-spoke-nic", "0.0.0.0/0",
              List.of("Default Invalid Internet", "VirtualNetworkGateway Active VirtualNetworkGateway 10.1.1.4"),
              List.of("Default Invalid Internet", "VirtualNetworkGateway Active VirtualNetworkGateway 10.2.1.4")),
          org.assertj.core.groups.Tuple.tuple("vm-spoke-nic", "192.168.0.0/16",
              List.of("Default Invalid None", "VirtualNetworkGateway Active VirtualNetworkGateway 10.1.1.4"),
              List.of("Default Invalid None", "VirtualNetworkGateway Active VirtualNetworkGateway 10.2.1.4")));
    }

    @Test
    void theRouteServerLosesExactlyNva1sRoutesOnBothInstances() {
      assertThat(report.diff().routes()).extracting(c -> c.node() + " " + c.direction() + " from " + c.peer() + " "
          + c.prefix() + " " + c.change().label()).containsExactly(
          "rs-spoke/IN_0 learned from nva1 0.0.0.0/0 lost",
          "rs-spoke/IN_0 learned from nva1 192.168.0.0/16 lost",
          "rs-spoke/IN_1 learned from nva1 0.0.0.0/0 lost",
          "rs-spoke/IN_1 learned from nva1 192.168.0.0/16 lost");
      assertThat(report.diff().routes()).extracting(RouteChange::reason)
          .allMatch(reason -> reason.contains("is down: failed: nva1"));
    }

    @Test
    void nva1sSessionsGoDown() {
      assertThat(report.diff().sessions()).extracting(SessionChange::a, SessionChange::b, SessionChange::after)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("nva1", "rs-spoke/IN_0", "Down: failed: nva1"),
              org.assertj.core.groups.Tuple.tuple("nva1", "rs-spoke/IN_1", "Down: failed: nva1"));
    }

    @Test
    void trafficMovesToHub2AndNothingIsLost() {
      assertThat(report.traces()).extracting(c -> c.kind().label() + " " + c.from() + " -> " + c.to() + ": " + c.before()
          + " => " + c.after()).containsExactly(
          "moved vm-spoke -> 0.0.0.0/0: vm-spoke -> nva1 -> Internet => vm-spoke -> nva2 -> Internet",
          "moved vm-spoke -> 192.168.0.0/16: vm-spoke -> nva1 -> beyond nva1 => vm-spoke -> nva2 -> beyond nva2");
    }

    @Test
    void theSweepFindsThatNoSingleFailureLosesReachability() {
      List<FailureImpact> impacts = Sweep.run(new WhatIf(topology, network(topology), EngineSettings.defaults()), 1,
          s -> { });
      assertThat(impacts).extracting(i -> i.failures().label()).containsExactlyInAnyOrder("nva1", "nva2", "rs-spoke",
          "rs-spoke/IN_0", "rs-spoke/IN_1");
      FailureImpact worst = impacts.get(0);
      assertThat(worst.failures().label()).isEqualTo("rs-spoke");
      // Without rs-spoke, vm-spoke keeps only system routes: 192.168.0.0/16 -> None (blackhole), and
      // 0.0.0.0/0 -> Internet directly, bypassing the NVAs.
      assertThat(worst.lost()).extracting(TraceChange::to).containsExactly("192.168.0.0/16");
      assertThat(worst.moved()).extracting(c -> c.kind().label() + " " + c.to() + ": " + c.after())
          .containsExactly("bypass 0.0.0.0/0: vm-spoke -> Internet");
      assertThat(worst.bypassed()).extracting(TraceChange::to).containsExactly("0.0.0.0/0");
      assertThat(worst.rerouted()).isEmpty();
      assertThat(impacts).filteredOn(i -> i.failures().label().equals("nva1")).singleElement()
          .satisfies(i -> assertThat(i.moved()).hasSize(2));
      assertThat(impacts).filteredOn(i -> i.failures().label().equals("nva2")).singleElement()
          .satisfies(i -> assertThat(i.verdict()).isEqualTo("no effect on traffic"));
    }
  }

  @Nested
  class S7DefaultRouteOnTheNvasOwnNic {
    @Test
    void traceFromNva1ToTheInternetLoops() {
      Trace t = trace("s7-nva-default-route-own-nic.yaml", "nva1", "8.8.8.8");
      assertThat(t.branches()).singleElement().satisfies(b -> {
        assertThat(b.outcome()).isEqualTo(Outcome.LOOP);
        assertThat(b.detail()).isEqualTo("loop: nva1-nic -> nva1-nic");
        assertThat(b.hops().get(0).taken().nextHopIp()).isEqualTo(Ipv4Address.parse("10.1.1.4"));
      });
    }

    @Test
    void hubVmsInternetTrafficLoopsAtNva1Too() {
      Trace t = trace("s7-nva-default-route-own-nic.yaml", "vm-hub1", "8.8.8.8");
      assertThat(t.branches()).extracting(Branch::detail).containsExactly("loop: nva1-nic -> nva1-nic");
    }

    @Test
    void nva2HasNoRouteServerInItsHubAndReachesTheInternet() {
      assertThat(paths(trace("s7-nva-default-route-own-nic.yaml", "nva2", "8.8.8.8")))
          .containsExactly("nva2 -> Internet INTERNET");
    }
  }
}
