package io.arsim.policy.catalog;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import io.arsim.core.problem.Problem;
import io.arsim.core.problem.Suggestions;
import io.arsim.core.topology.PolicyInstance;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.TopologyException;
import io.arsim.core.topology.file.LoadedTopology;
import io.arsim.core.topology.file.LocationIndex;
import io.arsim.policy.spi.PolicyProvider;
import io.arsim.policy.spi.RoutingPolicy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The policy providers arsim knows, by id, checked once when built; and the factory of the
 * configured policies of a topology.
 *
 * <p>Id rules (DESIGN.md, "Extension points"): kebab-case ({@code as-override}); bare ids are
 * reserved for providers that ship with arsim, third parties use {@code vendor.kebab-id}
 * ({@code acme.tag-by-site}); each id once. {@link #of} reports every violation at once.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = INTERNAL, since = "0.1")
public final class PolicyCatalog {
  private static final String KEBAB = "[a-z][a-z0-9]*(?:-[a-z0-9]+)*";
  private static final Pattern BARE_ID = Pattern.compile(KEBAB);
  private static final Pattern VENDOR_ID = Pattern.compile(KEBAB + "\\." + KEBAB);

  private final SortedMap<String, DiscoveredProvider> byId;
  private final ConfigBinder binder = new ConfigBinder();

  private PolicyCatalog(SortedMap<String, DiscoveredProvider> byId) {
    this.byId = Collections.unmodifiableSortedMap(byId);
  }

  /**
   * Checks the providers and builds the catalog.
   *
   * @throws PluginException listing every problem: malformed or reserved ids, duplicate ids
   *     (naming both origins), a config type that is not a record, a provider whose id or config
   *     type cannot be read
   */
  public static PolicyCatalog of(List<DiscoveredProvider> providers) {
    return of(providers, List.of());
  }

  /**
   * Like {@link #of(List)}, adding {@code loadingProblems} (providers discovery could not
   * instantiate) to the problems reported.
   */
  public static PolicyCatalog of(List<DiscoveredProvider> providers, List<String> loadingProblems) {
    List<String> problems = new ArrayList<>(loadingProblems);
    SortedMap<String, DiscoveredProvider> byId = new TreeMap<>();
    List<DiscoveredProvider> sorted = new ArrayList<>(providers);
    sorted.sort(Comparator.comparing((DiscoveredProvider d) -> d.provider().getClass().getName())
        .thenComparing(DiscoveredProvider::origin));
    for (DiscoveredProvider discovered : sorted) {
      PolicyProvider<?> provider = discovered.provider();
      String where = provider.getClass().getName() + " (" + discovered.displayOrigin() + ")";
      String id;
      Class<?> configType;
      try {
        id = provider.id();
        configType = provider.configType();
      } catch (RuntimeException e) {
        problems.add(where + ": id() or configType() threw " + e);
        continue;
      }
      if (id == null) {
        problems.add(where + ": id() returned null; expected a kebab-case id such as acme.tag-by-site");
        continue;
      }
      boolean ok = true;
      if (!BARE_ID.matcher(id).matches() && !VENDOR_ID.matcher(id).matches()) {
        problems.add(where + ": id \"" + id + "\" is not valid; expected kebab-case with a vendor prefix,"
            + " like acme.tag-by-site (lower-case letters, digits and single hyphens, one dot after the vendor)");
        ok = false;
      } else if (!discovered.builtIn() && BARE_ID.matcher(id).matches()) {
        problems.add(where + ": id \"" + id + "\" has no vendor prefix; ids without a dot are reserved for"
            + " arsim's built-in policies; use a vendor prefix, like acme." + id);
        ok = false;
      }
      if (configType == null || !configType.isRecord()) {
        problems.add(where + ": configType() of \"" + id + "\" is "
            + (configType == null ? "null" : configType.getName()) + ", not a record; declare the config as a"
            + " record (an empty record when the policy takes no configuration)");
        ok = false;
      }
      if (!ok) {
        continue;
      }
      DiscoveredProvider previous = byId.putIfAbsent(id, discovered);
      if (previous != null) {
        problems.add("policy id \"" + id + "\" is provided twice: by " + previous.provider().getClass().getName()
            + " in " + previous.origin() + " and by " + provider.getClass().getName() + " in " + discovered.origin()
            + "; remove one of the jars");
      }
    }
    if (!problems.isEmpty()) {
      throw new PluginException(problems);
    }
    return new PolicyCatalog(byId);
  }

  /**
   * The built-in providers only, found with {@link ServiceLoader} in the SPI's own class loader: for
   * tests and for embedding the engine without the CLI.
   */
  public static PolicyCatalog builtIns() {
    List<DiscoveredProvider> found = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    var iterator = ServiceLoader.load(PolicyProvider.class, PolicyProvider.class.getClassLoader()).iterator();
    while (true) {
      try {
        if (!iterator.hasNext()) {
          break;
        }
        DiscoveredProvider discovered = DiscoveredProvider.locate(iterator.next());
        if (discovered.builtIn()) {
          found.add(discovered);
        }
      } catch (ServiceConfigurationError e) {
        problems.add(e.getMessage());
      }
    }
    return of(found, problems);
  }

  /** Every provider, by id. */
  public SortedMap<String, DiscoveredProvider> providers() {
    return byId;
  }

  /** The provider with {@code id}. */
  public Optional<DiscoveredProvider> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Creates every policy instance of {@code loaded}'s topology.
   *
   * @return the configured policies by instance name, sorted
   * @throws TopologyException listing every problem at {@code file:line:column}: unknown types
   *     (with the known ids and the closest one), config values that do not bind, configs the
   *     provider rejects
   */
  public SortedMap<String, ConfiguredPolicy> instantiate(LoadedTopology loaded) {
    return instantiate(loaded.topology(), loaded.locations());
  }

  /** Like {@link #instantiate(LoadedTopology)}, for a topology and its locations. */
  public SortedMap<String, ConfiguredPolicy> instantiate(Topology topology, LocationIndex locations) {
    List<Problem> problems = new ArrayList<>();
    SortedMap<String, ConfiguredPolicy> result = new TreeMap<>();
    List<PolicyInstance> instances = topology.policies();
    for (int i = 0; i < instances.size(); i++) {
      PolicyInstance instance = instances.get(i);
      String at = "/policies/" + i;
      DiscoveredProvider discovered = byId.get(instance.type());
      if (discovered == null) {
        problems.add(unknownType(instance.type(), at + "/type"));
        continue;
      }
      create(discovered.provider(), instance, at, problems).ifPresent(policy -> result.put(instance.name(), policy));
    }
    if (problems.stream().anyMatch(Problem::isError)) {
      List<Problem> located = new ArrayList<>();
      for (Problem problem : problems) {
        located.add(locations.locate(problem));
      }
      located.sort(Comparator.comparingInt((Problem p) -> p.location() == null ? 0 : p.location().line())
          .thenComparingInt(p -> p.location() == null ? 0 : p.location().column()));
      throw new TopologyException(locations.file(), located);
    }
    return Collections.unmodifiableSortedMap(result);
  }

  /**
   * Creates one policy from a config tree, outside a topology file (tests, embedding).
   *
   * @throws IllegalArgumentException naming every problem, when the type is unknown or the config
   *     is bad
   */
  public ConfiguredPolicy create(String name, String type, JsonNode config) {
    List<Problem> problems = new ArrayList<>();
    DiscoveredProvider discovered = byId.get(type);
    Optional<ConfiguredPolicy> policy = discovered == null
        ? Optional.empty()
        : create(discovered.provider(), new PolicyInstance(name, type, config), "", problems);
    if (discovered == null) {
      problems.add(unknownType(type, "/type"));
    }
    if (policy.isEmpty()) {
      throw new IllegalArgumentException(problems.stream()
          .map(p -> (p.pointer().isEmpty() ? "" : p.pointer() + ": ") + p.message()
              + (p.fix().isEmpty() ? "" : " (" + p.fix() + ")"))
          .reduce((a, b) -> a + "; " + b).orElse("cannot create policy " + name));
    }
    return policy.get();
  }

  private Problem unknownType(String type, String pointer) {
    String known = String.join(", ", byId.keySet());
    String fix = Suggestions.closest(type, byId.keySet()).map(s -> "did you mean `" + s + "`? ").orElse("")
        + "known policy types: " + known
        + (type.contains(".") ? "; a third-party policy needs its jar on the class path or in --plugins DIR" : "");
    return Problem.error("unknown-policy-type", pointer, "unknown policy type `" + type + "`", fix);
  }

  private <C extends Record> Optional<ConfiguredPolicy> create(PolicyProvider<C> provider, PolicyInstance instance,
      String at, List<Problem> problems) {
    C config = binder.bind(instance.config(), provider.configType(), at + "/config", problems);
    if (config == null) {
      return Optional.empty();
    }
    RoutingPolicy policy;
    try {
      policy = provider.create(config);
    } catch (IllegalArgumentException e) {
      problems.add(Problem.error("invalid-policy-config", at + "/config", String.valueOf(e.getMessage()),
          "docs/plugins.md#" + provider.id() + " describes the config of " + provider.id()));
      return Optional.empty();
    } catch (RuntimeException e) {
      problems.add(Problem.error("policy-failed", at + "/config", "plugin " + provider.id() + " ("
              + provider.getClass().getName() + ") failed to create the policy: " + e,
          "this is a bug in the plugin; report it to its author or remove the policy"));
      return Optional.empty();
    }
    if (policy == null) {
      problems.add(Problem.error("policy-failed", at + "/config", "plugin " + provider.id()
          + " returned no policy from create()", "this is a bug in the plugin; report it to its author"));
      return Optional.empty();
    }
    return Optional.of(new ConfiguredPolicy(instance.name(), provider.id(), policy));
  }

  /** Which providers exist, for messages: {@code as-override, acme.tag-by-site, ...}. */
  @Override
  public String toString() {
    return "PolicyCatalog" + byId.keySet();
  }

}
