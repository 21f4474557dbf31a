package io.arsim.policy.builtin.removeprivate;

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

/** FRR "neighbor X remove-private-AS all" (runs before as-override in FRR). */
class RemovePrivateAsProviderTest {

  @Test
  void removesPrivateAsnsOnExport() {
    BgpRoute out = accepted(policy(new RemovePrivateAsProvider(), "").apply(exportTo(NVA1, RS),
        route("10.0.0.0/16", "64512 12076 4200000001 {65002 3356}")));
    assertThat(out.attributes().asPath().toString()).isEqualTo("12076 {3356}");
  }

  @Test
  void importIsUnchanged() {
    BgpRoute in = route("10.0.0.0/16", "65515 64512");
    assertThat(accepted(policy(new RemovePrivateAsProvider(), "").apply(importFrom(RS, NVA1), in))).isEqualTo(in);
  }

  @Test
  void takesNoConfiguration() {
    assertThat(configError(new RemovePrivateAsProvider(), "all: true")).contains("unknown property `all`");
  }
}
