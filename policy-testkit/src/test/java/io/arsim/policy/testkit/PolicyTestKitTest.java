package io.arsim.policy.testkit;

import static io.arsim.policy.testkit.Routes.route;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arsim.policy.spi.Direction;
import io.arsim.policy.spi.PolicyProvider;
import io.arsim.policy.spi.PolicyResult;
import io.arsim.policy.spi.RoutingPolicy;
import org.junit.jupiter.api.Test;

class PolicyTestKitTest {

  record Config(int count) {
    Config {
      if (count < 1) {
        throw new IllegalArgumentException("`count` " + count + " must be at least 1");
      }
    }
  }

  /** Rejects routes with a longer AS path than configured; records the context it saw. */
  static class LongPathFilter implements PolicyProvider<Config> {
    private final String id;

    LongPathFilter(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public Class<Config> configType() {
      return Config.class;
    }

    @Override
    public RoutingPolicy create(Config config) {
      return (context, r) -> r.attributes().asPath().length() > config.count()
          ? PolicyResult.reject("longer than " + config.count() + " on " + context.describe())
          : PolicyResult.accept(r);
    }
  }

  @Test
  void runsAProviderWithYamlOrRecordConfig() {
    PolicyTestKit kit = PolicyTestKit.forProvider(new LongPathFilter("acme.long-path"));
    assertThat(kit.config("count: 1").apply(route("10.0.0.0/16").asPath("65001 65002")).assertRejected())
        .isEqualTo("longer than 1 on nva1 -> rs/IN_0 (export)");
    kit.config(new Config(2)).apply(route("10.0.0.0/16").asPath("65001 65002")).assertUnchanged();
  }

  @Test
  void importingSwapsTheEnds() {
    PolicyTestKit kit = PolicyTestKit.forProvider(new LongPathFilter("acme.long-path")).config("count: 1")
        .importing().from(Speakers.routeServer("rs/IN_1", "10.0.255.5")).to("nva1", 65001, "10.1.1.4");
    assertThat(kit.context().direction()).isEqualTo(Direction.IMPORT);
    assertThat(kit.context().local().name()).isEqualTo("nva1");
    assertThat(kit.context().peer().name()).isEqualTo("rs/IN_1");
  }

  @Test
  void configErrorsAreArsimsMessages() {
    PolicyTestKit kit = PolicyTestKit.forProvider(new LongPathFilter("acme.long-path"));
    assertThat(kit.config("count: 0").configError()).contains("`count` 0 must be at least 1");
    assertThat(kit.config("cont: 1").configError()).contains("did you mean `count`?");
    assertThatThrownBy(() -> kit.config("count: 1").configError()).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> kit.config("count: 0").policy()).isInstanceOf(AssertionError.class)
        .hasMessageContaining("config rejected");
  }

  @Test
  void refusesProvidersArsimWouldRefuse() {
    assertThatThrownBy(() -> PolicyTestKit.forProvider(new LongPathFilter("long-path")))
        .isInstanceOf(AssertionError.class).hasMessageContaining("no vendor prefix");
    assertThatThrownBy(() -> PolicyTestKit.forProvider(new LongPathFilter("acme.LongPath")))
        .isInstanceOf(AssertionError.class).hasMessageContaining("is not valid");
  }

  @Test
  void outcomeAssertionsExplain() {
    PolicyOutcome rejected = PolicyTestKit.forProvider(new LongPathFilter("acme.long-path")).config("count: 1")
        .apply(route("10.0.0.0/16").asPath("1 2"));
    assertThat(rejected.rejected()).isTrue();
    assertThatThrownBy(rejected::assertAccepted).isInstanceOf(AssertionError.class)
        .hasMessageContaining("was rejected: longer than 1");
  }

  @Test
  void configProblemsAreStructuredWithCodeAndLocation() {
    PolicyTestKit kit = PolicyTestKit.forProvider(new LongPathFilter("acme.long-path"));
    var problems = kit.config("count: 0\nextra: 1\n").configProblems();
    assertThat(problems).extracting(p -> p.code() + " " + p.location() + " " + p.path()).containsExactly(
        "unknown-property config:2:1 extra");
    problems = kit.config("# a comment line\ncount: 0\n").configProblems();
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("invalid-value");
      assertThat(p.location()).hasToString("config:2:8");
      assertThat(p.path()).isEqualTo("count");
      assertThat(p.message()).isEqualTo("`count` 0 must be at least 1");
    });
    assertThat(kit.config("count: 2").configProblems()).isEmpty();
    assertThat(kit.config("count: two").configProblems()).singleElement()
        .satisfies(p -> assertThat(p.message()).isEqualTo("expected a whole number, found a string (two)"));
  }

  @Test
  void configWarningsAndDirectionsAreVisible() {
    PolicyProvider<Config> warns = new LongPathFilter("acme.warns") {
      @Override
      public java.util.List<io.arsim.policy.spi.ConfigWarning> warnings(Config config) {
        return config.count() > 50 ? java.util.List.of(io.arsim.policy.spi.ConfigWarning.at("count",
            "no AS path is that long")) : java.util.List.of();
      }

      @Override
      public java.util.Set<Direction> directions() {
        return java.util.Set.of(Direction.IMPORT);
      }
    };
    PolicyTestKit kit = PolicyTestKit.forProvider(warns);
    assertThat(kit.config("count: 99").configWarnings()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("policy-config-warning");
      assertThat(p.location()).hasToString("config:1:8");
      assertThat(p.message()).isEqualTo("no AS path is that long");
    });
    assertThat(kit.config("count: 99").policy()).as("a warning does not stop the policy").isNotNull();
    assertThat(kit.directions()).containsExactly(Direction.IMPORT);
  }
}
