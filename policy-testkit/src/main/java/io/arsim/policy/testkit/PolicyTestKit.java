package io.arsim.policy.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.problem.Problem;
import io.arsim.core.problem.Severity;
import io.arsim.core.topology.TopologyException;
import io.arsim.core.topology.file.DocumentParser;
import io.arsim.core.topology.file.LocationIndex;
import io.arsim.core.topology.file.ParsedDocument;
import io.arsim.core.topology.file.ReadLimits;
import io.arsim.core.topology.file.TopologyFormat;
import io.arsim.policy.catalog.ConfiguredPolicy;
import io.arsim.policy.catalog.DiscoveredProvider;
import io.arsim.policy.catalog.PluginException;
import io.arsim.policy.catalog.PolicyCatalog;
import io.arsim.policy.spi.Direction;
import io.arsim.policy.spi.PolicyContext;
import io.arsim.policy.spi.PolicyProvider;
import io.arsim.policy.spi.RoutingPolicy;
import io.arsim.policy.spi.Speaker;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Runs one policy provider the way arsim does, without the engine. Immutable: every method returns
 * a new kit, so a configured kit can be shared by several tests.
 *
 * <pre>{@code
 * PolicyTestKit kit = PolicyTestKit.forProvider(new TagBySiteProvider()).config("community: \"65001:100\"");
 * kit.exporting().from("nva1", 65001, "10.1.1.4").to(Speakers.routeServer("rs/IN_0", "10.0.255.4"))
 *     .apply(Routes.route("10.0.0.0/16").asPath("65050"))
 *     .assertAccepted();
 * assertTrue(kit.config("community: 1").configError().contains("expected a community"));
 * }</pre>
 *
 * <p>{@link #forProvider} also checks the provider as arsim's catalog does when it loads plugins
 * (id syntax, vendor prefix, config type), so a mistake there fails the test, not the user's run.
 * The session defaults to exporting from NVA {@code nva1} (AS 65001, 10.1.1.4) to route server
 * instance {@code rs/IN_0} (AS 65515, 10.0.255.4); the config defaults
 * to {@code {}}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PolicyTestKit {
  /** The name config text is located in: problems read {@code config:2:8}. */
  public static final String CONFIG = "config";

  private final PolicyProvider<?> provider;
  private final PolicyCatalog catalog;
  private final JsonNode configTree;
  private final LocationIndex locations;
  private final @Nullable Record configRecord;
  private final Direction direction;
  private final Speaker from;
  private final Speaker to;

  private PolicyTestKit(PolicyProvider<?> provider, PolicyCatalog catalog, JsonNode configTree,
      LocationIndex locations, @Nullable Record configRecord, Direction direction, Speaker from, Speaker to) {
    this.provider = provider;
    this.catalog = catalog;
    this.configTree = configTree;
    this.locations = locations;
    this.configRecord = configRecord;
    this.direction = direction;
    this.from = from;
    this.to = to;
  }

  /**
   * A kit for {@code provider}.
   *
   * @throws AssertionError when arsim would refuse to load the provider (bad or reserved id, config
   *     type not a record)
   */
  public static PolicyTestKit forProvider(PolicyProvider<?> provider) {
    Objects.requireNonNull(provider, "provider");
    PolicyCatalog catalog;
    try {
      catalog = PolicyCatalog.of(List.of(DiscoveredProvider.locate(provider)));
    } catch (PluginException e) {
      throw new AssertionError(e.getMessage(), e);
    }
    return new PolicyTestKit(provider, catalog, JsonNodeFactory.instance.objectNode(), LocationIndex.empty(CONFIG),
        null, Direction.EXPORT,
        Speakers.nva("nva1", 65001, "10.1.1.4"), Speakers.routeServer("rs/IN_0", "10.0.255.4"));
  }

  /**
   * A kit for the provider with {@code id} found by {@link ServiceLoader} on the class path, as
   * arsim finds it: proves the {@code META-INF/services} file is right.
   *
   * @throws AssertionError when no provider, or more than one, has that id
   */
  public static PolicyTestKit forId(String id) {
    PolicyProvider<?> found = null;
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    for (PolicyProvider<?> provider : ServiceLoader.load(PolicyProvider.class,
        loader != null ? loader : PolicyTestKit.class.getClassLoader())) {
      if (provider.id().equals(id)) {
        if (found != null) {
          throw new AssertionError("two providers have id " + id + ": " + found.getClass().getName() + " and "
              + provider.getClass().getName());
        }
        found = provider;
      }
    }
    if (found == null) {
      throw new AssertionError("no provider with id " + id + " on the class path; list its class in"
          + " META-INF/services/io.arsim.policy.spi.PolicyProvider");
    }
    return forProvider(found);
  }

  /**
   * The config as YAML or JSON text (JSON is YAML), bound as arsim binds a topology file's
   * {@code config}; {@link #configProblems()} locates problems in this text ({@code config:2:8}).
   */
  public PolicyTestKit config(String yamlOrJson) {
    ParsedDocument parsed;
    try {
      parsed = DocumentParser.parse(CONFIG, TopologyFormat.YAML, yamlOrJson, ReadLimits.defaults());
    } catch (TopologyException e) {
      throw new AssertionError("the config is not valid YAML or JSON: " + e.getMessage(), e);
    }
    JsonNode tree = parsed.root().filter(n -> !n.isNull()).orElse(JsonNodeFactory.instance.objectNode());
    return new PolicyTestKit(provider, catalog, tree, parsed.locations(), null, direction, from, to);
  }

  /** The config as a record of the provider's {@code configType()}. */
  public PolicyTestKit config(Record config) {
    if (!provider.configType().isInstance(config)) {
      throw new AssertionError("config is a " + config.getClass().getName() + ", but " + provider.id()
          + " takes a " + provider.configType().getName());
    }
    return new PolicyTestKit(provider, catalog, configTree, locations, config, direction, from, to);
  }

  /** Routes go out to the peer: {@code from} is the local speaker, {@code to} the peer. */
  public PolicyTestKit exporting() {
    return new PolicyTestKit(provider, catalog, configTree, locations, configRecord, Direction.EXPORT, from, to);
  }

  /** Routes come in from the peer: {@code from} is the peer, {@code to} the local speaker. */
  public PolicyTestKit importing() {
    return new PolicyTestKit(provider, catalog, configTree, locations, configRecord, Direction.IMPORT, from, to);
  }

  /** The speaker the route comes from. */
  public PolicyTestKit from(Speaker speaker) {
    return new PolicyTestKit(provider, catalog, configTree, locations, configRecord, direction, speaker, to);
  }

  /** An NVA the route comes from. */
  public PolicyTestKit from(String name, long asn, String address) {
    return from(Speakers.nva(name, asn, address));
  }

  /** The speaker the route goes to. */
  public PolicyTestKit to(Speaker speaker) {
    return new PolicyTestKit(provider, catalog, configTree, locations, configRecord, direction, from, speaker);
  }

  /** An NVA the route goes to. */
  public PolicyTestKit to(String name, long asn, String address) {
    return to(Speakers.nva(name, asn, address));
  }


  /** The context the policy sees. */
  public PolicyContext context() {
    return direction == Direction.EXPORT
        ? new PolicyContext(direction, from, to)
        : new PolicyContext(direction, to, from);
  }

  /**
   * The policy the provider creates from the config, guarded as arsim runs it.
   *
   * @throws AssertionError when the config is rejected, with arsim's message
   */
  public RoutingPolicy policy() {
    try {
      return create();
    } catch (IllegalArgumentException e) {
      throw new AssertionError("config rejected: " + e.getMessage(), e);
    }
  }

  /**
   * Every problem arsim finds in the config, as it reports them for a topology file: errors and
   * the provider's warnings, each with its code ({@code invalid-value}, {@code unknown-property},
   * {@code policy-config-warning}, ...), its JSON pointer relative to the config
   * ({@code /entries/0/le}), its place in the text given to {@link #config(String)}
   * ({@code config:3:11}), the message and the fix. Empty for a config arsim accepts without a
   * warning.
   */
  public List<Problem> configProblems() {
    if (configRecord != null) {
      List<Problem> problems = new java.util.ArrayList<>();
      try {
        create();
      } catch (IllegalArgumentException e) {
        problems.add(Problem.error("invalid-policy-config", "", String.valueOf(e.getMessage()), ""));
      }
      return List.copyOf(problems);
    }
    return catalog.creation("test", provider.id(), configTree).problems().stream()
        .map(locations::locate)
        .toList();
  }

  /** The warnings among {@link #configProblems()}. */
  public List<Problem> configWarnings() {
    return configProblems().stream().filter(p -> p.severity() == Severity.WARNING).toList();
  }

  /** The directions the policy works in ({@code PolicyProvider.directions()}). */
  public java.util.Set<Direction> directions() {
    return provider.directions();
  }

  /**
   * The message arsim gives for the config.
   *
   * @throws AssertionError when the config is accepted
   */
  public String configError() {
    try {
      create();
    } catch (IllegalArgumentException e) {
      return String.valueOf(e.getMessage());
    }
    throw new AssertionError("expected the config to be rejected, but " + provider.id() + " accepted "
        + (configRecord != null ? configRecord : configTree));
  }

  /** Runs the policy on {@code route}. */
  public PolicyOutcome apply(BgpRoute route) {
    return new PolicyOutcome(route, policy().apply(context(), route));
  }

  /** Runs the policy on the built route. */
  public PolicyOutcome apply(Routes.RouteBuilder route) {
    return apply(route.build());
  }


  /**
   * The policy as a topology's {@code policies} entry {@code name} would make it, for a chain.
   *
   * @throws AssertionError when the config is rejected, with arsim's message
   */
  ConfiguredPolicy configured(String name) {
    try {
      return create(name);
    } catch (IllegalArgumentException e) {
      throw new AssertionError("config of " + name + " (" + provider.id() + ") rejected: " + e.getMessage(), e);
    }
  }

  private RoutingPolicy create() {
    return create("test");
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private ConfiguredPolicy create(String name) {
    if (configRecord != null) {
      return new ConfiguredPolicy(name, provider.id(), ((PolicyProvider) provider).create(configRecord));
    }
    return catalog.create(name, provider.id(), configTree);
  }
}
