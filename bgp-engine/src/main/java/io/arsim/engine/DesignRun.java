package io.arsim.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.topology.ExtensionKind;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.file.LoadedTopology;
import io.arsim.core.topology.file.LocationIndex;
import io.arsim.core.topology.file.ReadLimits;
import io.arsim.core.topology.file.TopologyReader;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.EngineSettings;
import io.arsim.engine.bgp.Network;
import io.arsim.engine.convergence.Simulation;
import io.arsim.engine.lint.rules.BuiltInLintRules;
import io.arsim.engine.spi.EngineExtension;
import io.arsim.engine.spi.LintRule;
import io.arsim.engine.vendor.VendorProfiles;
import io.arsim.core.problem.Problem;
import io.arsim.core.topology.TopologyException;
import io.arsim.policy.catalog.ConfiguredPolicy;
import io.arsim.policy.catalog.PolicyCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.apiguardian.api.API;

/**
 * The one way into the engine, for the CLI, tests, benchmarks and embedders alike: a policy
 * catalog, engine extensions and settings that turn a topology into a converged design.
 *
 * <pre>{@code
 * DesignRun run = DesignRun.withDefaults();                  // built-in policies, extensions on the class path
 * LoadedTopology loaded = run.reader().read(Path.of("design.yaml"));
 * ConvergedDesign design = run.converge(loaded);
 * design.effectiveRoutes("vm-spoke");
 * }</pre>
 *
 * <p>A run creates the topology's policy instances with the catalog (every unknown type and bad
 * config reported at once, at its place in the file), builds the speakers and sessions (the
 * topology's route servers and NVAs, then each extension's nodes) and converges them. Immutable:
 * the {@code with...} methods return new runs; one run converges any number of designs, on any
 * thread.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class DesignRun {
  private final PolicyCatalog catalog;
  private final List<EngineExtension> extensions;
  private final EngineSettings settings;
  private final ReadLimits limits;
  private final VendorProfiles vendors;

  private DesignRun(PolicyCatalog catalog, List<EngineExtension> extensions, EngineSettings settings,
      ReadLimits limits, VendorProfiles vendors) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.extensions = extensions.stream().sorted(Comparator.comparing(EngineExtension::name)).toList();
    this.settings = Objects.requireNonNull(settings, "settings");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.vendors = Objects.requireNonNull(vendors, "vendors");
  }

  /**
   * A run with arsim's built-in policies, every engine extension {@link ServiceLoader} finds on
   * this class loader's class path (ExpressRoute and VPN when arsim-expressroute is there), and the
   * documented default settings.
   */
  public static DesignRun withDefaults() {
    return new DesignRun(PolicyCatalog.builtIns(), discoverExtensions(DesignRun.class.getClassLoader()),
        EngineSettings.defaults(), ReadLimits.defaults(), VendorProfiles.discover(DesignRun.class.getClassLoader()));
  }

  /**
   * A run with {@code catalog}, {@code extensions} and {@code settings}, and the vendor profiles
   * {@link ServiceLoader} finds on this class loader's class path (arsim's built-ins at least).
   */
  public static DesignRun of(PolicyCatalog catalog, List<EngineExtension> extensions, EngineSettings settings) {
    return new DesignRun(catalog, extensions, settings, ReadLimits.defaults(),
        VendorProfiles.discover(DesignRun.class.getClassLoader()));
  }

  /**
   * The engine extensions {@link ServiceLoader} finds through {@code loader}
   * ({@code META-INF/services/io.arsim.engine.spi.EngineExtension}), ordered by name.
   *
   * @throws IllegalStateException naming the extension that cannot be loaded, or two with one name
   */
  public static List<EngineExtension> discoverExtensions(ClassLoader loader) {
    List<EngineExtension> found = new ArrayList<>();
    try {
      for (EngineExtension extension : ServiceLoader.load(EngineExtension.class, loader)) {
        found.add(extension);
      }
    } catch (ServiceConfigurationError e) {
      throw new IllegalStateException("an engine extension cannot be loaded: " + e.getMessage(), e);
    }
    found.sort(Comparator.comparing(EngineExtension::name));
    for (int i = 1; i < found.size(); i++) {
      if (found.get(i).name().equals(found.get(i - 1).name())) {
        throw new IllegalStateException("two engine extensions are named " + found.get(i).name() + ": "
            + found.get(i - 1).getClass().getName() + " and " + found.get(i).getClass().getName());
      }
    }
    return List.copyOf(found);
  }

  /** This run with another policy catalog (third-party plugins, for example). */
  public DesignRun withCatalog(PolicyCatalog other) {
    return new DesignRun(other, extensions, settings, limits, vendors);
  }

  /** This run with other engine extensions. */
  public DesignRun withExtensions(List<EngineExtension> other) {
    return new DesignRun(catalog, other, settings, limits, vendors);
  }

  /** This run with other settings. */
  public DesignRun withSettings(EngineSettings other) {
    return new DesignRun(catalog, extensions, other, limits, vendors);
  }

  /** This run with other limits for reading topology files ({@link #reader()}). */
  public DesignRun withReadLimits(ReadLimits other) {
    return new DesignRun(catalog, extensions, settings, other, vendors);
  }

  /** This run with other vendor profiles (a plugin's, for example). */
  public DesignRun withVendorProfiles(VendorProfiles other) {
    return new DesignRun(catalog, extensions, settings, limits, other);
  }

  /** The vendor profiles NVAs take their defaults from. */
  public VendorProfiles vendorProfiles() {
    return vendors;
  }

  /** The policy catalog. */
  public PolicyCatalog catalog() {
    return catalog;
  }

  /** The engine extensions, ordered by name. */
  public List<EngineExtension> extensions() {
    return extensions;
  }

  /** The settings. */
  public EngineSettings settings() {
    return settings;
  }

  /** The resource kinds the extensions add to topology files, ordered by kind. */
  public List<ExtensionKind<?>> extensionKinds() {
    return kindsOf(extensions);
  }

  /** The resource kinds {@code extensions} add to topology files, ordered by kind. */
  public static List<ExtensionKind<?>> kindsOf(List<EngineExtension> extensions) {
    List<ExtensionKind<?>> kinds = new ArrayList<>();
    extensions.forEach(e -> kinds.addAll(e.kinds()));
    kinds.sort(Comparator.comparing(ExtensionKind::kind));
    return List.copyOf(kinds);
  }

  /** A topology reader that knows the extensions' resource kinds, with this run's read limits. */
  public TopologyReader reader() {
    return new TopologyReader(extensionKinds(), limits);
  }

  /** The engine's lint rules and the extensions', in that order. */
  public List<LintRule> lintRules() {
    List<LintRule> rules = new ArrayList<>(BuiltInLintRules.all());
    extensions.forEach(e -> rules.addAll(e.lintRules()));
    return List.copyOf(rules);
  }

  /**
   * The topology's policy instances, created by the catalog.
   *
   * @throws io.arsim.core.topology.TopologyException listing every unknown type and bad config at
   *     its place in the file
   */
  public Map<String, ConfiguredPolicy> policies(LoadedTopology loaded) {
    return catalog.instantiate(loaded);
  }

  /**
   * Checks what the topology reader cannot: the policy instances (created by the catalog) and the
   * NVAs' vendor profiles (known ids, {@code maximumPaths} within the vendor's limit).
   *
   * @return the policy instances
   * @throws TopologyException listing every problem at its place in the file
   */
  public Map<String, ConfiguredPolicy> validate(LoadedTopology loaded) {
    List<Problem> vendorProblems = vendors.check(loaded.topology());
    Map<String, ConfiguredPolicy> policies;
    try {
      policies = policies(loaded);
    } catch (TopologyException e) {
      if (vendorProblems.isEmpty()) {
        throw e;
      }
      List<Problem> all = new ArrayList<>(e.problems());
      vendorProblems.forEach(p -> all.add(loaded.locations().locate(p)));
      throw new TopologyException(e.file(), sortedByPlace(all));
    }
    if (!vendorProblems.isEmpty()) {
      throw new TopologyException(loaded.locations().file(),
          sortedByPlace(vendorProblems.stream().map(p -> loaded.locations().locate(p)).toList()));
    }
    return policies;
  }

  private static List<Problem> sortedByPlace(List<Problem> problems) {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt((Problem p) -> p.location() == null ? 0 : p.location().line())
        .thenComparingInt(p -> p.location() == null ? 0 : p.location().column()));
    return sorted;
  }

  /** The speakers and sessions of {@code loaded}'s design, not yet converged. */
  public Network build(LoadedTopology loaded) {
    return new NetworkFactory(extensions, settings, vendors).build(loaded.topology(), validate(loaded));
  }

  /**
   * Builds and converges a design read from a file.
   *
   * @throws io.arsim.core.topology.TopologyException when a policy cannot be created
   * @throws io.arsim.engine.convergence.NonConvergenceException when the design oscillates
   * @throws io.arsim.policy.catalog.PolicyEvaluationException when a policy plugin fails
   */
  public ConvergedDesign converge(LoadedTopology loaded) {
    Network network = build(loaded);
    ConvergedState state = Simulation.converge(network, settings);
    return new ConvergedDesign(loaded.topology(), network, state, this);
  }

  /**
   * Converges {@code network}, a network {@link #build built} from {@code loaded} that the caller
   * may have changed (nodes with other behaviours or originated routes, sessions taken down), and
   * answers questions on it as on {@code loaded}'s design. {@code arsim serve} uses it to replace
   * the NVAs real routers play with the routes they send on the wire, converging again on every
   * change without validating the file again.
   *
   * @throws io.arsim.engine.convergence.NonConvergenceException when the design oscillates
   * @throws io.arsim.policy.catalog.PolicyEvaluationException when a policy plugin fails
   */
  public ConvergedDesign converge(LoadedTopology loaded, Network network) {
    ConvergedState state = Simulation.converge(network, settings);
    return new ConvergedDesign(loaded.topology(), network, state, this);
  }

  /** Builds and converges a design made in code (problems are located by JSON pointer only). */
  public ConvergedDesign converge(Topology topology) {
    return converge(new LoadedTopology(topology.name(), topology, List.of(), LocationIndex.empty(topology.name())));
  }
}
