package io.arsim.importer.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Comparing JSON trees in tests. */
public final class Trees {
  private Trees() {}

  /**
   * Where {@code actual} lacks something {@code expected} has: every field of an expected object must
   * be in the actual one with a value that contains it; arrays must have the same length, element by
   * element; other values must be equal. Empty when it is all there.
   */
  public static List<String> missing(JsonNode actual, JsonNode expected) {
    List<String> out = new ArrayList<>();
    walk(actual, expected, "", out);
    return out;
  }

  private static void walk(JsonNode actual, JsonNode expected, String at, List<String> out) {
    if (expected.isObject()) {
      if (!actual.isObject()) {
        out.add(at + ": expected an object, found " + actual);
        return;
      }
      for (Map.Entry<String, JsonNode> field : expected.properties()) {
        JsonNode other = actual.get(field.getKey());
        if (other == null) {
          out.add(at + "/" + field.getKey() + ": missing");
        } else {
          walk(other, field.getValue(), at + "/" + field.getKey(), out);
        }
      }
    } else if (expected.isArray()) {
      if (!actual.isArray() || actual.size() != expected.size()) {
        out.add(at + ": expected " + expected + ", found " + actual);
        return;
      }
      for (int i = 0; i < expected.size(); i++) {
        walk(actual.get(i), expected.get(i), at + "/" + i, out);
      }
    } else if (!expected.equals(actual)) {
      out.add(at + ": expected " + expected + ", found " + actual);
    }
  }
}
