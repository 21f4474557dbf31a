package io.arsim.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Ipv4PrefixTest {

  @Test
  void parsesAndPrints() {
    Ipv4Prefix prefix = Ipv4Prefix.parse("10.1.0.0/16");
    assertThat(prefix.bits()).isEqualTo(0x0A01_0000);
    assertThat(prefix.length()).isEqualTo(16);
    assertThat(prefix).hasToString("10.1.0.0/16");
    assertThat(prefix.isIpv4()).isTrue();
    assertThat(Ipv4Prefix.parse("0.0.0.0/0")).isEqualTo(Ipv4Prefix.DEFAULT_ROUTE);
  }

  @Test
  void rejectsThreePartAddress() {
    assertThatThrownBy(() -> Ipv4Prefix.parse("10.1.0/16"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"10.1.0/16\"")
        .hasMessageContaining("3 parts");
  }

  @Test
  void rejectsLengthAbove32() {
    assertThatThrownBy(() -> Ipv4Prefix.parse("10.1.0.0/33"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("33")
        .hasMessageContaining("0..32");
    assertThatThrownBy(() -> Ipv4Prefix.parse("10.1.0.0/100")).hasMessageContaining("out of range");
  }

  @Test
  void rejectsOctetAbove255AndNamesTheWholePrefix() {
    assertThatThrownBy(() -> Ipv4Prefix.parse("300.1.1.1/8"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"300.1.1.1/8\"")
        .hasMessageContaining("300");
  }

  @Test
  void rejectsHostBitsAndNamesTheNetwork() {
    assertThatThrownBy(() -> Ipv4Prefix.parse("10.1.0.1/16"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("host bits")
        .hasMessageContaining("10.1.0.0/16");
    assertThatThrownBy(() -> new Ipv4Prefix(Ipv4Address.parse("10.1.0.1").bits(), 16))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10.1.0.0/16");
  }

  @Test
  void rejectsLeadingZeros() {
    assertThatThrownBy(() -> Ipv4Prefix.parse("01.2.3.0/24")).hasMessageContaining("leading zero");
    assertThatThrownBy(() -> Ipv4Prefix.parse("10.0.0.0/08")).hasMessageContaining("leading zero");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "10.0.0.0", "10.0.0.0/", "/8", " 10.0.0.0/8", "10.0.0.0/8 ",
      "10.0.0.0 /8", "10.0.0.0/ 8", "10.0.0.0/+8", "10.0.0.0/-1", "10.0.0.0/8/8", "10.0.0.0/x"})
  void rejectsMalformedText(String text) {
    assertThatThrownBy(() -> Ipv4Prefix.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + text + "\"");
  }

  @Test
  void constructorRejectsBadLength() {
    assertThatThrownBy(() -> new Ipv4Prefix(0, 33)).hasMessageContaining("33");
    assertThatThrownBy(() -> new Ipv4Prefix(0, -1)).hasMessageContaining("-1");
  }

  @Test
  void firstLastAndSize() {
    Ipv4Prefix prefix = Ipv4Prefix.parse("10.1.0.0/16");
    assertThat(prefix.first()).hasToString("10.1.0.0");
    assertThat(prefix.network()).isEqualTo(prefix.first());
    assertThat(prefix.last()).hasToString("10.1.255.255");
    assertThat(prefix.size()).isEqualTo(65_536L);

    assertThat(Ipv4Prefix.DEFAULT_ROUTE.size()).isEqualTo(1L << 32);
    assertThat(Ipv4Prefix.DEFAULT_ROUTE.last()).hasToString("255.255.255.255");
    Ipv4Prefix host = Ipv4Prefix.parse("192.168.1.7/32");
    assertThat(host.size()).isEqualTo(1);
    assertThat(host.first()).isEqualTo(host.last());
    assertThat(Ipv4Prefix.parse("10.0.0.0/31").last()).hasToString("10.0.0.1");
  }

  @Test
  void maskValues() {
    assertThat(Ipv4Prefix.mask(0)).isZero();
    assertThat(Ipv4Prefix.mask(24)).isEqualTo(0xFFFF_FF00);
    assertThat(Ipv4Prefix.mask(32)).isEqualTo(-1);
    assertThat(Ipv4Prefix.mask(1)).isEqualTo(0x8000_0000);
  }

  @Test
  void containsAddresses() {
    Ipv4Prefix prefix = Ipv4Prefix.parse("10.1.0.0/16");
    assertThat(prefix.contains(Ipv4Address.parse("10.1.0.0"))).isTrue();
    assertThat(prefix.contains(Ipv4Address.parse("10.1.255.255"))).isTrue();
    assertThat(prefix.contains(Ipv4Address.parse("10.2.0.0"))).isFalse();
    assertThat(prefix.contains(Ipv4Address.parse("10.0.255.255"))).isFalse();
    assertThat(Ipv4Prefix.DEFAULT_ROUTE.contains(Ipv4Address.parse("203.0.113.9"))).isTrue();
  }

  @Test
  void containsPrefixes() {
    Ipv4Prefix wide = Ipv4Prefix.parse("10.0.0.0/8");
    Ipv4Prefix narrow = Ipv4Prefix.parse("10.1.0.0/16");
    Ipv4Prefix outside = Ipv4Prefix.parse("11.0.0.0/16");
    assertThat(wide.contains(narrow)).isTrue();
    assertThat(narrow.contains(wide)).isFalse();
    assertThat(wide.contains(wide)).isTrue();
    assertThat(wide.contains(outside)).isFalse();
    assertThat(Ipv4Prefix.DEFAULT_ROUTE.contains(outside)).isTrue();
    // same length, different network
    assertThat(Ipv4Prefix.parse("10.1.0.0/16").contains(Ipv4Prefix.parse("10.2.0.0/16"))).isFalse();
  }

  @Test
  void overlaps() {
    Ipv4Prefix a = Ipv4Prefix.parse("10.0.0.0/8");
    Ipv4Prefix b = Ipv4Prefix.parse("10.200.0.0/16");
    Ipv4Prefix c = Ipv4Prefix.parse("172.16.0.0/12");
    assertThat(a.overlaps(b)).isTrue();
    assertThat(b.overlaps(a)).isTrue();
    assertThat(a.overlaps(c)).isFalse();
    assertThat(Ipv4Prefix.parse("10.0.0.0/25").overlaps(Ipv4Prefix.parse("10.0.0.128/25"))).isFalse();
  }

  @Test
  void containingClearsHostBits() {
    Ipv4Address address = Ipv4Address.parse("10.1.2.3");
    assertThat(Ipv4Prefix.containing(address, 16)).hasToString("10.1.0.0/16");
    assertThat(Ipv4Prefix.containing(address, 0)).isEqualTo(Ipv4Prefix.DEFAULT_ROUTE);
    assertThat(Ipv4Prefix.containing(address, 32)).isEqualTo(address.toPrefix());
    assertThatThrownBy(() -> Ipv4Prefix.containing(address, 33)).hasMessageContaining("33");
  }

  @Test
  void ordersByUnsignedAddressThenShorterFirst() {
    List<Ipv4Prefix> prefixes = new ArrayList<>(List.of(
        Ipv4Prefix.parse("192.168.0.0/16"),
        Ipv4Prefix.parse("10.1.0.0/16"),
        Ipv4Prefix.parse("10.0.0.0/16"),
        Ipv4Prefix.parse("10.0.0.0/8"),
        Ipv4Prefix.DEFAULT_ROUTE));
    Collections.sort(prefixes);
    assertThat(prefixes).extracting(Ipv4Prefix::toString).containsExactly(
        "0.0.0.0/0", "10.0.0.0/8", "10.0.0.0/16", "10.1.0.0/16", "192.168.0.0/16");
  }

  @Test
  void equality() {
    assertThat(Ipv4Prefix.parse("10.0.0.0/8"))
        .isEqualTo(new Ipv4Prefix(0x0A00_0000, 8))
        .hasSameHashCodeAs(new Ipv4Prefix(0x0A00_0000, 8))
        .isNotEqualTo(Ipv4Prefix.parse("10.0.0.0/9"));
  }

  @Test
  void ipPrefixParseDispatchesOnColon() {
    assertThat(IpPrefix.parse("10.0.0.0/8")).isInstanceOf(Ipv4Prefix.class);
    assertThat(IpPrefix.parse("2001:db8::/32")).isInstanceOf(Ipv6Prefix.class);
    assertThat(IpPrefix.parse("2001:db8::/32").isIpv4()).isFalse();
    assertThat(IpPrefix.parse("2001:db8::/32").length()).isEqualTo(32);
  }
}
