package io.arsim.expressroute;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.Topology;
import io.arsim.engine.explain.Explainer;
import io.arsim.engine.intent.IntentChecker;
import io.arsim.engine.intent.IntentReader;
import io.arsim.engine.intent.IntentReport;
import io.arsim.engine.intent.IntentResult;
import io.arsim.engine.intent.LoadedIntents;
import io.arsim.engine.trace.Branch;
import io.arsim.engine.trace.Hop;
import io.arsim.engine.trace.Outcome;
import io.arsim.engine.trace.RoundTrip;
import io.arsim.engine.trace.Trace;
import io.arsim.engine.trace.Tracer;
import io.arsim.engine.trace.Via;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Traces that start on-premises and enter Azure at a gateway, where the GatewaySubnet's routes
 * decide (facts 4.4, gotcha 7.6); explanations at on-premises and at gateways that follow a
 * missing route back to where it stopped; intents over ExpressRoute (issue 17).
 */
class TracesAndIntentsFromOnPremisesTest {

  private static Topology.AttachedInterface at(Topology topology, String owner) {
    return topology.allInterfaces().stream().filter(a -> a.owner().equals(owner)).findFirst().orElseThrow();
  }

  private static LoadedIntents intents(String name) throws IOException {
    return new IntentReader().read(name, Files.readString(Er.root().resolve("examples/intents").resolve(name)));
  }

  /**
   * S5: on-premises holds the spoke's 10.0.0.0/16 from both links as [12076]; it sends over the
   * primary link (its best path), the Microsoft edge hands it to ergw-hub1/IN_0, and there the
   * hub1 - spoke peering's system route delivers it (the VNet and peering routes win, facts 4.4).
   */
  @Test
  void onPremisesReachesTheSpokeThroughTheCircuitAndTheGateway() {
    Er.Run s5 = Er.run(Er.example("s5-expressroute-with-as-override.yaml"));
    Tracer tracer = new Tracer(s5.topology(), s5.state());
    Trace t = tracer.traceFrom("onprem", tracer.defaultSource("onprem"), Ipv4Address.parse("10.0.1.4"));
    assertThat(t.source()).hasToString("172.16.0.1");
    assertThat(t.branches()).singleElement().satisfies(b -> {
      assertThat(b.path()).isEqualTo("onprem -> er-circuit -> ergw-hub1 -> vm-spoke-nic");
      assertThat(b.outcome()).isEqualTo(Outcome.DELIVERED);
      assertThat(b.hops().get(0).bgp().describe()).isEqualTo("10.0.0.0/16 via 192.168.100.2 (BGP from"
          + " er-circuit/primary, AS path [12076])");
      Hop gateway = b.hops().get(2);
      assertThat(gateway.nic()).isEqualTo("ergw-hub1/IN_0");
      assertThat(gateway.via().kind()).isEqualTo(Via.Kind.GATEWAY);
      assertThat(gateway.taken().origin()).isEqualTo("peering hub1-to-spoke with VNet spoke");
    });
  }

  /**
   * The GatewaySubnet's UDR sends the spoke's range to the stateful firewall, so the reply from
   * on-premises crosses it too; without that route table it bypasses the firewall (gotcha 7.6).
   */
  @Test
  void theGatewaySubnetRouteTableDecidesWhetherTheReplyCrossesTheFirewall() {
    Er.Run with = Er.run(Er.example("expressroute-firewall-gateway-subnet.yaml"));
    RoundTrip symmetric = new Tracer(with.topology(), with.state()).roundTrip(at(with.topology(), "vm-spoke"),
        Ipv4Address.parse("172.16.0.1"));
    assertThat(symmetric.back().branches()).extracting(Branch::path)
        .containsExactly("onprem -> er-circuit -> ergw -> fw1 -> vm-spoke-nic");
    assertThat(symmetric.back().branches().get(0).hops().get(2).taken().origin())
        .isEqualTo("route spoke-via-firewall of route table rt-gateway");
    assertThat(symmetric.symmetry()).isEqualTo(RoundTrip.Symmetry.SYMMETRIC);

    Er.Run without = Er.run(Er.example("expressroute-firewall-asymmetric.yaml"));
    RoundTrip asymmetric = new Tracer(without.topology(), without.state()).roundTrip(
        at(without.topology(), "vm-spoke"), Ipv4Address.parse("172.16.0.1"));
    assertThat(asymmetric.back().branches()).extracting(Branch::path)
        .containsExactly("onprem -> er-circuit -> ergw -> vm-spoke-nic");
    assertThat(asymmetric.symmetry()).isEqualTo(RoundTrip.Symmetry.ASYMMETRIC);
    assertThat(asymmetric.reasons()).containsExactly("forward through fw1 (stateful), return through no stateful"
        + " NVA: a stateful NVA sees one direction only");
  }

  /**
   * S4: on-premises never learns the spoke (facts 5): the nearest speakers holding 10.0.0.0/16 are
   * the hub NVAs, whose paths [6500x 65515] the hub route servers reject; explain names them.
   */
  @Test
  void explainAtOnPremisesFollowsTheMissingRouteBackToTheRouteServerThatDroppedIt() {
    Er.Run s4 = Er.run(Er.example("s4-expressroute-without-as-override.yaml"));
    List<String> lines = new Explainer(s4.topology(), s4.state()).atNode("onprem", Ipv4Prefix.parse("10.0.0.0/16"))
        .lines();
    assertThat(lines).contains(
        "No neighbour of onprem holds 10.0.0.0/16. Where it stops, from the nearest speakers that hold it:",
        "    so it never reaches rs-hub1/IN_0 -> ergw-hub1/IN_0 -> er-circuit/primary -> onprem");
    assertThat(lines).anyMatch(l -> l.startsWith("  nva1 holds it (best from rs-spoke/IN_0, AS path [65515]);"
        + " rs-hub1/IN_0 rejects it from nva1 [65001 65515]: loop prevention:"));
  }

  /** The examples' intents hold on their designs. */
  @Test
  void theExpressRouteExamplesHoldTheirIntents() throws IOException {
    for (String example : List.of("s4-expressroute-without-as-override.yaml", "s5-expressroute-with-as-override.yaml",
        "expressroute-firewall-gateway-subnet.yaml", "expressroute-firewall-asymmetric.yaml",
        "er-route-limit-standard.yaml", "er-route-limit-premium.yaml", "hub-to-hub-loop-two-circuits.yaml")) {
      IntentReport report = IntentChecker.check(Er.RUN.converge(Er.example(example)), intents(example));
      assertThat(report.broken()).as("broken intents of %s: %s", example, report.results().stream()
          .filter(r -> !r.held()).map(r -> r.intent().name() + ": " + r.violations().get(0).problem()).toList())
          .isZero();
    }
  }

  /** S5's intents fail on purpose on S4, which lacks as-override (facts 5). */
  @Test
  void s5sIntentsFailOnS4() throws IOException {
    IntentReport report = IntentChecker.check(Er.RUN.converge(Er.example("s4-expressroute-without-as-override.yaml")),
        intents("s5-expressroute-with-as-override.yaml"));
    assertThat(report.warnings()).containsExactly("the intents are written for design"
        + " \"s5-expressroute-with-as-override\", and this is \"s4-expressroute-without-as-override\"");
    assertThat(report.results()).filteredOn(r -> !r.held()).extracting(r -> r.intent().name())
        .containsExactly("spoke-reaches-onprem-through-an-nva", "onprem-reaches-spoke");
    IntentResult spoke = report.results().get(0);
    assertThat(spoke.violations().get(0).failed()).isEmpty();
    assertThat(spoke.violations().get(0).problem()).isEqualTo("does not reach it: blackhole: 172.16.0.0/12 has next"
        + " hop None (Azure default route for a private range)");
    IntentResult onprem = report.results().get(1);
    assertThat(onprem.violations().get(0).problem()).isEqualTo("does not reach it: blackhole: onprem has no route to"
        + " 10.0.1.4 in its BGP table");
    assertThat(onprem.violations().get(0).explainAt()).isEqualTo("onprem");
    assertThat(onprem.violations().get(0).explainPrefix()).hasToString("10.0.0.0/16");
  }

  /** The firewall's intents fail on the design without the GatewaySubnet UDR: the reply bypasses it. */
  @Test
  void theFirewallIntentsFailWithoutTheGatewaySubnetRoute() throws IOException {
    IntentReport report = IntentChecker.check(Er.RUN.converge(Er.example("expressroute-firewall-asymmetric.yaml")),
        intents("expressroute-firewall-gateway-subnet.yaml"));
    assertThat(report.results()).extracting(IntentResult::held).containsExactly(false, false, true);
    assertThat(report.results().get(0).violations().get(0).problem()).isEqualTo("asymmetric: forward through fw1"
        + " (stateful), return through no stateful NVA: a stateful NVA sees one direction only");
    assertThat(report.results().get(1).violations().get(0).problem())
        .isEqualTo("bypasses fw1: onprem -> er-circuit -> ergw -> vm-spoke-nic");
  }
}
