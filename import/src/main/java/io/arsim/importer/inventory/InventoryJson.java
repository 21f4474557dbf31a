package io.arsim.importer.inventory;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arsim.core.problem.Problem;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * An inventory as JSON, the same bytes for the same inventory: resources by id, object keys sorted.
 * Resources keep ARM's shape ({@code type}, {@code id}, {@code name}, {@code location},
 * {@code kind}, {@code sku}, {@code properties}) plus {@code origin}; then {@code notes} and
 * {@code problems}.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class InventoryJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private InventoryJson() {}

  /** The inventory as a JSON tree; {@code withOrigins} false leaves out where each resource came from. */
  public static ObjectNode tree(AzureInventory inventory, boolean withOrigins) {
    ObjectNode root = JSON.objectNode();
    ArrayNode resources = root.putArray("resources");
    for (AzureResource r : inventory.resources()) {
      ObjectNode out = resources.addObject();
      out.put("type", r.type());
      out.put("id", r.id());
      out.put("name", r.name());
      if (!r.location().isEmpty()) {
        out.put("location", r.location());
      }
      if (!r.kind().isEmpty()) {
        out.put("kind", r.kind());
      }
      if (!r.sku().isNull()) {
        out.set("sku", sorted(r.sku()));
      }
      out.set("properties", sorted(r.properties()));
      if (withOrigins) {
        out.put("origin", r.origin().toString());
      }
    }
    ArrayNode notes = root.putArray("notes");
    inventory.notes().forEach(n -> notes.add(withOrigins ? n.toString() : n.message() + " [" + n.code() + "]"));
    ArrayNode problems = root.putArray("problems");
    inventory.problems().forEach(p -> problems.add(withOrigins ? p.render() : render(p)));
    return root;
  }

  /** The inventory as indented JSON text. */
  public static String write(AzureInventory inventory, boolean withOrigins) {
    try {
      return MAPPER.writeValueAsString(tree(inventory, withOrigins));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  private static String render(Problem problem) {
    return problem.severity().label() + ": " + problem.message() + " [" + problem.code() + "]";
  }

  /** A copy of {@code node} with object keys in order. */
  public static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      Map<String, JsonNode> fields = new TreeMap<>();
      node.properties().forEach(f -> fields.put(f.getKey(), sorted(f.getValue())));
      ObjectNode out = JSON.objectNode();
      fields.forEach(out::set);
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JSON.arrayNode();
      node.forEach(e -> out.add(sorted(e)));
      return out;
    }
    return node;
  }
}
