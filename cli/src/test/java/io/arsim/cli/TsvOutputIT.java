package io.arsim.cli;

import static io.arsim.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.cli.CliRun.Result;
import io.arsim.cli.render.TextTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --output tsv}: the rows of the command's tables, tab-separated, no header. */
class TsvOutputIT {

  private static List<String> lines(String text) {
    return text.lines().toList();
  }

  @Test
  void textTableRendersRowsWithoutHeader() {
    TextTable t = new TextTable("A", "B").row("x", 1).row("tab\there", "line\nbreak");
    assertThat(t.renderTsv()).isEqualTo("x\t1" + System.lineSeparator() + "tab here\tline break" + System.lineSeparator());
    assertThat(t.renderTsv("kind")).startsWith("kind\tx\t1");
    assertThat(new TextTable("A").renderTsv()).isEmpty();
  }

  @Test
  void effectiveRoutesAreRowsOnly() {
    Result r = run("effective-routes", "examples/s1-dual-homed-active-active.yaml", "--vm", "vm-spoke", "-f", "tsv");
    assertThat(r.code()).isZero();
    assertThat(lines(r.out())).contains("VirtualNetworkGateway\tActive\t0.0.0.0/0\tVirtualNetworkGateway\t10.1.1.4",
        "Default\tInvalid\t0.0.0.0/0\tInternet\t");
    assertThat(r.out()).doesNotContain("Source", "Effective routes of");
    assertThat(lines(r.out())).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(5));
  }

  @Test
  void simulatePrefixesEachRowWithItsTable() {
    Result r = run("simulate", "examples/s1-dual-homed-active-active.yaml", "--format", "tsv");
    assertThat(r.code()).isZero();
    assertThat(lines(r.out())).contains("session\tnva1\t10.1.1.4\trs-spoke/IN_0\t10.0.255.4\tEstablished\t-");
    assertThat(lines(r.out())).anyMatch(l -> l.startsWith("speaker\tnva1\t"));
    assertThat(lines(r.out())).allMatch(l -> l.startsWith("session\t") || l.startsWith("speaker\t"));
  }

  @Test
  void routesAndBgpTableAndSweep() {
    Result routes = run("routes", "examples/s1-dual-homed-active-active.yaml", "--route-server", "rs-spoke", "--peer",
        "nva2", "--learned", "--instance", "1", "-f", "tsv");
    assertThat(routes.code()).isZero();
    assertThat(lines(routes.out())).contains("10.0.255.5\t0.0.0.0/0\t10.2.1.4\t10.2.1.4\tEBgp\t65002\t32768");
    Result bgp = run("bgp-table", "examples/s1-dual-homed-active-active.yaml", "--speaker", "nva1", "-f", "tsv");
    assertThat(bgp.code()).as(bgp.err()).isZero();
    assertThat(lines(bgp.out())).isNotEmpty().allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(7));
    assertThat(bgp.out()).doesNotContain("BGP table of", "Displayed");
    Result sweep = run("sweep", "examples/s1-dual-homed-active-active.yaml", "-f", "tsv");
    assertThat(sweep.code()).isZero();
    assertThat(lines(sweep.out())).isNotEmpty().allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(7));
  }

  @Test
  void commandsWithoutATableRejectTsv() {
    Result r = run("validate", "examples/s1-dual-homed-active-active.yaml", "-f", "tsv");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("-f tsv: arsim validate prints table or json").doesNotContain("az");
    Result trace = run("trace", "examples/s1-dual-homed-active-active.yaml", "--from", "vm-spoke", "--to", "8.8.8.8",
        "-f", "tsv");
    assertThat(trace.code()).isEqualTo(2);
  }
}
