package io.arsim.core.topology.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's example topologies, found by walking up from the working directory. */
final class Examples {
  private Examples() {}

  static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("examples"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no examples/ directory above " + Path.of("").toAbsolutePath());
  }

  static Path s1() {
    return root().resolve("examples/s1-dual-homed-active-active.yaml");
  }

  static String s1Text() {
    try {
      return Files.readString(s1(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
