package io.arsim.cli;

import static io.arsim.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.cli.CliRun.Result;
import org.junit.jupiter.api.Test;

/** trace, whatif, sweep and diff, run as a user runs them, on the bundled examples. */
class DataPlaneCommandsIT {

  @Test
  void traceFansOutOverBothNvasInS1() {
    Result r = run("trace", "examples/s1-dual-homed-active-active.yaml", "--from", "vm-spoke", "--to", "8.8.8.8");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("reaches (2 branches: ECMP fans out into each)",
        "Branch 1 of 2: vm-spoke -> nva1 -> Internet", "Branch 2 of 2: vm-spoke -> nva2 -> Internet",
        "ECMP: one of 2 equal routes");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void traceFindsTheS7Loop() {
    Result r = run("trace", "examples/s7-nva-default-route-own-nic.yaml", "--from", "nva1", "--to", "8.8.8.8",
        "-f", "json");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"outcome\" : \"LOOP\"", "\"detail\" : \"loop: nva1-nic -> nva1-nic\"");
  }

  @Test
  void traceWithReturnSaysWhetherItIsSymmetric() {
    Result r = run("trace", "examples/s1-dual-homed-active-active.yaml", "--from", "vm-spoke", "--to-vm", "vm-hub1",
        "--return");
    assertThat(r.out()).contains("Return vm-hub1 (vm-hub1-nic, 10.1.2.4) -> 10.0.1.4: reaches", "Symmetric:");
  }

  @Test
  void traceThroughTheLoadBalancerIsSymmetricAndTheTunnelIsNoLoop() {
    Result lb = run("trace", "examples/nva-firewalls-behind-ilb.yaml", "--from", "vm-spoke1", "--to-vm", "vm-spoke2",
        "--return");
    assertThat(lb.code()).isZero();
    assertThat(lb.out()).contains("Branch 1 of 1: vm-spoke1 -> ilb-fw -> fw", "through load balancer ilb-fw (frontend"
        + " 10.0.0.166, HA ports): the flow hash of 10.0.1.4 <-> 10.0.2.4 picks", "Symmetric:");
    Result tunnel = run("trace", "examples/sdwan-tunnels.yaml", "--from", "vm-hub1", "--to", "192.168.10.5");
    assertThat(tunnel.out()).contains("vm-hub1 -> sdwan1 -> beyond sdwan1 via tunnel to-branch1",
        "sdwan1 routes 192.168.10.0/24 via 169.254.0.2 (eBGP from branch1 [65100], distance 20) into tunnel"
            + " to-branch1", "=> BEYOND_NVA: leaves sdwan1 into tunnel to-branch1 (IPsec) to branch branch1")
        .doesNotContain("no matching route");
  }

  @Test
  void whatifFailsABackendAndALoadBalancer() {
    Result backend = run("whatif", "examples/nva-firewalls-behind-ilb.yaml", "--fail", "fw2");
    assertThat(backend.code()).isZero();
    assertThat(backend.out()).contains("vm-spoke1 -> ilb-fw -> fw1 -> vm-spoke2-nic", "Reachability lost: none");
    Result lb = run("whatif", "examples/nva-firewalls-behind-ilb.yaml", "--fail", "lb:ilb-fw", "-f", "json");
    assertThat(lb.code()).isZero();
    assertThat(lb.out()).contains("\"failures\" : [ \"lb:ilb-fw\" ]", "vm-spoke1 -> ilb-fw (down)");
  }

  @Test
  void whatifListsExactlyTheS3Failover() {
    Result r = run("whatif", "examples/s3-failover.yaml", "--fail", "nva1", "-f", "json");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"failures\" : [ \"nva1\" ]", "\"reachabilityLost\" : 0",
        "\"after\" : [ \"Default Invalid Internet\", \"VirtualNetworkGateway Active VirtualNetworkGateway 10.2.1.4\" ]");
    Result table = run("whatif", "examples/s3-failover.yaml", "--fail", "nva1");
    assertThat(table.out()).contains("vm-spoke-nic (vm-spoke) 0.0.0.0/0", "vm-spoke-nic (vm-spoke) 192.168.0.0/16",
        "moved   vm-spoke  0.0.0.0/0 (8.8.8.8)", "Reachability lost: none");
  }

  @Test
  void whatifRejectsUnknownNames() {
    Result r = run("whatif", "examples/s3-failover.yaml", "--fail", "nva9");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("nothing named \"nva9\"");
  }

  @Test
  void sweepPutsTheWorstFailureFirstAndPrintsNoProgressIntoPipes() {
    Result r = run("sweep", "examples/s1-dual-homed-active-active.yaml");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("5 failures (single), worst first",
        "rs-spoke       loses reachability             1     0      1       0           4");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void sweepAtDepthTwoRunsPairs() {
    Result r = run("sweep", "examples/s2-dual-homed-active-passive.yaml", "--depth", "2", "-f", "json");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"depth\" : 2", "\"failed\" : [ \"nva1\", \"nva2\" ]");
  }

  @Test
  void diffFailsOnChangeWhenAsked() {
    Result r = run("diff", "examples/s1-dual-homed-active-active.yaml", "examples/s2-dual-homed-active-passive.yaml",
        "--fail-on-change");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("rs-spoke/IN_0  learned     nva2  0.0.0.0/0       changed  10.2.1.4 [65002]");
    Result same = run("diff", "examples/s2-dual-homed-active-passive.yaml", "examples/s3-failover.yaml",
        "--fail-on-change");
    assertThat(same.code()).isZero();
    assertThat(same.out()).startsWith("No difference between");
  }

  @Test
  void traceFromOnPremisesEntersAzureAtTheGateway() {
    Result r = run("trace", "examples/s5-expressroute-with-as-override.yaml", "--from", "onprem", "--to-vm", "vm-spoke");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Trace onprem (onprem, 172.16.0.1) -> 10.0.1.4: reaches",
        "Branch 1 of 1: onprem -> er-circuit -> ergw-hub1 -> vm-spoke-nic",
        "onprem routes 10.0.0.0/16 via 192.168.100.2 (BGP from er-circuit/primary, AS path [12076])",
        "through gateway ergw-hub1/IN_0 (10.1.254.4): the packet enters VNet hub1, and the routes of its GatewaySubnet"
            + " decide (from er-circuit/primary)")
        .doesNotContain("no matching route");
    Result gateway = run("trace", "examples/s5-expressroute-with-as-override.yaml", "--from", "ergw-hub2", "--to",
        "10.0.1.4", "-f", "json");
    assertThat(gateway.code()).isZero();
    assertThat(gateway.out()).contains("\"from\" : \"ergw-hub2/IN_0\"", "\"outcome\" : \"DELIVERED\"");
    Result subnet = run("trace", "examples/s5-expressroute-with-as-override.yaml", "--from", "hub2/workload", "--to",
        "10.0.1.4");
    assertThat(subnet.out()).startsWith("Trace vm-hub2 (vm-hub2-nic, 10.2.2.4) -> 10.0.1.4: reaches");
    Result rs = run("trace", "examples/s5-expressroute-with-as-override.yaml", "--from", "rs-hub1", "--to", "10.0.1.4");
    assertThat(rs.code()).isEqualTo(2);
    assertThat(rs.err()).contains("rs-hub1 is a route server, which is not in the data path");
  }

  @Test
  void theReturnToOnPremisesShowsTheFirewallBypassed() {
    Result r = run("trace", "examples/expressroute-firewall-asymmetric.yaml", "--from", "vm-spoke", "--to",
        "172.16.0.9", "--return");
    assertThat(r.out()).contains("Return onprem (onprem, 172.16.0.9) -> 10.10.1.4: reaches",
        "Branch 1 of 1: onprem -> er-circuit -> ergw -> vm-spoke-nic", "Asymmetric:",
        "  forward through fw1 (stateful), return through no stateful NVA: a stateful NVA sees one direction only");
    Result fixed = run("trace", "examples/expressroute-firewall-gateway-subnet.yaml", "--from", "vm-spoke", "--to",
        "172.16.0.9", "--return");
    assertThat(fixed.out()).contains("Branch 1 of 1: onprem -> er-circuit -> ergw -> fw1 -> vm-spoke-nic",
        "from route spoke-via-firewall of route table rt-gateway", "Symmetric:");
  }

  @Test
  void aLoopingOrBlackholedPathIsNeverSymmetric() {
    Result r = run("trace", "examples/s7-nva-default-route-own-nic.yaml", "--from", "vm-hub1", "--to-vm", "vm-hub2",
        "--return");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("No symmetry verdict: the forward path does not reach its destination (blackhole),"
        + " so there is no round trip to compare.").doesNotContain("Symmetric:");
  }

  @Test
  void sweepCountsFirewallBypassInItsTable() {
    Result r = run("sweep", "examples/s1-dual-homed-active-active.yaml");
    assertThat(r.out()).contains("Failure        Verdict                        Lost  Moved  Bypass  Asymmetric  Sessions"
        + " down", "rs-spoke       loses reachability             1     0      1       0           4",
        "  bypasses the NVAs: vm-spoke -> 0.0.0.0/0 (8.8.8.8)");
  }

  @Test
  void explainAtOnPremisesNamesWhereTheRouteStops() {
    Result r = run("explain", "examples/s4-expressroute-without-as-override.yaml", "--at", "onprem", "--prefix",
        "10.0.0.0/16");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Where it stops, from the nearest speakers that hold it:",
        "rs-hub1/IN_0 rejects it from nva1 [65001 65515]");
    Result gateway = run("explain", "examples/s4-expressroute-without-as-override.yaml", "--at", "ergw-hub1",
        "--prefix", "10.0.0.0/16");
    assertThat(gateway.out()).startsWith("10.0.0.0/16 at ergw-hub1/IN_0 (gateway ergw-hub1, AS 65515)");
  }
}
