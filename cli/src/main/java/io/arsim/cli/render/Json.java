package io.arsim.cli.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON output: pretty-printed, stable key order as built. */
public final class Json {
  private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private Json() {}

  /** A new object node. */
  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** The document as text with a final line separator. */
  public static String render(JsonNode node) {
    return write(node);
  }

  /**
   * A view value (a record annotated for JSON, a list or a map of them) as text with a final line
   * separator, in the order its annotations give.
   */
  public static String render(Object value) {
    return write(value);
  }

  /**
   * A view value on one line with a final line separator: JSON Lines, for output that streams (one
   * object per event).
   */
  public static String renderLine(Object value) {
    try {
      return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value)
          + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
