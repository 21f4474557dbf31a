package io.arsim.cli;

import static io.arsim.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.cli.CliRun.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine commands, run as a user runs them, on the bundled examples. */
class EngineCommandsIT {

  @Test
  void simulateListsSessionsAndSpeakers() {
    Result r = run("simulate", "examples/s1-dual-homed-active-active.yaml");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("converged after", "nva1     10.1.1.4  rs-spoke/IN_0  10.0.255.4    Established");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void simulateShowsTheRouteLimitTearingSessionsDown() {
    Result r = run("simulate", "examples/s6-route-limit.yaml");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Down", "nva1 advertised 4001 routes to rs-spoke/IN_0; the limit is 4000");
  }

  @Test
  void theThreadCountChangesNothingInTheOutput() {
    for (String example : List.of("examples/s5-expressroute-with-as-override.yaml", "examples/s6-route-limit.yaml")) {
      Result one = run("simulate", example, "--threads", "1", "--format", "json");
      Result three = run("simulate", example, "--threads", "3", "--format", "json");
      Result cores = run("simulate", example, "--format", "json");
      assertThat(one.code()).isZero();
      assertThat(three.out()).isEqualTo(one.out());
      assertThat(cores.out()).isEqualTo(one.out());
    }
  }

  @Test
  void aNegativeThreadCountIsAUsageError() {
    Result r = run("simulate", "examples/s1-dual-homed-active-active.yaml", "--threads", "-1");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("threads must be at least 1, got -1");
  }

  @Test
  void effectiveRoutesReadLikeThePortal() {
    Result r = run("effective-routes", "examples/s1-dual-homed-active-active.yaml", "--vm", "vm-spoke");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains(
        "Source                 State    Address Prefix  Next Hop Type          Next Hop IP Address",
        "Default                Invalid  0.0.0.0/0       Internet",
        "VirtualNetworkGateway  Active   0.0.0.0/0       VirtualNetworkGateway  10.1.1.4",
        "VirtualNetworkGateway  Active   0.0.0.0/0       VirtualNetworkGateway  10.2.1.4");
  }

  @Test
  void learnedRoutesHaveTheAzurePowerShellColumns() {
    Result r = run("routes", "examples/s1-dual-homed-active-active.yaml", "--route-server", "rs-spoke", "--peer", "nva2",
        "--learned", "--instance", "1");
    assertThat(r.out()).contains("LocalAddress  Network         NextHop   SourcePeer  Origin  AsPath  Weight",
        "10.0.255.5    0.0.0.0/0       10.2.1.4  10.2.1.4    EBgp    65002   32768");
  }

  @Test
  void bgpTableLooksLikeShowBgp() {
    Result r = run("bgp-table", "examples/s1-dual-homed-active-active.yaml", "--nva", "nva2");
    assertThat(r.out()).contains("*>  0.0.0.0/0", "32768 i", "65515 65001 i", "Displayed 3 routes and 8 total paths");
  }

  @Test
  void explainNamesTheDecidingStep() {
    Result r = run("explain", "examples/s1-dual-homed-active-active.yaml", "--at", "nva2", "--prefix", "0.0.0.0/0");
    assertThat(r.out()).contains("lost at weight");
  }

  @Test
  void explainNamesThePolicyThatChangedTheAsPath() {
    // Issue 15: the prepended AS path is attributed to nva2's export policy prepend-nva2.
    Result r = run("explain", "examples/s2-dual-homed-active-passive.yaml", "--at", "rs-spoke/IN_0", "--prefix",
        "0.0.0.0/0");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("from nva2 (10.2.1.4): AS path [65002 65002 65002]",
        "    changed by policy prepend-nva2 (as-path-prepend), export on nva2 toward rs-spoke/IN_0: AS path []"
            + " -> [65002 65002]");
  }

  @Test
  void explainAndBgpTableSayWhenTheBestPathDependsOnArrivalOrder() {
    // nva1 (FRR) gets the spoke prefix from both route-server instances, equal: the older wins.
    Result why = run("explain", "examples/s1-dual-homed-active-active.yaml", "--at", "nva1", "--prefix", "10.0.0.0/16");
    assertThat(why.out()).contains("Selected: 2 equal paths (ECMP)", "Arrival-order dependent: rs-spoke/IN_0"
        + " (10.0.255.4), rs-spoke/IN_1 (10.0.255.5)", "arrivalOrder");
    Result table = run("bgp-table", "examples/s1-dual-homed-active-active.yaml", "--nva", "nva1");
    assertThat(table.out()).contains("~ best depends on the order paths arrived in", "*>~ 10.0.0.0/16", "*=~",
        "1 route has a best path (~) that depends on the order");
  }

  @Test
  void unknownNamesAreBadInputWithASuggestion() {
    Result r = run("effective-routes", "examples/s1-dual-homed-active-active.yaml", "--vm", "vm-spok");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no VM or NVA named \"vm-spok\"", "did you mean \"vm-spoke\"?");
  }

  @Test
  void jsonOutputIsByteIdenticalAcrossRuns() {
    Result first = run("simulate", "--format", "json", "examples/s5-expressroute-with-as-override.yaml");
    Result second = run("simulate", "--format", "json", "examples/s5-expressroute-with-as-override.yaml");
    assertThat(first.code()).isZero();
    assertThat(second.out()).isEqualTo(first.out());
  }
}
