package io.arsim.cli;

import static io.arsim.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.cli.CliRun.Result;
import org.junit.jupiter.api.Test;

/** {@code arsim lint}, run as a user runs it, on the bundled examples (with the ExpressRoute module installed). */
class LintCommandIT {

  @Test
  void s4ReportsTheMissingAsOverrideOnEverySessionAndFails() {
    Result r = run("lint", "examples/s4-expressroute-without-as-override.yaml");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains(
        "error [missing-as-override] nva1 -> rs-hub1",
        "error [missing-as-override] nva1 -> rs-spoke",
        "error [missing-as-override] nva2 -> rs-hub2",
        "error [missing-as-override] nva2 -> rs-spoke",
        "172.16.0.0/16 [65001 65515 12076 65050]",
        "fix: add as-override",
        "4 error(s), 0 warning(s)");
  }

  @Test
  void s5IsCleanAndPasses() {
    Result r = run("lint", "examples/s5-expressroute-with-as-override.yaml");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("0 error(s), 0 warning(s), 0 note(s) - lint passed").doesNotContain("as-override]");
  }

  @Test
  void warningsFailOnlyWithStrict() {
    // S7: nva1's NIC points 0.0.0.0/0 at itself (a warning); the routes its dual-homing makes the route
    // servers drop are prefixes of peered VNets, never programmed, so they are no error.
    Result warnOnly = run("lint", "examples/s1-dual-homed-active-active.yaml", "--strict");
    assertThat(warnOnly.code()).isZero();
    Result s7 = run("lint", "examples/s7-nva-default-route-own-nic.yaml");
    assertThat(s7.out()).contains("warning [nva-route-to-itself] NIC nva1-nic of nva1 (10.1.1.4)",
        "UDR 0.0.0.0/0 -> Internet", "0 error(s), 2 warning(s)").doesNotContain("missing-as-override");
    assertThat(s7.code()).isZero();
    assertThat(run("lint", "--strict", "examples/s7-nva-default-route-own-nic.yaml").code()).isEqualTo(1);
  }

  @Test
  void jsonListsTheFindings() {
    Result r = run("lint", "--format", "json", "examples/er-route-limit-standard.yaml");
    assertThat(r.code()).isEqualTo(1);
    // One prefix-limit finding for the circuit, one session-down per link (primary and secondary).
    assertThat(r.out()).contains("\"errors\" : 3", "\"rule\" : \"prefix-limit\"", "\"subject\" : \"onprem -> er-circuit\"",
        "\"subject\" : \"er-circuit/primary - onprem\"", "\"subject\" : \"er-circuit/secondary - onprem\"",
        "\"failed\" : true");
  }

  @Test
  void routeTablesMicrosoftWarnsAgainstAreReported() {
    Result r = run("lint", "examples/gateway-subnet-route-tables.yaml");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains(
        "warning [gateway-subnet-route-table] spoke/GatewaySubnet (route table rt-gateway)\n"
            + "  UDR default-via-nva1 sends 0.0.0.0/0 from the GatewaySubnet to VirtualAppliance",
        "route table rt-gateway turns gateway-route propagation off on the GatewaySubnet",
        "UDR spoke-via-nva1 (10.0.0.0/16 -> VirtualAppliance 10.1.1.4) also sends the RouteServerSubnet 10.0.255.0/27",
        "fix: add a UDR 10.0.255.0/27 -> VnetLocal",
        "warning [next-hop-not-forwarding] route table rt-workload, UDR branches-via-vm\n"
            + "  192.168.0.0/16 -> VirtualAppliance 10.0.1.5: NIC vm-app-nic of vm-app does not enable IP forwarding",
        "warning [next-hop-not-forwarding] route table rt-workload, UDR partners-via-ilb\n"
            + "  172.16.0.0/12 -> VirtualAppliance 10.0.1.100: nothing of the design answers on 10.0.1.100",
        "0 error(s), 6 warning(s), 0 note(s) - lint passed");
    assertThat(run("lint", "--strict", "examples/gateway-subnet-route-tables.yaml").code()).isEqualTo(1);
  }

  @Test
  void premiumCircuitPasses() {
    assertThat(run("lint", "examples/er-route-limit-premium.yaml").code()).isZero();
  }
}
