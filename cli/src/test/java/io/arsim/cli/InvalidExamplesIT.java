package io.arsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs {@code arsim validate} on every file in examples/invalid/ and compares what it prints to
 * stderr with the file's {@code .expected} twin (same base name). The .expected files are the
 * documentation of arsim's messages: regenerate them with
 * {@code ./arsim validate examples/invalid/NAME.yaml 2> examples/invalid/NAME.expected}
 * from the repository root, after reading every message.
 */
class InvalidExamplesIT {
  private static final Path ROOT = ExampleFiles.root();
  private static final Path INVALID = ROOT.resolve("examples/invalid");

  @TestFactory
  Stream<DynamicTest> everyInvalidExampleFailsWithTheExpectedMessages() throws IOException {
    List<Path> files = ExampleFiles.topologies(INVALID);
    assertThat(files).as("files in %s", INVALID).isNotEmpty();
    return files.stream().map(file -> dynamicTest(file.getFileName().toString(), () -> {
      String relative = ExampleFiles.relative(ROOT, file);
      String expected = ExampleFiles.normalise(Files.readString(expectedOf(file), StandardCharsets.UTF_8));

      ExampleFiles.Run run = ExampleFiles.validate(relative);

      assertThat(run.exit()).as("exit code of arsim validate %s", relative).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(run.err()).as("stderr of arsim validate %s", relative).isEqualTo(expected);
    }));
  }

  @Test
  void everyInvalidExampleHasAnExpectedFileAndViceVersa() throws IOException {
    List<String> topologies = ExampleFiles.topologies(INVALID).stream()
        .map(f -> baseName(f.getFileName().toString())).toList();
    List<String> expected;
    try (Stream<Path> files = Files.list(INVALID)) {
      expected = files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".expected"))
          .map(InvalidExamplesIT::baseName)
          .sorted()
          .toList();
    }
    assertThat(expected).as(".expected files without a topology file").isSubsetOf(topologies);
    assertThat(topologies).as("topology files without an .expected file").isSubsetOf(expected);
    assertThat(topologies).as("two topology files share a base name").doesNotHaveDuplicates();
  }

  @Test
  void examplesInvalidHoldsOnlyTopologiesAndExpectedFiles() throws IOException {
    try (Stream<Path> files = Files.list(INVALID)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .allMatch(n -> n.matches(".*\\.(yaml|yml|json|expected)"), "a topology or .expected file");
    }
  }

  private static Path expectedOf(Path file) {
    return file.resolveSibling(baseName(file.getFileName().toString()) + ".expected");
  }

  private static String baseName(String fileName) {
    return fileName.substring(0, fileName.lastIndexOf('.'));
  }
}
