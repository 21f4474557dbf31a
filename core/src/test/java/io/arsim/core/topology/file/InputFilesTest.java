package io.arsim.core.topology.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.arsim.core.problem.Problem;
import io.arsim.core.problem.SourceLocation;
import io.arsim.core.topology.TopologyException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one guard every input file passes: regular files only, the size checked before reading. */
class InputFilesTest {
  @TempDir Path dir;

  private static Problem refusal(Path file, long max) {
    TopologyException e = catchThrowableOfType(TopologyException.class, () -> InputFiles.read(file, "ARM template", max));
    assertThat(e).as("a TopologyException for " + file).isNotNull();
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).location()).isEqualTo(SourceLocation.ofFile(file.toString()));
    return e.problems().get(0);
  }

  /** A named pipe, or nothing where mkfifo is absent. */
  static boolean mkfifo(Path pipe) throws InterruptedException {
    try {
      Process p = new ProcessBuilder("mkfifo", pipe.toString()).start();
      return p.waitFor() == 0 && Files.exists(pipe);
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void aRegularFileIsReadWhole() throws IOException {
    Path file = Files.writeString(dir.resolve("t.json"), "{}");
    assertThat(InputFiles.read(file, "ARM template", 2)).isEqualTo("{}".getBytes(StandardCharsets.UTF_8));
    assertThat(InputFiles.readText(file, "ARM template", 2)).isEqualTo("{}");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), file);
    assertThat(InputFiles.readText(link, "ARM template", 2)).as("a link to a regular file is fine").isEqualTo("{}");
  }

  @Test
  void aFolderIsNamedAsOne() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("f.json"));
    Problem p = refusal(folder, 100);
    assertThat(p.code()).isEqualTo("not-a-file");
    assertThat(p.message()).isEqualTo("this is a folder, not an ARM template");
    Path link = Files.createSymbolicLink(dir.resolve("l.json"), folder);
    assertThat(refusal(link, 100).message()).isEqualTo("this is a link to a folder, not an ARM template");
  }

  @Test
  void aLinkToADeviceIsRefusedWithoutReadingIt() throws IOException {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "a POSIX system with /dev/zero");
    Path link = Files.createSymbolicLink(dir.resolve("zero.json"), Path.of("/dev/zero"));
    Problem p = refusal(link, 100);
    assertThat(p.code()).isEqualTo("not-a-file");
    assertThat(p.message()).startsWith("this is a link to a device (/dev/zero), not a regular file");
    assertThat(p.fix()).isEqualTo("write the ARM template's content to a regular file and name that file");
    assertThat(refusal(Path.of("/dev/zero"), 100).message()).startsWith("this is a device, not a regular file");
  }

  @Test
  void aNamedPipeIsRefusedWithoutOpeningIt() throws Exception {
    Path pipe = dir.resolve("pipe.json");
    assumeTrue(mkfifo(pipe), "mkfifo made a pipe");
    Problem p = refusal(pipe, 100);
    assertThat(p.code()).isEqualTo("not-a-file");
    assertThat(p.message()).startsWith("this is a named pipe, not a regular file; arsim reads an ARM template only"
        + " from a regular file");
  }

  @Test
  void missingFilesAndDanglingLinksAreToldApart() throws IOException {
    assertThat(refusal(dir.resolve("none.json"), 100).message()).isEqualTo("no such file");
    Path link = Files.createSymbolicLink(dir.resolve("gone.json"), dir.resolve("none.json"));
    assertThat(refusal(link, 100).message()).isEqualTo("the link leads to no file");
    assertThat(refusal(link, 100).code()).isEqualTo("file-not-found");
  }

  @Test
  void theSizeIsCheckedBeforeReadingAndTheFixSaysHowToRaiseIt() throws IOException {
    Path huge = dir.resolve("huge.json");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(8L << 30);
    }
    Problem p = refusal(huge, 256L << 20);
    assertThat(p.code()).isEqualTo("file-too-large");
    assertThat(p.message()).isEqualTo("the file is 8192 MiB (8,589,934,592 bytes); arsim reads at most 256 MiB"
        + " (268,435,456 bytes) per ARM template");
    assertThat(p.fix()).isEqualTo("if the ARM template really is this large, raise the limit, e.g. --max-input-size"
        + " 1024M (docs/robustness.md)");
    Path small = Files.writeString(dir.resolve("s.json"), "12345");
    assertThat(refusal(small, 4).code()).isEqualTo("file-too-large");
    assertThat(InputFiles.read(small, "ARM template", 5)).hasSize(5);
  }

  @Test
  void textMustBeUtf8() throws IOException {
    Path latin1 = Files.write(dir.resolve("l.conf"), new byte[] {'a', '\n', 'b', (byte) 0xE9});
    TopologyException e = catchThrowableOfType(TopologyException.class,
        () -> InputFiles.readText(latin1, "router configuration", 100));
    assertThat(e.problems().get(0).code()).isEqualTo("not-utf8");
    assertThat(e.problems().get(0).location()).isEqualTo(new SourceLocation(latin1.toString(), 2, 2));
  }
}
