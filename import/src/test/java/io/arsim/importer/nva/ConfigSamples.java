package io.arsim.importer.nva;

import io.arsim.core.problem.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A sample configuration under src/test/resources/nva, and where its lines are. */
public record ConfigSamples(String name, String text) {

  /** The sample at {@code nva/NAME} on the test class path. */
  public static ConfigSamples load(String name) {
    try (InputStream in = ConfigSamples.class.getResourceAsStream("/nva/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample nva/" + name);
      }
      return new ConfigSamples(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 1-based number of the only line that reads {@code line} once stripped. */
  public int lineOf(String line) {
    List<String> lines = text.lines().map(String::strip).toList();
    int first = lines.indexOf(line.strip());
    if (first < 0 || lines.lastIndexOf(line.strip()) != first) {
      throw new IllegalArgumentException("\"" + line + "\" is not exactly once in " + name);
    }
    return first + 1;
  }

  /** The location of the only line that reads {@code line}. */
  public SourceLocation at(String line) {
    return new SourceLocation(name, lineOf(line), 0);
  }

  /** The location of line {@code number}. */
  public SourceLocation at(int number) {
    return new SourceLocation(name, number, 0);
  }
}
