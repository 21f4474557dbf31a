package io.arsim.policy.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.problem.Problem;
import io.arsim.core.topology.TopologyException;
import io.arsim.core.topology.file.LoadedTopology;
import io.arsim.core.topology.file.TopologyFormat;
import io.arsim.core.topology.file.TopologyReader;
import io.arsim.policy.spi.Direction;
import io.arsim.policy.spi.PolicyContext;
import io.arsim.policy.spi.PolicyProvider;
import io.arsim.policy.spi.PolicyResult;
import io.arsim.policy.spi.RoutingPolicy;
import io.arsim.policy.spi.Speaker;
import io.arsim.policy.spi.SpeakerKind;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class PolicyCatalogTest {

  record Empty() {}

  record Tag(String community) {
    Tag {
      if (community == null || !community.contains(":")) {
        throw new IllegalArgumentException("`community` \"" + community + "\" is not a:b");
      }
    }
  }

  /** A provider with a configurable id and config type, for the id rules. */
  static final class Fake implements PolicyProvider<Empty> {
    private final String id;
    private final Class<?> type;
    private final RoutingPolicy policy;

    Fake(String id) {
      this(id, Empty.class, (c, r) -> PolicyResult.accept(r));
    }

    Fake(String id, Class<?> type, RoutingPolicy policy) {
      this.id = id;
      this.type = type;
      this.policy = policy;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Class<Empty> configType() {
      return (Class<Empty>) type;
    }

    @Override
    public RoutingPolicy create(Empty config) {
      return policy;
    }
  }

  static final class TagProvider implements PolicyProvider<Tag> {
    @Override
    public String id() {
      return "acme.tag";
    }

    @Override
    public Class<Tag> configType() {
      return Tag.class;
    }

    @Override
    public RoutingPolicy create(Tag config) {
      if (config.community().equals("0:0")) {
        throw new IllegalArgumentException("0:0 is reserved; expected another community");
      }
      return (c, r) -> PolicyResult.accept(r);
    }
  }

  private static DiscoveredProvider thirdParty(PolicyProvider<?> p, String jar) {
    return new DiscoveredProvider(p, jar, false);
  }

  @Test
  void builtInsAreFoundThroughServiceLoaderAndMarkedBuiltIn() {
    PolicyCatalog catalog = PolicyCatalog.builtIns();
    assertThat(catalog.providers().keySet()).containsExactly("as-override", "as-path-prepend", "community",
        "local-preference", "med", "next-hop", "remove-private-as", "route-filter", "route-map");
    assertThat(catalog.providers().values()).allMatch(DiscoveredProvider::builtIn);
    assertThat(catalog.providers().values()).allMatch(d -> !d.provider().description().isEmpty());
  }

  @Test
  void reportsEveryLoadingProblemAtOnceNamingBothJarsOfADuplicate() {
    assertThatThrownBy(() -> PolicyCatalog.of(List.of(
        thirdParty(new Fake("acme.tag-by-site"), "/plugins/a.jar"),
        thirdParty(new Fake("acme.tag-by-site"), "/plugins/b.jar"),
        thirdParty(new Fake("route-filter"), "/plugins/c.jar"),
        thirdParty(new Fake("Acme.TagBySite"), "/plugins/d.jar"),
        thirdParty(new Fake("acme.not-a-record", String.class, (c, r) -> PolicyResult.accept(r)), "/plugins/e.jar")),
        List.of("provider com.acme.Broken could not be instantiated")))
        .isInstanceOfSatisfying(PluginException.class, e -> {
          assertThat(e.problems()).hasSize(5);
          assertThat(e.getMessage())
              .contains("com.acme.Broken")
              .contains("\"acme.tag-by-site\" is provided twice").contains("/plugins/a.jar").contains("/plugins/b.jar")
              .contains("\"route-filter\" has no vendor prefix").contains("acme.route-filter")
              .contains("\"Acme.TagBySite\" is not valid")
              .contains("is String, not a record");
        });
  }

  @Test
  void builtInsMayUseBareIds() {
    assertThat(PolicyCatalog.of(List.of(new DiscoveredProvider(new Fake("my-filter"), "x.jar", true)))
        .find("my-filter")).isPresent();
  }

  private static LoadedTopology read(String yaml) {
    return new TopologyReader().read("design.yaml", TopologyFormat.YAML, yaml);
  }

  private static PolicyCatalog catalog() {
    List<DiscoveredProvider> all = new java.util.ArrayList<>(PolicyCatalog.builtIns().providers().values());
    all.add(thirdParty(new TagProvider(), "/plugins/acme.jar"));
    return PolicyCatalog.of(all);
  }

  @Test
  void instantiatesEveryPolicyByName() {
    SortedMap<String, ConfiguredPolicy> policies = catalog().instantiate(read("""
        name: t
        policies:
          - name: prepend2
            type: as-path-prepend
            config: {count: 2}
          - name: override
            type: as-override
          - name: tag
            type: acme.tag
            config: {community: "65001:1"}
        """));
    assertThat(policies.keySet()).containsExactly("override", "prepend2", "tag");
    assertThat(policies.get("prepend2").type()).isEqualTo("as-path-prepend");
  }

  @Test
  void reportsEveryPolicyProblemAtItsLineAndColumn() {
    assertThatThrownBy(() -> catalog().instantiate(read("""
        name: t
        policies:
          - name: a
            type: as-overide
          - name: b
            type: as-path-prepend
            config:
              count: 20
          - name: c
            type: route-filter
            config:
              entries:
                - action: permit
                  prefix: 10.0.0.0/8
                  lee: 24
          - name: d
            type: acme.tag
            config: {community: "0:0"}
          - name: e
            type: next-hop
            config:
              address: 10.0.0.256
          - name: f
            type: acme.unknown
        """))).isInstanceOfSatisfying(TopologyException.class, e -> {
          List<String> rendered = e.problems().stream().map(Problem::render).toList();
          assertThat(rendered).hasSize(6);
          assertThat(rendered.get(0)).startsWith("design.yaml:4:11: error: policies[a].type: unknown policy type"
              + " `as-overide` [unknown-policy-type]").contains("did you mean `as-override`?")
              .contains("known policy types: acme.tag, as-override, as-path-prepend");
          assertThat(rendered.get(1)).as("at the property the message names, not at `config:`")
              .startsWith("design.yaml:8:14: error: policies[b].config.count:").contains("`count` 20 is out of range");
          assertThat(rendered.get(2)).startsWith("design.yaml:15:11:").contains("unknown property `lee`")
              .contains("did you mean `le`?");
          assertThat(rendered.get(3)).startsWith("design.yaml:18:13:").contains("0:0 is reserved")
              .contains("[invalid-policy-config]");
          assertThat(rendered.get(4)).startsWith("design.yaml:22:16:").contains("policies[e].config.address");
          assertThat(rendered.get(5)).startsWith("design.yaml:24:11:").contains("acme.unknown")
              .contains("--plugins DIR");
        });
  }

  private static final Speaker NVA = new Speaker("nva1", Asn.of(65001), Ipv4Address.parse("10.1.1.4"), SpeakerKind.NVA);
  private static final Speaker RS = new Speaker("rs/IN_0", Asn.of(65515), Ipv4Address.parse("10.0.255.4"),
      SpeakerKind.ROUTE_SERVER);
  private static final BgpRoute ROUTE = BgpRoute.builder().prefix(Ipv4Prefix.parse("10.0.0.0/16"))
      .nextHop(Ipv4Address.parse("10.1.1.4")).asPath(AsPath.parse("65050")).build();

  @Test
  void aPluginThatThrowsIsReportedByIdSessionAndRoute() {
    ConfiguredPolicy broken = new ConfiguredPolicy("boom", "acme.broken", (c, r) -> {
      throw new IllegalStateException("bug");
    });
    assertThatThrownBy(() -> broken.apply(new PolicyContext(Direction.EXPORT, NVA, RS), ROUTE))
        .isInstanceOfSatisfying(PolicyEvaluationException.class, e -> {
          assertThat(e.pluginId()).isEqualTo("acme.broken");
          assertThat(e.getMessage()).contains("policy `boom` (plugin acme.broken) failed on nva1 -> rs/IN_0 (export)")
              .contains("10.0.0.0/16").contains("IllegalStateException: bug");
        });
  }

  @Test
  void aPluginThatChangesThePrefixOrReturnsNullIsReported() {
    ConfiguredPolicy moves = new ConfiguredPolicy("m", "acme.moves",
        (c, r) -> PolicyResult.accept(r.toBuilder().prefix(Ipv4Prefix.parse("10.9.0.0/16")).build()));
    assertThatThrownBy(() -> moves.apply(new PolicyContext(Direction.EXPORT, NVA, RS), ROUTE))
        .isInstanceOf(PolicyEvaluationException.class).hasMessageContaining("changed the prefix to 10.9.0.0/16");
    ConfiguredPolicy nothing = new ConfiguredPolicy("n", "acme.null", (c, r) -> null);
    assertThatThrownBy(() -> nothing.apply(new PolicyContext(Direction.EXPORT, NVA, RS), ROUTE))
        .isInstanceOf(PolicyEvaluationException.class).hasMessageContaining("returned null");
  }

  @Test
  void aChainRunsInOrderAndStopsAtTheFirstRejection() {
    PolicyCatalog catalog = PolicyCatalog.builtIns();
    PolicyContext out = new PolicyContext(Direction.EXPORT, NVA, RS);
    var prepend = catalog.create("prepend", "as-path-prepend", JsonNodeFactory.instance.objectNode());
    var onlyShort = catalog.create("short", "route-filter", json("{\"entries\":[{\"action\":\"permit\","
        + "\"asPathRegex\":\"^65050$\"}]}"));
    PolicyChain.ChainResult filterFirst = new PolicyChain(List.of(onlyShort, prepend)).apply(out, ROUTE);
    assertThat(((PolicyChain.ChainResult.Passed) filterFirst).route().attributes().asPath().toString())
        .isEqualTo("65001 65050");
    PolicyChain.ChainResult prependFirst = new PolicyChain(List.of(prepend, onlyShort)).apply(out, ROUTE);
    assertThat(prependFirst).isInstanceOfSatisfying(PolicyChain.ChainResult.Stopped.class, stopped -> {
      assertThat(stopped.by().name()).isEqualTo("short");
      assertThat(stopped.route().attributes().asPath().toString()).isEqualTo("65001 65050");
      assertThat(stopped.tearDownSession()).isFalse();
    });
    assertThat(PolicyChain.EMPTY.apply(out, ROUTE)).isEqualTo(new PolicyChain.ChainResult.Passed(ROUTE));
  }

  @Test
  void createOutsideATopologyNamesTheProblem() {
    assertThatThrownBy(() -> PolicyCatalog.builtIns().create("x", "as-overide", JsonNodeFactory.instance.objectNode()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("did you mean `as-override`?");
  }

  private static com.fasterxml.jackson.databind.JsonNode json(String text) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
