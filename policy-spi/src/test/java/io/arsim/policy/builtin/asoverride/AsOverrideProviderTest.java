package io.arsim.policy.builtin.asoverride;

import static io.arsim.policy.builtin.Fixtures.NVA1;
import static io.arsim.policy.builtin.Fixtures.NVA1_PEER_SAME_AS;
import static io.arsim.policy.builtin.Fixtures.RS;
import static io.arsim.policy.builtin.Fixtures.configError;
import static io.arsim.policy.builtin.Fixtures.exportTo;
import static io.arsim.policy.builtin.Fixtures.importFrom;
import static io.arsim.policy.builtin.Fixtures.policy;
import static io.arsim.policy.builtin.Fixtures.route;
import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.policy.spi.PolicyResult;
import io.arsim.policy.spi.RoutingPolicy;
import org.junit.jupiter.api.Test;

/** FRR as-override (bgp-reference.md: bgp_peer_as_override, aspath_replace_specific_asn). */
class AsOverrideProviderTest {
  private final RoutingPolicy policy = policy(new AsOverrideProvider(), "");

  @Test
  void replacesEveryOccurrenceOfThePeerAsnWithTheLocalAsn() {
    // FRR: "replaces every occurrence of the peer's ASN in the AS path with the local ASN"; the engine
    // prepends 65001 when sending, giving 65001 65001 12076 65050 on the wire.
    BgpRoute out = accepted(policy.apply(exportTo(NVA1, RS), route("10.0.0.0/16", "65515 12076 65050")));
    assertThat(out.attributes().asPath()).isEqualTo(AsPath.parse("65001 12076 65050"));
    assertThat(out.attributes().asPath().prepend(NVA1.asn()).toString()).isEqualTo("65001 65001 12076 65050");
  }

  @Test
  void replacesInSetsAndRepeatedOccurrencesToo() {
    BgpRoute out = accepted(policy.apply(exportTo(NVA1, RS), route("10.0.0.0/16", "65515 65515 {65515 64999}")));
    assertThat(out.attributes().asPath()).isEqualTo(AsPath.parse("65001 65001 {64999 65001}"));
  }

  @Test
  void leavesPathsWithoutThePeerAsnUnchanged() {
    BgpRoute in = route("10.0.0.0/16", "65050");
    assertThat(accepted(policy.apply(exportTo(NVA1, RS), in))).isSameAs(in);
  }

  @Test
  void appliesOnlyToEbgpExports() {
    // FRR applies as-override only to eBGP peers.
    BgpRoute in = route("10.0.0.0/16", "65001 65050");
    assertThat(accepted(policy.apply(exportTo(NVA1, NVA1_PEER_SAME_AS), in))).isEqualTo(in);
    BgpRoute received = route("10.0.0.0/16", "65515 65050");
    assertThat(accepted(policy.apply(importFrom(RS, NVA1), received))).isEqualTo(received);
  }

  @Test
  void takesNoConfiguration() {
    assertThat(configError(new AsOverrideProvider(), "count: 2"))
        .contains("unknown property `count`").contains("takes no configuration");
  }

  static BgpRoute accepted(PolicyResult result) {
    assertThat(result).isInstanceOf(PolicyResult.Accept.class);
    return ((PolicyResult.Accept) result).route();
  }
}
