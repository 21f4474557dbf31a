package io.arsim.policy.builtin.prepend;

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
import org.junit.jupiter.api.Test;

/** FRR route-map "set as-path prepend" outbound. */
class AsPathPrependProviderTest {

  @Test
  void prependsTheLocalAsnOnceByDefault() {
    BgpRoute out = accepted(policy(new AsPathPrependProvider(), "").apply(exportTo(NVA1, RS), route("10.0.0.0/16", "65050")));
    assertThat(out.attributes().asPath().toString()).isEqualTo("65001 65050");
  }

  @Test
  void prependsAGivenAsnCountTimes() {
    BgpRoute out = accepted(policy(new AsPathPrependProvider(), "{count: 3, asn: 65100}")
        .apply(exportTo(NVA1, RS), route("10.0.0.0/16", "")));
    assertThat(out.attributes().asPath().toString()).isEqualTo("65100 65100 65100");
  }

  @Test
  void importIsUnchanged() {
    BgpRoute in = route("10.0.0.0/16", "65515");
    assertThat(accepted(policy(new AsPathPrependProvider(), "count: 2").apply(importFrom(RS, NVA1), in))).isEqualTo(in);
  }

  @Test
  void configErrors() {
    AsPathPrependProvider p = new AsPathPrependProvider();
    assertThat(configError(p, "count: 0")).contains("`count` 0 is out of range; expected 1..10");
    assertThat(configError(p, "count: 11")).contains("expected 1..10");
    assertThat(configError(p, "asn: 4294967296")).contains("/asn").contains("out of range");
    assertThat(configError(p, "asn: [1]")).contains("/asn");
    assertThat(configError(p, "times: 2")).contains("unknown property `times`");
  }
}
