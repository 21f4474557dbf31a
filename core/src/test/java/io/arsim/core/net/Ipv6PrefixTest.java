package io.arsim.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Ipv6PrefixTest {

  @Test
  void parsesIntoHighAndLow() {
    Ipv6Prefix prefix = Ipv6Prefix.parse("2001:db8::/32");
    assertThat(prefix.high()).isEqualTo(0x2001_0db8_0000_0000L);
    assertThat(prefix.low()).isZero();
    assertThat(prefix.length()).isEqualTo(32);
  }

  @ParameterizedTest
  @CsvSource({
      "2001:db8::/32, 2001:db8::/32",
      "2001:DB8:0:0::/64, 2001:db8::/64",
      "2001:0db8:0000:0000:0000:0000:0000:0000/32, 2001:db8::/32",
      "::/0, ::/0",
      "::1/128, ::1/128",
      "fe80::/10, fe80::/10",
      "2001:db8:0:1:0:0:0:0/64, 2001:db8:0:1::/64",
      "2001:0:0:1:0:0:0:0/64, 2001:0:0:1::/64",
      "1:0:0:2:0:0:0:0/128, 1:0:0:2::/128",
      "1:0:0:2:0:0:3:4/128, 1::2:0:0:3:4/128",
      "1:2:3:4:5:6:7:0/128, 1:2:3:4:5:6:7:0/128",
      "::ffff:0:0/96, ::ffff:0:0/96",
      "::ffff:10.0.0.0/104, ::ffff:a00:0/104",
      "64:ff9b::192.0.2.0/120, 64:ff9b::c000:200/120",
  })
  void printsRfc5952Text(String input, String expected) {
    Ipv6Prefix prefix = Ipv6Prefix.parse(input);
    assertThat(prefix).hasToString(expected);
    assertThat(Ipv6Prefix.parse(prefix.toString())).isEqualTo(prefix);
  }

  @Test
  void rejectsHostBitsAndNamesTheNetwork() {
    assertThatThrownBy(() -> Ipv6Prefix.parse("2001:db8::1/32"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("host bits")
        .hasMessageContaining("2001:db8::/32");
    assertThatThrownBy(() -> new Ipv6Prefix(0x2001_0db8_0000_0000L, 1L, 64))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2001:db8::/64");
  }

  @Test
  void rejectsLengthAbove128() {
    assertThatThrownBy(() -> Ipv6Prefix.parse("2001:db8::/129"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("129");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2001:db8::", "2001:db8::/", " 2001:db8::/32", "2001:db8::/32 ",
      "2001:db8:::/32", "1::2::/32", "2001:db8:/32", "1:2:3:4:5:6:7/128", "1:2:3:4:5:6:7:8:9/128",
      "1:2:3:4::5:6:7:8/128", "12345::/16", "2001:dg8::/32", "beef/16", "10.0.0.0/8",
      "::ffff:10.0.0/104", "1.2.3.4::/32", ":1::/16", "[::1]/128", "fe80::1%eth0/128", "::/-1"})
  void rejectsMalformedText(String text) {
    assertThatThrownBy(() -> Ipv6Prefix.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + text + "\"");
  }

  @Test
  void noColonIsRejectedWithoutLookingTheNameUp() {
    // "beef" is a valid host name; parsing must not treat it as one.
    assertThatThrownBy(() -> Ipv6Prefix.parse("beef/16")).hasMessageContaining("no colon");
  }

  @Test
  void contains() {
    Ipv6Prefix wide = Ipv6Prefix.parse("2001:db8::/32");
    assertThat(wide.contains(Ipv6Prefix.parse("2001:db8:1::/48"))).isTrue();
    assertThat(wide.contains(wide)).isTrue();
    assertThat(Ipv6Prefix.parse("2001:db8:1::/48").contains(wide)).isFalse();
    assertThat(wide.contains(Ipv6Prefix.parse("2001:db9::/48"))).isFalse();
    Ipv6Prefix deep = Ipv6Prefix.parse("2001:db8::/96");
    assertThat(deep.contains(Ipv6Prefix.parse("2001:db8::1:0/112"))).isTrue();
    assertThat(deep.contains(Ipv6Prefix.parse("2001:db8::1:0:0/112"))).isFalse();
    assertThat(Ipv6Prefix.parse("::/0").contains(deep)).isTrue();
  }
}
