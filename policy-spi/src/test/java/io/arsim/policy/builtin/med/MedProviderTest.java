package io.arsim.policy.builtin.med;

import static io.arsim.policy.builtin.Fixtures.NVA1;
import static io.arsim.policy.builtin.Fixtures.RS;
import static io.arsim.policy.builtin.Fixtures.accepted;
import static io.arsim.policy.builtin.Fixtures.configError;
import static io.arsim.policy.builtin.Fixtures.exportTo;
import static io.arsim.policy.builtin.Fixtures.policy;
import static io.arsim.policy.builtin.Fixtures.route;
import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.bgp.PathAttributes;
import org.junit.jupiter.api.Test;

/** FRR route-map "set metric"; MED is compared only within one neighbour AS (decision step 6). */
class MedProviderTest {

  @Test
  void setsAndRemovesTheMed() {
    PathAttributes set = accepted(policy(new MedProvider(), "value: 50").apply(exportTo(NVA1, RS),
        route("10.0.0.0/16", "65050"))).attributes();
    assertThat(set.hasMed()).isTrue();
    assertThat(set.med()).isEqualTo(50);
    PathAttributes removed = accepted(policy(new MedProvider(), "remove: true").apply(exportTo(NVA1, RS),
        route("10.0.0.0/16", "65050").toBuilder().med(7).build())).attributes();
    assertThat(removed.hasMed()).isFalse();
  }

  @Test
  void configErrors() {
    MedProvider p = new MedProvider();
    assertThat(configError(p, "")).contains("expected exactly one of `value`");
    assertThat(configError(p, "{value: 1, remove: true}")).contains("exclude each other");
    assertThat(configError(p, "value: -1")).contains("`value` -1 is out of range");
    assertThat(configError(p, "value: 4294967296")).contains("out of range");
    assertThat(configError(p, "value: 1.5")).contains("/value");
  }
}
