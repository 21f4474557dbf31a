package io.arsim.core.bgp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OriginTest {

  @Test
  void codes() {
    assertThat(Origin.IGP.code()).isEqualTo("i");
    assertThat(Origin.EGP.code()).isEqualTo("e");
    assertThat(Origin.INCOMPLETE.code()).isEqualTo("?");
  }

  @Test
  void lowerIsBetter() {
    assertThat(Origin.IGP.isBetterThan(Origin.EGP)).isTrue();
    assertThat(Origin.EGP.isBetterThan(Origin.INCOMPLETE)).isTrue();
    assertThat(Origin.INCOMPLETE.isBetterThan(Origin.IGP)).isFalse();
    assertThat(Origin.IGP.isBetterThan(Origin.IGP)).isFalse();
    Origin[] shuffled = {Origin.INCOMPLETE, Origin.IGP, Origin.EGP};
    Arrays.sort(shuffled);
    assertThat(shuffled).containsExactly(Origin.IGP, Origin.EGP, Origin.INCOMPLETE);
  }

  @Test
  void parsesCodesAndNames() {
    for (Origin origin : Origin.values()) {
      assertThat(Origin.parse(origin.code())).isEqualTo(origin);
      assertThat(Origin.parse(origin.name().toLowerCase())).isEqualTo(origin);
    }
    assertThat(Origin.parse("I")).isEqualTo(Origin.IGP);
    assertThatThrownBy(() -> Origin.parse("x")).hasMessageContaining("\"x\"").hasMessageContaining("i, e or ?");
    assertThatThrownBy(() -> Origin.parse("")).isInstanceOf(IllegalArgumentException.class);
  }
}
