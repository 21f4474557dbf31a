package io.arsim.policy.builtin.localpref;

import static io.arsim.policy.builtin.Fixtures.NVA1;
import static io.arsim.policy.builtin.Fixtures.RS;
import static io.arsim.policy.builtin.Fixtures.accepted;
import static io.arsim.policy.builtin.Fixtures.configError;
import static io.arsim.policy.builtin.Fixtures.exportTo;
import static io.arsim.policy.builtin.Fixtures.importFrom;
import static io.arsim.policy.builtin.Fixtures.policy;
import static io.arsim.policy.builtin.Fixtures.route;
import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.policy.spi.RoutingPolicy;
import org.junit.jupiter.api.Test;

/** FRR route-map "set local-preference" inbound; LOCAL_PREF is decision step 2 (bgp-reference.md). */
class LocalPreferenceProviderTest {

  @Test
  void setsLocalPreferenceOnImport() {
    RoutingPolicy policy = policy(new LocalPreferenceProvider(), "value: 200");
    assertThat(accepted(policy.apply(importFrom(RS, NVA1), route("10.0.0.0/16", "65515"))).attributes()
        .localPreference()).isEqualTo(200);
  }

  @Test
  void onlyOnMatchingRoutesOthersPassUnchanged() {
    RoutingPolicy policy = policy(new LocalPreferenceProvider(), """
        value: 50
        match: {prefix: 10.0.0.0/8, le: 24, asPathRegex: _65050$}
        """);
    assertThat(accepted(policy.apply(importFrom(RS, NVA1), route("10.1.0.0/16", "65515 65050")))
        .attributes().localPreference()).isEqualTo(50);
    BgpRoute other = route("10.1.0.0/16", "65515 65060");
    assertThat(accepted(policy.apply(importFrom(RS, NVA1), other))).isEqualTo(other);
  }

  @Test
  void hasNoEffectOnExportSinceLocalPrefIsNotSentOnEbgp() {
    BgpRoute in = route("10.0.0.0/16", "");
    assertThat(accepted(policy(new LocalPreferenceProvider(), "value: 200").apply(exportTo(NVA1, RS), in)))
        .isEqualTo(in);
  }

  @Test
  void configErrors() {
    LocalPreferenceProvider p = new LocalPreferenceProvider();
    assertThat(configError(p, "")).contains("required property `value` is missing");
    assertThat(configError(p, "value: -1")).contains("`value` -1 is out of range");
    assertThat(configError(p, "value: 4294967296")).contains("out of range");
    assertThat(configError(p, "value: high")).contains("/value");
    assertThat(configError(p, "{value: 200, match: {le: 24}}")).contains("need a `prefix`");
    assertThat(configError(p, "{value: 200, match: {prefix: 10.0.0.0/8, ge: 33}}")).contains("`ge` 33");
    assertThat(configError(p, "{value: 200, mtch: {}}")).contains("did you mean `match`?");
  }
}
