package io.arsim.core.topology.file;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A YAML or JSON document read into a tree, with where each of its values is.
 *
 * @param root the document's root value; empty when the text holds no document (only comments)
 * @param locations where each value and key is, by JSON pointer
 */
@API(status = INTERNAL, since = "0.2")
public record ParsedDocument(Optional<JsonNode> root, LocationIndex locations) {

  public ParsedDocument {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(locations, "locations");
  }

  static ParsedDocument of(@Nullable JsonNode root, LocationIndex locations) {
    return new ParsedDocument(Optional.ofNullable(root), locations);
  }
}
