package io.arsim.policy.builtin.community;

import static io.arsim.policy.builtin.Fixtures.NVA1;
import static io.arsim.policy.builtin.Fixtures.RS;
import static io.arsim.policy.builtin.Fixtures.accepted;
import static io.arsim.policy.builtin.Fixtures.configError;
import static io.arsim.policy.builtin.Fixtures.exportTo;
import static io.arsim.policy.builtin.Fixtures.policy;
import static io.arsim.policy.builtin.Fixtures.route;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** FRR route-map "set community" (additive, comm-list delete, replace, none). */
class CommunityProviderTest {

  private static String apply(String yaml, String communities) {
    return accepted(policy(new CommunityProvider(), yaml).apply(exportTo(NVA1, RS),
        route("10.0.0.0/16", "65050", communities))).attributes().communities().toString();
  }

  @Test
  void addsNamesAndValues() {
    assertThat(apply("add: [\"65001:100\", no-advertise]", "65001:1")).isEqualTo("65001:1 65001:100 65535:65282");
  }

  @Test
  void removesThenAdds() {
    assertThat(apply("{remove: [\"65001:1\", no-export], add: [\"65001:2\"]}", "65001:1 no-export 65001:3"))
        .isEqualTo("65001:2 65001:3");
  }

  @Test
  void setReplacesStandardCommunitiesButKeepsLargeOnes() {
    assertThat(apply("set: [NO_EXPORT]", "65001:1 65001:1:2")).isEqualTo("65535:65281 65001:1:2");
    assertThat(apply("set: []", "65001:1")).isEmpty();
  }

  @Test
  void configErrors() {
    CommunityProvider p = new CommunityProvider();
    assertThat(configError(p, "")).contains("nothing to do");
    assertThat(configError(p, "{set: [\"1:1\"], add: [\"1:2\"]}")).contains("cannot be combined");
    assertThat(configError(p, "add: [\"1:70000\"]")).contains("/add/0").contains("out of range");
    assertThat(configError(p, "add: [no-such-name]")).contains("not a valid community");
    assertThat(configError(p, "add: [100]")).contains("expected a community in quotes");
    assertThat(configError(p, "add: \"1:1\"")).contains("/add");
  }
}
