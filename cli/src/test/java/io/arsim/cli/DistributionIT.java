package io.arsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The distribution that {@code mvn package} builds (cli/target/arsim-VERSION/ and its zip), run
 * through its own {@code bin/arsim} launcher as a user runs it. Failsafe runs this after package.
 */
class DistributionIT {
  private static Path root;
  private static Path dist;
  private static String version;

  private record Result(int code, String out) {}

  @BeforeAll
  static void findTheDistribution() throws IOException {
    root = SchemaCommandTest.repositoryRoot();
    Path target = root.resolve("cli/target");
    try (Stream<Path> entries = Files.list(target)) {
      List<Path> dists = entries.filter(p -> p.getFileName().toString().startsWith("arsim-"))
          .filter(p -> Files.isRegularFile(p.resolve("bin/arsim"))).toList();
      assertThat(dists).as("one distribution folder in " + target).hasSize(1);
      dist = dists.get(0);
    }
    version = dist.getFileName().toString().substring("arsim-".length());
  }

  private static Result run(String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of(dist.resolve("bin/arsim").toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("bin/arsim finished").isTrue();
    return new Result(process.exitValue(), out);
  }

  @Test
  void launcherPrintsTheVersion() throws Exception {
    Result r = run("--version");
    assertThat(r.code()).as(r.out()).isZero();
    assertThat(r.out()).startsWith("arsim " + version + System.lineSeparator()).contains("Java ");
  }

  @Test
  void launcherValidatesTheSeedExample() throws Exception {
    Result r = run("validate", "examples/s1-dual-homed-active-active.yaml");
    assertThat(r.code()).as(r.out()).isZero();
    assertThat(r.out()).contains("examples/s1-dual-homed-active-active.yaml: valid (0 errors, 0 warnings)");
  }

  @Test
  void libHoldsTheCliJarAndItsDependencies() {
    assertThat(dist.resolve("lib/arsim-cli-" + version + ".jar")).isRegularFile();
    assertThat(dist.resolve("lib/picocli-4.7.7.jar")).isRegularFile();
    assertThat(dist.resolve("bin/arsim")).isExecutable();
  }

  @Test
  void zipHoldsTheSameWithAnExecutableLauncher() throws IOException {
    try (ZipFile zip = new ZipFile(dist.resolveSibling("arsim-" + version + ".zip").toFile())) {
      var launcher = zip.getEntry("arsim-" + version + "/bin/arsim");
      assertThat(launcher).as("bin/arsim in the zip").isNotNull();
      assertThat(zip.getEntry("arsim-" + version + "/lib/arsim-cli-" + version + ".jar")).isNotNull();
    }
    assertThat(unixMode(dist.resolveSibling("arsim-" + version + ".zip"), "arsim-" + version + "/bin/arsim"))
        .isEqualTo(0755);
  }

  /** The Unix permission bits of one entry, from the zip's central directory (ZipFile hides them). */
  private static int unixMode(Path zip, String name) throws IOException {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(Files.readAllBytes(zip)).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    int end = b.limit() - 22;
    while (end >= 0 && b.getInt(end) != 0x06054b50) {
      end--;
    }
    assertThat(end).as("end of central directory").isNotNegative();
    int count = Short.toUnsignedInt(b.getShort(end + 10));
    int at = b.getInt(end + 16);
    for (int i = 0; i < count; i++) {
      assertThat(b.getInt(at)).as("central directory entry").isEqualTo(0x02014b50);
      int nameLength = Short.toUnsignedInt(b.getShort(at + 28));
      int extraLength = Short.toUnsignedInt(b.getShort(at + 30));
      int commentLength = Short.toUnsignedInt(b.getShort(at + 32));
      byte[] entry = new byte[nameLength];
      b.get(at + 46, entry);
      if (new String(entry, StandardCharsets.UTF_8).equals(name)) {
        return (b.getInt(at + 38) >>> 16) & 0777;
      }
      at += 46 + nameLength + extraLength + commentLength;
    }
    throw new AssertionError(name + " not in " + zip);
  }
}
