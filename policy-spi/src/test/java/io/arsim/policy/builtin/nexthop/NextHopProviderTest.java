package io.arsim.policy.builtin.nexthop;

import static io.arsim.policy.builtin.Fixtures.NVA1;
import static io.arsim.policy.builtin.Fixtures.RS;
import static io.arsim.policy.builtin.Fixtures.accepted;
import static io.arsim.policy.builtin.Fixtures.configError;
import static io.arsim.policy.builtin.Fixtures.exportTo;
import static io.arsim.policy.builtin.Fixtures.policy;
import static io.arsim.policy.builtin.Fixtures.route;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** FRR next-hop-self and route-map "set ip next-hop". */
class NextHopProviderTest {

  @Test
  void selfUsesTheLocalAddress() {
    assertThat(accepted(policy(new NextHopProvider(), "self: true").apply(exportTo(NVA1, RS),
        route("10.0.0.0/16", "65050"))).attributes().nextHop().toString()).isEqualTo("10.1.1.4");
  }

  @Test
  void addressSetsAFixedNextHopSuchAsALoadBalancer() {
    assertThat(accepted(policy(new NextHopProvider(), "address: 10.1.0.100").apply(exportTo(NVA1, RS),
        route("10.0.0.0/16", "65050"))).attributes().nextHop().toString()).isEqualTo("10.1.0.100");
  }

  @Test
  void configErrors() {
    NextHopProvider p = new NextHopProvider();
    assertThat(configError(p, "")).contains("expected exactly one of `self: true` or `address`");
    assertThat(configError(p, "self: false")).contains("exactly one");
    assertThat(configError(p, "{self: true, address: 10.1.0.100}")).contains("exclude each other");
    assertThat(configError(p, "address: 10.1.0.300")).contains("/address");
    assertThat(configError(p, "self: yes please")).contains("/self");
  }
}
