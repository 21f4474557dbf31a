package io.arsim.core.topology.file;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
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

  /**
   * The format of a text without a file name (standard input): JSON when its first character that
   * is not blank (nor a byte-order mark) is <code>{</code>, YAML otherwise (YAML documents that start
   * with a brace are JSON-like flow mappings, which the JSON reader then reports precisely).
   *
   * @since 0.2
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static TopologyFormat ofContent(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\uFEFF' || Character.isWhitespace(c)) {
        continue;
      }
      return c == '{' ? JSON : YAML;
    }
    return YAML;
  }
}
