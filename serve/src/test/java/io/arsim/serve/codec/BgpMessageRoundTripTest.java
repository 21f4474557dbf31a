package io.arsim.serve.codec;

import static io.arsim.serve.codec.Wire.hex;
import static io.arsim.serve.codec.Wire.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.AsPathSegment;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.Community;
import io.arsim.core.bgp.LargeCommunity;
import io.arsim.core.bgp.Origin;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every message type and every attribute written, then read back equal; and the exact octets written. */
class BgpMessageRoundTripTest {

  private static final Ipv4Address HOP = Ipv4Address.parse("10.0.0.1");
  private static final List<Ipv4Prefix> NLRI = List.of(Ipv4Prefix.parse("10.1.0.0/16"));

  private static BgpMessage roundTrip(BgpMessage message, Negotiated negotiated) {
    DecodedMessage decoded = BgpMessageReader.read(BgpMessageWriter.toBytes(message, negotiated), negotiated);
    assertThat(decoded.attributeErrors()).isEmpty();
    return decoded.message();
  }

  private static UpdateMessage withAttribute(PathAttribute attribute) {
    List<PathAttribute> attributes = new ArrayList<>(List.of(
        new PathAttribute.OriginAttribute(Origin.EGP),
        new PathAttribute.AsPathAttribute(AsPath.of(65001)),
        new PathAttribute.NextHopAttribute(HOP)));
    if (attribute.typeCode() > 3) {
      attributes.add(attribute);
    }
    return new UpdateMessage(List.of(), attributes, NLRI);
  }

  static Stream<PathAttribute> attributes() {
    return Stream.of(
        new PathAttribute.OriginAttribute(Origin.INCOMPLETE),
        new PathAttribute.AsPathAttribute(AsPath.parse("65001 65002 {64512 64513} 65003")),
        new PathAttribute.NextHopAttribute(Ipv4Address.parse("192.0.2.1")),
        new PathAttribute.MultiExitDiscAttribute(0xFFFF_FFFFL),
        new PathAttribute.AtomicAggregateAttribute(),
        new PathAttribute.AggregatorAttribute(Asn.of(65010), Ipv4Address.parse("10.9.9.9")),
        new PathAttribute.CommunitiesAttribute(List.of(Community.NO_ADVERTISE, Community.of(65001, 1))),
        new PathAttribute.LargeCommunitiesAttribute(List.of(new LargeCommunity(0xFFFF_FFFFL, 0, 7))),
        new PathAttribute.Unknown(0xC0, 99, new Octets(new byte[300])),
        new PathAttribute.Unknown(0x80, 14, Octets.of((byte) 1)));
  }

  @ParameterizedTest
  @MethodSource("attributes")
  void everyAttributeOnAFourOctetSession(PathAttribute attribute) {
    UpdateMessage update = withAttribute(attribute);
    assertThat(roundTrip(update, Negotiated.FOUR_OCTET_EXTERNAL)).isEqualTo(update);
  }

  @ParameterizedTest
  @MethodSource("attributes")
  void everyAttributeOnATwoOctetSession(PathAttribute attribute) {
    UpdateMessage update = withAttribute(attribute);
    assertThat(roundTrip(update, Negotiated.TWO_OCTET_EXTERNAL)).isEqualTo(update);
  }

  @Test
  void as4AttributesOnATwoOctetSession() {
    UpdateMessage update = new UpdateMessage(List.of(), List.of(
        new PathAttribute.OriginAttribute(Origin.IGP),
        new PathAttribute.AsPathAttribute(AsPath.of(65001, 23456)),
        new PathAttribute.NextHopAttribute(HOP),
        new PathAttribute.As4PathAttribute(AsPath.of(65001, 4200000001L)),
        new PathAttribute.As4AggregatorAttribute(Asn.of(4200000001L), HOP)), NLRI);
    assertThat(roundTrip(update, Negotiated.TWO_OCTET_EXTERNAL)).isEqualTo(update);
  }

  @Test
  void localPrefOnAnInternalSession() {
    UpdateMessage update = withAttribute(new PathAttribute.LocalPrefAttribute(250));
    assertThat(roundTrip(update, new Negotiated(true, false))).isEqualTo(update);
  }

  @Test
  void everyOtherMessageType() {
    List<BgpMessage> messages = List.of(
        KeepaliveMessage.INSTANCE,
        RouteRefreshMessage.IPV4_UNICAST,
        new RouteRefreshMessage(2, 1, 128),
        OpenMessage.of(Asn.of(65515), 180, Ipv4Address.parse("10.0.1.4")),
        OpenMessage.of(Asn.of(4200000001L), 0, Ipv4Address.parse("10.0.1.5")),
        new OpenMessage(4, 65001, 90, HOP, List.of()),
        new OpenMessage(4, 65001, 90, HOP, List.of(new Capability.Unknown(73, new Octets(hex("0568656c6c6f"))))),
        NotificationMessage.of(6, 2),
        NotificationMessage.cease(NotificationMessage.ADMINISTRATIVE_SHUTDOWN, "maintenance until 18:00 UTC"),
        NotificationMessage.maximumPrefixes(4000),
        UpdateMessage.END_OF_RIB,
        UpdateMessage.withdraw(List.of(Ipv4Prefix.DEFAULT_ROUTE, Ipv4Prefix.parse("255.255.255.255/32"))));
    for (BgpMessage message : messages) {
      assertThat(roundTrip(message, Negotiated.FOUR_OCTET_EXTERNAL)).as("%s", message).isEqualTo(message);
    }
  }

  @Test
  void keepaliveOctets() {
    assertThat(BgpMessageWriter.toBytes(KeepaliveMessage.INSTANCE, Negotiated.FOUR_OCTET_EXTERNAL))
        .isEqualTo(hex("ffffffffffffffffffffffffffffffff 0013 04"));
  }

  @Test
  void openOctetsAsRfc4271AndRfc5492LayThemOut() {
    byte[] expected = message(1, "04 ffeb 00b4 0a000104 10 02 0e 0104 00010001 0200 4104 0000ffeb");
    assertThat(BgpMessageWriter.toBytes(OpenMessage.of(Asn.of(65515), 180, Ipv4Address.parse("10.0.1.4")),
        Negotiated.FOUR_OCTET_EXTERNAL)).isEqualTo(expected);
  }

  @Test
  void openFromAFourOctetAsCarriesAsTrans() {
    byte[] expected = message(1, "04 5ba0 00b4 0a000104 10 02 0e 0104 00010001 0200 4104 fa56ea01");
    assertThat(BgpMessageWriter.toBytes(OpenMessage.of(Asn.of(4200000001L), 180, Ipv4Address.parse("10.0.1.4")),
        Negotiated.FOUR_OCTET_EXTERNAL)).isEqualTo(expected);
  }

  @Test
  void updateOctets() {
    UpdateMessage update = new UpdateMessage(List.of(Ipv4Prefix.parse("192.168.0.0/16")), List.of(
        new PathAttribute.OriginAttribute(Origin.IGP),
        new PathAttribute.AsPathAttribute(AsPath.of(65515, 65001)),
        new PathAttribute.NextHopAttribute(Ipv4Address.parse("10.0.1.4"))),
        List.of(Ipv4Prefix.parse("10.1.0.0/16"), Ipv4Prefix.parse("10.2.3.0/24")));
    byte[] expected = message(2, "0003 10c0a8 0018 400101 00 40020a 0202 0000ffeb 0000fde9 400304 0a000104"
        + "100a01 180a0203");
    assertThat(BgpMessageWriter.toBytes(update, Negotiated.FOUR_OCTET_EXTERNAL)).isEqualTo(expected);
  }

  @Test
  void fourOctetAsnsBecomeAsTransOnATwoOctetSession() {
    UpdateMessage update = new UpdateMessage(List.of(), List.of(
        new PathAttribute.AsPathAttribute(AsPath.of(4200000001L, 65001))), List.of());
    byte[] expected = message(2, "0000 0009 400206 0202 5ba0 fde9");
    assertThat(BgpMessageWriter.toBytes(update, Negotiated.TWO_OCTET_EXTERNAL)).isEqualTo(expected);
  }

  @Test
  void aSequenceLongerThan255IsSplitAndReadsBackAsOne() {
    List<Asn> asns = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      asns.add(Asn.of(64512 + i % 10));
    }
    AsPath long300 = new AsPath(List.of(AsPathSegment.sequence(asns)));
    UpdateMessage update = withAttribute(new PathAttribute.AsPathAttribute(long300));
    update = new UpdateMessage(List.of(), List.of(new PathAttribute.OriginAttribute(Origin.IGP),
        new PathAttribute.AsPathAttribute(long300), new PathAttribute.NextHopAttribute(HOP)), NLRI);
    byte[] bytes = BgpMessageWriter.toBytes(update, Negotiated.FOUR_OCTET_EXTERNAL);
    // flags 0x50: transitive with Extended Length (2 + 255*4 + 2 + 45*4 = 1204 octets)
    assertThat(bytes[19 + 4 + 4] & 0xFF).isEqualTo(0x50);
    assertThat(roundTrip(update, Negotiated.FOUR_OCTET_EXTERNAL)).isEqualTo(update);
  }

  @Test
  void aMessageLongerThan4096IsRefused() {
    List<Ipv4Prefix> many = new ArrayList<>();
    for (int i = 0; i < 1100; i++) {
      many.add(new Ipv4Prefix(0x0A000000 | i << 8, 24));
    }
    assertThatThrownBy(() -> BgpMessageWriter.toBytes(UpdateMessage.withdraw(many), Negotiated.FOUR_OCTET_EXTERNAL))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4096");
  }
}
