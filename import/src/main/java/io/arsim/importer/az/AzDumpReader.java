package io.arsim.importer.az;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arsim.core.problem.SourceLocation;
import io.arsim.core.topology.TopologyException;
import io.arsim.core.topology.file.InputFiles;
import io.arsim.core.topology.file.ReadLimits;
import io.arsim.importer.inventory.AzureInventory;
import io.arsim.importer.inventory.AzureResource;
import io.arsim.importer.inventory.ImportFiles;
import io.arsim.importer.inventory.InventoryBuilder;
import io.arsim.importer.inventory.ResourceIds;
import io.arsim.importer.inventory.ResourceOrigin;
import io.arsim.importer.inventory.ResourceTypes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads dumps of the deployed state into one inventory: the JSON the Azure CLI prints for
 * {@code az network vnet list}, {@code az network routeserver list}, {@code az network routeserver
 * peering list}, {@code az network nic list}, {@code az network route-table list}, {@code az network
 * vnet-gateway list}, {@code az network express-route list} (and {@code peering list}),
 * {@code az network lb list} and {@code az vm list}, in one file each or mixed; an Azure Resource
 * Graph result ({@code az graph query}: {@code {"data": [...]}} or a bare array of ARM-shaped rows with
 * lower-case types); an ARM list response ({@code {"value": [...]}}); or a single {@code show}.
 *
 * <p>What each file holds is told from its content, element by element: an element with a
 * {@code properties} object is ARM-shaped (Resource Graph, REST); one without is the CLI's flattened
 * shape. Files are read with Jackson's streaming parser, one element at a time.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class AzDumpReader {
  private static final Logger LOG = LoggerFactory.getLogger(AzDumpReader.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final long maxInputBytes;

  /** A reader of files up to {@link ImportFiles#DEFAULT_MAX_INPUT_BYTES}. */
  public AzDumpReader() {
    this(ImportFiles.DEFAULT_MAX_INPUT_BYTES);
  }

  /**
   * A reader of files up to {@code maxInputBytes} each (1 byte to 1 GiB).
   *
   * @since 0.2
   */
  public AzDumpReader(long maxInputBytes) {
    if (maxInputBytes < 1 || maxInputBytes > ReadLimits.MAX_INPUT_BYTES_CEILING) {
      throw new IllegalArgumentException("the size limit must be 1 byte to 1 GiB, not " + maxInputBytes);
    }
    this.maxInputBytes = maxInputBytes;
  }

  /**
   * Reads every file into one inventory. Only regular files within the size limit are read
   * ({@link InputFiles}); any other is a problem in the inventory.
   */
  public AzureInventory read(List<Path> files) {
    InventoryBuilder builder = new InventoryBuilder();
    for (Path file : files) {
      String name = file.toString();
      try (InputStream in = InputFiles.open(file, "az dump", maxInputBytes)) {
        read(name, in, builder);
      } catch (TopologyException e) {
        e.problems().forEach(builder::problem);
      } catch (IOException e) {
        builder.error("unreadable", ResourceOrigin.of(SourceLocation.ofFile(name), ""), "cannot read the file: "
            + e.getMessage(), "check the path and permissions");
      }
    }
    return builder.build();
  }

  /** Reads one dump held in memory; {@code fileName} names it in messages. */
  public AzureInventory read(String fileName, byte[] content) {
    InventoryBuilder builder = new InventoryBuilder();
    try {
      read(fileName, new ByteArrayInputStream(content), builder);
    } catch (IOException e) {
      throw new IllegalStateException("reading from memory does not fail", e);
    }
    return builder.build();
  }

  /**
   * What a dump is, told from its content: the az command that prints it ({@code az network vnet
   * list}), {@code az graph query} for a Resource Graph result (an object with {@code data}, or rows
   * with ARM's {@code properties} and lower-case types), {@code an ARM list response} for
   * {@code {"value": [...]}}, or why it is none of them. Only the first resource is looked at.
   */
  public String detect(String fileName, byte[] content) {
    try (JsonParser parser = MAPPER.createParser(content)) {
      JsonToken token = parser.nextToken();
      String wrapper = "";
      if (token == JsonToken.START_OBJECT) {
        JsonNode root = parser.readValueAsTree();
        if (root.has("RouteServiceRole_IN_0") || root.has("RouteServiceRole_IN_1")) {
          return "observed route server routes (list-learned-routes or list-advertised-routes)";
        }
        if (root.path("data").isArray()) {
          return "az graph query";
        }
        if (root.path("value").isArray()) {
          wrapper = "value";
        } else {
          return root.has("id") && root.has("type") ? AzShapes.command(root.path("type").asText()).replace(" list", " show")
              : "unknown: not the JSON an az command prints";
        }
        JsonNode first = root.path(wrapper).path(0);
        return first.has("nextHopType") ? "observed effective routes (az network nic show-effective-route-table)"
            : "an ARM list response of " + ResourceTypes.normalise(first.path("type").asText("resources"));
      }
      if (token != JsonToken.START_ARRAY) {
        return "unknown: not the JSON an az command prints";
      }
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return "an empty list";
      }
      JsonNode first = parser.readValueAsTree();
      String type = first.path("type").asText("");
      if (first.path("properties").isObject() && type.equals(type.toLowerCase(java.util.Locale.ROOT))) {
        return "az graph query";
      }
      return type.isEmpty() ? "unknown: the first element has no type" : AzShapes.command(type);
    } catch (IOException e) {
      return "unknown: not well-formed JSON";
    }
  }

  private void read(String file, InputStream in, InventoryBuilder builder) throws IOException {
    LOG.debug("reading dump {}", file);
    try (JsonParser parser = MAPPER.createParser(in)) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        builder.error("empty-file", ResourceOrigin.of(SourceLocation.ofFile(file), ""), "the file is empty",
            "save the command's output with -o json");
        return;
      }
      if (token == JsonToken.START_ARRAY) {
        elements(file, parser, "", builder);
      } else if (token == JsonToken.START_OBJECT) {
        object(file, parser, builder);
      } else {
        builder.error("unknown-dump", ResourceOrigin.of(location(file, parser), ""), "expected the JSON the Azure"
            + " CLI prints (an array or an object), found " + parser.getText(), "save the output with -o json");
      }
    } catch (JsonProcessingException e) {
      builder.problem(ImportFiles.syntaxError(file, e, "save the command's output again with -o json"));
    }
  }

  /** A top-level object: {"data": [...]}, {"value": [...]}, a single resource, or something else. */
  private void object(String file, JsonParser parser, InventoryBuilder builder) throws IOException {
    SourceLocation start = location(file, parser);
    ObjectNode rest = JSON.objectNode();
    boolean listed = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if ((field.equals("data") || field.equals("value")) && value == JsonToken.START_ARRAY && !listed) {
        elements(file, parser, "/" + field, builder);
        listed = true;
      } else {
        rest.set(field, parser.readValueAsTree());
      }
    }
    if (listed) {
      return;
    }
    if (rest.has("RouteServiceRole_IN_0") || rest.has("RouteServiceRole_IN_1")) {
      builder.error("observed-output", ResourceOrigin.of(start, ""), "this is the output of `az network routeserver"
          + " peering list-learned-routes` or `list-advertised-routes`: what Azure shows, not the design",
          "use it with compare, and give the dumps of the resources here");
      return;
    }
    if (rest.has("id") && rest.has("type")) {
      resource(file, rest, "", start, builder);
      return;
    }
    builder.error("unknown-dump", ResourceOrigin.of(start, ""), "cannot tell what this file is: expected the"
        + " JSON array an `az ... list` command prints, a Resource Graph result {\"data\": [...]}, or one resource"
        + " with `id` and `type`", "save the output of an az list command with -o json");
  }

  private void elements(String file, JsonParser parser, String base, InventoryBuilder builder) throws IOException {
    int index = 0;
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
      String pointer = base + "/" + index++;
      SourceLocation at = location(file, parser);
      JsonNode element = parser.readValueAsTree();
      if (!element.isObject()) {
        builder.error("unknown-dump", ResourceOrigin.of(at, pointer), "expected a resource object, found "
            + element.getNodeType().name().toLowerCase(java.util.Locale.ROOT), "give the JSON an az list command prints");
        continue;
      }
      if (!resource(file, (ObjectNode) element, pointer, at, builder)) {
        parser.skipChildren();
        return;
      }
    }
  }

  /** Adds one element; false when the file turns out to be observed output (the rest is skipped). */
  private boolean resource(String file, ObjectNode element, String pointer, SourceLocation at, InventoryBuilder builder) {
    ResourceOrigin origin = ResourceOrigin.of(at, pointer);
    if (element.has("nextHopType") && element.has("addressPrefix") && element.has("source")) {
      builder.error("observed-output", origin, "this is the output of `az network nic show-effective-route-table`:"
          + " what Azure shows, not the design", "use it with compare");
      return false;
    }
    if (element.has("network") && element.has("nextHop") && element.has("asPath")) {
      builder.error("observed-output", origin, "these are route server routes (list-learned-routes): what Azure"
          + " shows, not the design", "use them with compare");
      return false;
    }
    String id = element.path("id").asText("");
    if (id.isEmpty() || !ResourceIds.isResourceId(id)) {
      builder.error("missing-id", origin, "this element has no resource id" + (id.isEmpty() ? "" : " (" + id + ")")
          + "; arsim links resources by id", "keep `id` in the output (for Resource Graph, project id, name, type,"
          + " location, kind, sku and properties)");
      return true;
    }
    String type = element.path("type").asText("");
    type = ResourceTypes.normalise(type.isEmpty() ? ResourceIds.type(id) : type);
    String name = element.path("name").asText(ResourceIds.name(id));
    JsonNode nested = element.get("properties");
    ObjectNode envelope;
    ObjectNode properties;
    if (nested != null && nested.isObject()) {
      envelope = element;
      properties = (ObjectNode) AzShapes.clean(nested);
    } else {
      AzShapes.Split split = AzShapes.unflatten(element, type);
      envelope = split.envelope();
      properties = split.properties();
    }
    JsonNode sku = envelope.get("sku");
    builder.add(new AzureResource(type, id, name, envelope.path("location").asText(""),
        envelope.path("kind").asText(""), sku == null || sku.isNull() ? null : sku, properties, origin));
    return true;
  }

  private static SourceLocation location(String file, JsonParser parser) {
    return new SourceLocation(file, parser.currentTokenLocation().getLineNr(),
        parser.currentTokenLocation().getColumnNr());
  }
}
