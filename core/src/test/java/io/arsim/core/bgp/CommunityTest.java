package io.arsim.core.bgp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommunityTest {

  @Test
  void parsesNumericForm() {
    Community community = Community.parse("65001:100");
    assertThat(community.high()).isEqualTo(65001);
    assertThat(community.low()).isEqualTo(100);
    assertThat(community.value()).isEqualTo(65001L * 65536 + 100);
    assertThat(community).hasToString("65001:100");
    assertThat(Community.parse("0:0").value()).isZero();
    assertThat(Community.parse("65535:65535").value()).isEqualTo(0xFFFF_FFFFL);
  }

  @Test
  void wellKnownConstants() {
    assertThat(Community.NO_EXPORT).hasToString("65535:65281");
    assertThat(Community.NO_ADVERTISE).hasToString("65535:65282");
    assertThat(Community.NO_EXPORT_SUBCONFED).hasToString("65535:65283");
    assertThat(Community.parse("65535:65282")).isEqualTo(Community.NO_ADVERTISE);
  }

  @ParameterizedTest
  @CsvSource({
      "no-export, 65535:65281",
      "NO_EXPORT, 65535:65281",
      "No-Export, 65535:65281",
      "no_export, 65535:65281",
      "no-advertise, 65535:65282",
      "NO_ADVERTISE, 65535:65282",
      "no-export-subconfed, 65535:65283",
      "NO_EXPORT_SUBCONFED, 65535:65283",
      "no-peer, 65535:65284",
      "graceful-shutdown, 65535:0",
  })
  void parsesWellKnownNames(String name, String numeric) {
    assertThat(Community.parse(name)).isEqualTo(Community.parse(numeric));
  }

  @Test
  void wellKnownName() {
    assertThat(Community.NO_EXPORT.wellKnownName()).contains("no-export");
    assertThat(Community.NO_ADVERTISE.wellKnownName()).contains("no-advertise");
    assertThat(Community.NO_EXPORT_SUBCONFED.wellKnownName()).contains("no-export-subconfed");
    assertThat(Community.NO_PEER.wellKnownName()).contains("no-peer");
    assertThat(Community.GRACEFUL_SHUTDOWN.wellKnownName()).contains("graceful-shutdown");
    assertThat(Community.parse("65535:65285").wellKnownName()).isEmpty();
    assertThat(Community.parse("65535:1").wellKnownName()).isEmpty();
    assertThat(Community.parse("65001:65281").wellKnownName()).isEmpty();
    assertThat(Community.parse("65535:65285").isWellKnownRange()).isTrue();
  }

  @Test
  void rejectsHalvesOutOfRangeNamingTheHalf() {
    assertThatThrownBy(() -> Community.parse("65536:1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("first half 65536 is out of range 0..65535");
    assertThatThrownBy(() -> Community.parse("1:70000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("second half 70000 is out of range 0..65535");
    assertThatThrownBy(() -> Community.parse("1:99999999999"))
        .hasMessageContaining("out of range");
    assertThatThrownBy(() -> Community.of(65536, 0)).hasMessageContaining("0..65535");
    assertThatThrownBy(() -> Community.of(0, -1)).hasMessageContaining("0..65535");
    assertThatThrownBy(() -> new Community(1L << 32)).hasMessageContaining("4294967296");
    assertThatThrownBy(() -> new Community(-1)).hasMessageContaining("-1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "65001", "65001:", ":100", "a:b", "65001:-1", "+1:1", " 1:1", "1:1 ",
      "1:2:3", "no-exports", "noexport"})
  void rejectsMalformedText(String text) {
    assertThatThrownBy(() -> Community.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + text + "\"");
  }

  @Test
  void threeNumbersPointAtLargeCommunity() {
    assertThatThrownBy(() -> Community.parse("1:2:3")).hasMessageContaining("large community");
  }

  @Test
  void ordersByUnsignedValue() {
    assertThat(Community.parse("65001:100")).isLessThan(Community.NO_EXPORT);
    assertThat(Community.parse("1:65535")).isLessThan(Community.parse("2:0"));
    assertThat(Community.parse("65535:65535")).isGreaterThan(Community.parse("32768:0"));
  }

  @Test
  void equality() {
    assertThat(Community.parse("65001:100"))
        .isEqualTo(Community.of(65001, 100))
        .hasSameHashCodeAs(Community.of(65001, 100))
        .isNotEqualTo(Community.of(100, 65001));
  }
}
