package io.arsim.importer.terraform;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.arsim.core.problem.SourceLocation;
import io.arsim.core.topology.TopologyException;
import io.arsim.core.topology.file.InputFiles;
import io.arsim.core.topology.file.ReadLimits;
import io.arsim.importer.inventory.AzureInventory;
import io.arsim.importer.inventory.ImportFiles;
import io.arsim.importer.inventory.InventoryBuilder;
import io.arsim.importer.inventory.ResourceOrigin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the JSON of {@code terraform show -json}: a saved plan ({@code planned_values}, with
 * {@code resource_changes} and {@code configuration}) or a state ({@code values}), the root module
 * and its child modules, and translates the azurerm resources into ARM's shape (the table is in
 * {@link AzurermTranslator} and the module README). Ids are taken from the state; in a plan, an id
 * Terraform knows only after apply ({@code after_unknown}) is resolved through the configuration's
 * references ({@code configuration.root_module.resources[].expressions}, module variables and module
 * outputs) to the resource it names, whose id is composed from its known attributes; what cannot be
 * resolved is reported. Large sections are read with the streaming parser, one resource at a time.
 *
 * <p>Source: "JSON Output Format" in the Terraform documentation (internals/json-format).
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class TerraformJsonReader {
  private static final Logger LOG = LoggerFactory.getLogger(TerraformJsonReader.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern INSTANCE = Pattern.compile("\\[[^\\]]*\\]");

  /** The subscription placeholder for ids of a plan that names no subscription: all zeros. */
  public static final String PLACEHOLDER_SUBSCRIPTION = "00000000-0000-0000-0000-000000000000";

  private final String fallbackSubscription;
  private final long maxInputBytes;

  /** A reader that uses {@link #PLACEHOLDER_SUBSCRIPTION} when a plan names no subscription. */
  public TerraformJsonReader() {
    this(PLACEHOLDER_SUBSCRIPTION);
  }

  /** A reader that uses {@code fallbackSubscription} when a plan names no subscription. */
  public TerraformJsonReader(String fallbackSubscription) {
    this(fallbackSubscription, ImportFiles.DEFAULT_MAX_INPUT_BYTES);
  }

  /**
   * A reader that uses {@code fallbackSubscription} when a plan names no subscription, and reads
   * files up to {@code maxInputBytes} (1 byte to 1 GiB).
   *
   * @since 0.2
   */
  public TerraformJsonReader(String fallbackSubscription, long maxInputBytes) {
    this.fallbackSubscription = Objects.requireNonNull(fallbackSubscription, "fallbackSubscription");
    if (maxInputBytes < 1 || maxInputBytes > ReadLimits.MAX_INPUT_BYTES_CEILING) {
      throw new IllegalArgumentException("the size limit must be 1 byte to 1 GiB, not " + maxInputBytes);
    }
    this.maxInputBytes = maxInputBytes;
  }

  /**
   * Reads {@code terraform show -json} output from a file: only a regular file within the size
   * limit ({@link InputFiles}); any other is a problem in the inventory.
   */
  public AzureInventory read(Path file) {
    InventoryBuilder builder = new InventoryBuilder();
    String name = file.toString();
    try (InputStream in = InputFiles.open(file, "Terraform JSON file", maxInputBytes)) {
      read(name, in, builder);
    } catch (TopologyException e) {
      e.problems().forEach(builder::problem);
    } catch (IOException e) {
      builder.error("unreadable", ResourceOrigin.of(SourceLocation.ofFile(name), ""), "cannot read the file: "
          + e.getMessage(), "check the path and permissions");
    }
    return builder.build();
  }

  /** Reads {@code terraform show -json} output held in memory; {@code fileName} names it in messages. */
  public AzureInventory read(String fileName, byte[] content) {
    InventoryBuilder builder = new InventoryBuilder();
    try {
      read(fileName, new ByteArrayInputStream(content), builder);
    } catch (IOException e) {
      throw new IllegalStateException("reading from memory does not fail", e);
    }
    return builder.build();
  }

  /** What was read: resources, the unknown-value markers of a plan, and the configuration. */
  static final class Parsed {
    final List<TfResource> resources = new ArrayList<>();
    final Map<String, JsonNode> afterUnknown = new HashMap<>();
    JsonNode configuration = MissingNode.getInstance();
    boolean plan;
    boolean state;
  }

  private void read(String file, InputStream in, InventoryBuilder builder) throws IOException {
    LOG.debug("reading terraform output {}", file);
    Parsed parsed = new Parsed();
    try (JsonParser parser = MAPPER.createParser(in)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        builder.error("not-terraform", ResourceOrigin.of(new SourceLocation(file, 1, 1), ""),
            "expected the JSON object `terraform show -json` prints", "run `terraform show -json PLAN_OR_STATE`");
        return;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if ((field.equals("planned_values") || field.equals("values")) && value == JsonToken.START_OBJECT) {
          parsed.plan |= field.equals("planned_values");
          parsed.state |= field.equals("values");
          values(file, parser, "/" + field, parsed);
        } else if (field.equals("resource_changes") && value == JsonToken.START_ARRAY) {
          changes(parser, parsed);
        } else if (field.equals("configuration") && value == JsonToken.START_OBJECT) {
          parsed.configuration = parser.readValueAsTree();
        } else {
          parser.skipChildren();
        }
      }
    } catch (JsonProcessingException e) {
      builder.problem(ImportFiles.syntaxError(file, e, "save the output of `terraform show -json` again"));
      return;
    }
    if (!parsed.plan && !parsed.state) {
      builder.error("not-terraform", ResourceOrigin.of(new SourceLocation(file, 1, 1), ""), "this is not the"
          + " output of `terraform show -json`: it has neither `planned_values` (a plan) nor `values` (a state)",
          "run `terraform show -json tfplan > plan.json` or `terraform show -json > state.json`");
      return;
    }
    new AzurermTranslator(parsed, fallbackSubscription, builder).translate();
  }

  /** {"outputs": ..., "root_module": {...}}: walks the module tree. */
  private static void values(String file, JsonParser parser, String pointer, Parsed parsed) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if (field.equals("root_module") && value == JsonToken.START_OBJECT) {
        module(file, parser, pointer + "/root_module", "", parsed);
      } else {
        parser.skipChildren();
      }
    }
  }

  private static void module(String file, JsonParser parser, String pointer, String address, Parsed parsed)
      throws IOException {
    String moduleAddress = address;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if (field.equals("address") && value == JsonToken.VALUE_STRING) {
        moduleAddress = parser.getText();
      } else if (field.equals("resources") && value == JsonToken.START_ARRAY) {
        int i = 0;
        while (parser.nextToken() == JsonToken.START_OBJECT) {
          SourceLocation at = new SourceLocation(file, parser.currentTokenLocation().getLineNr(),
              parser.currentTokenLocation().getColumnNr());
          JsonNode resource = parser.readValueAsTree();
          String resourcePointer = pointer + "/resources/" + i++;
          String resourceAddress = resource.path("address").asText("");
          String index = "";
          JsonNode key = resource.get("index");
          if (key != null && !key.isNull()) {
            index = key.isTextual() ? "[\"" + key.textValue() + "\"]" : "[" + key.asText() + "]";
          }
          String module = resourceAddress.startsWith("module.") ? moduleOf(resourceAddress) : moduleAddress;
          parsed.resources.add(new TfResource(resourceAddress, module, resource.path("type").asText(""),
              resource.path("name").asText(""), index, !resource.path("mode").asText("managed").equals("data"),
              resource.path("values"), ResourceOrigin.terraform(at, resourcePointer, resourceAddress)));
        }
      } else if (field.equals("child_modules") && value == JsonToken.START_ARRAY) {
        int i = 0;
        while (parser.nextToken() == JsonToken.START_OBJECT) {
          module(file, parser, pointer + "/child_modules/" + i++, moduleAddress, parsed);
        }
      } else {
        parser.skipChildren();
      }
    }
  }

  /** resource_changes: keeps each change's after_unknown, by address. */
  private static void changes(JsonParser parser, Parsed parsed) throws IOException {
    while (parser.nextToken() == JsonToken.START_OBJECT) {
      JsonNode change = parser.readValueAsTree();
      JsonNode unknown = change.path("change").path("after_unknown");
      if (unknown.isObject() && !unknown.isEmpty()) {
        parsed.afterUnknown.put(change.path("address").asText(""), unknown);
      }
    }
  }

  /** The module part of a resource address: {@code module.a["x"].module.b} of {@code module.a["x"].module.b.t.n}. */
  static String moduleOf(String address) {
    int cut = 0;
    int at = 0;
    while (address.startsWith("module.", at)) {
      int dot = address.indexOf('.', at + "module.".length());
      int bracket = address.indexOf('[', at + "module.".length());
      int end = dot;
      if (bracket >= 0 && (dot < 0 || bracket < dot)) {
        end = address.indexOf(']', bracket) + 1;
      }
      cut = end;
      at = end + 1;
    }
    return address.substring(0, cut);
  }

  /** A module instance address without instance keys, as the configuration's module calls name it. */
  static String configModule(String module) {
    Matcher m = INSTANCE.matcher(module);
    return m.replaceAll("").replace("module.", "");
  }
}
