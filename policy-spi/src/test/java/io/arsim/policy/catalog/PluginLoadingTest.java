package io.arsim.policy.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.arsim.core.bgp.Community;
import io.arsim.core.problem.Problem;
import io.arsim.core.problem.Severity;
import io.arsim.core.topology.file.LoadedTopology;
import io.arsim.core.topology.file.TopologyFormat;
import io.arsim.core.topology.file.TopologyReader;
import io.arsim.policy.spi.ConfigWarning;
import io.arsim.policy.spi.Direction;
import io.arsim.policy.spi.PolicyProvider;
import io.arsim.policy.spi.PolicyResult;
import io.arsim.policy.spi.RoutingPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Plugin loading that tells the truth: every problem of every provider at once, each naming its
 * jar; what loaded kept beside what failed; duplicates resolved by the user's choice; config types
 * checked when the plugin loads; the SPI version checked; and config problems located at the
 * property, with the plugin's own documentation in the fix.
 */
class PluginLoadingTest {

  record Empty() {}

  enum Mode { fast, slow }

  record Good(@JsonProperty(required = true) Community community, List<String> sites, Map<String, Long> weights,
      Mode mode, Nested nested) {}

  record Nested(Integer level, Set<Community> tags) {}

  /** A provider whose every answer can be replaced, for the checks. */
  static class Configurable<C extends Record> implements PolicyProvider<C> {
    String id = "acme.test";
    Supplier<String> version = () -> "1.0.0";
    Supplier<String> description = () -> "a test";
    String spi = SPI_VERSION;
    Set<Direction> directions = Set.of(Direction.IMPORT, Direction.EXPORT);
    final Class<C> type;

    Configurable(Class<C> type) {
      this.type = type;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public Class<C> configType() {
      return type;
    }

    @Override
    public RoutingPolicy create(C config) {
      return (c, r) -> PolicyResult.accept(r);
    }

    @Override
    public String version() {
      return version.get();
    }

    @Override
    public String description() {
      return description.get();
    }

    @Override
    public Optional<String> documentation() {
      return Optional.of("https://acme.example/arsim");
    }

    @Override
    public String spiVersion() {
      return spi;
    }

    @Override
    public Set<Direction> directions() {
      return directions;
    }
  }

  private static DiscoveredProvider jar(PolicyProvider<?> provider, String jar) {
    return new DiscoveredProvider(provider, jar, false);
  }

  private static PolicyCatalog.Inventory inventory(DiscoveredProvider... providers) {
    return PolicyCatalog.inventory(List.of(providers), List.of(), List.of());
  }

  // ---------------------------------------------------------------- what loaded and what failed

  @Test
  void aProviderWhoseMetadataFailsIsReportedAndTheOthersStillLoad() {
    Configurable<Empty> broken = new Configurable<>(Empty.class);
    broken.id = "acme.broken";
    broken.description = () -> {
      throw new IllegalStateException("no description today");
    };
    Configurable<Empty> nulls = new Configurable<>(Empty.class);
    nulls.id = "acme.nulls";
    nulls.version = () -> null;
    Configurable<Empty> fine = new Configurable<>(Empty.class);
    PolicyCatalog.Inventory inventory = inventory(jar(broken, "/p/broken.jar"), jar(nulls, "/p/nulls.jar"),
        jar(fine, "/p/fine.jar"));
    assertThat(inventory.providers()).containsOnlyKeys("acme.test");
    assertThat(inventory.problems()).hasSize(2);
    assertThat(inventory.problems().get(0)).contains("/p/broken.jar").contains("its description() failed (its code"
        + " failed: no description today); this is a defect in the plugin");
    assertThat(inventory.problems().get(1)).contains("/p/nulls.jar").contains("its version() returned nothing");
    assertThat(catchThrowableOfType(PluginException.class, () -> PolicyCatalog.of(inventory)).problems())
        .isEqualTo(inventory.problems());
  }

  // ---------------------------------------------------------------- duplicates and the user's choice

  @Test
  void twoJarsWithOneIdAreReportedWithBothSourcesAndTheUserChooses() {
    DiscoveredProvider old = jar(new Configurable<>(Empty.class), "/plugins/tag-1.0.0.jar");
    DiscoveredProvider recent = jar(new Configurable<>(Empty.class), "/plugins/tag-1.1.0.jar");
    PolicyCatalog.Inventory both = inventory(old, recent);
    assertThat(both.providers()).isEmpty();
    assertThat(both.problems()).singleElement().asString()
        .contains("policy id \"acme.test\" is provided twice")
        .contains("/plugins/tag-1.0.0.jar").contains("/plugins/tag-1.1.0.jar")
        .contains("--prefer-plugin acme.test=tag-1.0.0.jar");

    PolicyCatalog.Inventory chosen = PolicyCatalog.inventory(List.of(old, recent), List.of(),
        List.of(PolicyCatalog.Preference.parse("acme.test=tag-1.1.0.jar")));
    assertThat(chosen.problems()).isEmpty();
    assertThat(chosen.providers().get("acme.test").discovered()).isSameAs(recent);
    assertThat(chosen.unused()).containsExactly(old);
    assertThat(PolicyCatalog.inventory(List.of(old, recent), List.of(),
        List.of(new PolicyCatalog.Preference("acme.test", "/plugins/tag-1.0.0.jar"))).providers().get("acme.test")
        .discovered()).as("a path works as well as a file name").isSameAs(old);
  }

  @Test
  void aPreferenceThatNamesNothingIsAProblem() {
    DiscoveredProvider one = jar(new Configurable<>(Empty.class), "/plugins/a.jar");
    assertThat(PolicyCatalog.inventory(List.of(one), List.of(),
        List.of(PolicyCatalog.Preference.parse("acme.test=b.jar"))).problems())
        .singleElement().asString().contains("names no jar that provide").contains("/plugins/a.jar");
    assertThat(PolicyCatalog.inventory(List.of(one), List.of(),
        List.of(PolicyCatalog.Preference.parse("acme.other=a.jar"))).problems())
        .singleElement().asString().contains("names a policy id no plugin provides");
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> PolicyCatalog.Preference.parse("acme.test"))
        .getMessage()).contains("is not ID=JAR");
  }

  // ---------------------------------------------------------------- config types checked at load

  record WithDuration(Duration timeout) {}

  record WithOptional(Optional<String> name) {}

  record WithRawList(@SuppressWarnings("rawtypes") List names) {}

  record WithIntKeys(Map<Integer, String> byNumber) {}

  record WithCreator(String name) {
    @JsonCreator
    static WithCreator of(@JsonProperty("n") String name) {
      return new WithCreator(name);
    }
  }

  record WithNode(JsonNode anything) {}

  @Test
  void aConfigTypeTheBinderCannotHandleIsThePluginsDefectNamingItsJar() {
    assertThat(inventory(jar(new Configurable<>(Good.class), "/p/good.jar")).problems()).isEmpty();
    for (Class<? extends Record> type : List.of(WithDuration.class, WithOptional.class, WithRawList.class,
        WithIntKeys.class, WithCreator.class, WithNode.class)) {
      List<String> problems = inventory(jar(new Configurable<>(type), "/p/bad.jar")).problems();
      assertThat(problems).as(type.getSimpleName()).isNotEmpty();
      assertThat(problems.get(0)).as(type.getSimpleName()).contains("(/p/bad.jar)")
          .contains("arsim cannot bind the config of \"acme.test\": " + type.getSimpleName())
          .contains("this is a defect in the plugin");
    }
    assertThat(inventory(jar(new Configurable<>(WithDuration.class), "/p/bad.jar")).problems().get(0))
        .contains("WithDuration.timeout has type Duration, which arsim cannot read from a topology file");
    assertThat(inventory(jar(new Configurable<>(WithCreator.class), "/p/bad.jar")).problems().get(0))
        .contains("annotated @JsonCreator");
  }

  @Test
  void theBuiltInsConfigTypesPassTheCheck() {
    for (DiscoveredProvider builtIn : PolicyCatalog.builtIns().providers().values()) {
      assertThat(ConfigTypeCheck.problems(builtIn.provider().configType())).as(builtIn.origin()).isEmpty();
    }
  }

  // ---------------------------------------------------------------- SPI version

  @Test
  void aProviderBuiltForAnotherSpiIsRefusedSayingWhichToRebuildAgainst() {
    Configurable<Empty> old = new Configurable<>(Empty.class);
    old.spi = "0.1";
    assertThat(inventory(jar(old, "/p/old.jar")).problems()).singleElement().asString()
        .contains("/p/old.jar").contains("was built for SPI 0.1, but this arsim provides SPI " + PolicyProvider.SPI_VERSION)
        .contains("rebuild the plugin against arsim-policy-spi " + PolicyProvider.SPI_VERSION);
    old.spi = "two";
    assertThat(inventory(jar(old, "/p/old.jar")).problems()).singleElement().asString()
        .contains("is not a version like");
    assertThat(PolicyCatalog.spiProblem(PolicyProvider.SPI_VERSION)).isEmpty();
    PolicyProvider<Empty> plain = new PolicyProvider<>() {
      @Override
      public String id() {
        return "acme.plain";
      }

      @Override
      public Class<Empty> configType() {
        return Empty.class;
      }

      @Override
      public RoutingPolicy create(Empty config) {
        return (c, r) -> PolicyResult.accept(r);
      }
    };
    assertThat(plain.spiVersion()).as("the default claims the running SPI").isEqualTo(PolicyProvider.SPI_VERSION);
    assertThat(plain.directions()).containsExactlyInAnyOrder(Direction.IMPORT, Direction.EXPORT);
    assertThat(plain.warnings(new Empty())).isEmpty();
  }

  // ---------------------------------------------------------------- config problems in a topology

  /** A plugin whose config constructor fails the way careless code does. */
  record Careless(String site) {
    Careless {
      site.length(); // an absent site: Java's own NullPointerException, no message of the plugin's
    }
  }

  record Graded(Mode mode, Integer weight) {}

  static final class Warns extends Configurable<Graded> {
    Warns() {
      super(Graded.class);
      id = "acme.graded";
      directions = Set.of(Direction.EXPORT);
    }

    @Override
    public List<ConfigWarning> warnings(Graded config) {
      return config.weight() != null && config.weight() == 0
          ? List.of(ConfigWarning.at("weight", "weight 0 changes nothing")) : List.of();
    }
  }

  private static LoadedTopology read(String yaml) {
    return new TopologyReader().read("design.yaml", TopologyFormat.YAML, yaml);
  }

  private static List<Problem> problems(PolicyCatalog catalog, String yaml) {
    return catalog.check(read(yaml).topology(), read(yaml).locations()).problems();
  }

  @Test
  void configProblemsInWordsAtThePropertyWithThePluginsDocumentation() {
    Configurable<Careless> careless = new Configurable<>(Careless.class);
    careless.id = "acme.careless";
    List<DiscoveredProvider> all = new ArrayList<>(PolicyCatalog.builtIns().providers().values());
    all.add(jar(careless, "/p/careless.jar"));
    all.add(jar(new Warns(), "/p/graded.jar"));
    PolicyCatalog catalog = PolicyCatalog.of(all);
    List<Problem> problems = problems(catalog, """
        name: t
        policies:
          - name: careless
            type: acme.careless
            config: {}
          - name: wrong-enum
            type: route-filter
            config:
              entries:
                - {action: allow}
          - name: wrong-type
            type: as-path-prepend
            config:
              count: "two"
          - name: graded
            type: acme.graded
            config:
              mode: fast
              weight: 0
        """);
    assertThat(problems).extracting(p -> p.location().line() + ":" + p.location().column() + " " + p.severity().label()
            + " " + p.code() + " " + p.path())
        .containsExactly(
            "5:13 error policy-failed policies[careless].config",
            "10:20 error invalid-value policies[wrong-enum].config.entries[0].action",
            "14:14 error wrong-type policies[wrong-type].config.count",
            "19:15 warning policy-config-warning policies[graded].config.weight");
    assertThat(problems.get(0).message()).isEqualTo("plugin acme.careless failed while reading this config: its code"
        + " met a missing value it did not expect");
    assertThat(problems.get(0).fix()).contains("defect in the plugin").contains("https://acme.example/arsim");
    assertThat(problems.get(1).message()).isEqualTo("\"allow\" is not one of permit, deny");
    assertThat(problems.get(2).message()).isEqualTo("expected a whole number, found a string (two)");
    assertThat(problems.get(2).fix()).isEqualTo("see docs/plugins.md#as-path-prepend");
    assertThat(problems.get(3).message()).isEqualTo("weight 0 changes nothing");
    assertThat(problems).extracting(Problem::message).noneMatch(m -> m.contains("null") || m.contains("java.")
        || m.contains("Exception") || m.contains("coerc") || m.contains("`int`"));
  }

  @Test
  void aPolicyInAChainOfTheOtherDirectionIsRefused() {
    List<DiscoveredProvider> all = new ArrayList<>(PolicyCatalog.builtIns().providers().values());
    all.add(jar(new Warns(), "/p/graded.jar"));
    PolicyCatalog catalog = PolicyCatalog.of(all);
    String yaml = """
        name: t
        policies:
          - {name: prepend, type: as-path-prepend}
          - {name: graded, type: acme.graded, config: {mode: slow}}
          - {name: allow, type: local-preference, config: {value: 200}}
        networkVirtualAppliances:
          - name: nva1
            asn: 65001
            networkInterfaces: [{subnet: hub/nva, privateIpAddress: 10.1.1.4}]
            bgpNeighbors:
              - peerIp: 10.1.1.5
                peerAsn: 65002
                importPolicies: [allow, prepend, graded]
                exportPolicies: [prepend, graded, allow]
        """;
    // Bound without validation: the design has no VNets; only its policy chains matter here.
    io.arsim.core.topology.Topology t;
    try {
      t = io.arsim.core.topology.file.TopologyJson.mapper(TopologyFormat.YAML, List.of())
          .readValue(yaml, io.arsim.core.topology.Topology.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException x) {
      throw new AssertionError(x);
    }
    List<Problem> problems = catalog.check(t, io.arsim.core.topology.file.LocationIndex.empty("design.yaml"))
        .problems();
    assertThat(problems).extracting(p -> p.code() + " " + p.pointer()).containsExactly(
        "policy-direction /networkVirtualAppliances/0/bgpNeighbors/0/importPolicies/1",
        "policy-direction /networkVirtualAppliances/0/bgpNeighbors/0/importPolicies/2",
        "policy-direction /networkVirtualAppliances/0/bgpNeighbors/0/exportPolicies/2");
    assertThat(problems.get(0).message()).isEqualTo("policy `prepend` (as-path-prepend) works on routes sent (export)"
        + " only, but is in the importPolicies of this neighbour");
    assertThat(problems.get(0).severity()).isEqualTo(Severity.ERROR);
  }
}
