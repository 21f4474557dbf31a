package io.arsim.policy.catalog;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.Community;
import io.arsim.core.bgp.LargeCommunity;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which config records {@link ConfigBinder} can bind, checked when a plugin loads, so that a type it
 * cannot handle is reported as the plugin's defect instead of as a mistake in the user's topology.
 * The rules are the ones docs/plugins.md ("Config types") and {@code PolicyProvider.configType()}
 * state: scalars, enums, arsim's core values, records of these, and lists, sets and string-keyed
 * maps of them; of Jackson's annotations only {@code @JsonProperty} and
 * {@code @JsonPropertyDescription} (the binder's own property walk understands nothing else).
 */
final class ConfigTypeCheck {
  /** Types written as one value in a config. */
  static final Set<Class<?>> SCALARS = Set.of(String.class, boolean.class, Boolean.class, int.class, Integer.class,
      long.class, Long.class, double.class, Double.class, Asn.class, Ipv4Prefix.class, Ipv4Address.class,
      Community.class, LargeCommunity.class, AsPath.class);

  private static final Set<String> ALLOWED_ANNOTATIONS = Set.of("com.fasterxml.jackson.annotation.JsonProperty",
      "com.fasterxml.jackson.annotation.JsonPropertyDescription",
      "com.fasterxml.jackson.annotation.JsonClassDescription");

  private final List<String> problems = new ArrayList<>();
  private final Set<Class<?>> seen = new HashSet<>();

  private ConfigTypeCheck() {}

  /** Every reason {@code type} cannot be a config, one sentence each; empty when it can. */
  static List<String> problems(Class<?> type) {
    ConfigTypeCheck check = new ConfigTypeCheck();
    check.record(type, type.getSimpleName());
    return List.copyOf(check.problems);
  }

  private void record(Class<?> type, String path) {
    if (!seen.add(type)) {
      return;
    }
    annotations(type, path);
    for (RecordComponent component : type.getRecordComponents()) {
      String at = path + "." + component.getName();
      annotations(component, at);
      annotations(component.getAccessor(), at);
      try {
        annotations(type.getDeclaredField(component.getName()), at);
      } catch (NoSuchFieldException e) {
        // Every record component has its field; nothing to check otherwise.
      }
      value(component.getGenericType(), at);
    }
    Class<?>[] types = java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
        .toArray(Class<?>[]::new);
    try {
      Constructor<?> canonical = type.getDeclaredConstructor(types);
      for (var parameter : canonical.getParameters()) {
        annotations(parameter, path + "." + parameter.getName());
      }
      annotations(canonical, path);
    } catch (NoSuchMethodException e) {
      problems.add(path + " has no canonical constructor");
    }
    for (Constructor<?> other : type.getDeclaredConstructors()) {
      annotations(other, path);
    }
    for (var method : type.getDeclaredMethods()) {
      if (java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
        annotations(method, path + "." + method.getName() + "()");
      }
    }
  }

  private void value(Type type, String at) {
    if (type instanceof Class<?> c) {
      if (SCALARS.contains(c) || c.isEnum()) {
        return;
      }
      if (c.isRecord()) {
        record(c, at);
        return;
      }
      if (List.class.isAssignableFrom(c) || Set.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c)) {
        problems.add(at + " is a " + c.getSimpleName() + " without an element type; write e.g. List<String>");
        return;
      }
      problems.add(at + " has type " + describe(c) + ", which arsim cannot read from a topology file");
      return;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      Type[] arguments = p.getActualTypeArguments();
      if (raw == List.class || raw == Set.class) {
        value(arguments[0], at + "[]");
        return;
      }
      if (raw == Map.class) {
        if (arguments[0] != String.class) {
          problems.add(at + " is a Map whose keys are not String; config maps have text keys");
        }
        value(arguments[1], at + "{}");
        return;
      }
      problems.add(at + " has type " + describe(raw) + ", which arsim cannot read from a topology file");
      return;
    }
    if (type instanceof WildcardType || type instanceof TypeVariable<?>) {
      problems.add(at + " has a type parameter or wildcard (" + type.getTypeName() + "); write the element type");
      return;
    }
    if (type instanceof GenericArrayType) {
      problems.add(at + " is an array; use a List");
      return;
    }
    problems.add(at + " has type " + type.getTypeName() + ", which arsim cannot read from a topology file");
  }

  private static String describe(Class<?> c) {
    if (c.isArray()) {
      return "an array (" + c.getComponentType().getSimpleName() + "[]); use a List";
    }
    if (c == java.util.Optional.class) {
      return "Optional (use a boxed or nullable type: an absent property arrives as null)";
    }
    if (c.getPackageName().startsWith("com.fasterxml.jackson")) {
      return c.getSimpleName() + " (a Jackson type: configs are records of the supported types)";
    }
    return c.getSimpleName();
  }

  private void annotations(AnnotatedElement element, String at) {
    for (Annotation annotation : element.getDeclaredAnnotations()) {
      String name = annotation.annotationType().getName();
      if (name.startsWith("com.fasterxml.jackson.") && !ALLOWED_ANNOTATIONS.contains(name)) {
        problems.add(at + " is annotated @" + annotation.annotationType().getSimpleName()
            + ", which arsim does not support in configs (only @JsonProperty and @JsonPropertyDescription)");
      }
    }
  }
}
