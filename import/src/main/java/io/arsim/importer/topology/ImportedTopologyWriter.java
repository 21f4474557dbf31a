package io.arsim.importer.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arsim.core.topology.file.TopologyFormat;
import io.arsim.core.topology.file.TopologyWriter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Writes an imported topology as a readable YAML topology file, in the shape {@code arsim validate}
 * reads: the core sections as core's {@link TopologyWriter} lays them out, then the extension
 * entries; above each named element a comment naming the resource id (and file:line) or the
 * configuration line it came from. Block style, flow style for short lists and objects of plain
 * values; strings quoted only when YAML would read them as something else. No timestamps: the same
 * mapping gives the same bytes.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class ImportedTopologyWriter {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_./][A-Za-z0-9_ ./@()+-]*");
  private static final Pattern ADDRESS = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}(/\\d{1,2})?");
  private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n",
      ".inf", ".nan");
  /** Keys whose lists hold named elements, and the field that names them. */
  private static final Map<String, String> NAMED_BY = Map.of("bgpNeighbors", "peerIp");
  private static final int FLOW_WIDTH = 100;

  /**
   * The topology file of {@code mapped}.
   *
   * @param header comment lines for the top of the file (what was imported, how), without {@code #}
   */
  public String write(MappedTopology mapped, List<String> header) {
    ObjectNode tree;
    try {
      tree = (ObjectNode) JSON.readTree(new TopologyWriter().write(mapped.topology(), TopologyFormat.JSON));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("core's writer gave JSON Jackson cannot read back", e);
    }
    if (!mapped.extensions().isEmpty()) {
      ObjectNode extensions = tree.putObject("extensions");
      mapped.extensions().forEach((kind, entries) -> entries.forEach(e -> extensions.withArray(kind).add(e)));
    }
    StringBuilder out = new StringBuilder();
    for (String line : header) {
      out.append(line.isEmpty() ? "#" : "# " + line).append('\n');
    }
    Iterator<Map.Entry<String, JsonNode>> fields = tree.properties().iterator();
    boolean first = true;
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getKey().equals("$schema")) {
        continue;
      }
      JsonNode value = field.getValue();
      if (!first && (value.isContainerNode())) {
        out.append('\n');
      }
      first = false;
      if (field.getKey().equals("extensions")) {
        out.append("extensions:\n");
        Iterator<Map.Entry<String, JsonNode>> kinds = value.properties().iterator();
        while (kinds.hasNext()) {
          Map.Entry<String, JsonNode> kind = kinds.next();
          out.append("  ").append(kind.getKey()).append(":\n");
          list(out, kind.getValue(), 4, "extensions." + kind.getKey(), mapped.sources());
        }
        continue;
      }
      member(out, field.getKey(), value, 0, field.getKey(), mapped.sources());
    }
    return out.toString();
  }

  private void member(StringBuilder out, String key, JsonNode value, int indent, String path,
      Map<String, SourceResource> sources) {
    pad(out, indent).append(scalar(key)).append(':');
    if (value.isValueNode()) {
      out.append(' ').append(scalar(value)).append('\n');
    } else if (flow(value)) {
      out.append(' ').append(flowText(value)).append('\n');
    } else if (value.isArray()) {
      out.append('\n');
      list(out, value, indent + 2, path, sources);
    } else {
      out.append('\n');
      object(out, value, indent + 2, path, sources);
    }
  }

  private void object(StringBuilder out, JsonNode value, int indent, String path, Map<String, SourceResource> sources) {
    Iterator<Map.Entry<String, JsonNode>> fields = value.properties().iterator();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      member(out, field.getKey(), field.getValue(), indent, path + "." + field.getKey(), sources);
    }
  }

  private void list(StringBuilder out, JsonNode items, int indent, String path, Map<String, SourceResource> sources) {
    String key = path.substring(path.lastIndexOf('.') + 1);
    String namedBy = NAMED_BY.getOrDefault(key, "name");
    for (JsonNode item : items) {
      String itemPath = item.has(namedBy) ? path + "[" + item.get(namedBy).asText() + "]" : path;
      if (item.has(namedBy)) {
        source(sources, itemPath).ifPresent(s -> pad(out, indent).append("# ").append(describe(s)).append('\n'));
      }
      if (item.isObject() && !flow(item)) {
        StringBuilder nested = new StringBuilder();
        object(nested, item, indent + 2, itemPath, sources);
        pad(out, indent).append("- ").append(nested.substring(indent + 2));
      } else {
        pad(out, indent).append("- ").append(item.isValueNode() ? scalar(item) : flowText(item)).append('\n');
      }
    }
  }

  /** The source of an element; an NVA's NICs are those of the VM it was. */
  private static Optional<SourceResource> source(Map<String, SourceResource> sources, String path) {
    SourceResource found = sources.get(path);
    if (found == null && path.startsWith("networkVirtualAppliances[") && path.contains(".networkInterfaces[")) {
      found = sources.get("virtualMachines" + path.substring("networkVirtualAppliances".length()));
    }
    return Optional.ofNullable(found);
  }

  private static String describe(SourceResource source) {
    if (source.type().equals("nva-config")) {
      return "from " + source.id();
    }
    String where = source.origin().file() + (source.origin().line() > 0 ? ":" + source.origin().line() : "");
    String address = source.origin().address().isEmpty() ? "" : " " + source.origin().address();
    return source.id() + " (" + where + address + ")";
  }

  private static boolean flow(JsonNode value) {
    if (value.isEmpty()) {
      return true;
    }
    for (JsonNode child : value) {
      if (!child.isValueNode()) {
        return false;
      }
    }
    return flowText(value).length() <= FLOW_WIDTH && (value.isArray() || value.size() <= 6);
  }

  private static String flowText(JsonNode value) {
    StringBuilder out = new StringBuilder(value.isArray() ? "[" : "{");
    if (value.isArray()) {
      for (JsonNode child : value) {
        out.append(out.length() > 1 ? ", " : "").append(scalar(child));
      }
      return out.append(']').toString();
    }
    Iterator<Map.Entry<String, JsonNode>> fields = value.properties().iterator();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      out.append(out.length() > 1 ? ", " : "").append(scalar(field.getKey())).append(": ")
          .append(scalar(field.getValue()));
    }
    return out.append('}').toString();
  }

  private static String scalar(JsonNode value) {
    if (value.isTextual()) {
      return scalar(value.textValue());
    }
    return value.isNull() ? "null" : value.asText();
  }

  /** A string as YAML reads it back as the same string: plain when safe, else double-quoted (JSON escapes). */
  static String scalar(String text) {
    boolean plain = (PLAIN.matcher(text).matches() && !text.endsWith(" ")
        && !RESERVED.contains(text.toLowerCase(Locale.ROOT))) || ADDRESS.matcher(text).matches();
    if (plain) {
      return text;
    }
    try {
      return JSON.writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static StringBuilder pad(StringBuilder out, int indent) {
    return out.append(" ".repeat(indent));
  }
}
