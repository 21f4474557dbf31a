package io.arsim.importer.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.file.TopologyReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The Azure samples under src/test/resources/azure and the expected values beside them. */
public final class Samples {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Samples() {}

  /** A file under {@code azure/}. */
  public static Path path(String relative) {
    try {
      return Path.of(Samples.class.getResource("/azure/" + relative).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("no test resource azure/" + relative, e);
    }
  }

  /** A JSON file under {@code azure/} as a tree. */
  public static JsonNode json(String relative) {
    try {
      return MAPPER.readTree(path(relative).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A topology file under {@code azure/expected/}, read and validated by core's reader. */
  public static Topology topology(String name) {
    return new TopologyReader().read(path("expected/" + name)).topology();
  }
}
