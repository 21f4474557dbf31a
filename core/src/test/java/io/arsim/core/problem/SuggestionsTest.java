package io.arsim.core.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  @Test
  void suggestsTheClosestNameForATypo() {
    assertThat(Suggestions.closest("adressSpace", List.of("name", "location", "addressSpace", "subnets")))
        .contains("addressSpace");
    assertThat(Suggestions.closest("VirtualApplience", List.of("VirtualAppliance", "VnetLocal", "Internet")))
        .contains("VirtualAppliance");
  }

  @Test
  void ignoresCase() {
    assertThat(Suggestions.closest("AsPath", List.of("ExpressRoute", "VpnGateway", "ASPath"))).contains("ASPath");
  }

  @Test
  void countsAnAdjacentSwapAsOneEdit() {
    assertThat(Suggestions.distance("hbu", "hub")).isEqualTo(1);
    assertThat(Suggestions.distance("hub", "hub")).isZero();
    assertThat(Suggestions.distance("", "hub")).isEqualTo(3);
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
  }

  @Test
  void suggestsNothingWhenNoCandidateIsClose() {
    assertThat(Suggestions.closest("securityGroup", List.of("name", "addressPrefix", "routeTable"))).isEmpty();
    assertThat(Suggestions.closest("anything", List.of())).isEmpty();
  }

  @Test
  void allowsMoreEditsForLongerNames() {
    // Two edits are always allowed; a third only when both names have at least nine characters.
    assertThat(Suggestions.closest("abc", List.of("xyz"))).isEmpty();
    assertThat(Suggestions.closest("ab", List.of("xy"))).contains("xy");
    assertThat(Suggestions.closest("virtualNetwrks", List.of("virtualNetworks"))).contains("virtualNetworks");
    assertThat(Suggestions.closest("virtualNtwrks", List.of("virtualNetworks"))).contains("virtualNetworks");
  }

  @Test
  void tiesGoToTheAlphabeticallyFirst() {
    assertThat(Suggestions.closest("hub", List.of("hub2", "hub1"))).contains("hub1");
  }
}
