package io.arsim.core.bgp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LargeCommunityTest {

  @Test
  void parsesAndPrints() {
    LargeCommunity community = LargeCommunity.parse("4200000001:1:4294967295");
    assertThat(community.global()).isEqualTo(4_200_000_001L);
    assertThat(community.local1()).isEqualTo(1);
    assertThat(community.local2()).isEqualTo(4_294_967_295L);
    assertThat(community).hasToString("4200000001:1:4294967295");
    assertThat(community).isEqualTo(new LargeCommunity(4_200_000_001L, 1, 4_294_967_295L))
        .hasSameHashCodeAs(new LargeCommunity(4_200_000_001L, 1, 4_294_967_295L));
  }

  @Test
  void rejectsPartsOutOfRangeNamingThePart() {
    assertThatThrownBy(() -> LargeCommunity.parse("4294967296:0:0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("global administrator 4294967296 is out of range");
    assertThatThrownBy(() -> LargeCommunity.parse("1:2:99999999999"))
        .hasMessageContaining("local data part 2 99999999999 is out of range");
    assertThatThrownBy(() -> new LargeCommunity(0, -1, 0)).hasMessageContaining("local data part 1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1:2", "1:2:3:4", "1::3", "a:1:2", "-1:1:2", "1:2: 3", "no-export"})
  void rejectsMalformedText(String text) {
    assertThatThrownBy(() -> LargeCommunity.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + text + "\"");
  }

  @Test
  void ordersPartByPart() {
    assertThat(LargeCommunity.parse("1:9:9")).isLessThan(LargeCommunity.parse("2:0:0"));
    assertThat(LargeCommunity.parse("1:1:9")).isLessThan(LargeCommunity.parse("1:2:0"));
    assertThat(LargeCommunity.parse("1:1:1")).isLessThan(LargeCommunity.parse("1:1:2"));
    assertThat(LargeCommunity.parse("4294967295:0:0")).isGreaterThan(LargeCommunity.parse("1:0:0"));
  }
}
