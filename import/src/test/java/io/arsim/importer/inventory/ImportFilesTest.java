package io.arsim.importer.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.arsim.core.problem.Problem;
import io.arsim.importer.arm.ArmOptions;
import io.arsim.importer.arm.ArmTemplateReader;
import io.arsim.importer.az.AzDumpReader;
import io.arsim.importer.observed.azure.AzureObservedReader;
import io.arsim.importer.terraform.TerraformJsonReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every importer reads through InputFiles: no pipe, device or folder is opened, the size is capped. */
class ImportFilesTest {
  @TempDir Path dir;

  private static final List<Function<Path, AzureInventory>> READERS = List.of(
      f -> new ArmTemplateReader().read(f, ArmOptions.defaults()),
      f -> new ArmTemplateReader().read(write(f.resolveSibling("t.json"), "{\"resources\": []}"),
          ArmOptions.defaults().withParameterFile(f)),
      f -> new AzDumpReader().read(List.of(f)),
      f -> new TerraformJsonReader().read(f));

  private static Path write(Path file, String text) {
    try {
      return Files.writeString(file, text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void refusedByEveryReader(Path file, String code, String message) {
    for (Function<Path, AzureInventory> reader : READERS) {
      List<Problem> problems = reader.apply(file).problems();
      assertThat(problems).as("problems for " + file).hasSize(1);
      assertThat(problems.get(0).code()).isEqualTo(code);
      assertThat(problems.get(0).message()).startsWith(message);
      assertThat(problems.get(0).location().file()).isEqualTo(file.toString());
    }
    ImportException e = catchThrowableOfType(ImportException.class,
        () -> new AzureObservedReader().readEffectiveRoutes(file));
    assertThat(e.problems().get(0).code()).isEqualTo(code);
    assertThat(e.problems().get(0).message()).startsWith(message);
  }

  @Test
  void aLinkToDevZeroIsRefusedWithoutReadingIt() throws IOException {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "a POSIX system with /dev/zero");
    Path link = Files.createSymbolicLink(dir.resolve("zero.json"), Path.of("/dev/zero"));
    refusedByEveryReader(link, "not-a-file", "this is a link to a device (/dev/zero), not a regular file");
  }

  @Test
  void aNamedPipeIsRefusedWithoutOpeningIt() throws Exception {
    Path pipe = dir.resolve("pipe.json");
    boolean made;
    try {
      made = new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      made = false;
    }
    assumeTrue(made && Files.exists(pipe), "mkfifo made a pipe");
    refusedByEveryReader(pipe, "not-a-file", "this is a named pipe, not a regular file");
  }

  @Test
  void aFolderIsRefused() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("f.json"));
    refusedByEveryReader(folder, "not-a-file", "this is a folder, not a");
  }

  @Test
  void theDefaultCapIs256MibAndIsCheckedBeforeReading() throws IOException {
    assertThat(ImportFiles.DEFAULT_MAX_INPUT_BYTES).isEqualTo(256L << 20);
    Path huge = dir.resolve("huge.json");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(300L << 20);
    }
    refusedByEveryReader(huge, "file-too-large", "the file is 300 MiB");
    Path small = write(dir.resolve("small.json"), "[]");
    assertThat(new AzDumpReader(1).read(List.of(small)).problems().get(0).code()).isEqualTo("file-too-large");
  }

  @Test
  void syntaxErrorsAreInPlainWords() throws IOException {
    Path bad = write(dir.resolve("bad.json"), "{\"a\": 1,}");
    Problem problem = new AzDumpReader().read(List.of(bad)).problems().get(0);
    assertThat(problem.message()).isEqualTo("the file is not well-formed JSON: a '}' where a field name in double"
        + " quotes was expected");
    Path nul = write(dir.resolve("nul.json"), "\u0000");
    assertThat(new TerraformJsonReader().read(nul).problems().get(0).message()).doesNotContain("CTRL-CHAR")
        .contains("a control character (U+0000)");
  }
}
