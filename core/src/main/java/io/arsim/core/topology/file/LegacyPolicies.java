package io.arsim.core.topology.file;

import com.fasterxml.jackson.databind.JsonNode;
import io.arsim.core.problem.Problem;
import io.arsim.core.topology.AllowAsIn;
import io.arsim.core.topology.BgpNeighbor;
import io.arsim.core.topology.MaximumPrefix;
import io.arsim.core.topology.NetworkVirtualAppliance;
import io.arsim.core.topology.PolicyInstance;
import io.arsim.core.topology.Topology;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the two policy types of arsim 0.1 that are neighbour settings since 0.2: a policy instance
 * of type {@code allowas-in} or {@code maximum-prefix} in a neighbour's {@code importPolicies}
 * becomes that neighbour's {@code allowAsIn} or {@code maximumPrefix}, and the instance is dropped
 * from the design (from export chains too, where it did nothing). Each such instance gets a warning
 * that says what to write instead. Pure: a new topology and the problems.
 */
final class LegacyPolicies {
  static final String ALLOWAS_IN = "allowas-in";
  static final String MAXIMUM_PREFIX = "maximum-prefix";

  /** The topology with the settings in place, and the warnings and config errors. */
  record Result(Topology topology, List<Problem> problems) {}

  private LegacyPolicies() {}

  static Result apply(Topology topology) {
    Map<String, Integer> legacy = new LinkedHashMap<>();
    List<PolicyInstance> policies = topology.policies();
    for (int i = 0; i < policies.size(); i++) {
      String type = policies.get(i).type();
      if (type.equals(ALLOWAS_IN) || type.equals(MAXIMUM_PREFIX)) {
        legacy.put(policies.get(i).name(), i);
      }
    }
    if (legacy.isEmpty()) {
      return new Result(topology, List.of());
    }
    List<Problem> problems = new ArrayList<>();
    Map<String, Object> settings = new LinkedHashMap<>();
    legacy.forEach((name, i) -> {
      PolicyInstance instance = policies.get(i);
      Object setting = setting(instance, "/policies/" + i, problems);
      if (setting != null) {
        settings.put(name, setting);
        String field = setting instanceof AllowAsIn ? "allowAsIn" : "maximumPrefix";
        problems.add(Problem.warning("legacy-policy-type", "/policies/" + i + "/type", "policy type `"
                + instance.type() + "` is a neighbour setting since arsim 0.2; arsim applies `" + name + "` as `"
                + field + ": " + yaml(setting) + "` on the neighbours whose importPolicies list it",
            "write `" + field + ": " + yaml(setting) + "` on those neighbours and remove the policy `" + name
                + "` (docs/topology.md, BGP neighbours)"));
      }
    });
    List<NetworkVirtualAppliance> nvas = new ArrayList<>();
    for (NetworkVirtualAppliance nva : topology.networkVirtualAppliances()) {
      List<BgpNeighbor> neighbors = new ArrayList<>();
      for (BgpNeighbor neighbor : nva.bgpNeighbors()) {
        BgpNeighbor changed = neighbor;
        List<String> imports = new ArrayList<>();
        for (String name : neighbor.importPolicies()) {
          Object setting = settings.get(name);
          if (setting instanceof AllowAsIn allowAsIn) {
            changed = changed.withAllowAsIn(allowAsIn);
          } else if (setting instanceof MaximumPrefix maximumPrefix) {
            changed = changed.withMaximumPrefix(maximumPrefix);
          } else if (!legacy.containsKey(name)) {
            imports.add(name);
          }
        }
        List<String> exports = neighbor.exportPolicies().stream().filter(n -> !legacy.containsKey(n)).toList();
        changed = changed.withImportPolicies(imports);
        neighbors.add(changed.withExportPolicies(exports));
      }
      nvas.add(nva.withBgpNeighbors(neighbors));
    }
    List<PolicyInstance> kept = policies.stream().filter(p -> !legacy.containsKey(p.name())).toList();
    Topology changed = topology.withNetworkVirtualAppliances(nvas).withPolicies(kept);
    return new Result(changed, problems);
  }

  /** The setting an instance's config describes, or null after reporting why it cannot be read. */
  private static @Nullable Object setting(PolicyInstance instance, String at, List<Problem> problems) {
    JsonNode config = instance.config();
    boolean allowAsIn = instance.type().equals(ALLOWAS_IN);
    Set<String> known = allowAsIn ? Set.of("count", "origin") : Set.of("limit", "warningOnly");
    for (Iterator<String> names = config.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        problems.add(Problem.error("unknown-property", at + "/config/" + name, "unknown property `" + name
            + "` in the config of " + instance.type(), "expected " + String.join(" or ", known.stream().sorted()
            .toList())));
        return null;
      }
    }
    try {
      if (allowAsIn) {
        JsonNode count = config.get("count");
        JsonNode origin = config.get("origin");
        if (count != null && !count.canConvertToInt() || origin != null && !origin.isBoolean()) {
          problems.add(Problem.error("invalid-value", at + "/config", "allowas-in takes `count` (a whole number"
              + " 1..10) or `origin` (true or false)", "e.g. config: {count: 3}"));
          return null;
        }
        return new AllowAsIn(count == null ? null : count.asInt(), origin != null && origin.asBoolean());
      }
      JsonNode limit = config.get("limit");
      JsonNode warningOnly = config.get("warningOnly");
      if (limit == null || !limit.canConvertToLong() || warningOnly != null && !warningOnly.isBoolean()) {
        problems.add(Problem.error("invalid-value", at + "/config", "maximum-prefix takes `limit` (a whole number"
            + " 1..4294967295, required) and `warningOnly` (true or false)", "e.g. config: {limit: 100}"));
        return null;
      }
      return new MaximumPrefix(limit.asLong(), warningOnly != null && warningOnly.asBoolean());
    } catch (IllegalArgumentException e) {
      problems.add(Problem.error("invalid-value", at + "/config", String.valueOf(e.getMessage()),
          "docs/topology.md describes allowAsIn and maximumPrefix"));
      return null;
    }
  }

  private static String yaml(Object setting) {
    if (setting instanceof AllowAsIn a) {
      return a.origin() ? "{origin: true}" : "{count: " + a.count() + "}";
    }
    MaximumPrefix m = (MaximumPrefix) setting;
    return m.warningOnly() ? "{limit: " + m.limit() + ", warningOnly: true}" : "{limit: " + m.limit() + "}";
  }
}
