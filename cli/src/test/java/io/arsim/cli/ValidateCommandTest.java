package io.arsim.cli;

import static io.arsim.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.cli.CliRun.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  @Test
  void validFileExitsZeroAndSaysSo(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("ok.yaml");
    Files.writeString(file, "name: empty-design\n");
    Result result = run("validate", file.toString());
    assertThat(result.code()).isZero();
    assertThat(result.out()).isEqualTo(file + ": valid (0 errors, 0 warnings)" + System.lineSeparator());
    assertThat(result.err()).isEmpty();
  }

  @Test
  void invalidFileExitsTwoWithoutStackTrace(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "name: x\nvirtualNetworks:\n  - name: a\n    location: westeurope\n"
        + "    addressSpace: [10.1.0.0/33]\n");
    Result result = run("validate", file.toString());
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err())
        .contains(file + ":5:20: error: virtualNetworks[a].addressSpace[0]: \"10.1.0.0/33\" is not a valid IPv4"
            + " prefix: length 33 is out of range")
        .contains("[invalid-value]")
        .doesNotContain("Exception", "\tat ");
  }

  @Test
  void warningsFailOnlyWithStrict(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("warn.yaml");
    Files.writeString(file, "name: x\nvirtualNetworks:\n  - name: a\n    location: westeurope\n"
        + "    addressSpace: [10.1.0.0/16]\n    virtualNetworkPeerings:\n      - remoteVirtualNetwork: b\n"
        + "  - name: b\n    location: westeurope\n    addressSpace: [10.2.0.0/16]\n");
    assertThat(run("validate", file.toString()).code()).isZero();
    Result strict = run("validate", "--strict", file.toString());
    assertThat(strict.code()).isEqualTo(1);
    assertThat(strict.err()).contains("warning:", "[one-sided-peering]");
  }

  @Test
  void missingFileIsBadInput() {
    Result result = run("validate", "no/such/file.yaml");
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("no/such/file.yaml: error: no such file [file-not-found]");
  }

  @Test
  void jsonOutputListsProblemsWithLocations(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"name\": \"x\", \"virtualNetwork\": []}");
    Result result = run("validate", "--format", "json", file.toString());
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.out()).contains("\"valid\" : false", "\"code\" : \"unknown-property\"", "\"line\" : 1",
        "did you mean `virtualNetworks`?");
  }

  @Test
  void sameInputGivesByteIdenticalOutput(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "name: x\nfoo: 1\nbar: 2\nvirtualNetworks:\n  - name: a\n    addressSpace: [10.0.0.0/8]\n");
    Result first = run("validate", file.toString());
    Result second = run("validate", file.toString());
    assertThat(second).isEqualTo(first);
  }

  @Test
  void quietPrintsNothingForAValidFileWhereverTheOptionStands(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("ok.yaml");
    Files.writeString(file, "name: empty-design\n");
    for (String[] args : new String[][] {{"validate", "--quiet", file.toString()}, {"--quiet", "validate", file.toString()},
        {"-q", "validate", file.toString()}}) {
      Result result = run(args);
      assertThat(result.code()).isZero();
      assertThat(result.out()).isEmpty();
      assertThat(result.err()).isEmpty();
    }
  }

  @Test
  void quietSimulateLeavesOutTheWarningsSection(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("warn.yaml");
    Files.writeString(file, "name: x\nvirtualNetworks:\n  - name: a\n    location: westeurope\n"
        + "    addressSpace: [10.1.0.0/16]\n    virtualNetworkPeerings:\n      - remoteVirtualNetwork: b\n"
        + "  - name: b\n    location: westeurope\n    addressSpace: [10.2.0.0/16]\n");
    assertThat(run("simulate", file.toString()).out()).contains("Warnings", "[one-sided-peering]");
    assertThat(run("--quiet", "simulate", file.toString()).out()).doesNotContain("Warnings").contains("Speakers");
  }
}
