package io.arsim.policy.testkit;

import static io.arsim.policy.testkit.Routes.route;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.arsim.policy.catalog.AttributeChange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chains of policies, run as arsim runs a neighbour's policy list, and their effect on best-path selection. */
class ChainTestKitTest {
  private static final io.arsim.policy.spi.Speaker RS = Speakers.routeServer("rs/IN_0", "10.0.255.4");
  private static final io.arsim.policy.spi.Speaker NVA1 = Speakers.nva("nva1", 65001, "10.1.1.4");
  private static final io.arsim.policy.spi.Speaker NVA2 = Speakers.nva("nva2", 65002, "10.2.1.4");

  @Test
  void eachPolicySeesWhatThePreviousOneAcceptedAndTheOutcomeNamesWhoChangedWhat() {
    ChainOutcome out = ChainTestKit.of()
        .then("tag", PolicyTestKit.forId("community").config("add: [\"65001:100\"]"))
        .then("prepend", PolicyTestKit.forId("as-path-prepend").config("count: 2"))
        .then("med", PolicyTestKit.forId("med").config("value: 50"))
        .exporting().from(NVA1).to(RS)
        .apply(route("10.0.0.0/16").asPath("65050"));

    assertThat(out.assertAccepted().attributes().asPath().toString()).isEqualTo("65001 65001 65050");
    assertThat(out.steps()).extracting(ChainOutcome.Step::policy).containsExactly("tag", "prepend", "med");
    assertThat(out.changesBy("prepend")).containsExactly(new AttributeChange("AS path", "[65050]", "[65001 65001 65050]"));
    assertThat(out.changesBy("tag")).containsExactly(new AttributeChange("communities", "none", "65001:100"));
    assertThat(out.changesBy("med")).containsExactly(new AttributeChange("MED", "none", "50"));
    assertThat(out.toString()).contains("prepend (as-path-prepend): AS path [65050] -> [65001 65001 65050]");
  }

  @Test
  void theFirstRejectionEndsTheChain() {
    ChainOutcome out = ChainTestKit.of()
        .then("only-onprem", PolicyTestKit.forId("route-filter")
            .config("entries: [{seq: 10, action: permit, prefix: 192.168.0.0/16, le: 24}]"))
        .then("prepend", PolicyTestKit.forId("as-path-prepend"))
        .apply(route("10.0.0.0/16"));

    assertThat(out.assertRejected()).isEqualTo("only-onprem");
    assertThat(out.steps()).hasSize(1);
    assertThat(out.changesBy("prepend")).isEmpty();
  }

  @Test
  void anEmptyChainPassesTheRouteUnchanged() {
    var route = route("10.0.0.0/16").asPath("65050").build();
    assertThat(ChainTestKit.of().apply(route).assertAccepted()).isEqualTo(route);
  }

  @Test
  void aPolicyInADirectionItDoesNotWorkInFails() {
    ChainTestKit chain = ChainTestKit.of().then("prepend", PolicyTestKit.forId("as-path-prepend")).importing();
    assertThatThrownBy(() -> chain.apply(route("10.0.0.0/16"))).isInstanceOf(AssertionError.class)
        .hasMessageContaining("importPolicies");
    assertThatThrownBy(() -> ChainTestKit.of().then("a", PolicyTestKit.forId("med")).then("a",
        PolicyTestKit.forId("med"))).isInstanceOf(AssertionError.class).hasMessageContaining("named a");
  }

  @Test
  void anExportPrependMakesTheOtherPathWinAtTheRouteServer() {
    // S2: nva2 prepends twice toward the route server; nva1's shorter path wins.
    ChainTestKit nva2Out = ChainTestKit.of().then("prepend-nva2", PolicyTestKit.forId("as-path-prepend")
        .config("count: 2")).exporting().from(NVA2).to(RS);

    BestPathOutcome best = BestPathKit.at(RS)
        .path(NVA1, route("0.0.0.0/0").asPath("65001"))
        .path(NVA2, nva2Out.apply(route("0.0.0.0/0")), "65002")
        .select();

    assertThat(best.bestPeer()).isEqualTo("nva1");
    assertThat(best.lostAt("nva2")).isEqualTo(BestPathStep.AS_PATH_LENGTH);
    assertThat(best.toString()).contains("nva2 (10.2.1.4): AS path [65002 65002 65002]  lost at AS-path length");
  }

  @Test
  void anImportLocalPreferenceBeatsAShorterPath() {
    ChainTestKit fromNva2 = ChainTestKit.of().then("prefer-nva2", PolicyTestKit.forId("local-preference")
        .config("value: 200")).importing().from(NVA2).to("nva3", 65003, "10.3.1.4");

    BestPathOutcome best = BestPathKit.at("nva3", 65003, "10.3.1.4")
        .path(NVA1, route("0.0.0.0/0").asPath("65001"))
        .path(NVA2, fromNva2.apply(route("0.0.0.0/0").asPath("65002 65002 65002")))
        .select();

    assertThat(best.bestPeer()).isEqualTo("nva2");
    assertThat(best.lostAt("nva1")).isEqualTo(BestPathStep.LOCAL_PREFERENCE);
  }

  @Test
  void theDecisionStepsInOrder() {
    var nva3 = Speakers.nva("nva3", 65009, "10.1.1.5"); // iBGP
    BestPathKit at = BestPathKit.at("nva9", 65009, "10.9.9.9");

    assertThat(at.path(Contender.of(NVA2, route("0.0.0.0/0").asPath("65002 65002").build()).weight(10))
        .path(NVA1, route("0.0.0.0/0").asPath("65050")).select().bestPeer()).isEqualTo("nva2");
    assertThat(at.path(NVA1, route("0.0.0.0/0").asPath("65050").origin(io.arsim.core.bgp.Origin.INCOMPLETE))
        .path(NVA2, route("0.0.0.0/0").asPath("65002")).select().lostAt("nva1")).isEqualTo(BestPathStep.ORIGIN);
    // MED counts only between paths from the same neighbour AS.
    assertThat(at.path(NVA1, route("0.0.0.0/0").asPath("65050").med(5))
        .path(Speakers.nva("nva4", 65050, "10.4.1.4"), route("0.0.0.0/0").asPath("65050").med(1)).select()
        .lostAt("nva1")).isEqualTo(BestPathStep.MED);
    assertThat(at.path(NVA1, route("0.0.0.0/0").asPath("65050").med(5))
        .path(NVA2, route("0.0.0.0/0").asPath("65002").med(1)).select().lostAt("nva2"))
        .isEqualTo(BestPathStep.ROUTER_ID);
    assertThat(at.path(nva3, route("0.0.0.0/0").asPath("65050"))
        .path(NVA2, route("0.0.0.0/0").asPath("65002")).select().lostAt("nva3")).isEqualTo(BestPathStep.EBGP_OVER_IBGP);
    assertThat(at.path(Contender.of(NVA2, route("0.0.0.0/0").asPath("65002").build()).routerId("1.1.1.1"))
        .path(NVA1, route("0.0.0.0/0").asPath("65050")).select().lostAt("nva1")).isEqualTo(BestPathStep.ROUTER_ID);
  }

  @Test
  void aRejectedPathIsNoCandidate() {
    ChainOutcome rejected = ChainTestKit.of().then("deny", PolicyTestKit.forId("route-filter")
        .config("entries: [{seq: 10, action: deny, prefix: 0.0.0.0/0}]")).importing().apply(route("0.0.0.0/0"));

    BestPathOutcome best = BestPathKit.at(RS).path(NVA2, rejected).select();

    assertThat(best.best()).isEmpty();
    assertThat(best.rejected()).singleElement().satisfies(r -> assertThat(r).startsWith("nva2: rejected by deny"));
    assertThatThrownBy(best::bestPeer).isInstanceOf(AssertionError.class);
  }

  @Test
  void theExampleInPluginsMdRuns() {
    // docs/plugins.md, "Chains and best-path selection", as written there.
    ChainTestKit nva2Out = ChainTestKit.of()
        .then("prepend-nva2", PolicyTestKit.forId("as-path-prepend").config("count: 2"))
        .exporting().from("nva2", 65002, "10.2.1.4").to(Speakers.routeServer("rs/IN_0", "10.0.255.4"));
    ChainOutcome out = nva2Out.apply(Routes.route("0.0.0.0/0"));
    assertEquals(List.of(new AttributeChange("AS path", "[]", "[65002 65002]")), out.changesBy("prepend-nva2"));

    BestPathOutcome best = BestPathKit.at(Speakers.routeServer("rs/IN_0", "10.0.255.4"))
        .path(Speakers.nva("nva1", 65001, "10.1.1.4"), Routes.route("0.0.0.0/0").asPath("65001"))
        .path(Speakers.nva("nva2", 65002, "10.2.1.4"), out, "65002")
        .select();
    assertEquals("nva1", best.bestPeer());
    assertEquals(BestPathStep.AS_PATH_LENGTH, best.lostAt("nva2"));
  }
}
