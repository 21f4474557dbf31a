package io.arsim.engine;

import static io.arsim.engine.DataPlaneScenariosTest.at;
import static io.arsim.engine.DataPlaneScenariosTest.network;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arsim.core.net.Ipv4Address;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.file.TopologyFormat;
import io.arsim.core.topology.file.TopologyReader;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.EngineSettings;
import io.arsim.engine.bgp.Network;
import io.arsim.engine.convergence.Simulation;
import io.arsim.engine.diff.DesignDiff;
import io.arsim.engine.diff.DiffReport;
import io.arsim.engine.failure.FailedDesign;
import io.arsim.engine.failure.Failure;
import io.arsim.engine.failure.FailureSet;
import io.arsim.engine.failure.Failures;
import io.arsim.engine.trace.Branch;
import io.arsim.engine.trace.Outcome;
import io.arsim.engine.trace.RoundTrip;
import io.arsim.engine.trace.Trace;
import io.arsim.engine.trace.Tracer;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Failures, trace outcomes and design diffs on small variations of the reference scenarios. */
class DataPlaneUnitTest {

  static Topology variant(String example, String... replacements) {
    try {
      String text = Files.readString(Scenarios.root().resolve("examples").resolve(example));
      for (int i = 0; i < replacements.length; i += 2) {
        String changed = text.replaceFirst(java.util.regex.Pattern.quote(replacements[i]),
            java.util.regex.Matcher.quoteReplacement(replacements[i + 1]));
        if (changed.equals(text)) {
          throw new IllegalArgumentException("not in " + example + ": " + replacements[i]);
        }
        text = changed;
      }
      return new TopologyReader().read(example, TopologyFormat.YAML, text).topology();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Tracer tracer(Topology topology, FailureSet failures) {
    Network network = network(topology);
    FailedDesign design = Failures.apply(topology, network, failures);
    return Tracer.of(design, Simulation.converge(design.network(), EngineSettings.defaults()));
  }

  static Trace trace(Topology topology, FailureSet failures, String from, String to) {
    return tracer(topology, failures).trace(at(topology, from), Ipv4Address.parse(to));
  }

  @Nested
  class FailuresAsInput {
    private final Topology s1 = Scenarios.topology("s1-dual-homed-active-active.yaml");
    private final Network network = network(s1);

    @Test
    void namesResolveToTheirKind() {
      assertThat(Failures.resolve("nva1", s1, network)).isEqualTo(Failure.nva("nva1"));
      assertThat(Failures.resolve("rs-spoke", s1, network)).isEqualTo(Failure.routeServer("rs-spoke"));
      assertThat(Failures.resolve("rs-spoke/IN_1", s1, network)).isEqualTo(Failure.instance("rs-spoke/IN_1"));
      assertThat(Failures.resolve("hub1", s1, network)).isEqualTo(Failure.vnet("hub1"));
      assertThat(Failures.resolve("vnet:hub2", s1, network)).isEqualTo(Failure.vnet("hub2"));
      assertThat(Failures.resolve("rs-spoke/IN_0,nva2", s1, network))
          .isEqualTo(Failure.session("nva2", "rs-spoke/IN_0"));
    }

    @Test
    void unknownNamesListWhatCanFail() {
      assertThatThrownBy(() -> Failures.resolve("nva3", s1, network)).hasMessageContaining(
          "nothing named \"nva3\"").hasMessageContaining("nva1, nva2, rs-spoke, rs-spoke/IN_0");
      assertThatThrownBy(() -> Failures.resolve("nva1,vm-spoke", s1, network))
          .hasMessageContaining("no BGP speaker named \"vm-spoke\"");
    }

    @Test
    void aFailedNvaOriginatesNothingAndItsSessionsAreDownWithTheReason() {
      FailedDesign d = Failures.apply(s1, network, FailureSet.of(Failure.nva("nva1")));
      assertThat(d.network().node("nva1").orElseThrow().originated()).isEmpty();
      assertThat(d.network().sessions()).filteredOn(s -> s.a().equals("nva1"))
          .extracting(s -> s.up() + " " + s.reason()).containsExactly("false failed: nva1", "false failed: nva1");
      assertThat(d.network().sessions()).filteredOn(s -> s.a().equals("nva2")).allMatch(s -> s.up());
      assertThat(d.downMachines()).containsOnlyKeys("nva1");
    }

    @Test
    void oneFailedSessionLeavesTheOtherInstanceCarryingTheRoutes() {
      FailedDesign d = Failures.apply(s1, network, FailureSet.of(Failure.session("nva1", "rs-spoke/IN_0")));
      ConvergedState state = Simulation.converge(d.network(), EngineSettings.defaults());
      assertThat(Scenarios.effective(s1, state, "vm-spoke"))
          .contains("VirtualNetworkGateway Active 0.0.0.0/0 VirtualNetworkGateway 10.1.1.4");
    }

    @Test
    void aFailedHubTakesItsNvaVmAndPeeringsDown() {
      FailedDesign d = Failures.apply(s1, network, FailureSet.of(Failure.vnet("hub1")));
      assertThat(d.downNodes()).containsExactly("nva1");
      assertThat(d.downMachines()).containsOnlyKeys("nva1", "vm-hub1");
      assertThat(d.topology().arePeered("spoke", "hub1")).isFalse();
      assertThat(d.topology().arePeered("spoke", "hub2")).isTrue();
      ConvergedState state = Simulation.converge(d.network(), EngineSettings.defaults());
      Trace t = Tracer.of(d, state).trace(at(s1, "vm-spoke"), Ipv4Address.parse("10.1.2.4"));
      assertThat(t.branches()).extracting(Branch::outcome, Branch::detail).containsExactly(
          org.assertj.core.groups.Tuple.tuple(Outcome.BLACKHOLE,
              "blackhole: 10.0.0.0/8 has next hop None (Azure default route for a private range)"));
    }
  }

  @Nested
  class TraceOutcomes {
    private final Topology s1 = Scenarios.topology("s1-dual-homed-active-active.yaml");

    @Test
    void aVmInAPeeredVnetIsDelivered() {
      Trace t = trace(s1, FailureSet.none(), "vm-spoke", "10.1.2.4");
      assertThat(t.branches()).extracting(Branch::outcome, Branch::detail).containsExactly(
          org.assertj.core.groups.Tuple.tuple(Outcome.DELIVERED, "delivered to vm-hub1 (vm-hub1-nic, 10.1.2.4)"));
    }

    @Test
    void anAddressWithoutNicIsDeliveredToTheVnetAndSaysSo() {
      Trace t = trace(s1, FailureSet.none(), "vm-spoke", "10.1.2.99");
      assertThat(t.branches()).extracting(Branch::detail)
          .containsExactly("delivered to VNet hub1 (VNetPeering; no NIC at 10.1.2.99)");
    }

    @Test
    void nextHopNoneIsABlackhole() {
      Trace t = trace(s1, FailureSet.none(), "vm-hub1", "192.168.1.1");
      assertThat(t.branches()).extracting(Branch::outcome).containsExactly(Outcome.BLACKHOLE);
      assertThat(t.reaches()).isFalse();
    }

    @Test
    void anNvaNicWithoutIpForwardingDrops() {
      Topology noForwarding = variant("s1-dual-homed-active-active.yaml",
          "privateIpAddress: 10.1.1.4\n        enableIpForwarding: true", "privateIpAddress: 10.1.1.4");
      Trace t = trace(noForwarding, FailureSet.none(), "vm-spoke", "8.8.8.8");
      assertThat(t.branches()).extracting(Branch::outcome, Branch::detail).containsExactly(
          org.assertj.core.groups.Tuple.tuple(Outcome.DROP,
              "drop: IP forwarding disabled on nva1-nic (nva1), which does not own 8.8.8.8"),
          org.assertj.core.groups.Tuple.tuple(Outcome.INTERNET, "leaves Azure to the Internet (0.0.0.0/0, next hop Internet)"));
      assertThat(t.reachesPartly()).isTrue();
    }

    @Test
    void aUdrToAFailedNvaEndsAtTheFailure() {
      Topology s9 = Scenarios.topology("s9-udr-and-propagation.yaml");
      Trace t = trace(s9, FailureSet.of(Failure.nva("nva2")), "vm-spoke", "192.168.1.1");
      assertThat(t.branches()).extracting(Branch::outcome, Branch::detail).containsExactly(
          org.assertj.core.groups.Tuple.tuple(Outcome.DOWN, "sent to nva2 (10.2.1.4), which is down (failed: nva2)"));
    }

    @Test
    void aReturnPathThatSkipsAStatefulNvaIsAsymmetric() {
      Topology t = variant("s1-dual-homed-active-active.yaml",
          "        addressPrefix: 10.0.1.0/24\n", "        addressPrefix: 10.0.1.0/24\n        routeTable: rt-spoke\n",
          "virtualMachines:", "routeTables:\n  - name: rt-spoke\n    routes:\n      - name: hub1-workload-via-nva1\n"
              + "        addressPrefix: 10.1.2.0/24\n        nextHopType: VirtualAppliance\n"
              + "        nextHopIpAddress: 10.1.1.4\n\nvirtualMachines:",
          "    asn: 65001\n", "    asn: 65001\n    stateful: true\n");
      RoundTrip r = tracer(t, FailureSet.none()).roundTrip(at(t, "vm-spoke"), Ipv4Address.parse("10.1.2.4"));
      assertThat(r.forward().branches()).extracting(Branch::path).containsExactly("vm-spoke -> nva1 -> vm-hub1-nic");
      assertThat(r.back().branches()).extracting(Branch::path).containsExactly("vm-hub1 -> vm-spoke-nic");
      assertThat(r.asymmetric()).isTrue();
      assertThat(r.reasons()).containsExactly("forward through nva1 (stateful), return through no stateful NVA:"
          + " a stateful NVA sees one direction only");
    }
  }

  @Nested
  class Diffs {
    @Test
    void activeActiveAgainstActivePassive() {
      Topology s1 = Scenarios.topology("s1-dual-homed-active-active.yaml");
      Topology s2 = Scenarios.topology("s2-dual-homed-active-passive.yaml");
      DiffReport d = DesignDiff.compare(s1, Scenarios.converge(s1), s2, Scenarios.converge(s2), true);
      assertThat(d.sessions()).isEmpty();
      assertThat(d.nics()).extracting(c -> c.nic() + " " + c.prefix() + " " + c.after()).containsExactly(
          "vm-spoke-nic 0.0.0.0/0 [Default Invalid Internet, VirtualNetworkGateway Active VirtualNetworkGateway 10.1.1.4]",
          "vm-spoke-nic 192.168.0.0/16 [Default Invalid None, VirtualNetworkGateway Active VirtualNetworkGateway 10.1.1.4]");
      assertThat(d.routes()).filteredOn(c -> c.direction().equals("learned"))
          .extracting(c -> c.node() + " " + c.peer() + " " + c.prefix() + " " + c.before() + " -> " + c.after())
          .contains("rs-spoke/IN_0 nva2 0.0.0.0/0 10.2.1.4 [65002] -> 10.2.1.4 [65002 65002 65002]");
    }

    @Test
    void aDesignAgainstItselfHasNoDifference() {
      Topology s1 = Scenarios.topology("s1-dual-homed-active-active.yaml");
      assertThat(DesignDiff.compare(s1, Scenarios.converge(s1), s1, Scenarios.converge(s1), true).isEmpty()).isTrue();
    }
  }
}
