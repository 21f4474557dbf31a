package io.arsim.policy.builtin.allowasin;

import static io.arsim.policy.builtin.Fixtures.NVA1;
import static io.arsim.policy.builtin.Fixtures.RS;
import static io.arsim.policy.builtin.Fixtures.accepted;
import static io.arsim.policy.builtin.Fixtures.configError;
import static io.arsim.policy.builtin.Fixtures.importFrom;
import static io.arsim.policy.builtin.Fixtures.policy;
import static io.arsim.policy.builtin.Fixtures.route;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.policy.catalog.ConfiguredPolicy;
import io.arsim.policy.spi.LoopCheckRelaxation;
import io.arsim.policy.spi.RoutingPolicy;
import org.junit.jupiter.api.Test;

/** FRR allowas-in (bgp-reference.md): drop when the local AS appears more than N times; default 3; origin mode. */
class AllowAsInProviderTest {

  private static LoopCheckRelaxation relaxation(String yaml) {
    RoutingPolicy policy = policy(new AllowAsInProvider(), yaml);
    return ((ConfiguredPolicy) policy).loopCheckRelaxation().orElseThrow();
  }

  @Test
  void defaultCountIsThreeAsInFrr() {
    // BGP_ALLOWAS_IN_DEFAULT = 3; aspath_loop_check(...) > allowas_in drops.
    LoopCheckRelaxation allow = relaxation("");
    assertThat(allow.permitsOwnAsn(importFrom(RS, NVA1), route("10.0.0.0/16", "65515 65001 65001 65001"))).isTrue();
    assertThat(allow.permitsOwnAsn(importFrom(RS, NVA1), route("10.0.0.0/16", "65515 65001 65001 65001 65001")))
        .isFalse();
  }

  @Test
  void countOne() {
    LoopCheckRelaxation allow = relaxation("count: 1");
    assertThat(allow.permitsOwnAsn(importFrom(RS, NVA1), route("10.0.0.0/16", "65515 65001"))).isTrue();
    assertThat(allow.permitsOwnAsn(importFrom(RS, NVA1), route("10.0.0.0/16", "65515 65001 65001"))).isFalse();
  }

  @Test
  void originModeAcceptsOnlyWhenTheLocalAsOriginated() {
    LoopCheckRelaxation allow = relaxation("origin: true");
    assertThat(allow.permitsOwnAsn(importFrom(RS, NVA1), route("10.0.0.0/16", "65515 65001"))).isTrue();
    assertThat(allow.permitsOwnAsn(importFrom(RS, NVA1), route("10.0.0.0/16", "65515 65001 65050"))).isFalse();
  }

  @Test
  void applyAcceptsUnchanged() {
    BgpRoute in = route("10.0.0.0/16", "65515 65001");
    assertThat(accepted(policy(new AllowAsInProvider(), "").apply(importFrom(RS, NVA1), in))).isEqualTo(in);
  }

  @Test
  void configErrors() {
    assertThat(configError(new AllowAsInProvider(), "count: 0")).contains("`count` 0 is out of range; expected 1..10");
    assertThat(configError(new AllowAsInProvider(), "count: 11")).contains("expected 1..10");
    assertThat(configError(new AllowAsInProvider(), "{count: 2, origin: true}")).contains("exclude each other");
    assertThat(configError(new AllowAsInProvider(), "count: two")).contains("/count");
    assertThat(configError(new AllowAsInProvider(), "cuont: 2")).contains("did you mean `count`?");
    assertThatThrownBy(() -> new AllowAsInConfig(12, null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(AllowAsInConfig.defaults().count()).isEqualTo(3);
  }
}
