package io.arsim.policy.builtin.routefilter;

import static io.arsim.policy.builtin.Fixtures.NVA1;
import static io.arsim.policy.builtin.Fixtures.RS;
import static io.arsim.policy.builtin.Fixtures.accepted;
import static io.arsim.policy.builtin.Fixtures.configError;
import static io.arsim.policy.builtin.Fixtures.exportTo;
import static io.arsim.policy.builtin.Fixtures.policy;
import static io.arsim.policy.builtin.Fixtures.rejected;
import static io.arsim.policy.builtin.Fixtures.route;
import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.policy.spi.PolicyContext;
import io.arsim.policy.spi.RoutingPolicy;
import org.junit.jupiter.api.Test;

/** FRR prefix lists (bgp-reference.md, doc/user/filter.rst, lib/filter_nb.c): ge/le, first match, implicit deny. */
class RouteFilterProviderTest {
  private static final PolicyContext OUT = exportTo(NVA1, RS);

  private static boolean permits(String yaml, String prefix) {
    return policy(new RouteFilterProvider(), yaml).apply(OUT, route(prefix, "65050"))
        instanceof io.arsim.policy.spi.PolicyResult.Accept;
  }

  @Test
  void withoutGeOrLeTheLengthMustMatchExactly() {
    String exact = "entries: [{action: permit, prefix: 10.0.0.0/8}]";
    assertThat(permits(exact, "10.0.0.0/8")).isTrue();
    assertThat(permits(exact, "10.1.0.0/16")).isFalse();
  }

  @Test
  void leMatchesLengthsUpToLe() {
    String le = "entries: [{action: permit, prefix: 10.0.0.0/8, le: 24}]";
    assertThat(permits(le, "10.0.0.0/8")).isTrue();
    assertThat(permits(le, "10.1.2.0/24")).isTrue();
    assertThat(permits(le, "10.1.2.0/25")).isFalse();
    assertThat(permits(le, "11.0.0.0/8")).isFalse();
  }

  @Test
  void geAloneMatchesUpTo32AndGeLeCombine() {
    assertThat(permits("entries: [{action: permit, prefix: 10.0.0.0/8, ge: 16}]", "10.1.2.3/32")).isTrue();
    assertThat(permits("entries: [{action: permit, prefix: 10.0.0.0/8, ge: 16}]", "10.0.0.0/8")).isFalse();
    String both = "entries: [{action: permit, prefix: 10.0.0.0/8, ge: 16, le: 24}]";
    assertThat(permits(both, "10.1.0.0/16")).isTrue();
    assertThat(permits(both, "10.1.1.0/24")).isTrue();
    assertThat(permits(both, "10.1.1.0/25")).isFalse();
    // FRR validates with <=, so ge == len and le == ge are allowed.
    assertThat(permits("entries: [{action: permit, prefix: 10.0.0.0/8, ge: 8, le: 8}]", "10.0.0.0/8")).isTrue();
  }

  @Test
  void firstMatchInSeqOrderDecidesAndTheReasonNamesTheEntry() {
    RoutingPolicy policy = policy(new RouteFilterProvider(), """
        entries:
          - {seq: 20, action: permit, prefix: 0.0.0.0/0, le: 32}
          - {seq: 10, action: deny, prefix: 10.0.0.0/8, le: 32}
        """);
    assertThat(rejected(policy.apply(OUT, route("10.1.0.0/16", "65050"))).reason())
        .contains("seq 10").contains("10.0.0.0/8 le 32");
    accepted(policy.apply(OUT, route("192.168.0.0/16", "65050")));
  }

  @Test
  void implicitDenyAtTheEnd() {
    RoutingPolicy policy = policy(new RouteFilterProvider(), "entries: [{action: permit, prefix: 10.0.0.0/8}]");
    assertThat(rejected(policy.apply(OUT, route("192.168.0.0/16", "65050"))).reason()).contains("implicit deny");
  }

  @Test
  void entriesWithoutSeqAreNumberedByFive() {
    RoutingPolicy policy = policy(new RouteFilterProvider(), """
        entries:
          - {action: deny, prefix: 10.0.0.0/8}
          - {action: permit, prefix: 10.0.0.0/8}
        """);
    assertThat(rejected(policy.apply(OUT, route("10.0.0.0/8", "65050"))).reason()).contains("seq 5");
  }

  @Test
  void asPathRegexIsSearchedInTheTextFormWithFrrUnderscore() {
    RoutingPolicy fromOrigin = policy(new RouteFilterProvider(), "entries: [{action: permit, asPathRegex: _65050$}]");
    accepted(fromOrigin.apply(OUT, route("10.0.0.0/16", "65515 65050")));
    rejected(fromOrigin.apply(OUT, route("10.0.0.0/16", "65515 165050 1")));
    rejected(fromOrigin.apply(OUT, route("10.0.0.0/16", "65515 165050")));
    RoutingPolicy local = policy(new RouteFilterProvider(), "entries: [{action: permit, asPathRegex: ^$}]");
    accepted(local.apply(OUT, route("10.0.0.0/16", "")));
    rejected(local.apply(OUT, route("10.0.0.0/16", "65050")));
  }

  @Test
  void communitiesMustAllBePresent() {
    RoutingPolicy policy = policy(new RouteFilterProvider(),
        "entries: [{action: permit, communities: [\"65001:100\", no-export]}]");
    accepted(policy.apply(OUT, route("10.0.0.0/16", "65050", "65001:100 no-export 65001:200")));
    rejected(policy.apply(OUT, route("10.0.0.0/16", "65050", "65001:100")));
  }

  @Test
  void configErrors() {
    RouteFilterProvider p = new RouteFilterProvider();
    assertThat(configError(p, "entries: []")).contains("`entries` is empty");
    assertThat(configError(p, "")).contains("required property `entries` is missing");
    assertThat(configError(p, "entries: [{prefix: 10.0.0.0/8}]")).contains("required property `action` is missing");
    assertThat(configError(p, "entries: [{action: allow, prefix: 10.0.0.0/8}]")).contains("/entries/0/action");
    assertThat(configError(p, "entries: [{action: permit, prefix: 10.0.0.0/8, ge: 4}]"))
        .contains("`ge` 4 is out of range for 10.0.0.0/8; expected 8..32");
    assertThat(configError(p, "entries: [{action: permit, prefix: 10.0.0.0/8, le: 33}]")).contains("`le` 33");
    assertThat(configError(p, "entries: [{action: permit, prefix: 10.0.0.0/8, ge: 24, le: 16}]"))
        .contains("greater than `le`");
    assertThat(configError(p, "entries: [{action: permit, le: 16}]")).contains("need a `prefix`");
    assertThat(configError(p, "entries: [{action: permit, prefix: 10.0.0.1/8}]")).contains("host bits set");
    assertThat(configError(p, "entries: [{action: permit, asPathRegex: \"(\"}]")).contains("not a valid regular expression");
    assertThat(configError(p, "entries: [{action: permit, communities: [\"1:99999\"]}]")).contains("out of range");
    assertThat(configError(p, "entries: [{seq: 10, action: permit}, {seq: 10, action: deny}]")).contains("both have seq 10");
    assertThat(configError(p, "entries: [{seq: 0, action: permit}]")).contains("`seq` 0");
    assertThat(configError(p, "entries: [{action: permit, prefx: 10.0.0.0/8}]")).contains("did you mean `prefix`?");
  }
}
