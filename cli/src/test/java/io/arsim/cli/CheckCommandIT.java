package io.arsim.cli;

import static io.arsim.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arsim.cli.CliRun.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** {@code arsim check}, run as a user runs it, on the bundled examples and their intents files. */
class CheckCommandIT {
  private static final Path ROOT = ExampleFiles.root();

  /** Every intents file in examples/intents/ holds on the design of the same name. */
  @TestFactory
  Stream<DynamicTest> everyExamplesIntentsHold() throws IOException {
    List<Path> files = ExampleFiles.topologies(ROOT.resolve("examples/intents"));
    assertThat(files).as("intents files").hasSizeGreaterThanOrEqualTo(15);
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      tests.add(dynamicTest(name, () -> {
        assertThat(ROOT.resolve("examples").resolve(name)).as("the design of %s", name).exists();
        Result r = run("check", "examples/" + name, "--intents", "examples/intents/" + name);
        assertThat(r.code()).as("exit code; it printed:%n%s%s", r.out(), r.err()).isZero();
        assertThat(r.out()).contains(" hold (").doesNotContain("BROKEN", "warning:");
        assertThat(r.err()).isEmpty();
      }));
    }
    return tests.stream();
  }

  /** S5's intents fail on S4, which lacks as-override (facts 5): exit 1, with where and why. */
  @Test
  void s5IntentsFailOnS4() {
    Result r = run("check", "examples/s4-expressroute-without-as-override.yaml", "--intents",
        "examples/intents/s5-expressroute-with-as-override.yaml");
    assertThat(r.code()).isEqualTo(ExitCodes.CHECK_FAILED);
    assertThat(r.out()).contains(
        "on design s4-expressroute-without-as-override: 3 of 5 hold, 2 broken (9 design runs: nothing failed, and 8"
            + " failure scenarios)",
        "warning: the intents are written for design \"s5-expressroute-with-as-override\", and this is"
            + " \"s4-expressroute-without-as-override\"",
        "BROKEN  spoke-reaches-onprem-through-an-nva",
        "BROKEN onprem-reaches-spoke: onprem -> vm-spoke, under 8 listed failures",
        "onprem -> vm-spoke: does not reach it: blackhole: onprem has no route to 10.0.1.4 in its BGP table",
        "--from onprem --to 10.0.1.4",
        "--at onprem --prefix 10.0.0.0/16");
  }

  @Test
  void jsonCarriesEveryViolationWithItsTrace() throws IOException {
    Result r = run("check", "examples/expressroute-firewall-asymmetric.yaml", "--intents",
        "examples/intents/expressroute-firewall-gateway-subnet.yaml", "-f", "json");
    assertThat(r.code()).isEqualTo(ExitCodes.CHECK_FAILED);
    JsonNode root = new ObjectMapper().readTree(r.out());
    List<String> fields = new ArrayList<>();
    root.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("design", "intents", "passed", "held", "broken", "scenarios", "warnings",
        "results");
    JsonNode first = root.get("results").get(0);
    List<String> resultFields = new ArrayList<>();
    first.fieldNames().forEachRemaining(resultFields::add);
    assertThat(resultFields).containsExactly("name", "from", "to", "expect", "through", "notThrough", "symmetric",
        "under", "failed", "held", "scenarios", "checked", "skipped", "violations");
    assertThat(first.get("held").asBoolean()).isFalse();
    // Nothing failed, then each of the four listed failures: the same asymmetry in all five runs.
    assertThat(first.get("violations")).hasSize(5);
    JsonNode v = first.get("violations").get(0);
    List<String> violationFields = new ArrayList<>();
    v.fieldNames().forEachRemaining(violationFields::add);
    assertThat(violationFields).containsExactly("failed", "from", "to", "address", "problem", "trace", "roundTrip",
        "traceCommand", "explainCommand");
    assertThat(v.get("roundTrip").get("symmetry").asText()).isEqualTo("asymmetric");
    assertThat(v.get("traceCommand").asText()).endsWith(" --from vm-spoke --to 172.16.0.1 --return");
    assertThat(root.get("results").get(2).get("held").asBoolean()).isTrue();
  }

  @Test
  void aBadIntentsFileIsBadInputAtItsPlace(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "intents:\n  - name: a\n    from: vm-spok\n    to: internet\n    expect: reachable\n"
        + "    thruogh: nva1\n", StandardCharsets.UTF_8);
    Result r = run("check", "examples/s1-dual-homed-active-active.yaml", "--intents", file.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains(file + ":6:5: error: intents[a].thruogh: \"thruogh\" is not a property of an"
        + " intent [unknown-property]\n  fix: did you mean \"through\"?");
    // Names are checked against the design once the file reads.
    Files.writeString(file, "intents:\n  - name: a\n    from: vm-spok\n    to: internet\n", StandardCharsets.UTF_8);
    Result names = run("check", "examples/s1-dual-homed-active-active.yaml", "--intents", file.toString());
    assertThat(names.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(names.err()).contains(file + ":3:11: error: intents[a].from: the design has no VM, NVA, NIC, subnet,"
        + " VNet, on-premises site, branch or gateway named \"vm-spok\" [unknown-endpoint]\n  fix: did you mean"
        + " \"vm-spoke\"?");
    Result missing = run("check", "examples/s1-dual-homed-active-active.yaml", "--intents", dir.resolve("none.yaml")
        .toString());
    assertThat(missing.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(missing.err()).contains("none.yaml: error: no such file [file-not-found]");
    assertThat(r.err() + names.err() + missing.err()).doesNotContain("Exception", "io.arsim");
  }

  /** examples/intents/invalid/: each broken file and the messages arsim prints for it, in its .expected twin. */
  @TestFactory
  Stream<DynamicTest> everyInvalidIntentsFileFailsWithTheExpectedMessages() throws IOException {
    List<Path> files = ExampleFiles.topologies(ROOT.resolve("examples/intents/invalid"));
    assertThat(files).isNotEmpty();
    return files.stream().map(file -> dynamicTest(file.getFileName().toString(), () -> {
      String relative = ExampleFiles.relative(ROOT, file);
      String base = relative.substring(0, relative.lastIndexOf('.'));
      String expected = ExampleFiles.normalise(Files.readString(ROOT.resolve(base + ".expected"),
          StandardCharsets.UTF_8));
      Result r = run("check", "examples/s5-expressroute-with-as-override.yaml", "--intents", relative);
      assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(ExampleFiles.normalise(r.err().replace(ROOT + "/", ""))).isEqualTo(expected);
    }));
  }

  @Test
  void allShowsEveryViolation() {
    Result shown = run("check", "examples/s4-expressroute-without-as-override.yaml", "--intents",
        "examples/intents/s1-dual-homed-active-active.yaml");
    Result all = run("check", "examples/s4-expressroute-without-as-override.yaml", "--intents",
        "examples/intents/s1-dual-homed-active-active.yaml", "--all");
    assertThat(all.code()).isEqualTo(ExitCodes.CHECK_FAILED);
    assertThat(all.out().length()).isGreaterThanOrEqualTo(shown.out().length());
    assertThat(all.out()).doesNotContain("... and ");
  }
}
