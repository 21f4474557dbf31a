package io.arsim.policy.testkit;

import static io.arsim.policy.testkit.Routes.route;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Built-in plugins found by id through ServiceLoader, as arsim finds them, and driven through the
 * test kit exactly as a plugin author would drive theirs. FRR behaviour per bgp-reference.md.
 */
class BuiltInPoliciesTest {

  @Test
  void asOverrideReplacesThePeerAsnThenTheEnginePrepends() {
    // FRR: path 65515 12076 65050 sent by 65001 to a 65515 peer leaves as 65001 65001 12076 65050.
    var out = PolicyTestKit.forId("as-override")
        .exporting().from("nva1", 65001, "10.1.1.4").to(Speakers.routeServer("rs-hub/IN_0", "10.0.255.4"))
        .apply(route("192.168.0.0/16").asPath("65515 12076 65050"))
        .assertAccepted();
    assertThat(out.attributes().asPath().prepend(io.arsim.core.bgp.Asn.of(65001)).toString())
        .isEqualTo("65001 65001 12076 65050");
  }

  @Test
  void asOverrideOnIbgpIsANoOp() {
    PolicyTestKit.forId("as-override").exporting().from("nva1", 65001, "10.1.1.4").to("nva2", 65001, "10.1.1.5")
        .apply(route("10.0.0.0/16").asPath("65001 65050")).assertUnchanged();
  }


  @Test
  void communityAddsNoAdvertise() {
    var out = PolicyTestKit.forId("community").config("add: [no-advertise]")
        .apply(route("10.0.0.0/16").communities("65001:1")).assertAccepted();
    assertThat(out.attributes().communities().toString()).isEqualTo("65001:1 65535:65282");
  }

  @Test
  void nextHopToALoadBalancer() {
    var out = PolicyTestKit.forId("next-hop").config("{\"address\": \"10.1.0.100\"}")
        .apply(route("0.0.0.0/0")).assertAccepted();
    assertThat(out.attributes().nextHop().toString()).isEqualTo("10.1.0.100");
  }


  @Test
  void routeFilterRejectsWithTheEntryAndConfigErrorsReadLikeArsims() {
    PolicyTestKit kit = PolicyTestKit.forId("route-filter");
    String reason = kit.config("entries: [{seq: 10, action: deny, prefix: 10.0.0.0/8, le: 32}]")
        .apply(route("10.1.0.0/16")).assertRejected();
    assertThat(reason).contains("seq 10");
    assertThat(kit.config("entries: [{action: permit, prefix: 10.0.0.0/16, le: 8}]").configError())
        .contains("`le` 8 is out of range for 10.0.0.0/16; expected 16..32");
  }

  @Test
  void routeMapClausesAreTestableAsArsimRunsThem() {
    PolicyTestKit kit = PolicyTestKit.forId("route-map");
    String config = """
        prefixLists: {BRANCH: [{action: permit, prefix: 192.168.10.0/24}]}
        clauses:
          - {seq: 10, action: permit, match: {prefixList: BRANCH}, set: {nextHop: 10.1.3.4}}
          - {seq: 20, action: permit, set: {nextHop: unchanged}}
        """;
    var branch = kit.config(config).apply(route("192.168.10.0/24"));
    assertThat(branch.assertAccepted().attributes().nextHop().toString()).isEqualTo("10.1.3.4");
    assertThat(branch.keepsNextHopUnchanged()).isFalse();
    assertThat(kit.config(config).apply(route("10.2.0.0/16")).keepsNextHopUnchanged()).isTrue();
  }

  @Test
  void unknownIdFails() {
    assertThatThrownBy(() -> PolicyTestKit.forId("acme.nothing")).isInstanceOf(AssertionError.class)
        .hasMessageContaining("META-INF/services");
  }
}
