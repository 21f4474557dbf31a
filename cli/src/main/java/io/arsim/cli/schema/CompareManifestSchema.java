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
import io.arsim.cli.compare.CompareManifest;
import io.arsim.cli.compare.CompareManifest.BgpFormat;
import io.arsim.cli.compare.CompareManifest.Shows;

/**
 * Generates the JSON Schema of compare manifests ({@code observed.yaml}, docs/compare.md) from
 * {@link CompareManifest} with victools' jsonschema-generator, as {@link IntentsSchema} does for
 * intents files. The two enums get the manifest's spellings, and each kind of file gets the
 * properties it needs as an {@code if}/{@code then} rule, so an editor flags a learned-routes entry
 * without {@code peer} as arsim does.
 */
public final class CompareManifestSchema {
  /** Where the schema is published in the repository, relative to the root. */
  public static final String REPOSITORY_PATH = "docs/compare-manifest.schema.json";

  /** The schema as a JSON document, pretty-printed, ending with a newline. */
  public String render() {
    try {
      ObjectMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
      return mapper.writeValueAsString(generate()) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot render the compare manifest schema", e);
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
      if (raw == Shows.class) {
        node.put("type", "string").put("description", "learned-routes (az network routeserver peering"
            + " list-learned-routes, Get-AzRouteServerPeerLearnedRoute), advertised-routes (list-advertised-routes,"
            + " Get-AzRouteServerPeerAdvertisedRoute), effective-routes (az network nic show-effective-route-table),"
            + " bgp-table (an NVA's show bgp ipv4 unicast json or show ip bgp) or gateway-learned-routes (az network"
            + " vnet-gateway list-learned-routes).");
        ArrayNode values = node.putArray("enum");
        for (Shows s : Shows.values()) {
          values.add(s.label());
        }
      } else if (raw == BgpFormat.class) {
        node.put("type", "string").put("description", "frr-json (show bgp ipv4 unicast json, also json detail) or"
            + " iosxe-text (show ip bgp).");
        ArrayNode values = node.putArray("enum");
        for (BgpFormat f : BgpFormat.values()) {
          values.add(f.label());
        }
      } else {
        return null;
      }
      return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.NO);
    });
    ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(CompareManifest.class);
    ObjectNode file = (ObjectNode) schema.path("$defs").path("ObservedFile");
    ((ObjectNode) file.path("properties").path("instance")).put("minimum", 0).put("maximum", 1);
    ArrayNode rules = file.putArray("allOf");
    rule(rules, new String[] {Shows.LEARNED_ROUTES.label(), Shows.ADVERTISED_ROUTES.label()}, "routeServer", "peer");
    ObjectNode nic = rule(rules, new String[] {Shows.EFFECTIVE_ROUTES.label()});
    ArrayNode oneOf = ((ObjectNode) nic.get("then")).putArray("oneOf");
    oneOf.addObject().putArray("required").add("vm");
    oneOf.addObject().putArray("required").add("nic");
    rule(rules, new String[] {Shows.BGP_TABLE.label()}, "nva");
    rule(rules, new String[] {Shows.GATEWAY_LEARNED_ROUTES.label()}, "gateway");
    ObjectNode root = schema.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "https://arsim.io/schema/compare-manifest.schema.json");
    root.put("title", "arsim compare manifest");
    root.put("description", "observed.yaml: which file of an observed folder shows what, for arsim compare. See"
        + " docs/compare.md.");
    root.setAll(schema);
    return root;
  }

  /** {@code if shows is one of kinds then required: keys}. */
  private static ObjectNode rule(ArrayNode rules, String[] kinds, String... required) {
    ObjectNode rule = rules.addObject();
    ArrayNode values = rule.putObject("if").putObject("properties").putObject("shows").putArray("enum");
    for (String kind : kinds) {
      values.add(kind);
    }
    ObjectNode then = rule.putObject("then");
    if (required.length > 0) {
      ArrayNode list = then.putArray("required");
      for (String key : required) {
        list.add(key);
      }
    }
    return rule;
  }
}
