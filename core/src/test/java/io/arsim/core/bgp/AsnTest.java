package io.arsim.core.bgp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AsnTest {

  @Test
  void parsesDecimalAsdotAndAsPrefix() {
    assertThat(Asn.parse("65001")).isEqualTo(Asn.of(65001));
    assertThat(Asn.parse("AS65001")).isEqualTo(Asn.of(65001));
    assertThat(Asn.parse("as65001")).isEqualTo(Asn.of(65001));
    assertThat(Asn.parse("1.10")).isEqualTo(Asn.of(65_546));
    assertThat(Asn.parse("65535.65535")).isEqualTo(Asn.of(4_294_967_295L));
    assertThat(Asn.parse("4294967295").value()).isEqualTo(4_294_967_295L);
    assertThat(Asn.parse("0").value()).isZero();
    assertThat(Asn.of(65001)).hasToString("65001");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "AS", " 65001", "65001 ", "-1", "+65001", "65001a", "4294967296",
      "99999999999999999999", "1.", ".1", "1.2.3", "65536.0", "0.65536", "+1.10", "-0.5", "1.+5",
      "1. 5", "AS 65001"})
  void rejectsMalformedText(String text) {
    assertThatThrownBy(() -> Asn.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + text + "\"")
        .hasMessageContaining("0..4294967295");
  }

  @Test
  void constructorRejectsOutOfRange() {
    assertThatThrownBy(() -> Asn.of(-1)).hasMessageContaining("-1");
    assertThatThrownBy(() -> Asn.of(1L << 32)).hasMessageContaining("4294967296");
  }

  @Test
  void ordersNumerically() {
    assertThat(Asn.of(65001)).isLessThan(Asn.of(65002));
    assertThat(Asn.of(4_200_000_000L)).isGreaterThan(Asn.of(65535));
  }

  @Test
  void twoAndFourByte() {
    assertThat(Asn.of(65535).isTwoByte()).isTrue();
    assertThat(Asn.of(65536).isTwoByte()).isFalse();
    assertThat(Asn.of(1).isTwoByte()).isTrue();
  }

  @Test
  void privateRangesAreRfc6996() {
    assertThat(Asn.of(64511).isPrivate()).isFalse();
    assertThat(Asn.of(64512).isPrivate()).isTrue();
    assertThat(Asn.of(65534).isPrivate()).isTrue();
    assertThat(Asn.of(65535).isPrivate()).isFalse();
    assertThat(Asn.of(4_199_999_999L).isPrivate()).isFalse();
    assertThat(Asn.of(4_200_000_000L).isPrivate()).isTrue();
    assertThat(Asn.of(4_294_967_294L).isPrivate()).isTrue();
    assertThat(Asn.of(4_294_967_295L).isPrivate()).isFalse();
    assertThat(Asn.MICROSOFT_EDGE.isPrivate()).isFalse();
  }

  @Test
  void reservedByAzure() {
    for (long value : new long[] {8074, 8075, 12076, 65515, 65516, 65517, 65518, 65519, 65520}) {
      assertThat(Asn.of(value).isReservedByAzure()).as("%d", value).isTrue();
    }
    for (long value : new long[] {8073, 8076, 12075, 12077, 65514, 65521, 65001}) {
      assertThat(Asn.of(value).isReservedByAzure()).as("%d", value).isFalse();
    }
  }

  @Test
  void reservedByIana() {
    for (long value : new long[] {0, 23456, 64496, 64511, 65535, 65551, 4_294_967_295L}) {
      assertThat(Asn.of(value).isReservedByIana()).as("%d", value).isTrue();
    }
    for (long value : new long[] {1, 64495, 64512, 65534, 65552, 4_294_967_294L}) {
      assertThat(Asn.of(value).isReservedByIana()).as("%d", value).isFalse();
    }
  }

  @Test
  void routeServerPeerRestriction() {
    assertThat(Asn.of(65001).routeServerPeerRestriction()).isEmpty();
    assertThat(Asn.of(64512).routeServerPeerRestriction()).isEmpty();
    assertThat(Asn.of(100).routeServerPeerRestriction()).isEmpty();
    assertThat(Asn.AZURE_ROUTE_SERVER.routeServerPeerRestriction()).get(STRING)
        .contains("iBGP");
    assertThat(Asn.of(65_546).routeServerPeerRestriction()).get(STRING)
        .contains("4-byte");
    assertThat(Asn.of(4_200_000_000L).routeServerPeerRestriction()).get(STRING)
        .contains("4-byte");
    assertThat(Asn.MICROSOFT_EDGE.routeServerPeerRestriction()).get(STRING)
        .contains("reserved by Azure");
    assertThat(Asn.of(65517).routeServerPeerRestriction()).get(STRING)
        .contains("reserved by Azure");
    assertThat(Asn.AS_TRANS.routeServerPeerRestriction()).get(STRING)
        .contains("reserved by IANA");
    assertThat(Asn.of(65535).routeServerPeerRestriction()).get(STRING)
        .contains("reserved by IANA");
  }
}
