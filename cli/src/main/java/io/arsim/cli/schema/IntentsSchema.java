package io.arsim.cli.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import io.arsim.engine.intent.Expectation;
import io.arsim.engine.intent.FailureScope;
import io.arsim.engine.intent.IntentFile;

/**
 * Generates the JSON Schema of intents files (docs/intents.md) from the engine's records
 * ({@link IntentFile}, its intents) with victools' jsonschema-generator and its Jackson module, as
 * {@link TopologySchema} does for topology files: names, descriptions and required flags come from
 * the records' annotations. The values the reader accepts in two shapes get them here: {@code under}
 * (a word, or a list of failures, each a name or a list of names), {@code expect} (its two words),
 * {@code through} and {@code notThrough} (a name or a list).
 */
public final class IntentsSchema {
  /** Where the schema is published in the repository, relative to the root. */
  public static final String REPOSITORY_PATH = "docs/intents.schema.json";

  /** The schema as a JSON document, pretty-printed, ending with a newline. */
  public String render() {
    try {
      ObjectMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
      return mapper.writeValueAsString(generate()) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot render the intents schema", e);
    }
  }

  /** The schema as a tree. */
  public ObjectNode generate() {
    SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(
        SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
        .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED, JacksonOption.RESPECT_JSONPROPERTY_ORDER))
        .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
        .with(Option.DEFINITIONS_FOR_ALL_OBJECTS)
        .with(Option.PLAIN_DEFINITION_KEYS)
        .without(Option.SCHEMA_VERSION_INDICATOR);
    config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
      Class<?> raw = type.getErasedType();
      ObjectNode node = context.getGeneratorConfig().createObjectNode();
      if (raw == FailureScope.class) {
        node.put("description", "none, any-single-failure (every NVA, route server, route-server instance and"
            + " extension resource alone, as arsim sweep fails them), any-two-failures (and every pair), or a list of"
            + " failures: each a name as arsim whatif --fail takes it (nva1, rs-spoke/IN_0, vnet:hub1, lb:ilb-fw,"
            + " nva1,rs-spoke/IN_0 for a session) or a list of names that fail together.");
        ArrayNode oneOf = node.putArray("oneOf");
        ArrayNode words = oneOf.addObject().put("type", "string").putArray("enum");
        for (FailureScope.Kind kind : FailureScope.Kind.values()) {
          if (kind != FailureScope.Kind.LISTED) {
            words.add(kind.label());
          }
        }
        ObjectNode list = oneOf.addObject().put("type", "array").put("minItems", 1);
        ArrayNode entry = list.putObject("items").putArray("anyOf");
        entry.addObject().put("type", "string").put("minLength", 1);
        entry.addObject().put("type", "array").put("minItems", 1).putObject("items").put("type", "string")
            .put("minLength", 1);
      } else if (raw == Expectation.class) {
        node.put("type", "string").put("description", "reachable (default): every path gets there; isolated: none"
            + " does.");
        ArrayNode values = node.putArray("enum");
        for (Expectation e : Expectation.values()) {
          values.add(e.label());
        }
      } else {
        return null;
      }
      return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.NO);
    });
    ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(IntentFile.class);
    ObjectNode intent = (ObjectNode) schema.path("$defs").path("Intent").path("properties");
    for (String waypoints : new String[] {"through", "notThrough", "failed"}) {
      ObjectNode property = (ObjectNode) intent.get(waypoints);
      String description = property.path("description").asText();
      property.removeAll();
      property.put("description", description + " A name or a list of names.");
      ArrayNode anyOf = property.putArray("anyOf");
      anyOf.addObject().put("type", "string").put("minLength", 1);
      anyOf.addObject().put("type", "array").putObject("items").put("type", "string").put("minLength", 1);
    }
    ObjectNode root = schema.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "https://arsim.io/schema/intents.schema.json");
    root.put("title", "arsim intents");
    root.put("description", "What must hold in a design, for arsim check. See docs/intents.md.");
    root.setAll(schema);
    return root;
  }
}
