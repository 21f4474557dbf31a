package io.arsim.cli;

import static io.arsim.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.cli.CliRun.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DiagramCommandTest {

  private static String example(String name) {
    return SchemaCommandTest.repositoryRoot().resolve(Path.of("examples", name)).toString();
  }

  @Test
  void s1HasClustersSessionsAndPeerings() {
    Result r = run("diagram", example("s1-dual-homed-active-active.yaml"));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("digraph ")
        .contains("subgraph \"cluster_spoke\"", "subgraph \"cluster_hub1\"", "subgraph \"cluster_hub2\"")
        .contains("label=\"spoke\\nwesteurope\\n10.0.0.0/16\"")
        .contains("\"nva1\" -> \"rs-spoke/IN_0\" [color=\"green4\"", "\"nva1\" -> \"rs-spoke/IN_1\" [color=\"green4\"",
            "\"nva2\" -> \"rs-spoke/IN_0\" [color=\"green4\"", "\"nva2\" -> \"rs-spoke/IN_1\" [color=\"green4\"")
        .contains("\"vnet:hub1\" -> \"vnet:spoke\"", "\"vnet:hub2\" -> \"vnet:spoke\"");
    assertThat(r.out().lines().filter(l -> l.contains("color=\"green4\"")).count()).isEqualTo(4);
    assertThat(r.out().lines().filter(l -> l.contains("style=\"dashed\"")).count()).isEqualTo(2);
  }

  @Test
  void downSessionIsRedWithItsReason() {
    Result r = run("diagram", example("s6-route-limit.yaml"));
    assertThat(r.code()).as(r.err()).isZero();
    String session = r.out().lines().filter(l -> l.startsWith("  \"nva1\" -> \"rs-spoke/IN_0\"")).findFirst()
        .orElseThrow();
    assertThat(session).contains("color=\"red\"", "the limit is 4000 routes per peer");
  }

  @Test
  void outputIsDeterministic() {
    String file = example("s5-expressroute-with-as-override.yaml");
    assertThat(run("diagram", file, "--prefix", "172.16.0.0/16").out())
        .isEqualTo(run("diagram", file, "--prefix", "172.16.0.0/16").out());
    assertThat(run("diagram", file).out()).isEqualTo(run("diagram", file).out())
        .contains("ergw-hub1/IN_0", "ergw-hub1/IN_1", "onprem")
        // The circuit's links sit outside every VNet's cluster, at their addresses toward on-premises.
        .contains("\n  \"er-circuit/primary\" [", "Microsoft edge (MSEE), AS 12076\\n192.168.100.2")
        .contains("\n  \"er-circuit/secondary\" [", "Microsoft edge (MSEE), AS 12076\\n192.168.100.6");
  }

  @Test
  void highlightTraceMarksTheHops() {
    Result r = run("diagram", example("s1-dual-homed-active-active.yaml"), "--highlight-trace", "vm-spoke:8.8.8.8");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"vm-spoke\" -> \"nva1\" [color=\"blue\"", "\"vm-spoke\" -> \"nva2\" [color=\"blue\"")
        .contains("\"trace: Internet\"");
    assertThat(r.out().lines().filter(l -> l.contains("\"vm-spoke\" [")).findFirst().orElseThrow())
        .contains("color=\"blue\"");
  }

  @Test
  void prefixOverlayColoursTheSpeakers() {
    Result r = run("diagram", example("s5-expressroute-with-as-override.yaml"), "--prefix", "172.16.0.0/16");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("darkorange");
  }

  @Test
  void badOptionsExitTwo() {
    String file = example("s1-dual-homed-active-active.yaml");
    assertThat(run("diagram", file, "--highlight-trace", "vm-spoke").code()).isEqualTo(2);
    assertThat(run("diagram", file, "--format", "png").err()).contains("add -O FILE");
    assertThat(run("diagram", file, "--prefix", "nope").code()).isEqualTo(2);
  }

  @Test
  void loadBalancersAndTunnelsAreDrawn() {
    Result lb = run("diagram", example("nva-firewalls-behind-ilb.yaml"), "--highlight-trace", "vm-spoke1:vm-spoke2");
    assertThat(lb.code()).as(lb.err()).isZero();
    assertThat(lb.out()).contains("\"lb:ilb-fw\" [", "shape=\"invtrapezium\"", "internal load balancer\\n10.0.0.166\\nHA ports")
        .contains("\"lb:ilb-fw\" -> \"fw1\" [arrowhead=\"none\", color=\"steelblue\"",
            "\"lb:ilb-fw\" -> \"fw2\" [arrowhead=\"none\", color=\"steelblue\"")
        .contains("\"vm-spoke1\" -> \"lb:ilb-fw\" [color=\"blue\"");
    Result tunnels = run("diagram", example("sdwan-tunnels.yaml"));
    assertThat(tunnels.code()).as(tunnels.err()).isZero();
    assertThat(tunnels.out()).contains("\"sdwan1\" -> \"branch1\" [color=\"purple\"", "label=\"to-branch1 (IPsec)\"",
        "\"sdwan1\" -> \"sdwan2\" [color=\"purple\"", "branch, AS 65100\\n203.0.113.10");
    // The NVA is drawn in its VNet with its NIC address, not at its tunnel address.
    assertThat(tunnels.out()).contains("\"sdwan1\" [fillcolor=\"#fff3bf\", fontname=\"Helvetica\", label=\"sdwan1\\nNVA,"
        + " AS 65010\\n10.1.1.4\"");
    assertThat(tunnels.out().lines().filter(l -> l.contains("color=\"purple\"")).count()).isEqualTo(2);
  }
}
