package io.arsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every scenario in examples/ (not its subdirectories) validates: exit 0 (warnings allowed). */
class ScenarioExamplesIT {
  private static final Path ROOT = ExampleFiles.root();

  @TestFactory
  Stream<DynamicTest> everyScenarioIsValid() throws IOException {
    List<Path> files = ExampleFiles.topologies(ROOT.resolve("examples"));
    assertThat(files).as("scenario files in examples/").isNotEmpty();
    return files.stream().map(file -> dynamicTest(file.getFileName().toString(), () -> {
      String relative = ExampleFiles.relative(ROOT, file);

      ExampleFiles.Run run = ExampleFiles.validate(relative);

      assertThat(run.exit()).as("exit code of arsim validate %s; it printed:%n%s", relative, run.err())
          .isEqualTo(ExitCodes.OK);
      assertThat(run.out()).contains(relative + ": valid");
    }));
  }
}
