package io.arsim.policy.catalog;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import io.arsim.core.problem.Problem;
import io.arsim.core.problem.Suggestions;
import io.arsim.core.topology.BgpNeighbor;
import io.arsim.core.topology.NetworkVirtualAppliance;
import io.arsim.core.topology.PolicyInstance;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.TopologyException;
import io.arsim.core.topology.file.LoadedTopology;
import io.arsim.core.topology.file.LocationIndex;
import io.arsim.policy.spi.ConfigWarning;
import io.arsim.policy.spi.Direction;
import io.arsim.policy.spi.PolicyProvider;
import io.arsim.policy.spi.RoutingPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The policy providers arsim knows, by id, checked once when built; and the factory of the
 * configured policies of a topology.
 *
 * <p>Checks (DESIGN.md, "Extension points"; docs/plugins.md): ids are kebab-case
 * ({@code as-override}), bare ids are reserved for providers that ship with arsim, third parties
 * use {@code vendor.kebab-id} ({@code acme.tag-by-site}); each id once, unless a
 * {@link Preference} chooses between the providers of an id; every metadata method answers without
 * failing; the config type is one {@link ConfigBinder} can bind; the provider was built for this
 * SPI version. {@link #inventory} reports every problem at once and keeps what loaded;
 * {@link #of} refuses to build a catalog when there is any.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = INTERNAL, since = "0.1")
public final class PolicyCatalog {
  private static final Logger LOG = LoggerFactory.getLogger(PolicyCatalog.class);
  private static final String KEBAB = "[a-z][a-z0-9]*(?:-[a-z0-9]+)*";
  private static final Pattern BARE_ID = Pattern.compile(KEBAB);
  private static final Pattern VENDOR_ID = Pattern.compile(KEBAB + "\\." + KEBAB);
  private static final Pattern SPI_VERSION = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

  private final SortedMap<String, LoadedProvider> loaded;
  private final SortedMap<String, DiscoveredProvider> byId;
  private final ConfigBinder binder = new ConfigBinder();

  private PolicyCatalog(SortedMap<String, LoadedProvider> loaded) {
    this.loaded = Collections.unmodifiableSortedMap(new TreeMap<>(loaded));
    SortedMap<String, DiscoveredProvider> discovered = new TreeMap<>();
    loaded.forEach((id, p) -> discovered.put(id, p.discovered()));
    this.byId = Collections.unmodifiableSortedMap(discovered);
  }

  /**
   * A user's choice between providers of one id (two versions of a plugin side by side, or a jar on
   * the class path and one in the plugin folder).
   *
   * @param id the policy id
   * @param source the jar whose provider to use: its path, or its file name, as {@code arsim plugins}
   *     shows it
   */
  @API(status = INTERNAL, since = "0.2")
  public record Preference(String id, String source) {

    public Preference {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(source, "source");
    }

    /**
     * Reads {@code ID=JAR}.
     *
     * @throws IllegalArgumentException saying what is expected
     */
    public static Preference parse(String text) {
      int equals = text.indexOf('=');
      if (equals < 1 || equals == text.length() - 1) {
        throw new IllegalArgumentException("\"" + text + "\" is not ID=JAR; write the policy id, '=' and the jar"
            + " (its file name or path), e.g. acme.tag-by-site=tag-by-site-1.1.0.jar");
      }
      return new Preference(text.substring(0, equals).strip(), text.substring(equals + 1).strip());
    }

    /** Whether this preference names {@code provider}'s jar. */
    boolean names(DiscoveredProvider provider) {
      if (provider.origin().equals(source)) {
        return true;
      }
      try {
        Path origin = Path.of(provider.origin());
        Path wanted = Path.of(source);
        return origin.equals(wanted.toAbsolutePath().normalize())
            || (wanted.getNameCount() == 1 && origin.getFileName() != null && origin.getFileName().equals(wanted));
      } catch (RuntimeException e) {
        return false;
      }
    }

    @Override
    public String toString() {
      return id + "=" + source;
    }
  }

  /**
   * What loading found.
   *
   * @param providers the providers that passed every check, by id
   * @param problems one sentence per provider, jar or preference that failed, in a stable order
   * @param unused providers left out because a preference chose another one for their id
   */
  @API(status = INTERNAL, since = "0.2")
  public record Inventory(SortedMap<String, LoadedProvider> providers, List<String> problems,
      List<DiscoveredProvider> unused) {

    public Inventory {
      providers = Collections.unmodifiableSortedMap(new TreeMap<>(providers));
      problems = List.copyOf(problems);
      unused = List.copyOf(unused);
    }
  }

  /**
   * Checks the providers and builds the catalog.
   *
   * @throws PluginException listing every problem: malformed or reserved ids, duplicate ids
   *     (naming both origins), a config type arsim cannot bind, a metadata method that fails, a
   *     provider built for another SPI version
   */
  public static PolicyCatalog of(List<DiscoveredProvider> providers) {
    return of(providers, List.of());
  }

  /**
   * Like {@link #of(List)}, adding {@code loadingProblems} (providers or jars discovery could not
   * load) to the problems reported.
   */
  public static PolicyCatalog of(List<DiscoveredProvider> providers, List<String> loadingProblems) {
    return of(inventory(providers, loadingProblems, List.of()));
  }

  /**
   * The catalog of what {@code inventory} loaded.
   *
   * @throws PluginException when the inventory holds any problem
   */
  public static PolicyCatalog of(Inventory inventory) {
    if (!inventory.problems().isEmpty()) {
      throw new PluginException(inventory.problems());
    }
    return new PolicyCatalog(inventory.providers());
  }

  /**
   * Checks every provider, collecting every problem instead of stopping at the first, and keeps the
   * providers that pass: {@code arsim plugins} lists both.
   *
   * @param providers what discovery found
   * @param loadingProblems what discovery could not load (jars, providers)
   * @param preferences the user's choices between providers of one id
   */
  public static Inventory inventory(List<DiscoveredProvider> providers, List<String> loadingProblems,
      List<Preference> preferences) {
    List<String> problems = new ArrayList<>(loadingProblems);
    List<DiscoveredProvider> sorted = new ArrayList<>(providers);
    sorted.sort(Comparator.comparing((DiscoveredProvider d) -> d.provider().getClass().getName())
        .thenComparing(DiscoveredProvider::origin));
    Map<String, List<LoadedProvider>> candidates = new TreeMap<>();
    for (DiscoveredProvider discovered : sorted) {
      check(discovered, problems).ifPresent(p -> candidates.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(p));
    }
    SortedMap<String, LoadedProvider> chosen = new TreeMap<>();
    List<DiscoveredProvider> unused = new ArrayList<>();
    Map<String, Preference> byId = new LinkedHashMap<>();
    for (Preference preference : preferences) {
      Preference earlier = byId.putIfAbsent(preference.id(), preference);
      if (earlier != null && !earlier.equals(preference)) {
        problems.add("two preferences for policy id \"" + preference.id() + "\" (" + earlier + " and " + preference
            + "); keep one");
      }
    }
    for (Map.Entry<String, List<LoadedProvider>> entry : candidates.entrySet()) {
      String id = entry.getKey();
      List<LoadedProvider> all = entry.getValue();
      Preference preference = byId.remove(id);
      if (preference == null) {
        if (all.size() == 1) {
          chosen.put(id, all.get(0));
        } else {
          problems.add(duplicate(id, all) + "; remove one of the jars, or choose one with --prefer-plugin " + id + "="
              + fileName(all.get(0).discovered().origin()));
        }
        continue;
      }
      List<LoadedProvider> named = all.stream().filter(p -> preference.names(p.discovered())).toList();
      if (named.size() == 1) {
        chosen.put(id, named.get(0));
        all.stream().filter(p -> p != named.get(0)).forEach(p -> unused.add(p.discovered()));
        LOG.debug("policy id {}: using {} as preferred ({})", id, named.get(0).discovered().origin(), preference);
      } else {
        problems.add("the preference " + preference + " names " + (named.isEmpty() ? "no jar" : "several jars")
            + " that provide \"" + id + "\"; it is provided by " + String.join(" and ", all.stream()
                .map(p -> p.discovered().displayOrigin()).toList())
            + "; name one of them by its file name or its path");
      }
    }
    for (Preference left : byId.values()) {
      problems.add("the preference " + left + " names a policy id no plugin provides; the ids found are "
          + String.join(", ", candidates.keySet()));
    }
    return new Inventory(chosen, problems, unused);
  }

  private static String duplicate(String id, List<LoadedProvider> all) {
    List<String> by = all.stream().map(p -> "by " + p.discovered().provider().getClass().getName() + " in "
        + p.discovered().origin()).toList();
    String times = all.size() == 2 ? "twice" : all.size() + " times";
    return "policy id \"" + id + "\" is provided " + times + ": " + String.join(" and ", by);
  }

  private static String fileName(String origin) {
    try {
      Path name = Path.of(origin).getFileName();
      return name == null ? origin : name.toString();
    } catch (RuntimeException e) {
      return origin;
    }
  }

  /** One provider's checks; every problem goes to {@code problems}. */
  private static Optional<LoadedProvider> check(DiscoveredProvider discovered, List<String> problems) {
    PolicyProvider<?> provider = discovered.provider();
    String where = provider.getClass().getName() + " (" + discovered.displayOrigin() + ")";
    int before = problems.size();
    String id = ask(where, "id()", provider::id, problems);
    Class<?> configType = ask(where, "configType()", provider::configType, problems);
    if (id == null || configType == null) {
      if (problems.size() == before) {
        problems.add(where + ": " + (id == null ? "id()" : "configType()") + " returned nothing; expected "
            + (id == null ? "a kebab-case id such as acme.tag-by-site" : "the config record's class"));
      }
      return Optional.empty();
    }
    if (!BARE_ID.matcher(id).matches() && !VENDOR_ID.matcher(id).matches()) {
      problems.add(where + ": id \"" + id + "\" is not valid; expected kebab-case with a vendor prefix,"
          + " like acme.tag-by-site (lower-case letters, digits and single hyphens, one dot after the vendor)");
    } else if (!discovered.builtIn() && BARE_ID.matcher(id).matches()) {
      problems.add(where + ": id \"" + id + "\" has no vendor prefix; ids without a dot are reserved for"
          + " arsim's built-in policies; use a vendor prefix, like acme." + id);
    }
    if (!configType.isRecord()) {
      problems.add(where + ": configType() of \"" + id + "\" is " + configType.getSimpleName() + ", not a record;"
          + " declare the config as a record (an empty record when the policy takes no configuration)");
    } else {
      for (String problem : ConfigTypeCheck.problems(configType)) {
        problems.add(where + ": arsim cannot bind the config of \"" + id + "\": " + problem + "; this is a defect in"
            + " the plugin (docs/plugins.md, \"Config types\", lists the types a config may use)");
      }
    }
    String spi = ask(where, "spiVersion()", provider::spiVersion, problems);
    if (spi != null) {
      spiProblem(spi).ifPresent(p -> problems.add(where + ": plugin \"" + id + "\" " + p));
    }
    Set<Direction> directions = ask(where, "directions()", provider::directions, problems);
    if (directions != null && directions.isEmpty()) {
      problems.add(where + ": directions() of \"" + id + "\" is empty; a policy works on import, export or both");
    }
    String version = ask(where, "version()", provider::version, problems);
    String description = ask(where, "description()", provider::description, problems);
    Optional<String> documentation = ask(where, "documentation()", provider::documentation, problems);
    if (problems.size() > before || spi == null || directions == null || version == null || description == null
        || documentation == null) {
      return Optional.empty();
    }
    return Optional.of(new LoadedProvider(discovered, id, version, description, documentation.orElse(""),
        directions, spi));
  }

  /** Asks a plugin's metadata method; a failure or a missing answer is the plugin's defect. */
  private static <T> @Nullable T ask(String where, String method, Supplier<T> call, List<String> problems) {
    T answer;
    try {
      answer = call.get();
    } catch (RuntimeException | LinkageError e) {
      LOG.debug("{}: {} failed", where, method, e);
      problems.add(where + ": its " + method + " failed (" + ConfigBinder.defect(e) + "); this is a defect in the"
          + " plugin: report it to its author, or remove the jar");
      return null;
    }
    if (answer == null && !method.equals("id()") && !method.equals("configType()")) {
      problems.add(where + ": its " + method + " returned nothing; this is a defect in the plugin");
    }
    return answer;
  }

  /** Why a provider built for SPI {@code version} cannot run on this one, if it cannot. */
  static Optional<String> spiProblem(String version) {
    Matcher theirs = SPI_VERSION.matcher(version);
    Matcher ours = SPI_VERSION.matcher(PolicyProvider.SPI_VERSION);
    if (!theirs.matches() || !ours.matches()) {
      return Optional.of("says it was built for SPI \"" + version + "\", which is not a version like "
          + PolicyProvider.SPI_VERSION + "; its spiVersion() should return PolicyProvider.SPI_VERSION");
    }
    int major = Integer.parseInt(theirs.group(1));
    int minor = Integer.parseInt(theirs.group(2));
    int ourMajor = Integer.parseInt(ours.group(1));
    int ourMinor = Integer.parseInt(ours.group(2));
    boolean compatible = major == ourMajor && (major == 0 ? minor == ourMinor : minor <= ourMinor);
    if (compatible) {
      return Optional.empty();
    }
    return Optional.of("was built for SPI " + version + ", but this arsim provides SPI " + PolicyProvider.SPI_VERSION
        + "; rebuild the plugin against arsim-policy-spi " + PolicyProvider.SPI_VERSION + ", or run it with an arsim"
        + " that provides SPI " + version);
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

  /** Every provider with its metadata, by id. */
  public SortedMap<String, LoadedProvider> loaded() {
    return loaded;
  }

  /** The provider with {@code id}. */
  public Optional<DiscoveredProvider> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The configured policies of a topology and the problems found creating them.
   *
   * @param policies the policies that could be created, by instance name, sorted
   * @param problems errors and warnings, located in the file, in file order
   */
  @API(status = INTERNAL, since = "0.2")
  public record Instances(SortedMap<String, ConfiguredPolicy> policies, List<Problem> problems) {

    public Instances {
      policies = Collections.unmodifiableSortedMap(new TreeMap<>(policies));
      problems = List.copyOf(problems);
    }

    /** Whether any problem is an error. */
    public boolean hasErrors() {
      return problems.stream().anyMatch(Problem::isError);
    }
  }

  /**
   * Creates every policy instance of {@code loaded}'s topology.
   *
   * @return the configured policies by instance name, sorted
   * @throws TopologyException listing every problem at {@code file:line:column}: unknown types
   *     (with the known ids and the closest one), config values that do not bind, configs the
   *     provider rejects, policies in a chain of a direction they do not work in
   */
  public SortedMap<String, ConfiguredPolicy> instantiate(LoadedTopology loaded) {
    return instantiate(loaded.topology(), loaded.locations());
  }

  /** Like {@link #instantiate(LoadedTopology)}, for a topology and its locations. */
  public SortedMap<String, ConfiguredPolicy> instantiate(Topology topology, LocationIndex locations) {
    Instances instances = check(topology, locations);
    if (instances.hasErrors()) {
      throw new TopologyException(locations.file(), instances.problems());
    }
    return instances.policies();
  }

  /**
   * Creates every policy instance it can and reports every problem, warnings included (configs a
   * provider warns about), located; throws nothing for bad configs.
   */
  public Instances check(Topology topology, LocationIndex locations) {
    List<Problem> problems = new ArrayList<>();
    SortedMap<String, ConfiguredPolicy> result = new TreeMap<>();
    List<PolicyInstance> instances = topology.policies();
    Map<String, LoadedProvider> providerOf = new TreeMap<>();
    for (int i = 0; i < instances.size(); i++) {
      PolicyInstance instance = instances.get(i);
      String at = "/policies/" + i;
      LoadedProvider provider = loaded.get(instance.type());
      if (provider == null) {
        problems.add(unknownType(instance.type(), at + "/type"));
        continue;
      }
      providerOf.putIfAbsent(instance.name(), provider);
      create(provider, instance, at, problems).ifPresent(policy -> result.put(instance.name(), policy));
    }
    directions(topology, providerOf, problems);
    List<Problem> located = new ArrayList<>();
    for (Problem problem : problems) {
      located.add(locations.locate(problem));
    }
    located.sort(Comparator.comparingInt((Problem p) -> p.location() == null ? 0 : p.location().line())
        .thenComparingInt(p -> p.location() == null ? 0 : p.location().column()));
    return new Instances(result, located);
  }

  /** A policy in a chain of a direction its provider does not work in. */
  private static void directions(Topology topology, Map<String, LoadedProvider> providerOf, List<Problem> problems) {
    List<NetworkVirtualAppliance> nvas = topology.networkVirtualAppliances();
    for (int n = 0; n < nvas.size(); n++) {
      List<BgpNeighbor> neighbors = nvas.get(n).bgpNeighbors();
      for (int b = 0; b < neighbors.size(); b++) {
        String at = "/networkVirtualAppliances/" + n + "/bgpNeighbors/" + b;
        chain(neighbors.get(b).importPolicies(), Direction.IMPORT, at + "/importPolicies", providerOf, problems);
        chain(neighbors.get(b).exportPolicies(), Direction.EXPORT, at + "/exportPolicies", providerOf, problems);
      }
    }
  }

  private static void chain(List<String> names, Direction direction, String at, Map<String, LoadedProvider> providerOf,
      List<Problem> problems) {
    for (int i = 0; i < names.size(); i++) {
      LoadedProvider provider = providerOf.get(names.get(i));
      if (provider == null || provider.directions().contains(direction)) {
        continue;
      }
      boolean export = direction == Direction.EXPORT;
      problems.add(Problem.error("policy-direction", at + "/" + i, "policy `" + names.get(i) + "` (" + provider.id()
              + ") works on routes " + (export ? "received (import)" : "sent (export)") + " only, but is in the "
              + (export ? "exportPolicies" : "importPolicies") + " of this neighbour",
          "move it to " + (export ? "importPolicies" : "exportPolicies") + ", or remove it here ("
              + provider.docs() + ")"));
    }
  }

  /**
   * Creates one policy from a config tree, outside a topology file (tests, embedding).
   *
   * @throws IllegalArgumentException naming every problem, when the type is unknown or the config
   *     is bad
   */
  public ConfiguredPolicy create(String name, String type, JsonNode config) {
    Creation creation = creation(name, type, config);
    if (creation.policy().isEmpty()) {
      throw new IllegalArgumentException(creation.problems().stream()
          .filter(Problem::isError)
          .map(p -> (p.pointer().isEmpty() ? "" : p.pointer() + ": ") + p.message()
              + (p.fix().isEmpty() ? "" : " (" + p.fix() + ")"))
          .reduce((a, b) -> a + "; " + b).orElse("cannot create policy " + name));
    }
    return creation.policy().get();
  }

  /**
   * A policy created from a config tree, and every problem found (errors and warnings, with JSON
   * pointers relative to the config: {@code /entries/0/le}; unlocated).
   */
  @API(status = INTERNAL, since = "0.2")
  public static final class Creation {
    private final @Nullable ConfiguredPolicy policy;
    private final List<Problem> problems;

    Creation(Optional<ConfiguredPolicy> policy, List<Problem> problems) {
      this.policy = policy.orElse(null);
      this.problems = List.copyOf(problems);
    }

    /** The policy, when the config has no error. */
    public Optional<ConfiguredPolicy> policy() {
      return Optional.ofNullable(policy);
    }

    /** Every problem, in the order found. */
    public List<Problem> problems() {
      return problems;
    }
  }

  /** Creates one policy from a config tree, returning the problems instead of throwing them. */
  public Creation creation(String name, String type, JsonNode config) {
    List<Problem> problems = new ArrayList<>();
    LoadedProvider provider = loaded.get(type);
    if (provider == null) {
      problems.add(unknownType(type, ""));
      return new Creation(Optional.empty(), problems);
    }
    Optional<ConfiguredPolicy> policy = create(provider, new PolicyInstance(name, type, config), "", problems);
    List<Problem> relative = new ArrayList<>();
    for (Problem p : problems) {
      String pointer = p.pointer().startsWith("/config") ? p.pointer().substring("/config".length()) : p.pointer();
      relative.add(new Problem(p.severity(), p.code(), pointer, p.message(), p.fix(), null, ""));
    }
    return new Creation(policy, relative);
  }

  private Problem unknownType(String type, String pointer) {
    String known = String.join(", ", byId.keySet());
    String fix = Suggestions.closest(type, byId.keySet()).map(s -> "did you mean `" + s + "`? ").orElse("")
        + "known policy types: " + known
        + (type.contains(".") ? "; a third-party policy needs its jar on the class path or in --plugins DIR" : "");
    return Problem.error("unknown-policy-type", pointer, "unknown policy type `" + type + "`", fix);
  }

  private <C extends Record> Optional<ConfiguredPolicy> create(LoadedProvider loaded, PolicyInstance instance,
      String at, List<Problem> problems) {
    @SuppressWarnings("unchecked")
    PolicyProvider<C> provider = (PolicyProvider<C>) loaded.discovered().provider();
    String docs = "see " + loaded.docs();
    JsonNode config = instance.config();
    C bound = binder.bind(config, provider.configType(), at + "/config", loaded.id(), docs, problems);
    if (bound == null) {
      return Optional.empty();
    }
    RoutingPolicy policy;
    try {
      policy = provider.create(bound);
    } catch (IllegalArgumentException | NullPointerException e) {
      Optional<String> message = ConfigBinder.userMessage(e);
      if (message.isPresent()) {
        problems.add(Problem.error("invalid-policy-config",
            at + "/config" + ConfigBinder.propertyNamed(message.get(), config, ""), message.get(),
            loaded.docs() + " describes the config of " + loaded.id()));
      } else if (e instanceof IllegalArgumentException) {
        problems.add(Problem.error("invalid-policy-config", at + "/config", "plugin " + loaded.id()
            + " refused this config without saying why", "see " + loaded.docs() + ", or ask the plugin's author"));
      } else {
        problems.add(failed(loaded, at, e));
      }
      return Optional.empty();
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      problems.add(failed(loaded, at, e));
      return Optional.empty();
    }
    if (policy == null) {
      problems.add(Problem.error("policy-failed", at + "/config", "plugin " + loaded.id()
          + " returned no policy from create()", "this is a bug in the plugin; report it to its author"));
      return Optional.empty();
    }
    warnings(provider, bound, loaded, at, problems);
    return Optional.of(new ConfiguredPolicy(instance.name(), loaded.id(), policy));
  }

  private static Problem failed(LoadedProvider loaded, String at, Throwable e) {
    LOG.debug("plugin {} failed to create a policy", loaded.id(), e);
    return Problem.error("policy-failed", at + "/config", "plugin " + loaded.id() + " ("
            + loaded.discovered().provider().getClass().getName() + ") failed to create the policy: "
            + ConfigBinder.defect(e),
        "this is a bug in the plugin; report it to its author (" + loaded.docs() + ") or remove the policy;"
            + " `--debug` shows where it failed");
  }

  private static <C extends Record> void warnings(PolicyProvider<C> provider, C config, LoadedProvider loaded,
      String at, List<Problem> problems) {
    List<ConfigWarning> warnings;
    try {
      warnings = provider.warnings(config);
    } catch (RuntimeException | LinkageError e) {
      problems.add(failed(loaded, at, e));
      return;
    }
    if (warnings == null) {
      return;
    }
    for (ConfigWarning warning : warnings) {
      if (warning != null) {
        problems.add(Problem.warning("policy-config-warning", at + "/config" + warning.pointer(), warning.message(),
            "see " + loaded.docs()));
      }
    }
  }

  /** Which providers exist, for messages: {@code as-override, acme.tag-by-site, ...}. */
  @Override
  public String toString() {
    return "PolicyCatalog" + byId.keySet();
  }
}
