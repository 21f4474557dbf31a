package io.arsim.policy.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.arsim.core.topology.file.LocationIndex;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.Community;
import io.arsim.core.bgp.LargeCommunity;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.problem.Problem;
import io.arsim.core.problem.Suggestions;
import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Binds a policy's {@code config} tree to its provider's record strictly: unknown properties are
 * collected (with "did you mean"), the first bad value or missing required property of the config
 * ends its binding. Knows the core value types: {@link Asn} (a number, or a string such as
 * {@code "1.10"}), {@link Ipv4Prefix}, {@link Ipv4Address}, {@link Community} ({@code "65001:100"}
 * or a well-known name), {@link LargeCommunity} and {@link AsPath}, written as strings.
 */
final class ConfigBinder {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ConfigBinder.class);
  private static final Object PROBLEMS = ConfigBinder.class;
  private static final Pattern MISSING = Pattern.compile("Missing required creator property '([^']+)'");

  private final ObjectMapper mapper = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .addModule(values())
      .addHandler(new UnknownProperties())
      .build();

  /**
   * Binds {@code config} to {@code type}; problems carry pointers relative to {@code base}.
   *
   * @param plugin the provider's id, for messages about its defects
   * @param docs where the provider's config is documented, for fixes ("see ...")
   * @return the record, or null when there were problems (added to {@code problems})
   */
  <C> @Nullable C bind(JsonNode config, Class<C> type, String base, String plugin, String docs,
      List<Problem> problems) {
    List<Problem> unknown = new ArrayList<>();
    JsonNode cleaned = config.deepCopy();
    // Jackson handles unknown properties of records only after the constructor ran, so a misspelt
    // property would surface as the constructor's complaint about the one that is missing. Find
    // and drop them first.
    unknownProperties(cleaned, type, "", unknown);
    C value = null;
    try (JsonParser parser = mapper.treeAsTokens(cleaned)) {
      value = mapper.readerFor(type).withAttribute(PROBLEMS, unknown).readValue(parser);
    } catch (JsonProcessingException e) {
      if (!(unknown.size() > 0 && e instanceof ValueInstantiationException)) {
        problems.add(translate(e, base, cleaned, plugin, docs));
      }
    } catch (IOException e) {
      problems.add(Problem.error("invalid-policy-config", base, "cannot read the config: " + e.getMessage(), docs));
    }
    for (Problem p : unknown) {
      problems.add(Problem.error(p.code(), base + p.pointer(), p.message(), p.fix()));
    }
    return unknown.isEmpty() ? value : null;
  }

  /** Reports and removes the properties of {@code node} that record {@code type} does not have. */
  private static void unknownProperties(JsonNode node, java.lang.reflect.Type type, String pointer,
      List<Problem> problems) {
    Class<?> raw = type instanceof Class<?> c ? c
        : type instanceof java.lang.reflect.ParameterizedType p && p.getRawType() instanceof Class<?> c2 ? c2 : null;
    if (raw == null) {
      return;
    }
    if (java.util.Collection.class.isAssignableFrom(raw) && node instanceof com.fasterxml.jackson.databind.node.ArrayNode array
        && type instanceof java.lang.reflect.ParameterizedType p) {
      for (int i = 0; i < array.size(); i++) {
        unknownProperties(array.get(i), p.getActualTypeArguments()[0], pointer + "/" + i, problems);
      }
      return;
    }
    if (java.util.Map.class.isAssignableFrom(raw) && node instanceof com.fasterxml.jackson.databind.node.ObjectNode map
        && type instanceof java.lang.reflect.ParameterizedType p) {
      List<String> keys = new ArrayList<>();
      map.fieldNames().forEachRemaining(keys::add);
      for (String key : keys) {
        unknownProperties(map.get(key), p.getActualTypeArguments()[1],
            pointer + "/" + key.replace("~", "~0").replace("/", "~1"), problems);
      }
      return;
    }
    if (!raw.isRecord() || !(node instanceof com.fasterxml.jackson.databind.node.ObjectNode object)) {
      return;
    }
    java.util.Map<String, java.lang.reflect.RecordComponent> components = new java.util.LinkedHashMap<>();
    for (java.lang.reflect.RecordComponent component : raw.getRecordComponents()) {
      com.fasterxml.jackson.annotation.JsonProperty property =
          component.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
      if (property == null) {
        property = component.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
      }
      components.put(property != null && !property.value().isEmpty() ? property.value() : component.getName(),
          component);
    }
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      java.lang.reflect.RecordComponent component = components.get(name);
      String at = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
      if (component == null) {
        List<String> known = components.keySet().stream().sorted().toList();
        String fix = Suggestions.closest(name, known).map(s -> "did you mean `" + s + "`?")
            .orElse(known.isEmpty() ? "this policy takes no configuration; remove `config`"
                : "known properties here: " + String.join(", ", known));
        problems.add(Problem.error("unknown-property", at, "unknown property `" + name + "`", fix));
        object.remove(name);
      } else {
        unknownProperties(object.get(name), component.getGenericType(), at, problems);
      }
    }
  }

  private static Problem translate(JsonProcessingException e, String base, JsonNode config, String plugin,
      String docs) {
    String relative = e instanceof JsonMappingException m ? LocationIndex.pointerOf(m) : "";
    String pointer = base + relative;
    String original = String.valueOf(e.getOriginalMessage());
    Matcher missing = MISSING.matcher(original);
    if (e instanceof MismatchedInputException && missing.find()) {
      String property = missing.group(1);
      String at = pointer.endsWith("/" + property) ? pointer.substring(0, pointer.length() - property.length() - 1)
          : pointer;
      return Problem.error("missing-property", at, "required property `" + property + "` is missing",
          "add `" + property + "`; " + docs);
    }
    if (e instanceof ValueInstantiationException) {
      return refused(e.getCause() == null ? e : e.getCause(), base, relative, config, plugin, docs);
    }
    if (e instanceof ValueError) {
      return Problem.error("invalid-value", pointer, original, docs);
    }
    JsonNode found = config.at(relative);
    Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
    if (target != null && target.isEnum() && found.isTextual()) {
      List<String> names = java.util.Arrays.stream(target.getEnumConstants()).map(Object::toString).toList();
      return Problem.error("invalid-value", pointer, "\"" + found.asText() + "\" is not one of "
              + String.join(", ", names),
          Suggestions.closest(found.asText(), names).map(n -> "did you mean `" + n + "`?")
              .orElse("use one of " + String.join(", ", names)));
    }
    String text = found.isValueNode() && !found.isNull() ? " (" + found.asText() + ")" : "";
    return Problem.error("wrong-type", pointer, "expected " + expected(target) + ", found "
        + (found.isMissingNode() ? "another kind of value" : describe(found)) + text, docs);
  }

  /**
   * The config record's constructor threw. An {@code IllegalArgumentException} (or a
   * {@code NullPointerException} with a message of the plugin's own) says what is wrong with the
   * user's config: reported at the property it names in backquotes, when the config has it. Anything
   * else, and a {@code NullPointerException} without a message of its own, is a defect in the plugin
   * and is reported as one, never as "null".
   */
  static Problem refused(Throwable cause, String base, String relative, JsonNode config, String plugin, String docs) {
    java.util.Optional<String> message = userMessage(cause);
    if (message.isPresent()) {
      return Problem.error("invalid-value", base + propertyNamed(message.get(), config, relative), message.get(), docs);
    }
    LOG.debug("plugin {} failed on its config", plugin, cause);
    return Problem.error("policy-failed", base + relative, "plugin " + plugin + " failed while reading this config: "
            + defect(cause),
        "this is a defect in the plugin, not in your design; report it to its author (" + docs
            + "); `--debug` shows where it failed");
  }

  /** The message of a refusal written for users, if {@code cause} carries one. */
  static java.util.Optional<String> userMessage(Throwable cause) {
    String message = cause.getMessage();
    if (message == null || message.isBlank()) {
      return java.util.Optional.empty();
    }
    if (cause instanceof IllegalArgumentException) {
      return java.util.Optional.of(message);
    }
    if (cause instanceof NullPointerException && !HELPFUL_NPE.matcher(message).lookingAt()) {
      return java.util.Optional.of(message);
    }
    return java.util.Optional.empty();
  }

  /** What a plugin's failing code did, in words (no exception class names). */
  static String defect(Throwable cause) {
    if (cause instanceof NullPointerException) {
      return "its code met a missing value it did not expect";
    }
    if (cause instanceof StackOverflowError) {
      return "its code recursed without end";
    }
    String message = cause.getMessage();
    return message == null || message.isBlank() ? "its code failed without saying why" : "its code failed: " + message;
  }

  /** Java's own NullPointerException messages ("Cannot invoke ... because ... is null"). */
  private static final Pattern HELPFUL_NPE = Pattern.compile(
      "Cannot (invoke|read|load|store|assign|throw|enter|exit)\\b");

  /**
   * The pointer of the first property {@code message} names in backquotes ({@code `le` 4 is out
   * of range}) that the object at {@code relative} has; {@code relative} itself otherwise.
   */
  static String propertyNamed(String message, JsonNode config, String relative) {
    JsonNode object = config.at(relative);
    if (!object.isObject()) {
      return relative;
    }
    Matcher names = BACKQUOTED.matcher(message);
    while (names.find()) {
      if (object.has(names.group(1))) {
        return relative + "/" + names.group(1).replace("~", "~0").replace("/", "~1");
      }
    }
    return relative;
  }

  private static final Pattern BACKQUOTED = Pattern.compile("`([^`\\s]+)`");

  private static String expected(@Nullable Class<?> type) {
    if (type == null) {
      return "another kind of value";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "an object";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    }
    if (type == double.class || type == Double.class) {
      return "a number";
    }
    if (type.isEnum()) {
      return "one of " + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
          .toList());
    }
    return "another kind of value";
  }

  private static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case OBJECT -> "an object";
      case ARRAY -> "a list";
      case STRING -> "a string";
      case NUMBER -> node.isIntegralNumber() ? "a whole number" : "a decimal number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> "another kind of value";
    };
  }

  private static SimpleModule values() {
    SimpleModule module = new SimpleModule("arsim-policy-config");
    module.addDeserializer(Ipv4Prefix.class, new Text<>(Ipv4Prefix.class, Ipv4Prefix::parse, "an IPv4 prefix like 10.0.0.0/16"));
    module.addDeserializer(Ipv4Address.class, new Text<>(Ipv4Address.class, Ipv4Address::parse, "an IPv4 address like 10.1.0.100"));
    module.addDeserializer(Community.class, new Text<>(Community.class, Community::parse,
        "a community in quotes like \"65001:100\" or a name like no-export"));
    module.addDeserializer(LargeCommunity.class, new Text<>(LargeCommunity.class, LargeCommunity::parse,
        "a large community in quotes like \"65001:1:2\""));
    module.addDeserializer(AsPath.class, new Text<>(AsPath.class, AsPath::parse, "an AS path like \"65001 65515\""));
    module.addDeserializer(Asn.class, new AsnValue());
    return module;
  }

  /** A bad value; its message is the parse error. */
  static final class ValueError extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    ValueError(JsonParser parser, String message, Throwable cause) {
      super(parser, message, cause);
    }
  }

  private static final class Text<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<String, T> parse;
    private final String expected;

    Text(Class<T> type, Function<String, T> parse, String expected) {
      super(type);
      this.parse = parse;
      this.expected = expected;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        JsonToken token = parser.currentToken();
        String found = token == JsonToken.START_OBJECT ? "an object" : token == JsonToken.START_ARRAY ? "a list"
            : parser.getText();
        throw new ValueError(parser, "expected " + expected + ", found " + found, new IllegalArgumentException());
      }
      try {
        return parse.apply(parser.getText());
      } catch (IllegalArgumentException e) {
        throw new ValueError(parser, e.getMessage(), e);
      }
    }
  }

  private static final class AsnValue extends StdDeserializer<Asn> {
    private static final long serialVersionUID = 1L;

    AsnValue() {
      super(Asn.class);
    }

    @Override
    public Asn deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      try {
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
          return Asn.of(parser.getLongValue());
        }
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
          return Asn.parse(parser.getText());
        }
      } catch (IllegalArgumentException | IOException e) {
        throw new ValueError(parser, e.getMessage(), e);
      }
      throw new ValueError(parser, "expected an ASN like 65001, found " + parser.getText(),
          new IllegalArgumentException());
    }
  }

  /** Collects unknown properties with a suggestion, and goes on. */
  private static final class UnknownProperties extends DeserializationProblemHandler {
    @Override
    @SuppressWarnings("unchecked")
    public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
        JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
      Object sink = context.getAttribute(PROBLEMS);
      if (!(sink instanceof List<?>)) {
        return false;
      }
      var ctx = parser.getParsingContext();
      String pointer = ctx.pathAsPointer().toString();
      if (!pointer.endsWith("/" + propertyName)) {
        pointer = pointer + "/" + propertyName;
      }
      List<String> known = deserializer.getKnownPropertyNames().stream().map(Object::toString).sorted().toList();
      String fix = Suggestions.closest(propertyName, known).map(s -> "did you mean `" + s + "`?")
          .orElse(known.isEmpty() ? "this policy takes no configuration; remove `config`"
              : "known properties here: " + String.join(", ", known));
      ((List<Problem>) sink).add(Problem.error("unknown-property", pointer, "unknown property `" + propertyName + "`", fix));
      parser.skipChildren();
      return true;
    }
  }
}
