package io.arsim.core.topology.file;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arsim.core.problem.Problem;
import io.arsim.core.problem.Suggestions;
import io.arsim.core.topology.ExtensionKind;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Walks the document tree along the model's record types before binding, so that every missing
 * required property and every unknown extension kind is reported at once (Jackson stops at the
 * first missing property). Missing values are filled with placeholders that the value
 * deserializers accept silently, so binding can go on and collect the remaining problems.
 */
final class StructureCheck {
  /** Placeholder text for a missing value; the value deserializers turn it into their placeholder. */
  static final String MISSING = "\u0000missing";

  private final Map<String, ExtensionKind<?>> kinds;
  private final Consumer<Problem> sink;

  StructureCheck(Map<String, ExtensionKind<?>> kinds, Consumer<Problem> sink) {
    this.kinds = kinds;
    this.sink = sink;
  }

  /** A record component as the file sees it; read by reflection once per record type. */
  record Component(String name, boolean required, Class<?> type, Type genericType) {}

  /** The components of each record type, as the file names them. */
  static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
    @Override
    protected List<Component> computeValue(Class<?> type) {
      List<Component> components = new ArrayList<>();
      for (RecordComponent component : type.getRecordComponents()) {
        JsonProperty property = property(component);
        components.add(new Component(propertyName(component), property != null && property.required(),
            component.getType(), component.getGenericType()));
      }
      return List.copyOf(components);
    }
  };

  void check(JsonNode node, Class<?> type, String pointer) {
    if (!(node instanceof ObjectNode object) || !type.isRecord()) {
      return;
    }
    List<Component> components = COMPONENTS.get(type);
    List<String> present = new ArrayList<>(); // as in the file, before placeholders are added below
    object.fieldNames().forEachRemaining(present::add);
    for (Component component : components) {
      String name = component.name();
      JsonNode value = object.get(name);
      if (value == null || value.isNull()) {
        if (component.required()) {
          List<String> known = components.stream().map(Component::name).toList();
          List<String> absent = known.stream().filter(k -> !present.contains(k)).toList();
          // A misspelling of the property (an unknown key close to it) is reported once, as the
          // unknown property with "did you mean", not a second time as the property missing.
          // Keys already present are never suggested (TopologyJson.StrictHandler), so neither here.
          boolean misspelt = present.stream().anyMatch(p -> !known.contains(p)
              && Suggestions.closest(p, absent).filter(name::equals).isPresent());
          if (!misspelt) {
            sink.accept(Problem.error("missing-property", pointer, "required property `" + name + "` is missing",
                "add `" + name + "`; docs/topology.md says what it holds"));
          }
          object.set(name, placeholder(component.type(), component.genericType()));
        }
        continue;
      }
      descend(value, component.type(), component.genericType(), pointer + "/" + escape(name));
    }
  }

  private static @Nullable JsonProperty property(RecordComponent component) {
    JsonProperty property = component.getAnnotation(JsonProperty.class);
    return property != null ? property : component.getAccessor().getAnnotation(JsonProperty.class);
  }

  /** The property's name in the file: {@code @JsonProperty}'s value, or the component's name. */
  private static String propertyName(RecordComponent component) {
    JsonProperty property = property(component);
    return property != null && !property.value().isEmpty() ? property.value() : component.getName();
  }

  private void descend(JsonNode value, Class<?> raw, Type generic, String pointer) {
    if (raw.isRecord()) {
      check(value, raw, pointer);
    } else if (List.class.isAssignableFrom(raw) && value instanceof ArrayNode array) {
      Type element = argument(generic, 0);
      if (element instanceof Class<?> elementClass) {
        for (int i = 0; i < array.size(); i++) {
          descend(array.get(i), elementClass, elementClass, pointer + "/" + i);
        }
      }
    } else if (Map.class.isAssignableFrom(raw) && value instanceof ObjectNode map) {
      Iterator<Map.Entry<String, JsonNode>> fields = map.properties().iterator();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> entry = fields.next();
        String at = pointer + "/" + escape(entry.getKey());
        ExtensionKind<?> kind = kinds.get(entry.getKey());
        if (kind == null) {
          List<String> absent = kinds.keySet().stream().filter(k -> !map.has(k)).toList();
          String fix = Suggestions.closest(entry.getKey(), absent)
              .map(s -> "did you mean `" + s + "`?")
              .orElse(kinds.isEmpty()
                  ? "no extension that adds resource kinds is installed"
                  : "installed kinds: " + String.join(", ", kinds.keySet()));
          sink.accept(Problem.error("unknown-extension-kind", at,
              "unknown resource kind `" + entry.getKey() + "`", fix));
          fields.remove();
        } else if (entry.getValue() instanceof ArrayNode array) {
          for (int i = 0; i < array.size(); i++) {
            check(array.get(i), kind.type(), at + "/" + i);
          }
        }
      }
    }
  }

  static Type argument(Type generic, int index) {
    return generic instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
  }

  private static JsonNode placeholder(Class<?> raw, Type generic) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (TopologyJson.VALUE_TYPES.contains(raw)) {
      return f.textNode(MISSING);
    }
    if (raw == String.class) {
      return f.textNode("");
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return f.booleanNode(false);
    }
    if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
      return f.numberNode(1);
    }
    if (raw.isEnum()) {
      return f.textNode(raw.getEnumConstants()[0].toString());
    }
    if (List.class.isAssignableFrom(raw)) {
      return f.arrayNode();
    }
    if (Map.class.isAssignableFrom(raw)) {
      return f.objectNode();
    }
    if (raw.isRecord()) {
      ObjectNode object = f.objectNode();
      for (RecordComponent component : raw.getRecordComponents()) {
        JsonProperty property = component.getAnnotation(JsonProperty.class);
        if (property != null && property.required()) {
          String name = property.value().isEmpty() ? component.getName() : property.value();
          object.set(name, placeholder(component.getType(), component.getGenericType()));
        }
      }
      return object;
    }
    return f.textNode(MISSING);
  }

  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
