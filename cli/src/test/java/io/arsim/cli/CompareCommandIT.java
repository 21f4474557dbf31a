package io.arsim.cli;

import static io.arsim.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arsim.cli.CliRun.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code arsim compare}, run as a user runs it, on the bundled observed samples
 * (examples/observed/): what S1 and S5 show when deployed, written from the documented shapes of
 * the az, PowerShell and FRR outputs.
 */
class CompareCommandIT {
  private static final String S1 = "examples/s1-dual-homed-active-active.yaml";
  private static final String S1_MATCH = "examples/observed/s1-dual-homed-active-active/match";
  private static final String S1_DRIFT = "examples/observed/s1-dual-homed-active-active/drift";
  private static final String S5 = "examples/s5-expressroute-with-as-override.yaml";
  private static final String S5_OBSERVED = "examples/observed/s5-expressroute-with-as-override";

  @Test
  void whatS1ShowsAsDeployedMatchesThePrediction() {
    Result r = run("compare", S1, "--observed", S1_MATCH);
    assertThat(r.code()).as("exit code; it printed:%n%s%s", r.out(), r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains(
        "rs-spoke-nva1-learned.json      rs-spoke learned from nva1    4          4         4      0",
        "rs-spoke-nva2-learned.ps.json   rs-spoke learned from nva2    4          4         4      0",
        "vm-spoke-effective-routes.json  effective routes of vm-spoke  10         10        10     0",
        "nva1-show-bgp.json              BGP table of nva1             8          8         8      0")
        .endsWith("No drift: 32 rows match." + System.lineSeparator())
        .doesNotContain("Difference  Where");
  }

  /**
   * The drift sample's story (its observed.yaml): nva1 stopped originating 192.168.0.0/16 and
   * prepends 0.0.0.0/0 twice, nva2 also originates 172.16.0.0/12, and nva1 heard rs-spoke/IN_1
   * first. Every consequence, and nothing else, is in the list.
   */
  @Test
  void driftListsEveryDifferenceOfTheChangeWindow() throws IOException {
    Result r = run("compare", S1, "--observed", S1_DRIFT, "-f", "json");
    assertThat(r.code()).as("exit code; it printed:%n%s%s", r.out(), r.err()).isEqualTo(ExitCodes.CHECK_FAILED);
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("drift").asBoolean()).isTrue();
    assertThat(root.get("matching").asInt()).isEqualTo(20);
    assertThat(root.get("counts").toString())
        .isEqualTo("{\"missing\":3,\"extra\":7,\"different\":7,\"depends-on\":2}");
    List<String> rows = new ArrayList<>();
    for (JsonNode d : root.get("differences")) {
      rows.add(String.join(" | ", d.get("kind").asText(), d.get("where").asText(), d.get("prefix").asText(),
          d.get("key").asText(), d.get("field").asText(), d.get("predicted").asText(), d.get("observed").asText()));
    }
    String in0 = "rs-spoke/IN_0 ";
    String in1 = "rs-spoke/IN_1 ";
    assertThat(rows).containsExactly(
        // nva1 prepends 0.0.0.0/0 and no longer sends 192.168.0.0/16, seen on both instances
        "different | " + in0 + "learned from nva1 | 0.0.0.0/0 | 10.1.1.4 | asPath | 65001 | 65001 65001 65001",
        "missing | " + in0 + "learned from nva1 | 192.168.0.0/16 | 10.1.1.4 |  | nextHop 10.1.1.4, asPath 65001,"
            + " origin EBgp, weight 32768 | ",
        "different | " + in1 + "learned from nva1 | 0.0.0.0/0 | 10.1.1.4 | asPath | 65001 | 65001 65001 65001",
        "missing | " + in1 + "learned from nva1 | 192.168.0.0/16 | 10.1.1.4 |  | nextHop 10.1.1.4, asPath 65001,"
            + " origin EBgp, weight 32768 | ",
        // nva2's new prefix, learned (PowerShell's merged list) and passed on to nva1
        "extra | " + in0 + "learned from nva2 | 172.16.0.0/12 | 10.2.1.4 |  |  | nextHop 10.2.1.4, asPath 65002,"
            + " origin EBgp, weight 32768",
        "extra | " + in1 + "learned from nva2 | 172.16.0.0/12 | 10.2.1.4 |  |  | nextHop 10.2.1.4, asPath 65002,"
            + " origin EBgp, weight 32768",
        "extra | " + in0 + "advertised to nva1 | 172.16.0.0/12 |  |  |  | nextHop 10.0.255.4, asPath 65515 65002,"
            + " origin EBgp, weight 0",
        "extra | " + in1 + "advertised to nva1 | 172.16.0.0/12 |  |  |  | nextHop 10.0.255.5, asPath 65515 65002,"
            + " origin EBgp, weight 0",
        // the VM: no more ECMP through nva1, and 172.16.0.0/12 through nva2 overrides the system route
        "different | effective routes of vm-spoke | 0.0.0.0/0 | VirtualNetworkGateway | nextHops | 10.1.1.4, 10.2.1.4"
            + " | 10.2.1.4",
        "different | effective routes of vm-spoke | 172.16.0.0/12 | Default | state | Active | Invalid",
        "extra | effective routes of vm-spoke | 172.16.0.0/12 | VirtualNetworkGateway |  |  | state Active,"
            + " nextHopType VirtualNetworkGateway, nextHops 10.2.1.4",
        "different | effective routes of vm-spoke | 192.168.0.0/16 | VirtualNetworkGateway | nextHops | 10.1.1.4,"
            + " 10.2.1.4 | 10.2.1.4",
        // nva1's table: IN_1 first (arrival order), the new prefix, and 192.168.0.0/16 now from the route server
        "depends-on | BGP table of nva1 | 10.0.0.0/16 | 10.0.255.4 | status | best | multipath",
        "depends-on | BGP table of nva1 | 10.0.0.0/16 | 10.0.255.5 | status | multipath | best",
        "extra | BGP table of nva1 | 172.16.0.0/12 | 10.0.255.4 |  |  | status best, nextHop 10.0.255.4, asPath 65515"
            + " 65002, origin i, weight 0",
        "extra | BGP table of nva1 | 172.16.0.0/12 | 10.0.255.5 |  |  | status multipath, nextHop 10.0.255.5, asPath"
            + " 65515 65002, origin i, weight 0",
        "missing | BGP table of nva1 | 192.168.0.0/16 | 0.0.0.0 |  | status best, nextHop 0.0.0.0, asPath (empty),"
            + " origin i, weight 32768 | ",
        "different | BGP table of nva1 | 192.168.0.0/16 | 10.0.255.4 | status | valid | best",
        "different | BGP table of nva1 | 192.168.0.0/16 | 10.0.255.5 | status | valid | multipath");
    JsonNode tied = root.get("differences").get(12);
    assertThat(tied.get("note").asText()).contains("Arrival order", "arrivalOrder");
    assertThat(tied.get("explain").asText()).endsWith("s1-dual-homed-active-active.yaml --at nva1 --prefix"
        + " 10.0.0.0/16");
    assertThat(root.get("differences").get(8).get("explain").asText()).endsWith(" --at vm-spoke --prefix 0.0.0.0/0");
    assertThat(root.get("files")).hasSize(5);
  }

  @Test
  void theTableNamesEachDifferenceAndTheCommandThatExplainsIt() {
    Result r = run("compare", S1, "--observed", S1_DRIFT);
    assertThat(r.code()).isEqualTo(ExitCodes.CHECK_FAILED);
    assertThat(r.out()).contains(
        "1   different   rs-spoke/IN_0 learned from nva1   0.0.0.0/0       10.1.1.4               asPath",
        "Why arsim predicts its row:",
        "#13, #14: arsim explain ",
        "#17-#19: arsim explain ",
        "s1-dual-homed-active-active.yaml --at nva1 --prefix 10.0.0.0/16",
        "Depends on what the design does not state:",
        "Drift: 17 differences (3 missing, 7 extra, 7 different), 20 rows match; 2 differences depend on what the"
            + " design does not state.");
  }

  /**
   * The circuit's links answer at GatewaySubnet addresses Microsoft assigned (docs/expressroute.md,
   * Addresses): depends-on, exit 0; under --strict, exit 1.
   */
  @Test
  void expressRouteAddressesMicrosoftAssignsAreNotDrift() throws IOException {
    Result r = run("compare", S5, "--observed", S5_OBSERVED, "-f", "json");
    assertThat(r.code()).as("exit code; it printed:%n%s%s", r.out(), r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("matching").asInt()).isEqualTo(41);
    assertThat(root.get("counts").toString())
        .isEqualTo("{\"missing\":0,\"extra\":0,\"different\":0,\"depends-on\":30}");
    List<String> rows = new ArrayList<>();
    for (JsonNode d : root.get("differences")) {
      rows.add(d.get("kind").asText() + " " + d.get("where").asText() + " " + d.get("prefix").asText() + " "
          + d.get("key").asText() + " " + d.get("field").asText() + " " + d.get("predicted").asText() + " -> "
          + d.get("observed").asText());
      assertThat(d.get("note").asText()).contains("Microsoft assigns GatewaySubnet addresses", "mseeAddresses");
    }
    // The VM's ExpressRoute routes go to the links at .12 and .13, not .6 and .7 ...
    assertThat(rows.subList(0, 2)).containsExactly(
        "depends-on effective routes of vm-hub1 10.2.0.0/16 VirtualNetworkGateway nextHops 10.1.254.6, 10.1.254.7"
            + " -> 10.1.254.12, 10.1.254.13",
        "depends-on effective routes of vm-hub1 172.16.0.0/16 VirtualNetworkGateway nextHops 10.1.254.6,"
            + " 10.1.254.7 -> 10.1.254.12, 10.1.254.13");
    // ... and each gateway instance learns both prefixes from both links there, and from its other instance and
    // the route server with the links as next hop: 7 values a prefix and instance.
    assertThat(rows.subList(2, 9)).containsExactly(
        "depends-on ergw-hub1/IN_0 learned routes 10.2.0.0/16 10.1.254.5 nextHop 10.1.254.6 -> 10.1.254.12",
        "depends-on ergw-hub1/IN_0 learned routes 10.2.0.0/16 10.1.254.6 sourcePeer 10.1.254.6 -> 10.1.254.12",
        "depends-on ergw-hub1/IN_0 learned routes 10.2.0.0/16 10.1.254.6 nextHop 10.1.254.6 -> 10.1.254.12",
        "depends-on ergw-hub1/IN_0 learned routes 10.2.0.0/16 10.1.254.7 sourcePeer 10.1.254.7 -> 10.1.254.13",
        "depends-on ergw-hub1/IN_0 learned routes 10.2.0.0/16 10.1.254.7 nextHop 10.1.254.7 -> 10.1.254.13",
        "depends-on ergw-hub1/IN_0 learned routes 10.2.0.0/16 10.1.255.4 nextHop 10.1.254.6 -> 10.1.254.12",
        "depends-on ergw-hub1/IN_0 learned routes 10.2.0.0/16 10.1.255.5 nextHop 10.1.254.6 -> 10.1.254.12");
    assertThat(rows).hasSize(30).allMatch(row -> row.contains("10.1.254.6 -> 10.1.254.12")
        || row.contains("10.1.254.7 -> 10.1.254.13") || row.contains("10.1.254.7 -> 10.1.254.12, 10.1.254.13"));
    JsonNode gateway = root.get("files").get(3);
    assertThat(gateway.get("shows").asText()).isEqualTo("gateway-learned-routes");
    assertThat(gateway.get("predicted").asInt()).isEqualTo(28);
    assertThat(gateway.get("observed").asInt()).isEqualTo(28);

    Result strict = run("compare", S5, "--observed", S5_OBSERVED, "--strict");
    assertThat(strict.code()).isEqualTo(ExitCodes.CHECK_FAILED);
    assertThat(strict.out()).endsWith("Drift: 41 rows match; 30 differences depend on what the design does not"
        + " state (drift under --strict)." + System.lineSeparator());
  }

  @Test
  void theSameInputPrintsTheSameBytesAndOutputFileGetsThem(@TempDir Path dir) throws IOException {
    Result first = run("compare", S1, "--observed", S1_DRIFT, "-f", "json");
    Result second = run("compare", S1, "--observed", S1_DRIFT, "-f", "json");
    assertThat(second.out()).isEqualTo(first.out());
    Path target = dir.resolve("compare.json");
    Result written = run("compare", S1, "--observed", S1_DRIFT, "-f", "json", "-O", target.toString());
    assertThat(written.code()).isEqualTo(ExitCodes.CHECK_FAILED);
    assertThat(Files.readString(target)).isEqualTo(first.out());
  }

  @Test
  void aNameTheDesignLacksIsBadInputAtItsLine(@TempDir Path dir) throws IOException {
    Path folder = copy(S1_MATCH, dir);
    Path manifest = folder.resolve("observed.yaml");
    Files.writeString(manifest, Files.readString(manifest).replace("routeServer: rs-spoke\n    peer: nva1\n  - file:"
        + " rs-spoke-nva2", "routeServer: rs-spok\n    peer: nva1\n  - file: rs-spoke-nva2")
        .replace("vm: vm-spoke", "vm: vm-spoek").replace("design: s1-dual-homed-active-active", "design: s2"));
    Result r = run("compare", S1, "--observed", folder.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains(
        manifest + ":10:18: error: files[0].routeServer: the design has no route server \"rs-spok\" [unknown-reference]",
        "fix: did you mean \"rs-spoke\"?",
        manifest + ":22:9: error: files[3].vm: the design has no VM or NVA named \"vm-spoek\"",
        "fix: did you mean \"vm-spoke\"?",
        "cannot compare (2 errors; docs/compare.md describes the observed folder and its manifest)")
        .doesNotContain("Exception", "at io.arsim");
  }

  @Test
  void aPeerTheRouteServerLacksAndAnotherDesignsManifest(@TempDir Path dir) throws IOException {
    Path folder = copy(S1_MATCH, dir);
    Path manifest = folder.resolve("observed.yaml");
    Files.writeString(manifest, Files.readString(manifest).replace("peer: nva2", "peer: nva3"));
    Result r = run("compare", S1, "--observed", folder.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("files[1].peer: rs-spoke has no peer \"nva3\"", "did you mean \"nva1\"?");

    Files.writeString(manifest, Files.readString(manifest).replace("peer: nva3", "peer: nva2")
        .replace("design: s1-dual-homed-active-active", "design: s2-dual-homed-active-passive"));
    Result other = run("compare", S1, "--observed", folder.toString());
    assertThat(other.code()).isZero();
    assertThat(other.out()).contains("warning: " + manifest + " was collected from design"
        + " \"s2-dual-homed-active-passive\", and this is \"s1-dual-homed-active-active\"");
  }

  @Test
  void aMalformedObservedFileIsBadInputAtItsLine(@TempDir Path dir) throws IOException {
    Path folder = copy(S1_MATCH, dir);
    Path learned = folder.resolve("rs-spoke-nva1-learned.json");
    String good = Files.readString(learned);
    Files.writeString(learned, good.replaceFirst("\"10.1.1.4\"", "\"10.1.1.400\""));
    Result r = run("compare", S1, "--observed", folder.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains(learned + ":7:").contains("10.1.1.400").doesNotContain("Exception");

    Files.writeString(learned, good);
    Path table = folder.resolve("nva1-show-bgp.json");
    Files.writeString(table, "{\"vrfId\": 0, \"routes\": ");
    Result broken = run("compare", S1, "--observed", folder.toString());
    assertThat(broken.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(broken.err()).contains(table + ":1:").contains("not valid JSON");
  }

  private static Path copy(String sample, Path dir) throws IOException {
    Path from = ExampleFiles.root().resolve(sample);
    Path to = dir.resolve("observed");
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
    return to;
  }
}
