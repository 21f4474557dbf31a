package io.arsim.importer.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import java.util.Map;

/** Template values are JSON values; these are the helpers the functions share. */
final class Values {
  static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private Values() {}

  /** An integer node, as small as the value allows (so equal numbers are equal nodes). */
  static JsonNode num(long value) {
    return value == (int) value ? IntNode.valueOf((int) value) : LongNode.valueOf(value);
  }

  /** The template language's name of a value's type. */
  static String typeName(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return "null";
    }
    if (node.isTextual()) {
      return "string";
    }
    if (node.isIntegralNumber()) {
      return "int";
    }
    if (node.isNumber()) {
      return "number";
    }
    if (node.isBoolean()) {
      return "bool";
    }
    return node.isArray() ? "array" : node.isObject() ? "object" : node.getNodeType().name().toLowerCase();
  }

  /** Deep equality where integers compare by value, whatever their node class. */
  static boolean equal(JsonNode a, JsonNode b) {
    if (a.isIntegralNumber() && b.isIntegralNumber()) {
      return a.bigIntegerValue().equals(b.bigIntegerValue());
    }
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!equal(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Map.Entry<String, JsonNode> field : a.properties()) {
        JsonNode other = b.get(field.getKey());
        if (other == null || !equal(field.getValue(), other)) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  /** A property of an object: the exact name first, then ignoring case (as ARM does); null if none. */
  static JsonNode member(JsonNode object, String name) {
    JsonNode exact = object.get(name);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      if (field.getKey().equalsIgnoreCase(name)) {
        return field.getValue();
      }
    }
    return null;
  }

  /**
   * ARM's {@code string()}: text as is, integers in decimal, booleans {@code True}/{@code False} (as
   * .NET writes them), null as empty, arrays and objects as compact JSON.
   */
  static String text(JsonNode node) {
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isNull() || node.isMissingNode()) {
      return "";
    }
    if (node.isBoolean()) {
      return node.booleanValue() ? "True" : "False";
    }
    return node.toString();
  }

  /** A value shown in a message: strings quoted, others as compact JSON, long ones shortened. */
  static String show(JsonNode node) {
    String shown = node.isTextual() ? "'" + node.textValue() + "'" : node.toString();
    return shown.length() > 80 ? shown.substring(0, 77) + "..." : shown;
  }
}
