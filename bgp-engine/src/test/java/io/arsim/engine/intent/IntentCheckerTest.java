package io.arsim.engine.intent;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.problem.Problem;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.file.TopologyReader;
import io.arsim.engine.ConvergedDesign;
import io.arsim.engine.DesignRun;
import io.arsim.engine.bgp.EngineSettings;
import io.arsim.policy.catalog.PolicyCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Intents checked against the reference scenarios without extensions (the ExpressRoute ones are
 * checked in expressroute-ext). Expected verdicts come from the scenarios' documented outcomes.
 */
class IntentCheckerTest {

  static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
      dir = dir.getParent();
    }
    return java.util.Objects.requireNonNull(dir, "no examples/ above the working directory");
  }

  static ConvergedDesign design(String example) {
    Topology topology = new TopologyReader().read(root().resolve("examples").resolve(example)).topology();
    return DesignRun.of(PolicyCatalog.builtIns(), List.of(), EngineSettings.defaults()).converge(topology);
  }

  static LoadedIntents intents(String yaml) {
    return new IntentReader().read("intents.yaml", yaml);
  }

  static LoadedIntents examplesIntents(String name) throws IOException {
    Path file = root().resolve("examples/intents").resolve(name);
    return new IntentReader().read("examples/intents/" + name, Files.readString(file));
  }

  private static List<String> problems(ConvergedDesign design, String yaml) {
    try {
      IntentChecker.check(design, intents(yaml));
    } catch (IntentsException e) {
      return e.problems().stream().map(p -> p.location().line() + ":" + p.location().column() + " " + p.code() + " "
          + p.message() + " | " + p.fix()).toList();
    }
    throw new AssertionError("every name resolved");
  }

  /** S1's intents file holds: ECMP over both NVAs, either NVA or instance may fail (facts 6). */
  @Test
  void s1HoldsItsIntents() throws IOException {
    IntentReport report = IntentChecker.check(design("s1-dual-homed-active-active.yaml"),
        examplesIntents("s1-dual-homed-active-active.yaml"));
    assertThat(report.passed()).isTrue();
    assertThat(report.warnings()).isEmpty();
    assertThat(report.scenarios()).isEqualTo(5);
    assertThat(report.results()).extracting(r -> r.intent().name() + " " + r.scenarios() + "/" + r.checked())
        .containsExactly("spoke-internet-through-an-nva 5/5", "spoke-branches-through-an-nva 5/5",
            "spoke-and-hub1 5/5", "hubs-isolated 1/1");
  }

  /**
   * Without rs-spoke the spoke keeps only system routes (S1, docs/whatif.md): the Internet traffic
   * bypasses both NVAs through Azure's default route, and the branches meet the None route of
   * 192.168.0.0/16.
   */
  @Test
  void losingTheRouteServerBreaksTheWaypointAndTheReachability() {
    IntentReport report = IntentChecker.check(design("s1-dual-homed-active-active.yaml"), intents("""
        under: any-single-failure
        intents:
          - {name: internet, from: vm-spoke, to: internet, through: [nva1, nva2]}
          - {name: branches, from: vm-spoke, to: 192.168.0.0/16}
        """));
    assertThat(report.passed()).isFalse();
    assertThat(report.scenarios()).isEqualTo(6);
    IntentResult internet = report.results().get(0);
    assertThat(internet.violations()).singleElement().satisfies(v -> {
      assertThat(v.failed()).containsExactly("rs-spoke");
      assertThat(v.scenario()).isEqualTo("with rs-spoke failed");
      assertThat(v.problem()).isEqualTo("crosses neither nva1 nor nva2: vm-spoke -> Internet");
      assertThat(v.address()).hasToString("8.8.8.8");
      assertThat(v.traceFrom()).isEqualTo("vm-spoke");
      assertThat(v.trace()).isNotNull();
    });
    IntentResult branches = report.results().get(1);
    assertThat(branches.violations()).singleElement().satisfies(v -> {
      assertThat(v.to()).isEqualTo("192.168.0.0/16 (192.168.0.1)");
      assertThat(v.problem()).isEqualTo("does not reach it: blackhole: 192.168.0.0/16 has next hop None (Azure default"
          + " route for a private range)");
      assertThat(v.explainAt()).isEqualTo("vm-spoke-nic");
      assertThat(v.explainPrefix()).hasToString("192.168.0.0/16");
    });
  }

  /** S3: with nva1 failed, the backup nva2 carries the spoke's traffic (facts 6). */
  @Test
  void anIntentCanBeCheckedWithElementsFailedOnly() {
    IntentReport report = IntentChecker.check(design("s3-failover.yaml"), intents("""
        intents:
          - {name: backup, from: vm-spoke, to: internet, through: nva2, failed: nva1}
          - {name: primary, from: vm-spoke, to: internet, through: nva2}
        """));
    assertThat(report.results().get(0).held()).isTrue();
    assertThat(report.results().get(0).scenarios()).isEqualTo(1);
    assertThat(report.results().get(1).violations()).singleElement()
        .satisfies(v -> assertThat(v.problem()).isEqualTo("bypasses nva2: vm-spoke -> nva1 -> Internet"));
  }

  /** Failing the source itself says nothing about its reachability: the pair is skipped. */
  @Test
  void aScenarioThatFailsAnEndpointIsSkipped() {
    IntentReport report = IntentChecker.check(design("s1-dual-homed-active-active.yaml"), intents("""
        intents:
          - {name: a, from: vm-hub1, to: vm-spoke, under: [vnet:hub1, nva1]}
        """));
    IntentResult r = report.results().get(0);
    assertThat(r.held()).isTrue();
    assertThat(r.scenarios()).isEqualTo(3);
    assertThat(r.checked()).isEqualTo(2);
    assertThat(r.skipped()).isEqualTo(1);
  }

  /** Two stateful firewalls behind one load balancer: both directions of a flow meet one firewall (S29). */
  @Test
  void theLoadBalancerKeepsEachFlowSymmetric() {
    IntentReport report = IntentChecker.check(design("nva-firewalls-behind-ilb.yaml"), intents("""
        under: [fw1, fw2]
        intents:
          - {name: a, from: vm-spoke1, to: vm-spoke2, through: ilb-fw, symmetric: true}
          - {name: b, from: spoke2/subnet1, to: hub/workload, notThrough: [fw1, fw2]}
        """));
    assertThat(report.results().get(0).held()).isTrue();
    // vm-hub sits in the hub, peered with the spokes: the VNet route wins, no firewall is crossed.
    assertThat(report.results().get(1).held()).isTrue();
  }

  /** A branch behind an SD-WAN tunnel reaches hub1 through sdwan1, and the reply takes the same way. */
  @Test
  void aBranchIsASourceAndADestination() {
    IntentReport report = IntentChecker.check(design("sdwan-tunnels.yaml"), intents("""
        intents:
          - {name: a, from: branch1, to: vm-hub1, through: sdwan1, symmetric: true}
          - {name: b, from: vm-hub2, to: 192.168.10.7, through: [sdwan1, sdwan2]}
          - {name: c, from: vm-hub1, to: branch1, expect: isolated}
        """));
    assertThat(report.results()).extracting(IntentResult::held).containsExactly(true, true, false);
    assertThat(report.results().get(2).violations()).singleElement().satisfies(v -> assertThat(v.problem())
        .startsWith("reaches it: vm-hub1 -> sdwan1 -> beyond sdwan1 via tunnel to-branch1"));
  }

  @Test
  void namesTheDesignLacksAreReportedAtTheirPlace() {
    assertThat(problems(design("s1-dual-homed-active-active.yaml"), """
        intents:
          - name: a
            from: vm-spok
            to: internet
            through: [nva3]
            under: [nva9]
          - name: b
            from: internet
            to: vm-spoke
          - name: c
            from: vm-spoke
            to: 8.8.4.4
            symmetric: true
        """)).containsExactly(
        "3:11 unknown-endpoint the design has no VM, NVA, NIC, subnet, VNet, on-premises site, branch or gateway named"
            + " \"vm-spok\" | did you mean \"vm-spoke\"?",
        "5:15 unknown-waypoint the design has no NVA, VM or load balancer named \"nva3\" | did you mean \"nva1\"?",
        "6:13 unknown-failure nothing named \"nva9\" can fail in design s1-dual-homed-active-active; NVAs, route"
            + " servers (or rs/IN_0), VNets (vnet:NAME), sessions (A,B), load balancers (lb:NAME) and other nodes can:"
            + " nva1, nva2, rs-spoke, rs-spoke/IN_0, rs-spoke/IN_1 | name what can fail as `arsim whatif --fail` takes"
            + " it; `arsim sweep` lists the elements",
        "8:11 invalid-endpoint traffic from the Internet is not modelled (arsim has no public addresses or DNAT) |"
            + " start at a VM, subnet, on-premises site or branch; check the way back with symmetric: true",
        "13:16 no-way-back symmetric needs a destination arsim can trace the way back from: a VM, NIC, on-premises"
            + " site or branch, or an address one of them owns; \"8.8.4.4\" is not | remove symmetric, or name such a"
            + " destination");
  }

  @Test
  void anotherDesignsIntentsWarn() {
    IntentReport report = IntentChecker.check(design("s2-dual-homed-active-passive.yaml"), intents("""
        design: s1-dual-homed-active-active
        intents:
          - {name: a, from: vm-spoke, to: vm-hub1}
        """));
    assertThat(report.warnings()).containsExactly("the intents are written for design \"s1-dual-homed-active-active\","
        + " and this is \"s2-dual-homed-active-passive\"");
    assertThat(report.passed()).isTrue();
    assertThat(report.results().get(0).intent()).isEqualTo(Intent.reachable("a", "vm-spoke", "vm-hub1"));
  }

  @Test
  void problemsKeepTheirFixes() {
    assertThat(problems(design("s1-dual-homed-active-active.yaml"), "intents:\n  - {name: a, from: x, to: y}\n"))
        .allMatch(p -> p.contains(" | "));
    assertThat(Problem.error("x", "", "m", "f").isError()).isTrue();
  }
}
