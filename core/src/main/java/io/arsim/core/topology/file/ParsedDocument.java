package io.arsim.core.topology.file;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** A YAML or JSON document read into a tree, with where each of its values is. */
@API(status = INTERNAL, since = "0.2")
public final class ParsedDocument {
  private final @Nullable JsonNode root;
  private final LocationIndex locations;

  private ParsedDocument(@Nullable JsonNode root, LocationIndex locations) {
    this.root = root;
    this.locations = Objects.requireNonNull(locations, "locations");
  }

  static ParsedDocument of(@Nullable JsonNode root, LocationIndex locations) {
    return new ParsedDocument(root, locations);
  }

  /** The document's root value; empty when the text holds no document (only comments). */
  public Optional<JsonNode> root() {
    return Optional.ofNullable(root);
  }

  /** Where each value and key is, by JSON pointer. */
  public LocationIndex locations() {
    return locations;
  }
}
