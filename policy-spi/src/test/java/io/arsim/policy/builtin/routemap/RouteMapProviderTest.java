package io.arsim.policy.builtin.routemap;

import static io.arsim.policy.builtin.Fixtures.NVA1;
import static io.arsim.policy.builtin.Fixtures.RS;
import static io.arsim.policy.builtin.Fixtures.accepted;
import static io.arsim.policy.builtin.Fixtures.configError;
import static io.arsim.policy.builtin.Fixtures.exportTo;
import static io.arsim.policy.builtin.Fixtures.importFrom;
import static io.arsim.policy.builtin.Fixtures.policy;
import static io.arsim.policy.builtin.Fixtures.rejected;
import static io.arsim.policy.builtin.Fixtures.route;
import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.bgp.Communities;
import io.arsim.core.bgp.Origin;
import io.arsim.core.net.Ipv4Address;
import io.arsim.policy.spi.PolicyContext;
import io.arsim.policy.spi.PolicyResult;
import io.arsim.policy.spi.RoutingPolicy;
import org.junit.jupiter.api.Test;

/**
 * Route maps as FRR ({@code doc/user/routemap.rst}: clauses in sequence order, the first match
 * decides, a permit runs its sets, {@code on-match next}/{@code goto} go on forward, implicit deny
 * at the end; bgp-reference.md) and Cisco ({@code continue}; {@code set comm-list delete} before
 * {@code set community}) define them.
 */
class RouteMapProviderTest {
  private static final PolicyContext OUT = exportTo(NVA1, RS);
  private static final PolicyContext IN = importFrom(RS, NVA1);
  private static final RouteMapProvider PROVIDER = new RouteMapProvider();

  private static final String LISTS = """
      prefixLists:
        SPOKES: [{seq: 5, action: permit, prefix: 10.0.0.0/8, le: 24}]
        FIREWALLS: [{action: permit, prefix: 10.1.0.0/16, le: 32}]
      asPathLists:
        ONPREM: [{action: permit, regex: "_65050$"}]
      communityLists:
        TAGGED: [{action: permit, communities: ["65001:100"]}]
        STRIP: [{action: permit, regex: "^65001:"}]
      """;

  private static RoutingPolicy map(String clauses) {
    return policy(PROVIDER, LISTS + clauses);
  }

  @Test
  void clausesRunInSeqOrderAndTheFirstMatchDecides() {
    RoutingPolicy policy = map("""
        clauses:
          - {seq: 20, action: permit, match: {prefixList: SPOKES}, set: {localPreference: 200}}
          - {seq: 10, action: deny, match: {asPathList: ONPREM}}
        """);

    assertThat(rejected(policy.apply(IN, route("10.5.0.0/16", "65515 65050"))).reason())
        .isEqualTo("denied by route-map clause seq 10 (deny, match as-path ONPREM)");
    assertThat(accepted(policy.apply(IN, route("10.5.0.0/16", "65515"))).attributes().localPreference())
        .isEqualTo(200);
  }

  @Test
  void aRouteNoClauseMatchesIsDenied() {
    RoutingPolicy policy = map("clauses: [{seq: 10, action: permit, match: {prefixList: SPOKES}}]");

    assertThat(rejected(policy.apply(OUT, route("192.168.0.0/16", "65050"))).reason())
        .isEqualTo("denied by route-map: no clause matches (implicit deny)");
    assertThat(rejected(policy.apply(OUT, route("10.5.5.0/25", "65050"))).reason()).contains("implicit deny");
  }

  @Test
  void perClauseNextHopsApplyToMatchingPrefixesOnly() {
    RoutingPolicy policy = map("""
        clauses:
          - {seq: 10, action: permit, match: {prefixList: SPOKES}, set: {nextHop: 10.1.1.100}}
          - {seq: 20, action: permit}
        """);
    BgpRoute spoke = route("10.2.0.0/16", "").toBuilder().nextHop(NVA1.address()).build();
    BgpRoute other = route("192.168.0.0/16", "").toBuilder().nextHop(NVA1.address()).build();

    assertThat(accepted(policy.apply(OUT, spoke)).attributes().nextHop()).isEqualTo(Ipv4Address.parse("10.1.1.100"));
    assertThat(accepted(policy.apply(OUT, other))).isEqualTo(other);
  }

  @Test
  void nextHopUnchangedIsAskedOfTheSpeakerAndPeerAddressDependsOnTheDirection() {
    RoutingPolicy unchanged = map("clauses: [{seq: 10, action: permit, set: {nextHop: unchanged}}]");
    PolicyResult result = unchanged.apply(OUT, route("10.2.0.0/16", "65515"));
    assertThat(result).isInstanceOfSatisfying(PolicyResult.Accept.class,
        a -> assertThat(a.nextHopUnchanged()).isTrue());

    RoutingPolicy peer = map("clauses: [{seq: 10, action: permit, set: {nextHop: peer-address}}]");
    assertThat(accepted(peer.apply(IN, route("10.2.0.0/16", "65515"))).attributes().nextHop())
        .as("inbound: the neighbour's address").isEqualTo(RS.address());
    assertThat(accepted(peer.apply(OUT, route("10.2.0.0/16", "65515"))).attributes().nextHop())
        .as("outbound: the local address").isEqualTo(NVA1.address());
  }

  @Test
  void aLaterAddressOverridesAnEarlierUnchanged() {
    RoutingPolicy policy = map("""
        clauses:
          - {seq: 10, action: permit, set: {nextHop: unchanged}, onMatchNext: true}
          - {seq: 20, action: permit, match: {prefixList: SPOKES}, set: {nextHop: 10.1.1.100}}
        """);
    PolicyResult spoke = policy.apply(OUT, route("10.2.0.0/16", "65515"));
    assertThat(spoke).isInstanceOfSatisfying(PolicyResult.Accept.class, a -> {
      assertThat(a.nextHopUnchanged()).isFalse();
      assertThat(a.route().attributes().nextHop()).isEqualTo(Ipv4Address.parse("10.1.1.100"));
    });
    assertThat(policy.apply(OUT, route("192.168.0.0/16", "65515")))
        .as("permitted by seq 10, matched by nothing after: accepted as seq 10 left it")
        .isInstanceOfSatisfying(PolicyResult.Accept.class, a -> assertThat(a.nextHopUnchanged()).isTrue());
  }

  @Test
  void onMatchNextGoesOnAndALaterDenyStillDenies() {
    RoutingPolicy policy = map("""
        clauses:
          - {seq: 10, action: permit, set: {med: 50}, onMatchNext: true}
          - {seq: 20, action: deny, match: {communityList: TAGGED}}
          - {seq: 30, action: permit, match: {prefixList: SPOKES}, set: {origin: incomplete}}
        """);

    assertThat(rejected(policy.apply(OUT, route("10.2.0.0/16", "65515", "65001:100"))).reason()).contains("seq 20");
    BgpRoute spoke = accepted(policy.apply(OUT, route("10.2.0.0/16", "65515")));
    assertThat(spoke.attributes().med()).isEqualTo(50);
    assertThat(spoke.attributes().origin()).isEqualTo(Origin.INCOMPLETE);
    BgpRoute other = accepted(policy.apply(OUT, route("192.168.0.0/16", "65515")));
    assertThat(other.attributes().med()).isEqualTo(50);
    assertThat(other.attributes().origin()).isEqualTo(Origin.IGP);
  }

  @Test
  void onMatchGotoJumpsForwardToTheSeqOrTheNextHigher() {
    RoutingPolicy policy = map("""
        clauses:
          - {seq: 10, action: permit, set: {localPreference: 150}, onMatchGoto: 25}
          - {seq: 20, action: deny}
          - {seq: 30, action: permit, set: {med: 7}}
        """);

    BgpRoute out = accepted(policy.apply(IN, route("10.2.0.0/16", "65515")));
    assertThat(out.attributes().localPreference()).isEqualTo(150);
    assertThat(out.attributes().med()).isEqualTo(7);
  }

  @Test
  void communitiesAreDeletedThenSetOrAdded() {
    RoutingPolicy additive = map("""
        clauses: [{seq: 10, action: permit, set: {communityDelete: STRIP, community: ["65002:1"], communityAdditive: true}}]
        """);
    assertThat(accepted(additive.apply(OUT, route("10.2.0.0/16", "", "65001:5 65003:9"))).attributes().communities())
        .isEqualTo(Communities.parse("65002:1 65003:9"));
    RoutingPolicy replace = map("clauses: [{seq: 10, action: permit, set: {community: [no-export]}}]");
    assertThat(accepted(replace.apply(OUT, route("10.2.0.0/16", "", "65001:5"))).attributes().communities())
        .isEqualTo(Communities.parse("65535:65281"));
    RoutingPolicy none = map("clauses: [{seq: 10, action: permit, set: {community: []}}]");
    assertThat(accepted(none.apply(OUT, route("10.2.0.0/16", "", "65001:5"))).attributes().communities().isEmpty())
        .isTrue();
  }

  @Test
  void asPathIsReplacedThenPrepended() {
    RoutingPolicy replace = map("""
        clauses: [{seq: 10, action: permit, set: {asPathReplace: {asn: 65515}, asPathPrepend: [65001, 65002]}}]
        """);
    assertThat(accepted(replace.apply(OUT, route("10.2.0.0/16", "65515 12076 65515 {65515 65050}")))
        .attributes().asPath()).isEqualTo(AsPath.parse("65001 65002 65001 12076 65001 {65001 65050}"));
    RoutingPolicy any = map("clauses: [{seq: 10, action: permit, set: {asPathReplace: {any: true}}}]");
    assertThat(accepted(any.apply(OUT, route("10.2.0.0/16", "65515 12076 65050"))).attributes().asPath())
        .as("FRR set as-path replace any: every ASN becomes the local one")
        .isEqualTo(AsPath.parse("65001 65001 65001"));
    RoutingPolicy with = map("clauses: [{seq: 10, action: permit, set: {asPathReplace: {asn: 65515, with: 65100}}}]");
    assertThat(accepted(with.apply(OUT, route("10.2.0.0/16", "65515 12076"))).attributes().asPath())
        .isEqualTo(AsPath.parse("65100 12076"));
  }

  @Test
  void matchesOnTheNextHop() {
    RoutingPolicy policy = map("""
        clauses:
          - {seq: 10, action: permit, match: {nextHopPrefixList: FIREWALLS}, set: {localPreference: 300}}
          - {seq: 20, action: permit, match: {nextHop: 192.0.2.1}}
        """);
    BgpRoute viaFirewall = route("10.2.0.0/16", "65515").toBuilder().nextHop(Ipv4Address.parse("10.1.3.4")).build();

    assertThat(accepted(policy.apply(IN, viaFirewall)).attributes().localPreference()).isEqualTo(300);
    assertThat(accepted(policy.apply(IN, route("10.2.0.0/16", "65515"))).attributes().localPreference())
        .isEqualTo(100);
  }

  @Test
  void ciscoDialectRefusesABoundEqualToTheLength() {
    assertThat(configError(PROVIDER, """
        dialect: cisco
        prefixLists: {L: [{action: permit, prefix: 10.0.0.0/8, le: 8}]}
        clauses: [{action: permit, match: {prefixList: L}}]
        """)).contains("prefix list L entry 0: `le` 8 is out of range").contains("Cisco");
    assertThat(policy(PROVIDER, """
        prefixLists: {L: [{action: permit, prefix: 10.0.0.0/8, le: 8}]}
        clauses: [{action: permit, match: {prefixList: L}}]
        """).apply(OUT, route("10.0.0.0/8", ""))).isInstanceOf(PolicyResult.Accept.class);
  }

  @Test
  void badConfigsSayWhatIsWrong() {
    assertThat(configError(PROVIDER, "clauses: []")).contains("`clauses` is empty");
    assertThat(configError(PROVIDER, "clauses: [{action: permit, match: {prefixList: NOPE}}]"))
        .contains("names \"NOPE\", which is not defined here");
    assertThat(configError(PROVIDER, "clauses: [{action: deny, set: {med: 1}}]"))
        .contains("a deny clause denies what it matches");
    assertThat(configError(PROVIDER, "clauses: [{action: permit, set: {nextHop: firewall}}]"))
        .contains("neither an IPv4 address, unchanged nor peer-address");
    assertThat(configError(PROVIDER, "clauses: [{seq: 10, action: permit}, {seq: 10, action: deny}]"))
        .contains("seq 10, which another clause has");
    assertThat(configError(PROVIDER, "clauses: [{seq: 10, action: permit, onMatchGoto: 5}]"))
        .contains("on-match goto only jumps forward");
    assertThat(configError(PROVIDER, "clauses: [{action: permit, set: {weight: 100}}]"))
        .contains("unknown property `weight`");
    assertThat(configError(PROVIDER, "prefixLists: {L: [{action: permit, prefx: 10.0.0.0/8}]}\nclauses: [{action: permit}]"))
        .contains("did you mean `prefix`?");
    assertThat(configError(PROVIDER, "clauses: [{action: permit, set: {asPathReplace: {}}}]"))
        .contains("expected `any: true` or `asn`");
  }
}
