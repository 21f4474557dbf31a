package io.arsim.cli.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import io.arsim.core.bgp.Asn;
import io.arsim.core.net.IpPrefix;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.ExtensionKind;
import io.arsim.core.topology.SubnetRef;
import io.arsim.core.topology.Topology;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Generates the JSON Schema of topology files from the model records with victools'
 * jsonschema-generator and its Jackson module, so the schema follows the model: property names,
 * descriptions and required flags come from the records' Jackson annotations. The value types
 * (addresses, prefixes, ASNs, subnet references) get string patterns or integer ranges; the
 * {@code extensions} section lists the kinds the installed extensions contribute.
 */
public final class TopologySchema {
  /** Where the schema is published in the repository, relative to the root. */
  public static final String REPOSITORY_PATH = "docs/topology.schema.json";

  private static final String IPV4_OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";
  private static final String IPV4 = IPV4_OCTET + "(\\." + IPV4_OCTET + "){3}";
  private static final String IPV4_PREFIX = IPV4 + "/(3[0-2]|[12]?[0-9])";

  private final List<ExtensionKind<?>> kinds;

  public TopologySchema(List<? extends ExtensionKind<?>> kinds) {
    List<ExtensionKind<?>> sorted = new java.util.ArrayList<>(kinds);
    sorted.sort(Comparator.comparing(ExtensionKind::kind));
    this.kinds = List.copyOf(sorted);
  }

  /** The schema as a JSON document, pretty-printed, ending with a newline. */
  public String render() {
    try {
      ObjectMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
      return mapper.writeValueAsString(generate()) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot render the topology schema", e);
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
      if (raw == Ipv4Address.class) {
        node.put("type", "string").put("pattern", "^" + IPV4 + "$")
            .put("description", "An IPv4 address, e.g. 10.0.1.4.");
      } else if (raw == Ipv4Prefix.class) {
        node.put("type", "string").put("pattern", "^" + IPV4_PREFIX + "$")
            .put("description", "An IPv4 prefix in CIDR notation with no host bits set, e.g. 10.0.0.0/16.");
      } else if (raw == IpPrefix.class) {
        node.put("type", "string")
            .put("description", "A prefix in CIDR notation with no host bits set, e.g. 10.0.0.0/16 (IPv6 is"
                + " accepted and reported where Azure Route Server does not support it).");
        node.putArray("anyOf").addObject().put("pattern", "^" + IPV4_PREFIX + "$");
        ((ArrayNode) node.get("anyOf")).addObject().put("pattern", "^[0-9A-Fa-f:.]+/[0-9]{1,3}$");
      } else if (raw == Asn.class) {
        node.put("type", "integer").put("minimum", 1).put("maximum", 4294967295L)
            .put("description", "An autonomous system number, e.g. 65001.");
      } else if (raw == SubnetRef.class) {
        node.put("type", "string").put("pattern", "^[^/]+/[^/]+$")
            .put("description", "A subnet written vnet/subnet, e.g. spoke/workload.");
      } else if (raw == JsonNode.class) {
        node.put("type", "object").put("description", "Configuration of the policy provider named by `type`.");
      } else if (raw == Map.class) {
        node.put("type", "object").put("additionalProperties", false)
            .put("description", "Resources of kinds contributed by installed extensions.");
        ObjectNode properties = node.putObject("properties");
        for (ExtensionKind<?> kind : kinds) {
          ObjectNode list = properties.putObject(kind.kind());
          list.put("type", "array").put("description", kind.description());
          list.set("items", context.createDefinitionReference(context.getTypeContext().resolve(kind.type())));
        }
      } else {
        return null;
      }
      return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.NO);
    });
    ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(Topology.class);
    ObjectNode root = schema.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "https://arsim.io/schema/topology.schema.json");
    root.put("title", "arsim topology");
    root.put("description", "A design for arsim: VNets, peerings, route servers, NVAs, policies and extension"
        + " resources. See docs/topology.md.");
    root.setAll(schema);
    return root;
  }
}
