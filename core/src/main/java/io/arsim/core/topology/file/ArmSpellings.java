package io.arsim.core.topology.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.arsim.core.problem.Problem;
import io.arsim.core.topology.ExtensionKind;
import io.arsim.core.topology.SubnetRef;
import io.arsim.core.topology.file.StructureCheck.Component;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the spellings a user pastes from ARM templates and {@code az ... show} as arsim's, before
 * the document is bound (docs/topology.md, "ARM and az spellings"). Walks the tree along the model's
 * record types, like {@link StructureCheck}, and rewrites in place:
 *
 * <ul>
 *   <li>a key that differs from a property only in case: {@code enableIPForwarding},
 *       {@code privateIPAddress} (ARM's casing) are {@code enableIpForwarding},
 *       {@code privateIpAddress};
 *   <li>a list given as ARM's wrapper object: {@code addressSpace: {addressPrefixes: [...]}};
 *   <li>a subnet's {@code addressPrefixes} list of one prefix: {@code addressPrefix};
 *   <li>a reference given as an ARM resource: {@code remoteVirtualNetwork: {id: ".../virtualNetworks/hub"}}
 *       is {@code hub}, {@code subnet: {id: ".../virtualNetworks/hub/subnets/nva"}} is {@code hub/nva}.
 * </ul>
 *
 * <p>What cannot be read so (both spellings at once, several subnet prefixes) is a problem that
 * says which arsim spelling to use. Every moved value keeps its
 * place in the file ({@link LocationIndex#moved}), so later problems point at what the user wrote.
 */
final class ArmSpellings {
  /** ARM's resource IDs: {@code .../providers/Microsoft.Network/virtualNetworks/hub[/subnets/nva]}. */
  private static final Pattern RESOURCE_ID = Pattern.compile(
      "(?i)^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/[^/]+/(?:[^/]+/[^/]+/)*([^/]+)/([^/]+)$");
  private static final Pattern SUBNET_ID = Pattern.compile("(?i)/virtualNetworks/([^/]+)/subnets/([^/]+)$");

  private final Map<String, ExtensionKind<?>> kinds;
  private final Consumer<Problem> sink;
  private final LocationIndex index;

  ArmSpellings(Map<String, ExtensionKind<?>> kinds, Consumer<Problem> sink, LocationIndex index) {
    this.kinds = kinds;
    this.sink = sink;
    this.index = index;
  }

  /** Rewrites the object at {@code pointer} (of record type {@code type}) and everything under it. */
  void apply(JsonNode node, Class<?> type, String pointer) {
    if (!(node instanceof ObjectNode object) || !type.isRecord()) {
      return;
    }
    List<Component> components = StructureCheck.COMPONENTS.get(type);
    for (String key : keys(object)) {
      if (components.stream().anyMatch(c -> c.name().equals(key))) {
        continue;
      }
      Optional<Component> sameInCase = components.stream().filter(c -> c.name().equalsIgnoreCase(key)).findFirst();
      if (sameInCase.isPresent()) {
        rename(object, pointer, key, sameInCase.get().name());
      } else if (key.equals("addressPrefixes") && components.stream().anyMatch(c -> c.name().equals("addressPrefix"))) {
        onePrefix(object, pointer);
      }
    }
    for (Component component : components) {
      JsonNode value = object.get(component.name());
      if (value == null || value.isNull()) {
        continue;
      }
      String at = pointer + "/" + StructureCheck.escape(component.name());
      JsonNode read = valueShape(value, component, at);
      if (read != value) {
        object.set(component.name(), read);
      }
      descend(read, component.type(), component.genericType(), at);
    }
  }

  /** {@code key} is ARM's casing of {@code name}: read it as {@code name}, unless both are there. */
  private void rename(ObjectNode object, String pointer, String key, String name) {
    String at = pointer + "/" + StructureCheck.escape(key);
    if (object.has(name)) {
      sink.accept(Problem.error("unknown-property", at, "unknown property `" + key + "`",
          "remove it: it is another spelling of `" + name + "`, which is set here already"));
      object.remove(key);
      return;
    }
    object.set(name, object.remove(key));
    index.moved(pointer + "/" + StructureCheck.escape(name), index.original(at));
  }

  /** A subnet's {@code addressPrefixes} (ARM allows several): one prefix is {@code addressPrefix}. */
  private void onePrefix(ObjectNode object, String pointer) {
    JsonNode list = object.get("addressPrefixes");
    String at = pointer + "/addressPrefixes";
    if (object.has("addressPrefix")) {
      sink.accept(Problem.error("unknown-property", at, "unknown property `addressPrefixes`",
          "remove it: `addressPrefix` is set here already"));
      object.remove("addressPrefixes");
    } else if (list instanceof ArrayNode array && array.size() == 1) {
      object.set("addressPrefix", array.get(0));
      object.remove("addressPrefixes");
      index.moved(pointer + "/addressPrefix", index.original(at + "/0"));
    } else {
      boolean some = list instanceof ArrayNode array && !array.isEmpty();
      String first = some ? list.get(0).asText() : "10.0.1.0/24";
      sink.accept(Problem.error("unknown-property", at, "unknown property `addressPrefixes`: arsim models one"
              + " prefix per subnet (`addressPrefix`)",
          "write `addressPrefix: " + first + "`" + (some ? ", and make a subnet of each other prefix" : "")));
      // Bind on with the first prefix (or a silent placeholder), so the subnet is not also reported
      // as missing `addressPrefix`.
      object.set("addressPrefix", some ? list.get(0) : TextNode.valueOf(StructureCheck.MISSING));
      object.remove("addressPrefixes");
      index.moved(pointer + "/addressPrefix", index.original(at + (some ? "/0" : "")));
    }
  }

  /**
   * The value as arsim reads it: a list given as ARM's {@code {addressPrefixes: [...]}}, and a
   * name or subnet reference given as ARM's {@code {id: "/subscriptions/..."}}; else the value.
   */
  private JsonNode valueShape(JsonNode value, Component component, String at) {
    if (!(value instanceof ObjectNode wrapper) || wrapper.size() != 1) {
      return value;
    }
    String key = wrapper.fieldNames().next();
    JsonNode inner = wrapper.get(key);
    if (List.class.isAssignableFrom(component.type()) && key.equalsIgnoreCase("addressPrefixes")
        && inner instanceof ArrayNode) {
      index.moved(at, index.original(at + "/" + key));
      return inner;
    }
    boolean reference = component.type() == String.class || component.type() == SubnetRef.class;
    if (!reference || !key.equalsIgnoreCase("id") || !inner.isTextual()) {
      return value;
    }
    Optional<String> name = component.type() == SubnetRef.class ? subnet(inner.asText()) : resourceName(inner.asText());
    if (name.isEmpty()) {
      return value; // reported when bound: expected a string, found an object
    }
    index.moved(at, index.original(at + "/" + key));
    return TextNode.valueOf(name.get());
  }

  /** The last name of an ARM resource ID. */
  static Optional<String> resourceName(String id) {
    Matcher m = RESOURCE_ID.matcher(id.strip());
    return m.matches() ? Optional.of(m.group(2)) : Optional.empty();
  }

  /** {@code vnet/subnet} of a subnet's resource ID. */
  static Optional<String> subnet(String id) {
    Matcher m = SUBNET_ID.matcher(id.strip());
    return RESOURCE_ID.matcher(id.strip()).matches() && m.find()
        ? Optional.of(m.group(1) + "/" + m.group(2)) : Optional.empty();
  }

  private void descend(JsonNode value, Class<?> raw, Type generic, String pointer) {
    if (raw.isRecord()) {
      apply(value, raw, pointer);
    } else if (List.class.isAssignableFrom(raw) && value instanceof ArrayNode array) {
      if (StructureCheck.argument(generic, 0) instanceof Class<?> element) {
        for (int i = 0; i < array.size(); i++) {
          descend(array.get(i), element, element, pointer + "/" + i);
        }
      }
    } else if (Map.class.isAssignableFrom(raw) && value instanceof ObjectNode map) {
      for (String kind : keys(map)) {
        ExtensionKind<?> extension = kinds.get(kind);
        if (extension != null && map.get(kind) instanceof ArrayNode array) {
          for (int i = 0; i < array.size(); i++) {
            apply(array.get(i), extension.type(), pointer + "/" + StructureCheck.escape(kind) + "/" + i);
          }
        }
      }
    }
  }

  private static List<String> keys(ObjectNode object) {
    List<String> keys = new ArrayList<>();
    object.fieldNames().forEachRemaining(keys::add);
    return keys;
  }
}
