package io.arsim.core.topology.file;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.arsim.core.bgp.Asn;
import io.arsim.core.net.IpPrefix;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.net.Ipv6Prefix;
import io.arsim.core.problem.Problem;
import io.arsim.core.problem.Suggestions;
import io.arsim.core.topology.ExtensionKind;
import io.arsim.core.topology.ExtensionResource;
import io.arsim.core.topology.SubnetRef;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The Jackson configuration of topology files: strict mappers for YAML and JSON, and the value
 * (de)serializers of the domain types. Value errors are collected, not thrown, so one read reports
 * every bad prefix, address and ASN at once.
 */
@API(status = INTERNAL, since = "0.1")
public final class TopologyJson {
  private TopologyJson() {}

  /** Types written as a single scalar in files, bound by arsim's own deserializers. */
  static final java.util.Set<Class<?>> VALUE_TYPES = java.util.Set.of(
      Ipv4Address.class, Ipv4Prefix.class, Ipv6Prefix.class, IpPrefix.class, SubnetRef.class, Asn.class);

  /** A strict mapper for {@code format} that knows {@code kinds}, with the default {@link ReadLimits}. */
  public static ObjectMapper mapper(TopologyFormat format, Collection<? extends ExtensionKind<?>> kinds) {
    return mapper(format, kinds, ReadLimits.defaults());
  }

  /**
   * A strict mapper for {@code format} that knows {@code kinds}; its parsers enforce {@code limits}
   * (Jackson's {@link StreamReadConstraints}, SnakeYAML's {@link LoaderOptions}) and read YAML in
   * linear time ({@link LinearYamlFactory}).
   */
  public static ObjectMapper mapper(TopologyFormat format, Collection<? extends ExtensionKind<?>> kinds,
      ReadLimits limits) {
    JsonFactory factory = factory(format, limits);
    var builder = factory instanceof LinearYamlFactory yaml ? YAMLMapper.builder(yaml) : JsonMapper.builder(factory);
    return builder
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        // Microsoft's own examples write both ASPath and AsPath, VpnGateway and vpngateway.
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        // Empty lists are left out when writing (what WRITE_EMPTY_JSON_ARRAYS did).
        .withConfigOverride(java.util.List.class, o -> o.setInclude(
            com.fasterxml.jackson.annotation.JsonInclude.Value.construct(
                com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY, null)))
        .addModule(types(kinds))
        .addHandler(new StrictHandler())
        .build();
  }

  /**
   * The parser factory for {@code format}: duplicate keys are errors, locations carry the source,
   * {@code limits} are enforced, YAML is read in linear time.
   */
  static JsonFactory factory(TopologyFormat format, ReadLimits limits) {
    if (format == TopologyFormat.YAML) {
      return new LinearYamlFactory(YAMLFactory.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .loaderOptions(loaderOptions(limits))
          .streamReadConstraints(constraints(limits)));
    }
    return JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .streamReadConstraints(constraints(limits))
        .build();
  }

  /** Jackson's limits for {@code limits}: nesting, value and key length, number length, document length. */
  static StreamReadConstraints constraints(ReadLimits limits) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNameLength(limits.maxStringLength())
        .maxNumberLength(limits.maxNumberLength())
        .maxDocumentLength(limits.maxInputBytes())
        .build();
  }

  /**
   * SnakeYAML's limits for {@code limits}. Jackson reads YAML event by event, so SnakeYAML itself
   * enforces only the code-point limit (set to the size limit, which it can never exceed: a code
   * point takes at least one byte); aliases and nesting are counted by {@link DocumentParser} and
   * Jackson's constraints, and set here too so that the options say what arsim enforces.
   */
  static LoaderOptions loaderOptions(ReadLimits limits) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxInputBytes()));
    options.setNestingDepthLimit(limits.maxNestingDepth());
    options.setMaxAliasesForCollections(limits.maxAliases());
    options.setAllowDuplicateKeys(false);
    return options;
  }

  /** The (de)serializers of the domain value types and of extension resources. */
  static SimpleModule types(Collection<? extends ExtensionKind<?>> kinds) {
    SimpleModule module = new SimpleModule("arsim-topology");
    module.addSerializer(Ipv4Address.class, ToStringSerializer.instance);
    module.addSerializer(Ipv4Prefix.class, ToStringSerializer.instance);
    module.addSerializer(Ipv6Prefix.class, ToStringSerializer.instance);
    module.addSerializer(IpPrefix.class, ToStringSerializer.instance);
    module.addSerializer(SubnetRef.class, ToStringSerializer.instance);
    module.addSerializer(Asn.class, new com.fasterxml.jackson.databind.ser.std.StdSerializer<Asn>(Asn.class) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(Asn value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeNumber(value.value());
      }
    });
    module.addDeserializer(Ipv4Address.class, new TextValue<>(Ipv4Address.class, Ipv4Address::parse,
        new Ipv4Address(0), "an IPv4 address like 10.0.1.4"));
    module.addDeserializer(Ipv4Prefix.class, new TextValue<>(Ipv4Prefix.class, Ipv4Prefix::parse,
        Ipv4Prefix.DEFAULT_ROUTE, "an IPv4 prefix in CIDR notation like 10.0.0.0/16"));
    module.addDeserializer(IpPrefix.class, new TextValue<>(IpPrefix.class, IpPrefix::parse,
        Ipv4Prefix.DEFAULT_ROUTE, "a prefix in CIDR notation like 10.0.0.0/16"));
    module.addDeserializer(SubnetRef.class, new TextValue<>(SubnetRef.class, SubnetRef::parse,
        new SubnetRef("?", "?"), "a subnet reference \"vnet/subnet\" like \"spoke/workload\""));
    module.addDeserializer(Asn.class, new AsnValue());
    module.addDeserializer(Boolean.class, new BooleanValue(false));
    module.addDeserializer(boolean.class, new BooleanValue(true));
    module.addDeserializer(Integer.class, new IntegerValue(false));
    module.addDeserializer(int.class, new IntegerValue(true));
    module.addDeserializer(ExtensionResource.class, new ExtensionValue(kinds));
    return module;
  }

  static void report(DeserializationContext context, Problem problem) {
    Object problems = context.getAttribute(ReadProblems.KEY);
    if (problems instanceof ReadProblems collected) {
      collected.add(problem);
    }
  }

  static String describeToken(@Nullable JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "a list";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a decimal number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> "another kind of value";
    };
  }

  /** The kind of a tree value, for messages: "a string", "a list", ... */
  static String describeNode(JsonNode node) {
    return switch (node.getNodeType()) {
      case OBJECT -> "an object";
      case ARRAY -> "a list";
      case STRING -> "a string";
      case NUMBER -> node.isIntegralNumber() ? "an integer" : "a decimal number";
      case BOOLEAN -> "a boolean";
      case NULL, MISSING -> "null";
      default -> "a binary value";
    };
  }

  /** A value written as a string and parsed strictly; a bad one is reported and replaced. */
  private static final class TextValue<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<String, T> parse;
    private final transient T placeholder;
    private final String expected;

    TextValue(Class<T> type, Function<String, T> parse, T placeholder, String expected) {
      super(type);
      this.parse = parse;
      this.placeholder = placeholder;
      this.expected = expected;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      // The pointer is built only for a problem: reading a large design binds many values.
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        String pointer = LocationIndex.pointerOf(parser);
        String found = describeToken(parser.currentToken());
        String text = parser.currentToken().isScalarValue() ? " (" + parser.getText() + ")" : "";
        parser.skipChildren();
        report(context, Problem.error("wrong-type", pointer,
            "expected " + expected + ", found " + found + text,
            "write the value as a string, e.g. " + example()));
        return placeholder;
      }
      String text = parser.getText();
      if (text.equals(StructureCheck.MISSING)) {
        return placeholder;
      }
      try {
        return parse.apply(text);
      } catch (IllegalArgumentException e) {
        report(context, Problem.error("invalid-value", LocationIndex.pointerOf(parser), e.getMessage(),
            "write " + expected));
        return placeholder;
      }
    }

    private String example() {
      int like = expected.indexOf(" like ");
      return like < 0 ? expected : expected.substring(like + " like ".length());
    }
  }

  /** An ASN written as a number. */
  private static final class AsnValue extends StdDeserializer<Asn> {
    private static final long serialVersionUID = 1L;

    AsnValue() {
      super(Asn.class);
    }

    @Override
    public Asn deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT) {
        try {
          long value = parser.getLongValue();
          return Asn.of(value);
        } catch (IllegalArgumentException | IOException e) {
          report(context, Problem.error("invalid-value", LocationIndex.pointerOf(parser),
              "ASN " + parser.getText() + " is out of range; an ASN is 1..4294967295",
              "use a 2-byte private ASN 64512..65534 for an NVA, e.g. 65001"));
          return Asn.of(0);
        }
      }
      if (token == JsonToken.VALUE_STRING && parser.getText().equals(StructureCheck.MISSING)) {
        return Asn.of(0);
      }
      String text = token.isScalarValue() ? " (" + parser.getText() + ")" : "";
      parser.skipChildren();
      report(context, Problem.error("wrong-type", LocationIndex.pointerOf(parser),
          "expected an ASN as a number like 65001, found " + describeToken(token) + text,
          "write the ASN without quotes, e.g. 65001"));
      return Asn.of(0);
    }
  }

  /** true or false, never a string or a number. */
  private static final class BooleanValue extends StdDeserializer<Boolean> {
    private static final long serialVersionUID = 1L;

    private final boolean primitive;

    BooleanValue(boolean primitive) {
      super(Boolean.class);
      this.primitive = primitive;
    }

    @Override
    public @Nullable Boolean getNullValue(DeserializationContext context) {
      return primitive ? Boolean.FALSE : null;
    }

    @Override
    public @Nullable Object getAbsentValue(DeserializationContext context) {
      return getNullValue(context);
    }

    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
        return token == JsonToken.VALUE_TRUE;
      }
      String text = token.isScalarValue() ? " (" + parser.getText() + ")" : "";
      parser.skipChildren();
      report(context, Problem.error("wrong-type", LocationIndex.pointerOf(parser),
          "expected true or false, found " + describeToken(token) + text, "write true or false, without quotes"));
      return false;
    }
  }

  /** A whole number, never a string or a decimal. */
  private static final class IntegerValue extends StdDeserializer<Integer> {
    private static final long serialVersionUID = 1L;

    private final boolean primitive;

    IntegerValue(boolean primitive) {
      super(Integer.class);
      this.primitive = primitive;
    }

    @Override
    public @Nullable Integer getNullValue(DeserializationContext context) {
      return primitive ? 0 : null;
    }

    @Override
    public @Nullable Object getAbsentValue(DeserializationContext context) {
      return getNullValue(context);
    }

    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
        return parser.getIntValue();
      }
      String text = token.isScalarValue() ? " (" + parser.getText() + ")" : "";
      parser.skipChildren();
      report(context, Problem.error("wrong-type", LocationIndex.pointerOf(parser),
          "expected a whole number, found " + describeToken(token) + text,
          "write a number without quotes, e.g. 2"));
      return 1;
    }
  }

  /** An entry of {@code extensions.<kind>}: bound to the type its kind registers. */
  private static final class ExtensionValue extends StdDeserializer<ExtensionResource> {
    private static final long serialVersionUID = 1L;
    private final transient Map<String, ExtensionKind<?>> kinds;

    ExtensionValue(Collection<? extends ExtensionKind<?>> kinds) {
      super(ExtensionResource.class);
      this.kinds = kinds.stream().collect(Collectors.toMap(ExtensionKind::kind, k -> k, (a, b) -> a, TreeMap::new));
    }

    @Override
    public @Nullable ExtensionResource deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      var list = parser.getParsingContext().getParent();
      var section = list == null ? null : list.getParent();
      String kind = section == null ? null : section.getCurrentName();
      ExtensionKind<?> extension = kind == null ? null : kinds.get(kind);
      if (extension == null) {
        parser.skipChildren();
        return null;
      }
      JavaType type = context.constructType(extension.type());
      return (ExtensionResource) context.readValue(parser, type);
    }
  }

  /** Reports unknown properties and unconvertible values instead of failing on the first one. */
  static final class StrictHandler extends DeserializationProblemHandler {
    /** The context attribute holding the document's {@link LocationIndex}, for the keys an object has. */
    static final Object LOCATIONS = new Object();

    @Override
    public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
        JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
      String pointer = LocationIndex.pointerOfField(parser, propertyName);
      List<String> known = deserializer.getKnownPropertyNames().stream().map(Object::toString).sorted().toList();
      List<String> present = presentKeys(context, pointer, known);
      List<String> absent = known.stream().filter(k -> !present.contains(k)).toList();
      // Never suggest a key the object has already: name the one it duplicates instead.
      String fix = Suggestions.closest(propertyName, absent)
          .map(s -> "did you mean `" + s + "`?")
          .or(() -> Suggestions.closest(propertyName, known).map(s -> "remove it: `" + s + "` is set here already"))
          .orElse("known properties here: " + String.join(", ", known));
      report(context, Problem.error("unknown-property", pointer,
          "unknown property `" + propertyName + "`", fix));
      parser.skipChildren();
      return true;
    }

    /**
     * Of {@code known}, the keys the file gives in the object that holds the property at
     * {@code pointer}: from the location index the reader put in the context ({@link #LOCATIONS}),
     * so values the reader filled in for missing properties do not count; empty without an index.
     */
    private static List<String> presentKeys(DeserializationContext context, String pointer, List<String> known) {
      if (!(context.getAttribute(LOCATIONS) instanceof LocationIndex index) || pointer.lastIndexOf('/') < 0) {
        return List.of();
      }
      String parent = pointer.substring(0, pointer.lastIndexOf('/'));
      return known.stream().filter(k -> index.hasKey(parent + "/" + k.replace("~", "~0").replace("/", "~1"))).toList();
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext context, Class<?> targetType, String value,
        String failureMsg) throws IOException {
      if (targetType.isEnum()) {
        Object[] constants = targetType.getEnumConstants();
        List<String> names = Arrays.stream(constants).map(Object::toString).toList();
        String fix = Suggestions.closest(value, names).map(s -> "did you mean `" + s + "`?")
            .orElse("use one of " + String.join(", ", names));
        report(context, Problem.error("invalid-value", LocationIndex.pointerOf(context.getParser()),
            "\"" + value + "\" is not one of " + String.join(", ", names), fix));
        return constants[0];
      }
      return super.handleWeirdStringValue(context, targetType, value, failureMsg);
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext context, JavaType targetType, JsonToken token,
        JsonParser parser, String failureMsg) throws IOException {
      String pointer = LocationIndex.pointerOf(parser);
      String expected = expectedFor(targetType);
      String text = token != null && token.isScalarValue() ? " (" + parser.getText() + ")" : "";
      parser.skipChildren();
      report(context, Problem.error("wrong-type", pointer,
          "expected " + expected + ", found " + describeToken(token) + text,
          targetType.isCollectionLikeType() ? "write a list, e.g. [" + (text.isEmpty() ? "..." : text.substring(2,
              text.length() - 1)) + "]" : "write " + expected));
      return placeholder(targetType);
    }

    static String expectedFor(JavaType type) {
      Class<?> raw = type.getRawClass();
      if (type.isCollectionLikeType()) {
        return "a list";
      }
      if (raw == String.class) {
        return "a string";
      }
      if (raw == boolean.class || raw == Boolean.class) {
        return "true or false";
      }
      if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
        return "an integer";
      }
      if (raw.isEnum()) {
        return "one of " + Arrays.stream(raw.getEnumConstants()).map(Object::toString)
            .collect(Collectors.joining(", "));
      }
      return "an object";
    }

    private static @Nullable Object placeholder(JavaType type) {
      Class<?> raw = type.getRawClass();
      if (raw.isAssignableFrom(java.util.ArrayList.class)) {
        return new java.util.ArrayList<>();
      }
      if (raw.isAssignableFrom(java.util.LinkedHashMap.class)) {
        return new java.util.LinkedHashMap<>();
      }
      if (raw == String.class) {
        return "";
      }
      if (raw == boolean.class || raw == Boolean.class) {
        return false;
      }
      if (raw == int.class || raw == Integer.class) {
        return 1;
      }
      if (raw == long.class || raw == Long.class) {
        return 1L;
      }
      if (raw.isEnum()) {
        return raw.getEnumConstants()[0];
      }
      return null;
    }
  }
}
