package io.arsim.serve.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Shared bits of the interoperability tests. */
final class Interop {
  private Interop() {}

  /** {@code target/interop/NAME}, emptied: each run starts with fresh configs, logs and sockets. */
  static Path cleanDirectory(String name) {
    Path directory = Path.of("target", "interop", name).toAbsolutePath();
    try {
      if (Files.exists(directory)) {
        try (Stream<Path> files = Files.walk(directory)) {
          for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(file);
          }
        }
      }
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return directory;
  }
}
