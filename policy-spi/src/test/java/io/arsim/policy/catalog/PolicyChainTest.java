package io.arsim.policy.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.policy.spi.Direction;
import io.arsim.policy.spi.PolicyContext;
import io.arsim.policy.spi.PolicyResult;
import io.arsim.policy.spi.Speaker;
import io.arsim.policy.spi.SpeakerKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chain: each policy sees what the previous accepted; an unchanged next hop survives until a policy sets one. */
class PolicyChainTest {
  private static final Speaker NVA = new Speaker("nva1", Asn.of(65001), Ipv4Address.parse("10.1.1.4"), SpeakerKind.NVA);
  private static final Speaker RS = new Speaker("rs/IN_0", Asn.AZURE_ROUTE_SERVER, Ipv4Address.parse("10.0.255.4"),
      SpeakerKind.ROUTE_SERVER);
  private static final PolicyContext OUT = new PolicyContext(Direction.EXPORT, NVA, RS);
  private static final PolicyContext IN = new PolicyContext(Direction.IMPORT, NVA, RS);
  private static final BgpRoute ROUTE = BgpRoute.builder().prefix(Ipv4Prefix.parse("10.2.0.0/16"))
      .nextHop(NVA.address()).build();

  private static ConfiguredPolicy policy(String name, io.arsim.policy.spi.RoutingPolicy policy) {
    return new ConfiguredPolicy(name, "test", policy);
  }

  private static final ConfiguredPolicy UNCHANGED = policy("unchanged", (c, r) -> PolicyResult.acceptNextHopUnchanged(r));
  private static final ConfiguredPolicy TAG = policy("tag", (c, r) -> PolicyResult.accept(r.toBuilder()
      .med(5).build()));
  private static final ConfiguredPolicy FIREWALL = policy("firewall", (c, r) -> PolicyResult.accept(r.toBuilder()
      .nextHop(Ipv4Address.parse("10.1.3.4")).build()));

  @Test
  void anUnchangedNextHopSurvivesPoliciesThatLeaveTheNextHopAlone() {
    PolicyChain.ChainResult result = new PolicyChain(List.of(UNCHANGED, TAG)).apply(OUT, ROUTE);

    assertThat(result).isInstanceOfSatisfying(PolicyChain.ChainResult.Passed.class,
        p -> assertThat(p.nextHopUnchanged()).isTrue());
  }

  @Test
  void aLaterPolicyThatSetsANextHopWins() {
    PolicyChain.ChainResult result = new PolicyChain(List.of(UNCHANGED, FIREWALL)).apply(OUT, ROUTE);

    assertThat(result).isInstanceOfSatisfying(PolicyChain.ChainResult.Passed.class, p -> {
      assertThat(p.nextHopUnchanged()).isFalse();
      assertThat(p.route().attributes().nextHop()).isEqualTo(Ipv4Address.parse("10.1.3.4"));
    });
  }

  @Test
  void onImportItMeansNothing() {
    assertThat(new PolicyChain(List.of(UNCHANGED)).apply(IN, ROUTE)).isEqualTo(new PolicyChain.ChainResult.Passed(ROUTE));
  }

  @Test
  void traceNamesEachPolicyAndTheAttributesItChanged() {
    ConfiguredPolicy prepend = policy("prepend-nva1", (c, r) -> PolicyResult.accept(r.withAttributes(r.attributes()
        .toBuilder().asPath(io.arsim.core.bgp.AsPath.parse("65001 65001")).build())));
    PolicyChain chain = new PolicyChain(List.of(prepend, UNCHANGED, TAG));

    PolicyChain.Trace trace = chain.trace(OUT, ROUTE);

    assertThat(trace.result()).isEqualTo(chain.apply(OUT, ROUTE));
    assertThat(trace.steps()).extracting(s -> s.policy().name()).containsExactly("prepend-nva1", "unchanged", "tag");
    assertThat(trace.changing()).extracting(s -> s.policy().name()).containsExactly("prepend-nva1", "tag");
    assertThat(trace.steps().get(0).changes()).containsExactly(new AttributeChange("AS path", "[]", "[65001 65001]"));
    assertThat(trace.steps().get(2).changes()).containsExactly(new AttributeChange("MED", "none", "5"));
    assertThat(trace.steps().get(2).changes().get(0)).hasToString("MED none -> 5");
  }

  @Test
  void traceStopsAtTheRejection() {
    ConfiguredPolicy deny = policy("deny", (c, r) -> PolicyResult.reject("denied"));
    PolicyChain chain = new PolicyChain(List.of(TAG, deny, FIREWALL));

    PolicyChain.Trace trace = chain.trace(OUT, ROUTE);

    assertThat(trace.result()).isEqualTo(chain.apply(OUT, ROUTE));
    assertThat(trace.steps()).hasSize(2);
    assertThat(trace.steps().get(1).rejected()).isTrue();
    assertThat(trace.steps().get(1).changes()).isEmpty();
  }
}
