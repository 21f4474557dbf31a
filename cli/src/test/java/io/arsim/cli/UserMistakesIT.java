package io.arsim.cli;

import static io.arsim.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.cli.CliRun.Result;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes a user makes on the command line are bad input (exit 2) with a message that says what
 * is wrong, never "a bug in arsim" (exit 3); a design that does not converge names its file.
 */
class UserMistakesIT {
  private static final String S1 = "examples/s1-dual-homed-active-active.yaml";

  @TempDir Path dir;

  private static void badInput(Result result, String message) {
    assertThat(result.code()).as(result.err()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).contains(message).doesNotContain("internal error").doesNotContain("Exception");
  }

  @Test
  void anOutputFileThatCannotBeWrittenIsBadInput() throws IOException {
    badInput(run("schema", "--output-file", dir.toString()), "cannot write " + dir + ": it is a folder");
    Path file = Files.writeString(dir.resolve("plain.txt"), "x");
    badInput(run("schema", "--output-file", file.resolve("schema.json").toString()),
        "cannot write " + file.resolve("schema.json") + ": " + file + " is a file, not a folder");
    badInput(run("diagram", S1, "--output-file", file.resolve("d.dot").toString()), "is a file, not a folder");
    assertThat(AtomicFiles.reason(new AccessDeniedException("x"), dir))
        .as("a read-only folder (not testable as root, which may write anywhere)")
        .isEqualTo("permission denied (you may not write to " + dir + ")");
  }

  @Test
  void absurdThreadCountsAreBadInput() {
    badInput(run("simulate", S1, "--threads", "100000"),
        "--threads 100000 is out of range; use 1..1024, or 0 for one per processor");
    badInput(run("simulate", S1, "--threads", "-3"), "threads must be at least 1, got -3");
    assertThat(run("simulate", S1, "--threads", "1024", "-q").code()).isZero();
  }

  @Test
  void anInstanceThatDoesNotExistIsRejectedNotReportedEmpty() {
    Result result = run("routes", S1, "--route-server", "rs-spoke", "--peer", "nva1", "--learned", "--instance", "2");
    badInput(result, "--instance 2: a route server or gateway has two instances, 0 and 1");
    assertThat(result.out()).doesNotContain("No routes");
  }

  @Test
  void theInputSizeLimitIsAnOptionOfEveryCommandThatReadsADesign() {
    for (String[] command : new String[][] {
        {"validate", S1}, {"simulate", S1}, {"lint", S1}, {"diff", S1, S1},
        {"routes", S1, "--route-server", "rs-spoke", "--peer", "nva1", "--learned"}}) {
      String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command),
          java.util.stream.Stream.of("--max-input-size", "1K")).toArray(String[]::new);
      Result result = run(args);
      assertThat(result.code()).as(String.join(" ", command)).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(result.err()).as(String.join(" ", command)).contains("arsim reads at most 1 KiB (1,024 bytes)")
          .contains("[file-too-large]");
    }
    assertThat(run("validate", S1, "--max-input-size=64M").code()).isZero();
    badInput(run("validate", S1, "--max-input-size", "lots"), "\"lots\" is not a size");
  }

  /** Griffin, Shepherd and Wilfong's "bad gadget": each NVA prefers the path through its clockwise neighbour. */
  static String badGadget() {
    StringBuilder out = new StringBuilder("""
        name: bad-gadget
        virtualNetworks:
          - name: lab
            location: westeurope
            addressSpace: [10.0.0.0/16]
            subnets:
              - {name: routers, addressPrefix: 10.0.0.0/24}
        networkVirtualAppliances:
        """);
    for (int i = 0; i < 4; i++) {
      out.append("  - name: nva").append(i).append("\n    asn: ").append(65000 + i)
          .append("\n    networkInterfaces:\n      - {subnet: lab/routers, privateIpAddress: 10.0.0.1").append(i)
          .append(", enableIpForwarding: true}\n");
      if (i == 0) {
        out.append("    networks: [10.99.0.0/16]\n");
      }
      out.append("    bgpNeighbors:\n");
      for (int j = 0; j < 4; j++) {
        if (i != j) {
          int clockwise = i % 3 + 1;
          out.append("      - {peerIp: 10.0.0.1").append(j).append(", peerAsn: ").append(65000 + j)
              .append(i > 0 && j == clockwise ? ", importPolicies: [longer-via-" + j + ", two-hop-via-" + j + "]" : "")
              .append("}\n");
        }
      }
    }
    out.append("policies:\n");
    for (int j = 1; j <= 3; j++) {
      out.append("  - {name: two-hop-via-").append(j).append(", type: local-preference, config: {value: 200, match: ")
          .append("{asPathRegex: \"^").append(65000 + j).append(" 65000$\"}}}\n");
      out.append("  - {name: longer-via-").append(j).append(", type: local-preference, config: {value: 50, match: ")
          .append("{asPathRegex: \"^").append(65000 + j).append(" [0-9]+ [0-9]+\"}}}\n");
    }
    return out.toString();
  }

  @Test
  void aDesignThatDoesNotConvergeNamesItsFileSoDiffSaysWhichSide() throws IOException {
    Path gadget = Files.writeString(dir.resolve("gadget.yaml"), badGadget());
    Result simulate = run("simulate", gadget.toString());
    assertThat(simulate.code()).isEqualTo(ExitCodes.CHECK_FAILED);
    assertThat(simulate.err()).startsWith(gadget + ": the network does not converge");
    Result diff = run("diff", S1, gadget.toString());
    assertThat(diff.code()).isEqualTo(ExitCodes.CHECK_FAILED);
    assertThat(diff.err()).startsWith(gadget + ": the network does not converge")
        .doesNotContain("s1-dual-homed-active-active.yaml:");
  }
}
