package io.arsim.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Ipv4AddressTest {

  @Test
  void parsesAndPrintsDottedQuad() {
    Ipv4Address address = Ipv4Address.parse("10.1.0.4");
    assertThat(address.bits()).isEqualTo(0x0A01_0004);
    assertThat(address).hasToString("10.1.0.4");
    assertThat(Ipv4Address.parse("255.255.255.255").unsigned()).isEqualTo(0xFFFF_FFFFL);
    assertThat(Ipv4Address.parse("0.0.0.0").bits()).isZero();
  }

  @Test
  void ofBuildsFromOctetsAndRejectsOutOfRange() {
    assertThat(Ipv4Address.of(192, 168, 1, 254)).isEqualTo(Ipv4Address.parse("192.168.1.254"));
    assertThatThrownBy(() -> Ipv4Address.of(1, 256, 0, 0)).hasMessageContaining("256");
    assertThatThrownBy(() -> Ipv4Address.of(-1, 0, 0, 0)).hasMessageContaining("-1");
  }

  @Test
  void rejectsThreeParts() {
    assertThatThrownBy(() -> Ipv4Address.parse("10.1.0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"10.1.0\"")
        .hasMessageContaining("3 parts");
  }

  @Test
  void rejectsLeadingZeroBecauseItReadsAsOctal() {
    assertThatThrownBy(() -> Ipv4Address.parse("01.2.3.4"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leading zero");
  }

  @Test
  void rejectsOctetAbove255() {
    assertThatThrownBy(() -> Ipv4Address.parse("300.1.1.1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("300")
        .hasMessageContaining("0..255");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", " 10.1.0.4", "10.1.0.4 ", "10. 1.0.4", "10.1.0.4.", "10..0.4",
      "a.b.c.d", "+1.2.3.4", "1.2.3.-4", "1.2.3.4/32", "1000.1.1.1"})
  void rejectsMalformedText(String text) {
    assertThatThrownBy(() -> Ipv4Address.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + text + "\"");
  }

  @Test
  void comparesUnsigned() {
    Ipv4Address low = Ipv4Address.parse("10.0.0.1");
    Ipv4Address high = Ipv4Address.parse("192.168.0.1"); // negative as a signed int
    assertThat(low).isLessThan(high);
    assertThat(high.compareTo(low)).isPositive();
    assertThat(low.compareTo(Ipv4Address.parse("10.0.0.1"))).isZero();
  }

  @Test
  void plusMovesAlongAndRefusesToLeaveTheAddressSpace() {
    assertThat(Ipv4Address.parse("10.0.0.255").plus(1)).hasToString("10.0.1.0");
    assertThat(Ipv4Address.parse("10.0.1.0").plus(-1)).hasToString("10.0.0.255");
    assertThatThrownBy(() -> Ipv4Address.parse("255.255.255.255").plus(1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Ipv4Address.parse("0.0.0.0").plus(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toPrefixIsSlash32() {
    assertThat(Ipv4Address.parse("10.1.2.3").toPrefix()).isEqualTo(Ipv4Prefix.parse("10.1.2.3/32"));
  }
}
