package io.arsim.engine;

import static io.arsim.engine.Scenarios.converge;
import static io.arsim.engine.Scenarios.topology;
import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.Topology;
import io.arsim.engine.explain.Explainer;
import io.arsim.engine.explain.Explanation;
import io.arsim.engine.explain.PolicyEffect;
import io.arsim.policy.catalog.AttributeChange;
import io.arsim.policy.spi.Direction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Explanations for the reference scenarios name the rule that decided. */
class ExplainerTest {

  @Test
  void s2NamesAsPathLengthAsTheStepThatDecidedAgainstNva2() {
    // S1, S7, S8 (facts 3.1): the prepended NVA is the passive one.
    Topology topology = topology("s2-dual-homed-active-passive.yaml");
    Explanation e = new Explainer(topology, converge(topology)).atNode("rs-spoke/IN_0", Ipv4Prefix.parse("0.0.0.0/0"));
    assertThat(e.present()).isTrue();
    assertThat(e.lines()).anySatisfy(l -> assertThat(l).contains("from nva1").contains("<- best"));
    assertThat(e.lines()).anySatisfy(l -> assertThat(l).contains("from nva2", "AS path [65002 65002 65002]",
        "lost at AS-path length", "the shorter AS path wins", "[65001] has 1", "[65002 65002 65002] has 3"));
  }

  @Test
  void s4WithoutAsOverrideSaysNotPresentAndNamesThe65515LoopRejection() {
    // S3, S9, S23a (facts 3.1, 5): the hub prefix reaches the spoke route server as [65001 65515].
    Topology topology = topology("s4-expressroute-without-as-override.yaml");
    Explanation e = new Explainer(topology, converge(topology)).atNode("rs-spoke/IN_0",
        Ipv4Prefix.parse("10.1.0.0/16"));
    assertThat(e.present()).isFalse();
    assertThat(e.render()).contains("Not here: rs-spoke/IN_0 has no path for 10.1.0.0/16");
    assertThat(e.lines()).anySatisfy(l -> assertThat(l).contains("from nva1 [65001 65515]", "loop prevention",
        "holds 65515", "as-override"));
  }

  @Test
  void s8NamesTheVnetPrefixRuleAtTheSpokeVm() {
    // S8 (facts 3.4): a route equal to or inside the VNet's address space is not programmed.
    Topology topology = topology("s8-supernets-and-vnet-prefixes.yaml");
    Explanation e = new Explainer(topology, converge(topology)).atNic("vm-spoke", Scenarios.nic(topology, "vm-spoke"),
        Ipv4Prefix.parse("10.0.1.0/24"));
    assertThat(e.present()).isFalse();
    assertThat(e.lines()).anySatisfy(l -> assertThat(l).contains("rs-spoke/IN_0 holds 10.0.1.0/24",
        "Azure does not program a BGP route equal to or inside a VNet or peered VNet prefix", "10.0.0.0/16 (VNet spoke)"));
    assertThat(e.lines()).anySatisfy(l -> assertThat(l).contains("10.0.0.0/16 Default VnetLocal"));
  }

  @Test
  void s2NamesTheExportPolicyThatLengthenedNva2sAsPath() {
    // Issue 15: the losing path's AS path was made longer by nva2's export policy prepend-nva2.
    Topology topology = topology("s2-dual-homed-active-passive.yaml");
    Explanation e = new Explainer(topology, converge(topology)).atNode("rs-spoke/IN_0", Ipv4Prefix.parse("0.0.0.0/0"));

    assertThat(e.policyEffects()).containsExactly(new PolicyEffect("prepend-nva2", "as-path-prepend",
        Direction.EXPORT, "nva2", "rs-spoke/IN_0", List.of(new AttributeChange("AS path", "[]", "[65002 65002]"))));
    int lost = indexOf(e, "from nva2");
    assertThat(e.lines().get(lost + 1)).isEqualTo("    changed by policy prepend-nva2 (as-path-prepend), export on nva2"
        + " toward rs-spoke/IN_0: AS path [] -> [65002 65002]");
    assertThat(e.lines().get(indexOf(e, "from nva1") + 1)).doesNotContain("changed by");
  }

  @Test
  void aSpeakerWithoutPoliciesNamesNone() {
    Topology topology = topology("s1-dual-homed-active-active.yaml");
    Explanation e = new Explainer(topology, converge(topology)).atNode("rs-spoke/IN_0", Ipv4Prefix.parse("0.0.0.0/0"));

    assertThat(e.policyEffects()).isEmpty();
    assertThat(e.lines()).noneSatisfy(l -> assertThat(l).contains("changed by"));
  }

  private static int indexOf(Explanation e, String text) {
    for (int i = 0; i < e.lines().size(); i++) {
      if (e.lines().get(i).contains(text)) {
        return i;
      }
    }
    throw new AssertionError("no line contains " + text + ": " + e.lines());
  }
}
