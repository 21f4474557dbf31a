package io.arsim.importer.arm;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.arsim.core.problem.Problem;
import io.arsim.core.problem.SourceLocation;
import io.arsim.core.topology.file.InputFiles;
import io.arsim.core.topology.file.ReadLimits;
import io.arsim.importer.inventory.AzureInventory;
import io.arsim.importer.inventory.ImportFiles;
import io.arsim.importer.inventory.InventoryBuilder;
import io.arsim.importer.inventory.JsonLocator;
import io.arsim.importer.inventory.ResourceOrigin;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an ARM template (JSON, languageVersion 1 or 2.0, {@code //} comments allowed as the Azure CLI
 * allows them), evaluates it with the given parameters and placeholders, and returns the resources
 * it would deploy as an {@link AzureInventory}. Every problem comes back in the inventory with
 * {@code file:line:column} and the JSON pointer of the offending value; nothing is thrown for bad input.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class ArmTemplateReader {
  private static final Logger LOG = LoggerFactory.getLogger(ArmTemplateReader.class);
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .build();

  private final long maxInputBytes;

  /** A reader of templates and parameter files up to {@link ImportFiles#DEFAULT_MAX_INPUT_BYTES}. */
  public ArmTemplateReader() {
    this(ImportFiles.DEFAULT_MAX_INPUT_BYTES);
  }

  /**
   * A reader of templates and parameter files up to {@code maxInputBytes} each (1 byte to 1 GiB).
   *
   * @since 0.2
   */
  public ArmTemplateReader(long maxInputBytes) {
    if (maxInputBytes < 1 || maxInputBytes > ReadLimits.MAX_INPUT_BYTES_CEILING) {
      throw new IllegalArgumentException("the size limit must be 1 byte to 1 GiB, not " + maxInputBytes);
    }
    this.maxInputBytes = maxInputBytes;
  }

  /**
   * Reads and evaluates the template in {@code file}. The template and the parameter files are read
   * only when they are regular files within the size limit ({@link InputFiles}).
   */
  public AzureInventory read(Path file, ArmOptions options) {
    String name = file.toString();
    InventoryBuilder builder = new InventoryBuilder();
    Optional<byte[]> content = ImportFiles.read(file, "ARM template", maxInputBytes, builder);
    if (content.isEmpty()) {
      return builder.build();
    }
    return read(name, content.get(), options, builder);
  }

  /** Evaluates a template held in memory; {@code fileName} names it in messages. */
  public AzureInventory read(String fileName, byte[] content, ArmOptions options) {
    return read(fileName, content, options, new InventoryBuilder());
  }

  private AzureInventory read(String fileName, byte[] content, ArmOptions options, InventoryBuilder builder) {
    JsonNode template = parse(fileName, content, builder);
    if (template == null) {
      return builder.build();
    }
    if (!template.isObject() || !template.has("resources")) {
      builder.error("not-a-template", ResourceOrigin.of(new SourceLocation(fileName, 1, 1), ""),
          "this is not an ARM template: expected an object with `$schema` and `resources`",
          "export the template with `az group export` or `az bicep build`, or import a dump with the az reader");
      return builder.build();
    }
    Map<String, JsonNode> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Path parameterFile : options.parameterFiles()) {
      values.putAll(parameterFile(parameterFile, builder));
    }
    JsonNode declared = template.path("parameters");
    for (Map.Entry<String, String> entry : options.parameters().entrySet()) {
      JsonNode value = override(entry.getKey(), entry.getValue(), declared, fileName, builder);
      if (value != null) {
        values.put(entry.getKey(), value);
      }
    }
    DeploymentContext context = options.deployment();
    if (context.deploymentName().isEmpty()) {
      String stem = Path.of(fileName).getFileName().toString();
      context = context.named(stem.contains(".") ? stem.substring(0, stem.lastIndexOf('.')) : stem);
    }
    String schema = template.path("$schema").asText("");
    Sink sink = new Sink(fileName, content);
    if (!schema.isEmpty() && !schema.contains("/deploymentTemplate.json")) {
      sink.problem(io.arsim.core.problem.Severity.WARNING, "deployment-scope", "/$schema", "the template targets"
          + " another scope than a resource group (" + schema + "); arsim evaluates it as a resource-group"
          + " deployment", "check the resource ids; nested deployments into resource groups work as usual");
    }
    LOG.debug("evaluating {} ({} bytes)", fileName, content.length);
    evaluate(sink, template, context, values);
    template = null; // the tree is not needed to place and index the resources: let it go
    sink.finish(builder);
    return builder.build();
  }

  /** Evaluates in its own frame, so the template tree can be collected before the inventory is built. */
  private static void evaluate(Sink sink, JsonNode template, DeploymentContext context, Map<String, JsonNode> values) {
    new TemplateEvaluator(sink, template, "", context, values, null).run();
  }

  private static JsonNode parse(String fileName, byte[] content, InventoryBuilder builder) {
    try {
      JsonNode tree = MAPPER.readTree(content);
      if (tree == null || tree.isMissingNode()) {
        builder.error("empty-file", ResourceOrigin.of(SourceLocation.ofFile(fileName), ""), "the file is empty",
            "give a JSON file");
        return null;
      }
      return tree;
    } catch (JsonProcessingException e) {
      builder.problem(syntaxError(fileName, e));
      return null;
    } catch (IOException e) {
      builder.error("unreadable", ResourceOrigin.of(SourceLocation.ofFile(fileName), ""),
          "cannot read the file: " + e.getMessage(), "check the file");
      return null;
    }
  }

  /** A JSON syntax error at the parser's position, without Jackson's source excerpt. */
  static Problem syntaxError(String fileName, JsonProcessingException e) {
    return ImportFiles.syntaxError(fileName, e, "fix the syntax at this position (brackets, commas, quotes)");
  }

  /** Values from a parameters file: the deployment parameters shape or a plain object. */
  private Map<String, JsonNode> parameterFile(Path file, InventoryBuilder builder) {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    Optional<byte[]> read = ImportFiles.read(file, "parameters file", maxInputBytes, builder);
    if (read.isEmpty()) {
      return values;
    }
    byte[] content = read.get();
    String name = file.toString();
    if (name.toLowerCase(Locale.ROOT).endsWith(".bicepparam")) {
      builder.error("unsupported-construct", ResourceOrigin.of(SourceLocation.ofFile(name), ""),
          ".bicepparam files are Bicep, not JSON", "compile it with `az bicep build-params --file " + name + "`");
      return values;
    }
    JsonNode tree = parse(name, content, builder);
    if (tree == null) {
      return values;
    }
    if (!tree.isObject()) {
      builder.error("not-parameters", ResourceOrigin.of(new SourceLocation(name, 1, 1), ""),
          "a parameters file must be a JSON object", "write {\"parameters\": {\"name\": {\"value\": ...}}}");
      return values;
    }
    JsonNode wrapped = tree.get("parameters");
    boolean deploymentShape = wrapped != null && wrapped.isObject()
        && (tree.path("$schema").asText("").contains("deploymentParameters") || allWrapped(wrapped));
    JsonNode source = deploymentShape ? wrapped : tree;
    for (Map.Entry<String, JsonNode> entry : source.properties()) {
      if (!deploymentShape) {
        if (!entry.getKey().equals("$schema") && !entry.getKey().equals("contentVersion")) {
          values.put(entry.getKey(), entry.getValue());
        }
        continue;
      }
      String pointer = "/parameters/" + JsonLocator.escape(entry.getKey());
      JsonNode value = entry.getValue();
      if (value.has("reference")) {
        SourceLocation at = JsonLocator.locate(name, content, List.of(pointer)).get(pointer);
        builder.error("unsupported-construct", ResourceOrigin.of(at, pointer), "parameter `" + entry.getKey()
            + "` is a Key Vault reference; arsim cannot read Key Vault",
            "give the value directly in a copy of the parameters file");
      } else if (value.has("value")) {
        values.put(entry.getKey(), value.get("value"));
      } else {
        SourceLocation at = JsonLocator.locate(name, content, List.of(pointer)).get(pointer);
        builder.error("not-parameters", ResourceOrigin.of(at, pointer), "parameter `" + entry.getKey()
            + "` has no `value`", "write \"" + entry.getKey() + "\": {\"value\": ...}");
      }
    }
    return values;
  }

  private static boolean allWrapped(JsonNode parameters) {
    for (Map.Entry<String, JsonNode> entry : parameters.properties()) {
      if (!entry.getValue().isObject() || !(entry.getValue().has("value") || entry.getValue().has("reference"))) {
        return false;
      }
    }
    return true;
  }

  /** A command-line value, read as the parameter's declared type. */
  private static JsonNode override(String name, String text, JsonNode declared, String file, InventoryBuilder builder) {
    JsonNode decl = null;
    for (Map.Entry<String, JsonNode> entry : declared.properties()) {
      if (entry.getKey().equalsIgnoreCase(name)) {
        decl = entry.getValue();
      }
    }
    String type = decl == null ? "string" : decl.path("type").asText("string").toLowerCase(Locale.ROOT);
    try {
      switch (type) {
        case "int":
          return Values.num(Long.parseLong(text.strip()));
        case "bool":
          if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException("expected true or false");
          }
          return Values.JSON.booleanNode(text.equalsIgnoreCase("true"));
        case "array":
        case "object":
        case "secureobject":
          try (JsonParser parser = MAPPER.createParser(text)) {
            return MAPPER.readTree(parser);
          }
        default:
          return TextNode.valueOf(text);
      }
    } catch (IOException | IllegalArgumentException e) {
      builder.error("wrong-type", ResourceOrigin.of(SourceLocation.ofFile(file), ""), "the value given for"
          + " parameter `" + name + "` (" + text + ") is not a valid " + type,
          "give " + (type.equals("int") ? "digits" : type.equals("bool") ? "true or false" : "JSON") + " for "
              + name);
      return null;
    }
  }
}
