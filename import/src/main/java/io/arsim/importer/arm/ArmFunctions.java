package io.arsim.importer.arm;

import static io.arsim.importer.arm.Values.JSON;
import static io.arsim.importer.arm.Values.num;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The template functions that depend only on their arguments: string, array, object, numeric,
 * comparison, logical and CIDR functions, as the "ARM template functions" reference describes them.
 * Functions that need the deployment (parameters, variables, copyIndex, resourceId, reference, ...)
 * and those that take lambdas are in {@link TemplateEvaluator}.
 */
final class ArmFunctions {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Every function this class evaluates, lower case. */
  static final Set<String> NAMES = Set.of(
      "concat", "format", "tolower", "toupper", "replace", "split", "substring", "length", "contains",
      "startswith", "endswith", "indexof", "lastindexof", "trim", "padleft", "string", "uniquestring", "guid",
      "base64", "base64tostring", "empty", "first", "last", "take", "skip", "array", "createarray", "union",
      "intersection", "range", "createobject", "json", "items", "coalesce", "min", "max", "add", "sub", "mul",
      "div", "mod", "int", "and", "or", "not", "equals", "greater", "greaterorequals", "less", "lessorequals",
      "bool", "true", "false", "null", "parsecidr", "cidrsubnet", "cidrhost", "join", "objectkeys", "flatten",
      "tryget", "shallowmerge");

  private ArmFunctions() {}

  static JsonNode call(String name, List<JsonNode> a) {
    switch (name) {
      case "concat":
        return concat(a);
      case "format":
        atLeast(name, a, 1);
        return text(Format.format(str(name, a, 0), a.subList(1, a.size())));
      case "tolower":
        exactly(name, a, 1);
        return text(str(name, a, 0).toLowerCase(Locale.ROOT));
      case "toupper":
        exactly(name, a, 1);
        return text(str(name, a, 0).toUpperCase(Locale.ROOT));
      case "replace":
        exactly(name, a, 3);
        return text(str(name, a, 0).replace(str(name, a, 1), str(name, a, 2)));
      case "split":
        return split(a);
      case "substring":
        return substring(a);
      case "length":
        exactly(name, a, 1);
        return num(size(name, a.get(0)));
      case "contains":
        return contains(a);
      case "startswith":
        exactly(name, a, 2);
        return bool(str(name, a, 0).toLowerCase(Locale.ROOT).startsWith(str(name, a, 1).toLowerCase(Locale.ROOT)));
      case "endswith":
        exactly(name, a, 2);
        return bool(str(name, a, 0).toLowerCase(Locale.ROOT).endsWith(str(name, a, 1).toLowerCase(Locale.ROOT)));
      case "indexof":
      case "lastindexof":
        return indexOf(name, a);
      case "trim":
        exactly(name, a, 1);
        return text(str(name, a, 0).strip());
      case "padleft":
        return padLeft(a);
      case "string":
        exactly(name, a, 1);
        return text(Values.text(a.get(0)));
      case "uniquestring":
        atLeast(name, a, 1);
        return text(ArmHashes.uniqueString(strings(name, a)));
      case "guid":
        atLeast(name, a, 1);
        return text(ArmHashes.guid(strings(name, a)));
      case "base64":
        exactly(name, a, 1);
        return text(Base64.getEncoder().encodeToString(str(name, a, 0).getBytes(StandardCharsets.UTF_8)));
      case "base64tostring":
        exactly(name, a, 1);
        return text(new String(Base64.getDecoder().decode(str(name, a, 0)), StandardCharsets.UTF_8));
      case "empty":
        exactly(name, a, 1);
        return bool(a.get(0).isNull() || size(name, a.get(0)) == 0);
      case "first":
      case "last":
        return firstOrLast(name, a);
      case "take":
      case "skip":
        return takeOrSkip(name, a);
      case "array":
        exactly(name, a, 1);
        return a.get(0).isArray() ? a.get(0) : JSON.arrayNode().add(a.get(0));
      case "createarray":
        return JSON.arrayNode().addAll(a);
      case "union":
        return union(a);
      case "intersection":
        return intersection(a);
      case "range":
        return range(a);
      case "createobject":
        return createObject(a);
      case "json":
        return json(a);
      case "items":
        return items(a);
      case "coalesce":
        return a.stream().filter(v -> !v.isNull()).findFirst().orElse(NullNode.getInstance());
      case "min":
      case "max":
        return minMax(name, a);
      case "add":
        exactly(name, a, 2);
        return num(Math.addExact(integer(name, a, 0), integer(name, a, 1)));
      case "sub":
        exactly(name, a, 2);
        return num(Math.subtractExact(integer(name, a, 0), integer(name, a, 1)));
      case "mul":
        exactly(name, a, 2);
        return num(Math.multiplyExact(integer(name, a, 0), integer(name, a, 1)));
      case "div":
      case "mod":
        return divide(name, a);
      case "int":
        return toInt(a);
      case "and":
        atLeast(name, a, 2);
        return bool(a.stream().allMatch(v -> boolArg(name, v)));
      case "or":
        atLeast(name, a, 2);
        return bool(a.stream().anyMatch(v -> boolArg(name, v)));
      case "not":
        exactly(name, a, 1);
        return bool(!boolArg(name, a.get(0)));
      case "equals":
        exactly(name, a, 2);
        return bool(Values.equal(a.get(0), a.get(1)));
      case "greater":
      case "greaterorequals":
      case "less":
      case "lessorequals":
        return compare(name, a);
      case "bool":
        return toBool(a);
      case "true":
        exactly(name, a, 0);
        return BooleanNode.TRUE;
      case "false":
        exactly(name, a, 0);
        return BooleanNode.FALSE;
      case "null":
        exactly(name, a, 0);
        return NullNode.getInstance();
      case "parsecidr":
        return parseCidr(a);
      case "cidrsubnet":
        return cidrSubnet(a);
      case "cidrhost":
        return cidrHost(a);
      case "join":
        return join(a);
      case "objectkeys":
        exactly(name, a, 1);
        return objectKeys(object(name, a, 0));
      case "flatten":
        return flatten(a);
      case "tryget":
        return tryGet(a);
      case "shallowmerge":
        return shallowMerge(a);
      default:
        throw new IllegalArgumentException("not a pure function: " + name);
    }
  }

  // ---- argument checks -------------------------------------------------------------------

  static void exactly(String name, List<JsonNode> a, int count) {
    if (a.size() != count) {
      throw wrong(name, "takes " + count + (count == 1 ? " argument" : " arguments") + ", found " + a.size());
    }
  }

  static void atLeast(String name, List<JsonNode> a, int count) {
    if (a.size() < count) {
      throw wrong(name, "takes at least " + count + (count == 1 ? " argument" : " arguments") + ", found "
          + a.size());
    }
  }

  static void between(String name, List<JsonNode> a, int min, int max) {
    if (a.size() < min || a.size() > max) {
      throw wrong(name, "takes " + min + " to " + max + " arguments, found " + a.size());
    }
  }

  static TemplateError wrong(String name, String what) {
    return new TemplateError("wrong-argument", name + "() " + what,
        "see the ARM template functions reference for " + name + "()");
  }

  static TemplateError wrongType(String name, int index, String expected, JsonNode found) {
    return new TemplateError("wrong-argument", name + "(): argument " + (index + 1) + " must be " + expected
        + ", found " + Values.typeName(found) + " " + Values.show(found),
        "pass " + expected + " as argument " + (index + 1));
  }

  static String str(String name, List<JsonNode> a, int index) {
    JsonNode v = a.get(index);
    if (!v.isTextual()) {
      throw wrongType(name, index, "a string", v);
    }
    return v.textValue();
  }

  static long integer(String name, List<JsonNode> a, int index) {
    JsonNode v = a.get(index);
    if (!v.isIntegralNumber()) {
      throw wrongType(name, index, "an int", v);
    }
    return v.longValue();
  }

  static ObjectNode object(String name, List<JsonNode> a, int index) {
    JsonNode v = a.get(index);
    if (!v.isObject()) {
      throw wrongType(name, index, "an object", v);
    }
    return (ObjectNode) v;
  }

  static ArrayNode array(String name, List<JsonNode> a, int index) {
    JsonNode v = a.get(index);
    if (!v.isArray()) {
      throw wrongType(name, index, "an array", v);
    }
    return (ArrayNode) v;
  }

  private static boolean boolArg(String name, JsonNode v) {
    if (!v.isBoolean()) {
      throw new TemplateError("wrong-argument", name + "(): every argument must be a bool, found "
          + Values.typeName(v) + " " + Values.show(v), "pass true or false (or an expression giving one)");
    }
    return v.booleanValue();
  }

  private static List<String> strings(String name, List<JsonNode> a) {
    List<String> out = new ArrayList<>(a.size());
    for (int i = 0; i < a.size(); i++) {
      out.add(str(name, a, i));
    }
    return out;
  }

  static TextNode text(String value) {
    return TextNode.valueOf(value);
  }

  static BooleanNode bool(boolean value) {
    return BooleanNode.valueOf(value);
  }

  private static long size(String name, JsonNode v) {
    if (v.isTextual()) {
      return v.textValue().length();
    }
    if (v.isArray() || v.isObject()) {
      return v.size();
    }
    throw new TemplateError("wrong-argument", name + "(): expected a string, an array or an object, found "
        + Values.typeName(v) + " " + Values.show(v), "pass a string, an array or an object");
  }

  // ---- strings -----------------------------------------------------------------------------

  private static JsonNode concat(List<JsonNode> a) {
    if (a.isEmpty()) {
      throw wrong("concat", "takes at least 1 argument");
    }
    if (a.get(0).isArray()) {
      ArrayNode out = JSON.arrayNode();
      for (int i = 0; i < a.size(); i++) {
        if (a.get(i).isNull()) {
          continue;
        }
        out.addAll(array("concat", a, i));
      }
      return out;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < a.size(); i++) {
      JsonNode v = a.get(i);
      if (v.isArray() || v.isObject()) {
        throw new TemplateError("wrong-argument", "concat(): argument " + (i + 1) + " is " + Values.typeName(v)
            + " but the first is a string; strings are only concatenated with strings",
            "convert it with string(), or concatenate arrays only");
      }
      out.append(Values.text(v));
    }
    return text(out.toString());
  }

  private static JsonNode split(List<JsonNode> a) {
    exactly("split", a, 2);
    String input = str("split", a, 0);
    List<String> delimiters = new ArrayList<>();
    if (a.get(1).isArray()) {
      for (JsonNode d : a.get(1)) {
        delimiters.add(d.asText());
      }
    } else {
      delimiters.add(str("split", a, 1));
    }
    ArrayNode out = JSON.arrayNode();
    int start = 0;
    int i = 0;
    while (i <= input.length()) {
      String hit = null;
      for (String d : delimiters) {
        if (!d.isEmpty() && input.startsWith(d, i)) {
          hit = d;
          break;
        }
      }
      if (hit != null) {
        out.add(input.substring(start, i));
        i += hit.length();
        start = i;
      } else {
        i++;
      }
    }
    out.add(input.substring(start));
    return out;
  }

  private static JsonNode substring(List<JsonNode> a) {
    between("substring", a, 1, 3);
    String s = str("substring", a, 0);
    long start = a.size() > 1 ? integer("substring", a, 1) : 0;
    long length = a.size() > 2 ? integer("substring", a, 2) : s.length() - start;
    if (start < 0 || length < 0 || start + length > s.length()) {
      throw new TemplateError("wrong-argument", "substring(): the index and length parameters must refer to a"
          + " location within the string; index " + start + ", length " + length + ", string "
          + Values.show(a.get(0)) + " of " + s.length() + " characters", "keep index + length within the string");
    }
    return text(s.substring((int) start, (int) (start + length)));
  }

  private static JsonNode contains(List<JsonNode> a) {
    exactly("contains", a, 2);
    JsonNode container = a.get(0);
    JsonNode item = a.get(1);
    if (container.isTextual()) {
      return bool(container.textValue().contains(Values.text(item)));
    }
    if (container.isArray()) {
      for (JsonNode element : container) {
        if (Values.equal(element, item)) {
          return BooleanNode.TRUE;
        }
      }
      return BooleanNode.FALSE;
    }
    if (container.isObject()) {
      return bool(Values.member(container, Values.text(item)) != null);
    }
    throw wrongType("contains", 0, "a string, an array or an object", container);
  }

  private static JsonNode indexOf(String name, List<JsonNode> a) {
    exactly(name, a, 2);
    boolean last = name.equals("lastindexof");
    if (a.get(0).isArray()) {
      ArrayNode items = (ArrayNode) a.get(0);
      for (int k = 0; k < items.size(); k++) {
        int i = last ? items.size() - 1 - k : k;
        if (Values.equal(items.get(i), a.get(1))) {
          return num(i);
        }
      }
      return num(-1);
    }
    String s = str(name, a, 0).toLowerCase(Locale.ROOT);
    String find = str(name, a, 1).toLowerCase(Locale.ROOT);
    return num(last ? s.lastIndexOf(find) : s.indexOf(find));
  }

  private static JsonNode padLeft(List<JsonNode> a) {
    between("padLeft", a, 2, 3);
    JsonNode value = a.get(0);
    if (!value.isTextual() && !value.isIntegralNumber()) {
      throw wrongType("padLeft", 0, "a string or an int", value);
    }
    String s = Values.text(value);
    long total = integer("padLeft", a, 1);
    String pad = a.size() > 2 ? str("padLeft", a, 2) : " ";
    if (pad.length() != 1) {
      throw new TemplateError("wrong-argument", "padLeft(): the padding character must be a single character, found '"
          + pad + "'", "pass one character, e.g. '0'");
    }
    StringBuilder out = new StringBuilder();
    for (long i = s.length(); i < total; i++) {
      out.append(pad);
    }
    return text(out.append(s).toString());
  }

  // ---- arrays and objects --------------------------------------------------------------------

  private static JsonNode firstOrLast(String name, List<JsonNode> a) {
    exactly(name, a, 1);
    JsonNode v = a.get(0);
    boolean first = name.equals("first");
    if (v.isTextual()) {
      String s = v.textValue();
      return text(s.isEmpty() ? "" : first ? s.substring(0, 1) : s.substring(s.length() - 1));
    }
    if (v.isArray()) {
      return v.isEmpty() ? NullNode.getInstance() : v.get(first ? 0 : v.size() - 1);
    }
    throw wrongType(name, 0, "an array or a string", v);
  }

  private static JsonNode takeOrSkip(String name, List<JsonNode> a) {
    exactly(name, a, 2);
    JsonNode v = a.get(0);
    long n = integer(name, a, 1);
    boolean take = name.equals("take");
    if (v.isTextual()) {
      String s = v.textValue();
      int count = (int) Math.max(0, Math.min(n, s.length()));
      return text(take ? s.substring(0, count) : s.substring(count));
    }
    if (v.isArray()) {
      int count = (int) Math.max(0, Math.min(n, v.size()));
      ArrayNode out = JSON.arrayNode();
      for (int i = take ? 0 : count; i < (take ? count : v.size()); i++) {
        out.add(v.get(i));
      }
      return out;
    }
    throw wrongType(name, 0, "an array or a string", v);
  }

  private static JsonNode union(List<JsonNode> a) {
    atLeast("union", a, 1);
    if (a.get(0).isArray()) {
      ArrayNode out = JSON.arrayNode();
      for (int i = 0; i < a.size(); i++) {
        for (JsonNode element : array("union", a, i)) {
          if (!containsEqual(out, element)) {
            out.add(element);
          }
        }
      }
      return out;
    }
    ObjectNode out = JSON.objectNode();
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i).isNull()) {
        continue;
      }
      mergeDeep(out, object("union", a, i));
    }
    return out;
  }

  /** Later values win; nested objects merge recursively, arrays are replaced (ARM's union on objects). */
  private static void mergeDeep(ObjectNode target, ObjectNode source) {
    for (Map.Entry<String, JsonNode> field : source.properties()) {
      JsonNode existing = target.get(field.getKey());
      if (existing != null && existing.isObject() && field.getValue().isObject()) {
        ObjectNode merged = ((ObjectNode) existing).deepCopy();
        mergeDeep(merged, (ObjectNode) field.getValue());
        target.set(field.getKey(), merged);
      } else {
        target.set(field.getKey(), field.getValue());
      }
    }
  }

  private static boolean containsEqual(ArrayNode array, JsonNode value) {
    for (JsonNode element : array) {
      if (Values.equal(element, value)) {
        return true;
      }
    }
    return false;
  }

  private static JsonNode intersection(List<JsonNode> a) {
    atLeast("intersection", a, 2);
    if (a.get(0).isArray()) {
      ArrayNode out = JSON.arrayNode();
      for (JsonNode element : array("intersection", a, 0)) {
        boolean everywhere = true;
        for (int i = 1; i < a.size() && everywhere; i++) {
          everywhere = containsEqual(array("intersection", a, i), element);
        }
        if (everywhere && !containsEqual(out, element)) {
          out.add(element);
        }
      }
      return out;
    }
    ObjectNode out = JSON.objectNode();
    ObjectNode first = object("intersection", a, 0);
    for (Map.Entry<String, JsonNode> field : first.properties()) {
      boolean everywhere = true;
      for (int i = 1; i < a.size() && everywhere; i++) {
        JsonNode other = object("intersection", a, i).get(field.getKey());
        everywhere = other != null && Values.equal(other, field.getValue());
      }
      if (everywhere) {
        out.set(field.getKey(), field.getValue());
      }
    }
    return out;
  }

  private static JsonNode range(List<JsonNode> a) {
    exactly("range", a, 2);
    long start = integer("range", a, 0);
    long count = integer("range", a, 1);
    if (count < 0 || count > 10_000) {
      throw new TemplateError("wrong-argument", "range(): count must be 0 to 10000, found " + count,
          "ARM allows at most 10,000 elements in range()");
    }
    ArrayNode out = JSON.arrayNode();
    for (long i = 0; i < count; i++) {
      out.add(num(start + i));
    }
    return out;
  }

  private static JsonNode createObject(List<JsonNode> a) {
    if (a.size() % 2 != 0) {
      throw wrong("createObject", "takes key and value pairs, found an odd number of arguments (" + a.size() + ")");
    }
    ObjectNode out = JSON.objectNode();
    for (int i = 0; i < a.size(); i += 2) {
      out.set(str("createObject", a, i), a.get(i + 1));
    }
    return out;
  }

  private static JsonNode json(List<JsonNode> a) {
    exactly("json", a, 1);
    String s = str("json", a, 0);
    try {
      JsonNode parsed = MAPPER.readTree(s);
      return parsed == null ? NullNode.getInstance() : parsed;
    } catch (JsonProcessingException e) {
      throw new TemplateError("wrong-argument", "json(): " + Values.show(a.get(0)) + " is not valid JSON: "
          + e.getOriginalMessage(), "pass a well-formed JSON text");
    }
  }

  /** ARM returns the entries sorted by key ("Object functions", items()). */
  private static JsonNode items(List<JsonNode> a) {
    exactly("items", a, 1);
    ObjectNode object = object("items", a, 0);
    TreeMap<String, JsonNode> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER.thenComparing(s -> s));
    object.properties().forEach(f -> sorted.put(f.getKey(), f.getValue()));
    ArrayNode out = JSON.arrayNode();
    sorted.forEach((k, v) -> out.addObject().put("key", k).set("value", v));
    return out;
  }

  private static JsonNode minMax(String name, List<JsonNode> a) {
    atLeast(name, a, 1);
    List<JsonNode> values = new ArrayList<>();
    if (a.size() == 1 && a.get(0).isArray()) {
      a.get(0).forEach(values::add);
    } else {
      values.addAll(a);
    }
    if (values.isEmpty()) {
      throw wrong(name, "needs at least one value");
    }
    long best = 0;
    for (int i = 0; i < values.size(); i++) {
      long v = integer(name, values, i);
      best = i == 0 ? v : name.equals("min") ? Math.min(best, v) : Math.max(best, v);
    }
    return num(best);
  }

  private static JsonNode divide(String name, List<JsonNode> a) {
    exactly(name, a, 2);
    long dividend = integer(name, a, 0);
    long divisor = integer(name, a, 1);
    if (divisor == 0) {
      throw new TemplateError("wrong-argument", name + "(): the divisor is 0", "divide by a non-zero int");
    }
    return num(name.equals("div") ? dividend / divisor : dividend % divisor);
  }

  private static JsonNode toInt(List<JsonNode> a) {
    exactly("int", a, 1);
    JsonNode v = a.get(0);
    if (v.isIntegralNumber()) {
      return v;
    }
    if (v.isTextual()) {
      try {
        return num(Long.parseLong(v.textValue().strip()));
      } catch (NumberFormatException e) {
        throw new TemplateError("wrong-argument", "int(): " + Values.show(v) + " is not an integer",
            "pass digits, e.g. '4'");
      }
    }
    throw wrongType("int", 0, "a string or an int", v);
  }

  private static JsonNode toBool(List<JsonNode> a) {
    exactly("bool", a, 1);
    JsonNode v = a.get(0);
    if (v.isBoolean()) {
      return v;
    }
    if (v.isTextual() && (v.textValue().equalsIgnoreCase("true") || v.textValue().equalsIgnoreCase("false"))) {
      return bool(v.textValue().equalsIgnoreCase("true"));
    }
    if (v.isIntegralNumber() && (v.longValue() == 0 || v.longValue() == 1)) {
      return bool(v.longValue() == 1);
    }
    throw new TemplateError("wrong-argument", "bool(): cannot convert " + Values.show(v) + " to a bool",
        "pass 'true', 'false', 0 or 1");
  }

  private static JsonNode compare(String name, List<JsonNode> a) {
    exactly(name, a, 2);
    JsonNode x = a.get(0);
    JsonNode y = a.get(1);
    int c;
    if (x.isIntegralNumber() && y.isIntegralNumber()) {
      c = Long.compare(x.longValue(), y.longValue());
    } else if (x.isTextual() && y.isTextual()) {
      c = x.textValue().compareTo(y.textValue());
    } else {
      throw new TemplateError("wrong-argument", name + "(): compares two ints or two strings, found "
          + Values.typeName(x) + " and " + Values.typeName(y), "pass values of the same type");
    }
    switch (name) {
      case "greater":
        return bool(c > 0);
      case "greaterorequals":
        return bool(c >= 0);
      case "less":
        return bool(c < 0);
      default:
        return bool(c <= 0);
    }
  }

  private static JsonNode join(List<JsonNode> a) {
    exactly("join", a, 2);
    ArrayNode items = array("join", a, 0);
    String delimiter = str("join", a, 1);
    List<String> parts = new ArrayList<>();
    items.forEach(v -> parts.add(Values.text(v)));
    return text(String.join(delimiter, parts));
  }

  private static JsonNode objectKeys(ObjectNode object) {
    ArrayNode out = JSON.arrayNode();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static JsonNode flatten(List<JsonNode> a) {
    exactly("flatten", a, 1);
    ArrayNode out = JSON.arrayNode();
    for (JsonNode inner : array("flatten", a, 0)) {
      if (!inner.isArray()) {
        throw wrongType("flatten", 0, "an array of arrays", inner);
      }
      out.addAll((ArrayNode) inner);
    }
    return out;
  }

  private static JsonNode tryGet(List<JsonNode> a) {
    atLeast("tryGet", a, 2);
    JsonNode current = a.get(0);
    for (int i = 1; i < a.size() && !current.isNull(); i++) {
      JsonNode key = a.get(i);
      JsonNode next = null;
      if (current.isObject() && key.isTextual()) {
        next = Values.member(current, key.textValue());
      } else if (current.isArray() && key.isIntegralNumber()) {
        next = key.longValue() >= 0 && key.longValue() < current.size() ? current.get(key.intValue()) : null;
      }
      current = next == null ? NullNode.getInstance() : next;
    }
    return current;
  }

  private static JsonNode shallowMerge(List<JsonNode> a) {
    exactly("shallowMerge", a, 1);
    ObjectNode out = JSON.objectNode();
    for (JsonNode item : array("shallowMerge", a, 0)) {
      if (!item.isObject()) {
        throw wrongType("shallowMerge", 0, "an array of objects", item);
      }
      out.setAll((ObjectNode) item);
    }
    return out;
  }

  // ---- CIDR ("CIDR functions for ARM templates"); IPv4 only --------------------------------------

  private static Ipv4Prefix network(String name, List<JsonNode> a) {
    String text = str(name, a, 0);
    if (text.indexOf(':') >= 0) {
      throw new TemplateError("unsupported-function", name + "(): " + Values.show(a.get(0))
          + " is IPv6; arsim supports IPv4 networks only (Azure Route Server is IPv4-only)",
          "use an IPv4 network");
    }
    int slash = text.indexOf('/');
    try {
      if (slash < 0) {
        throw new IllegalArgumentException("the /length is missing");
      }
      int length = Integer.parseInt(text.substring(slash + 1));
      return Ipv4Prefix.containing(new Ipv4Address(quad(text, slash)), length);
    } catch (IllegalArgumentException e) {
      throw new TemplateError("wrong-argument", name + "(): " + Values.show(a.get(0))
          + " is not an IPv4 network in CIDR notation (" + e.getMessage() + ")", "write it like 10.144.0.0/20");
    }
  }

  /** The dotted quad before {@code end}, strictly: four decimal octets 0..255 without leading zeros. */
  private static int quad(String text, int end) {
    int bits = 0;
    int octets = 0;
    int i = 0;
    while (i < end) {
      int start = i;
      int value = 0;
      while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        value = value * 10 + (text.charAt(i) - '0');
        i++;
        if (value > 255) {
          throw new IllegalArgumentException("an octet is above 255");
        }
      }
      if (i == start || (i - start > 1 && text.charAt(start) == '0')) {
        throw new IllegalArgumentException("expected four decimal octets");
      }
      bits = (bits << 8) | value;
      octets++;
      if (i < end) {
        if (text.charAt(i) != '.' || octets == 4) {
          throw new IllegalArgumentException("expected four decimal octets");
        }
        i++;
      }
    }
    if (octets != 4) {
      throw new IllegalArgumentException("expected four decimal octets");
    }
    return bits;
  }

  private static JsonNode parseCidr(List<JsonNode> a) {
    exactly("parseCidr", a, 1);
    Ipv4Prefix prefix = network("parseCidr", a);
    int length = prefix.length();
    ObjectNode out = JSON.objectNode();
    out.put("network", prefix.first().toString());
    out.put("netmask", new Ipv4Address(Ipv4Prefix.mask(length)).toString());
    out.put("broadcast", prefix.last().toString());
    out.put("firstUsable", (length >= 31 ? prefix.first() : prefix.first().plus(1)).toString());
    out.put("lastUsable", (length >= 31 ? prefix.last() : new Ipv4Address(prefix.last().bits() - 1)).toString());
    out.put("cidr", length);
    return out;
  }

  private static JsonNode cidrSubnet(List<JsonNode> a) {
    exactly("cidrSubnet", a, 3);
    Ipv4Prefix prefix = network("cidrSubnet", a);
    long newLength = integer("cidrSubnet", a, 1);
    long index = integer("cidrSubnet", a, 2);
    if (newLength < prefix.length() || newLength > 32) {
      throw new TemplateError("wrong-argument", "cidrSubnet(): the new CIDR " + newLength + " must be between "
          + prefix.length() + " (the network's) and 32", "pass a prefix length at least as long as the network's");
    }
    long subnets = 1L << (newLength - prefix.length());
    if (index < 0 || index >= subnets) {
      throw new TemplateError("wrong-argument", "cidrSubnet(): index " + index + " is out of range; "
          + prefix + " has " + subnets + " /" + newLength + " subnets (0 to " + (subnets - 1) + ")",
          "pass an index below " + subnets);
    }
    long size = 1L << (32 - newLength);
    return text(new Ipv4Prefix((int) (prefix.first().unsigned() + index * size), (int) newLength).toString());
  }

  private static JsonNode cidrHost(List<JsonNode> a) {
    exactly("cidrHost", a, 2);
    Ipv4Prefix prefix = network("cidrHost", a);
    long index = integer("cidrHost", a, 1);
    long usable = prefix.length() >= 31 ? prefix.size() : prefix.size() - 2;
    if (index < 0 || index >= usable) {
      throw new TemplateError("wrong-argument", "cidrHost(): host index " + index + " is out of range; "
          + prefix + " has " + usable + " usable addresses (0 to " + (usable - 1) + ")",
          "pass an index below " + usable);
    }
    return text(prefix.first().plus(prefix.length() >= 31 ? index : index + 1).toString());
  }
}
