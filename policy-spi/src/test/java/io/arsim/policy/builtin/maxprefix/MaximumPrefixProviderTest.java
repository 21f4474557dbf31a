package io.arsim.policy.builtin.maxprefix;

import static io.arsim.policy.builtin.Fixtures.NVA1;
import static io.arsim.policy.builtin.Fixtures.RS;
import static io.arsim.policy.builtin.Fixtures.accepted;
import static io.arsim.policy.builtin.Fixtures.configError;
import static io.arsim.policy.builtin.Fixtures.policy;
import static io.arsim.policy.builtin.Fixtures.rejected;
import static io.arsim.policy.builtin.Fixtures.route;
import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.policy.spi.Direction;
import io.arsim.policy.spi.PolicyContext;
import io.arsim.policy.spi.PolicyResult;
import io.arsim.policy.spi.RoutingPolicy;
import org.junit.jupiter.api.Test;

/** FRR "neighbor X maximum-prefix N [warning-only]". */
class MaximumPrefixProviderTest {

  private static PolicyResult apply(RoutingPolicy policy, int routes) {
    return policy.apply(new PolicyContext(Direction.IMPORT, NVA1, RS, routes), route("10.0.0.0/16", "65515"));
  }

  @Test
  void tearsTheSessionDownAboveTheLimit() {
    RoutingPolicy policy = policy(new MaximumPrefixProvider(), "limit: 2");
    accepted(apply(policy, 2));
    PolicyResult.Reject down = rejected(apply(policy, 3));
    assertThat(down.tearDownSession()).isTrue();
    assertThat(down.reason()).contains("rs/IN_0 sent 3 routes, more than the limit 2");
  }

  @Test
  void warningOnlyAccepts() {
    accepted(apply(policy(new MaximumPrefixProvider(), "{limit: 2, warningOnly: true}"), 3));
  }

  @Test
  void configErrors() {
    MaximumPrefixProvider p = new MaximumPrefixProvider();
    assertThat(configError(p, "")).contains("required property `limit` is missing");
    assertThat(configError(p, "limit: 0")).contains("`limit` 0 is out of range");
    assertThat(configError(p, "limit: many")).contains("/limit");
    assertThat(configError(p, "{limit: 5, warning-only: true}")).contains("did you mean `warningOnly`?");
  }
}
