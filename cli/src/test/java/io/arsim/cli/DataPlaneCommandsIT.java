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
        "rs-spoke       loses reachability             1     1      0           4");
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
}
