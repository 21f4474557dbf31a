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
    assertThat(run("diagram", file, "--format", "png").err()).contains("--output-file");
    assertThat(run("diagram", file, "--prefix", "nope").code()).isEqualTo(2);
  }
}
