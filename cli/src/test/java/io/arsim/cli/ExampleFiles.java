package io.arsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the repository's examples and runs arsim on them, for the example ITs. */
final class ExampleFiles {
  private ExampleFiles() {}

  /** The repository root: the nearest directory, from the working directory up, that holds examples/. */
  static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("examples"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no examples/ directory above " + Path.of("").toAbsolutePath());
  }

  /** The topology files (.yaml, .yml, .json) directly in {@code dir}, sorted by name. */
  static List<Path> topologies(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().matches(".*\\.(yaml|yml|json)"))
          .sorted()
          .toList();
    }
  }

  /** The path of {@code file} relative to the root, with forward slashes, as a user types it. */
  static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  /**
   * {@code arsim validate file} run in-process.
   *
   * @param exit the exit code
   * @param out what was printed to stdout
   * @param err what was printed to stderr, with \n line separators
   */
  record Run(int exit, String out, String err) {}

  /**
   * Runs {@code arsim validate} on {@code file}, a path relative to the repository root. Maven runs
   * tests in the module directory, so the file is passed relative to the working directory and the
   * output is written back as if arsim had been run from the root.
   */
  static Run validate(String file) {
    Path cwd = Path.of("").toAbsolutePath();
    String argument = cwd.relativize(root().resolve(file)).toString().replace('\\', '/');
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new String[] {"validate", argument}, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, asFromRoot(out.toString(), argument, file), asFromRoot(err.toString(), argument, file));
  }

  private static String asFromRoot(String output, String argument, String file) {
    return normalise(argument.equals(file) ? output : output.replace(argument, file));
  }

  static String normalise(String text) {
    return text.replace("\r\n", "\n");
  }
}
