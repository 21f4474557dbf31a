package io.arsim.core.topology.file;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/** The two file formats of a topology; they describe one model. */
@API(status = MAINTAINED, since = "0.1")
public enum TopologyFormat {
  YAML,
  JSON;

  /** The format a file name's extension names: {@code .yaml}/{@code .yml} or {@code .json}. */
  public static Optional<TopologyFormat> ofFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    if (lower.endsWith(".json")) {
      return Optional.of(JSON);
    }
    return Optional.empty();
  }
}
