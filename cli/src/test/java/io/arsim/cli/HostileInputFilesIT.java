package io.arsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.cli.CliRun.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file arsim reads, not only the design, is refused in words when it is not a regular file:
 * a link to {@code /dev/zero} (which would exhaust memory), a named pipe (which would hang) or a
 * folder. Each is bad input (exit 2), names the file, prints no stack trace and writes nothing.
 */
class HostileInputFilesIT {
  private static final String S1 = "examples/s1-dual-homed-active-active.yaml";
  private static final String MATCH = "examples/observed/s1-dual-homed-active-active/match";

  @TempDir Path dir;

  /** The hostile stand-ins: a link to /dev/zero, a named pipe, a folder (where the system has them). */
  private List<Path> hostile(String name) throws IOException, InterruptedException {
    Path base = Files.createDirectories(dir.resolve("h-" + name.replace('.', '-')));
    List<Path> files = new ArrayList<>();
    if (Files.exists(Path.of("/dev/zero"))) {
      files.add(Files.createSymbolicLink(Files.createDirectories(base.resolve("zero")).resolve(name),
          Path.of("/dev/zero")));
    }
    Path pipe = Files.createDirectories(base.resolve("pipe")).resolve(name);
    try {
      if (new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0) {
        files.add(pipe);
      }
    } catch (IOException e) {
      // no mkfifo here: the other cases still run
    }
    files.add(Files.createDirectories(base.resolve("folder").resolve(name)));
    return files;
  }

  private DynamicTest refused(String label, Path file, Path output, String... args) {
    return DynamicTest.dynamicTest(label + " (" + kind(file) + ")", () -> {
      Result result = CliRun.run(args);
      String all = result.out() + result.err();
      assertThat(result.code()).as(all).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(result.err()).as(all).contains(file.toString()).contains("[not-a-file]")
          .doesNotContain("internal error").doesNotContain("\tat ").doesNotContain("Exception")
          .doesNotContain("OutOfMemory");
      assertThat(NoInternalsInMessagesIT.internals(all)).as(all).isEmpty();
      if (output != null) {
        assertThat(output).as("nothing is written for -O").doesNotExist();
      }
    });
  }

  private static String kind(Path file) {
    return Files.isSymbolicLink(file) ? "link to /dev/zero" : Files.isDirectory(file) ? "folder" : "named pipe";
  }

  @TestFactory
  Stream<DynamicTest> everyInputRefusesWhatIsNotARegularFile() throws Exception {
    Path root = SchemaCommandTest.repositoryRoot();
    Path out = dir.resolve("out.yaml");
    List<DynamicTest> tests = new ArrayList<>();
    for (Path f : hostile("intents.yaml")) {
      tests.add(refused("check --intents", f, out, "check", S1, "--intents", f.toString(), "-O", out.toString()));
      tests.add(refused("report --intents", f, dir.resolve("r.html"), "report", S1, "--intents", f.toString(), "-O",
          dir.resolve("r.html").toString()));
    }
    for (Path f : hostile("template.json")) {
      tests.add(refused("import arm", f, out, "import", "arm", f.toString(), "-O", out.toString()));
    }
    for (Path f : hostile("params.json")) {
      tests.add(refused("import arm --parameters", f, out, "import", "arm", "examples/import/hub-spoke.json",
          "--parameters", f.toString(), "-O", out.toString()));
    }
    for (Path f : hostile("vnets.json")) {
      tests.add(refused("import az", f, out, "import", "az", f.toString(), "-O", out.toString()));
    }
    for (Path f : hostile("plan.json")) {
      tests.add(refused("import terraform", f, out, "import", "terraform", f.toString(), "-O", out.toString()));
    }
    for (Path f : hostile("nva1.conf")) {
      tests.add(refused("import --nva-config", f, out, "import", "terraform", "examples/import/terraform-show.json",
          "--nva-config", "nva1=" + f, "-O", out.toString()));
    }
    for (String observed : List.of("rs-spoke-nva1-learned.json", "vm-spoke-effective-routes.json",
        "nva1-show-bgp.json", "observed.yaml")) {
      Function<Path, Path> folder = f -> copyReplacing(root.resolve(MATCH), f.getParent().resolve("observed"),
          observed, f);
      for (Path f : hostile(observed)) {
        Path observedDir = folder.apply(f);
        Path placed = observedDir.resolve(observed);
        tests.add(refused("compare, observed " + observed, placed, null, "compare", S1, "--observed",
            observedDir.toString()));
      }
    }
    return tests.stream();
  }

  @org.junit.jupiter.api.Test
  void importHasItsOwnSizeLimit() {
    Path out = dir.resolve("small.yaml");
    Result result = CliRun.run("import", "arm", "examples/import/hub-spoke.json", "--max-input-size", "1K", "-O",
        out.toString());
    assertThat(result.code()).as(result.err()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).contains("hub-spoke.json").contains("arsim reads at most 1 KiB (1,024 bytes) per ARM"
        + " template").contains("--max-input-size").contains("[file-too-large]");
    assertThat(out).doesNotExist();
    Result larger = CliRun.run("import", "arm", "examples/import/hub-spoke.json", "--parameters",
        "examples/import/hub-spoke.parameters.json", "--max-input-size", "256M", "-O", out.toString());
    assertThat(larger.code()).as(larger.err()).isZero();
    assertThat(out).exists();
  }

  /** A copy of {@code from} in {@code to}, with {@code name} moved in from {@code hostile}. */
  private static Path copyReplacing(Path from, Path to, String name, Path hostile) {
    try {
      Files.createDirectories(to);
      try (Stream<Path> files = Files.list(from)) {
        for (Path f : files.toList()) {
          if (!f.getFileName().toString().equals(name)) {
            Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
      Files.move(hostile, to.resolve(name));
      return to;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
