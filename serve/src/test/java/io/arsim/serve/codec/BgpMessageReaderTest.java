package io.arsim.serve.codec;

import static io.arsim.serve.codec.Wire.MANDATORY;
import static io.arsim.serve.codec.Wire.NLRI;
import static io.arsim.serve.codec.Wire.hex;
import static io.arsim.serve.codec.Wire.message;
import static io.arsim.serve.codec.Wire.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.Community;
import io.arsim.core.bgp.LargeCommunity;
import io.arsim.core.bgp.Origin;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Reading hand-written octets. Expected values come from the formats of RFC 4271 section 4, RFC
 * 5492, RFC 6793, RFC 1997, RFC 8092 and RFC 2918, and the error handling of RFC 4271 section 6
 * and RFC 7606.
 */
class BgpMessageReaderTest {

  private static final Negotiated FOUR = Negotiated.FOUR_OCTET_EXTERNAL;
  private static final Negotiated TWO = Negotiated.TWO_OCTET_EXTERNAL;
  private static final Negotiated INTERNAL = new Negotiated(true, false);

  private static DecodedMessage read(byte[] octets, Negotiated negotiated) {
    return BgpMessageReader.read(octets, negotiated);
  }

  private static NotificationMessage resetBy(ThrowingCallable reading) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(reading);
    assertThat(thrown).isInstanceOf(BgpDecodeException.class);
    return ((BgpDecodeException) thrown).notification();
  }

  private static AttributeError onlyError(DecodedMessage decoded) {
    assertThat(decoded.attributeErrors()).hasSize(1);
    return decoded.attributeErrors().get(0);
  }

  @Nested
  class Header {
    @Test
    void keepaliveIsTheHeaderAlone() {
      byte[] keepalive = hex("ffffffffffffffffffffffffffffffff 0013 04");
      assertThat(read(keepalive, FOUR).message()).isEqualTo(KeepaliveMessage.INSTANCE);
    }

    @Test
    void markerNotAllOnesIsConnectionNotSynchronized() {
      byte[] bad = hex("fffffffffffffffffffffffffffffffe 0013 04");
      assertThat(resetBy(() -> read(bad, FOUR))).isEqualTo(NotificationMessage.of(1, 1));
    }

    @Test
    void lengthBelow19IsBadMessageLengthWithTheLengthAsData() {
      byte[] bad = hex("ffffffffffffffffffffffffffffffff 0012 04 00");
      assertThat(resetBy(() -> read(bad, FOUR)))
          .isEqualTo(new NotificationMessage(1, 2, Octets.of((byte) 0, (byte) 0x12)));
    }

    @Test
    void lengthAbove4096IsBadMessageLength() {
      byte[] bad = new byte[4097];
      java.util.Arrays.fill(bad, 0, 16, (byte) 0xFF);
      bad[16] = 0x10;
      bad[17] = 0x01;
      bad[18] = 2;
      assertThat(resetBy(() -> read(bad, FOUR)))
          .isEqualTo(new NotificationMessage(1, 2, Octets.of((byte) 0x10, (byte) 0x01)));
    }

    @Test
    void keepaliveWithABodyIsBadMessageLength() {
      byte[] bad = message(4, "00");
      assertThat(resetBy(() -> read(bad, FOUR)))
          .isEqualTo(new NotificationMessage(1, 2, Octets.of((byte) 0, (byte) 20)));
    }

    @Test
    void shortOpenUpdateAndNotificationAreBadMessageLength() {
      assertThat(resetBy(() -> read(message(1, "04fde900b40a000001"), FOUR)).subcode()).isEqualTo(2);
      assertThat(resetBy(() -> read(message(2, "0000 00"), FOUR)).subcode()).isEqualTo(2);
      assertThat(resetBy(() -> read(message(3, "06"), FOUR)).subcode()).isEqualTo(2);
    }

    @Test
    void unknownTypeIsBadMessageTypeWithTheTypeAsData() {
      assertThat(resetBy(() -> read(message(6, ""), FOUR)))
          .isEqualTo(new NotificationMessage(1, 3, Octets.of((byte) 6)));
    }

    @Test
    void lengthFieldDisagreeingWithTheOctetsIsBadMessageLength() {
      byte[] keepalive = hex("ffffffffffffffffffffffffffffffff 0014 04");
      assertThat(resetBy(() -> read(keepalive, FOUR)).subcode()).isEqualTo(2);
    }
  }

  @Nested
  class Open {
    /** Version 4, AS 65001, hold 180, id 10.0.0.1, capabilities MP IPv4 unicast, RR, 4-octet AS 65001, graceful restart (64). */
    private final byte[] frrLike = message(1, "04 fde9 00b4 0a000001 18"
        + "02 16 0104 00010001 0200 4104 0000fde9 4006 0078 00010180");

    @Test
    void readsEveryField() {
      OpenMessage open = (OpenMessage) read(frrLike, FOUR).message();
      assertThat(open.version()).isEqualTo(4);
      assertThat(open.myAutonomousSystem()).isEqualTo(65001);
      assertThat(open.holdTime()).isEqualTo(180);
      assertThat(open.bgpIdentifier()).isEqualTo(Ipv4Address.parse("10.0.0.1"));
      assertThat(open.capabilities()).containsExactly(
          Capability.Multiprotocol.IPV4_UNICAST,
          Capability.RouteRefresh.INSTANCE,
          new Capability.FourOctetAs(Asn.of(65001)),
          new Capability.Unknown(64, new Octets(hex("0078 00010180"))));
      assertThat(open.asn()).isEqualTo(Asn.of(65001));
      assertThat(open.supportsRouteRefresh()).isTrue();
      assertThat(open.supportsIpv4Unicast()).isTrue();
    }

    @Test
    void fourOctetAsnTravelsInTheCapabilityWithAsTransInTheField() {
      byte[] open = message(1, "04 5ba0 00b4 0a000001 08 02 06 4104 fa56ea01");
      OpenMessage decoded = (OpenMessage) read(open, FOUR).message();
      assertThat(decoded.myAutonomousSystem()).isEqualTo(23456);
      assertThat(decoded.asn()).isEqualTo(Asn.of(4200000001L));
    }

    @Test
    void optionalParameterOtherThanCapabilitiesIsUnsupportedOptionalParameter() {
      byte[] open = message(1, "04 fde9 00b4 0a000001 04 01 02 0000");
      assertThat(resetBy(() -> read(open, FOUR))).isEqualTo(NotificationMessage.of(2, 4));
    }

    @Test
    void malformedCapabilityIsOpenMessageErrorUnspecific() {
      byte[] open = message(1, "04 fde9 00b4 0a000001 05 02 03 4101 00");
      assertThat(resetBy(() -> read(open, FOUR))).isEqualTo(NotificationMessage.of(2, 0));
    }

    @Test
    void parameterLengthDisagreeingWithTheMessageIsOpenMessageError() {
      byte[] open = message(1, "04 fde9 00b4 0a000001 09 02 06 4104 0000fde9");
      assertThat(resetBy(() -> read(open, FOUR)).code()).isEqualTo(2);
    }

    @Test
    void capabilityRunningPastItsParameterIsOpenMessageError() {
      byte[] open = message(1, "04 fde9 00b4 0a000001 04 02 02 4104");
      assertThat(resetBy(() -> read(open, FOUR))).isEqualTo(NotificationMessage.of(2, 0));
    }

    @Test
    void multiprotocolWithoutIpv4UnicastMeansNoIpv4Unicast() {
      byte[] open = message(1, "04 fde9 00b4 0a000001 08 02 06 0104 00020001");
      assertThat(((OpenMessage) read(open, FOUR).message()).supportsIpv4Unicast()).isFalse();
    }
  }

  @Nested
  class Notification {
    @Test
    void readsCodeSubcodeAndData() {
      NotificationMessage notification = (NotificationMessage) read(message(3, "0202 fde9"), FOUR).message();
      assertThat(notification).isEqualTo(new NotificationMessage(2, 2, Octets.of((byte) 0xfd, (byte) 0xe9)));
      assertThat(notification.describe()).isEqualTo("OPEN Message Error / Bad Peer AS");
    }

    @Test
    void readsAShutdownCommunication() {
      // RFC 8203 section 2: Cease, subcode 2, length 4, "test".
      NotificationMessage notification = (NotificationMessage) read(message(3, "0602 04 74657374"), FOUR).message();
      assertThat(notification.shutdownCommunication()).contains("test");
      assertThat(notification.describe()).isEqualTo("Cease / Administrative Shutdown \"test\"");
    }
  }

  @Nested
  class RouteRefresh {
    @Test
    void readsAfiSubtypeSafi() {
      assertThat(read(message(5, "0001 00 01"), FOUR).message()).isEqualTo(RouteRefreshMessage.IPV4_UNICAST);
    }

    @Test
    void wrongLengthIsRouteRefreshMessageErrorWithTheMessageAsData() {
      byte[] bad = message(5, "0001 00 01 00");
      assertThat(resetBy(() -> read(bad, FOUR))).isEqualTo(new NotificationMessage(7, 1, new Octets(bad)));
    }
  }

  @Nested
  class Update {
    @Test
    void readsEveryKnownAttribute() {
      String attributes = MANDATORY
          + "80 04 04 00000064"                       // MED 100
          + "40 06 00"                                // ATOMIC_AGGREGATE
          + "c0 07 08 0000fde9 0a000009"              // AGGREGATOR 65001 10.0.0.9
          + "c0 08 08 fde90064 ffffff01"              // COMMUNITIES 65001:100 NO_EXPORT
          + "c0 20 0c fa56ea01 00000001 00000002";    // LARGE_COMMUNITY 4200000001:1:2
      DecodedMessage decoded = read(update(attributes, NLRI + "18 c0a801"), FOUR);
      assertThat(decoded.attributeErrors()).isEmpty();
      UpdateMessage update = (UpdateMessage) decoded.message();
      assertThat(update.withdrawn()).isEmpty();
      assertThat(update.nlri()).containsExactly(Ipv4Prefix.parse("10.1.0.0/16"), Ipv4Prefix.parse("192.168.1.0/24"));
      assertThat(update.attributes()).containsExactly(
          new PathAttribute.OriginAttribute(Origin.IGP),
          new PathAttribute.AsPathAttribute(AsPath.of(65001)),
          new PathAttribute.NextHopAttribute(Ipv4Address.parse("10.0.0.1")),
          new PathAttribute.MultiExitDiscAttribute(100),
          new PathAttribute.AtomicAggregateAttribute(),
          new PathAttribute.AggregatorAttribute(Asn.of(65001), Ipv4Address.parse("10.0.0.9")),
          new PathAttribute.CommunitiesAttribute(List.of(Community.of(65001, 100), Community.NO_EXPORT)),
          new PathAttribute.LargeCommunitiesAttribute(List.of(new LargeCommunity(4200000001L, 1, 2))));
    }

    @Test
    void readsWithdrawnRoutesWithHostBitsCleared() {
      // 10.0.0.0/8, 0.0.0.0/0, 192.168.1.128/25 written with a stray host bit.
      byte[] bytes = message(2, "0008 080a 00 19c0a80181 0000");
      UpdateMessage update = (UpdateMessage) read(bytes, FOUR).message();
      assertThat(update.withdrawn()).containsExactly(Ipv4Prefix.parse("10.0.0.0/8"), Ipv4Prefix.DEFAULT_ROUTE,
          Ipv4Prefix.parse("192.168.1.128/25"));
    }

    @Test
    void emptyUpdateIsEndOfRib() {
      assertThat(read(message(2, "0000 0000"), FOUR).message()).isEqualTo(UpdateMessage.END_OF_RIB);
    }

    @Test
    void twoOctetAsPathWithAsSet() {
      // AS_SEQUENCE 65001 65002, AS_SET {64512 64513}, 2-octet ASNs.
      String attributes = "40 01 01 02 40 02 0c 0202fde9fdea 0102fc00fc01 40 03 04 0a000001";
      UpdateMessage update = (UpdateMessage) read(update(attributes, NLRI), TWO).message();
      assertThat(update.attribute(PathAttribute.AsPathAttribute.class).orElseThrow().asPath())
          .isEqualTo(AsPath.parse("65001 65002 {64512 64513}"));
      assertThat(update.attribute(PathAttribute.OriginAttribute.class).orElseThrow().origin())
          .isEqualTo(Origin.INCOMPLETE);
    }

    @Test
    void extendedLengthAttribute() {
      String attributes = "40 01 01 00" + "50 02 0006 02 01 0000fde9" + "40 03 04 0a000001";
      UpdateMessage update = (UpdateMessage) read(update(attributes, NLRI), FOUR).message();
      assertThat(update.attribute(PathAttribute.AsPathAttribute.class).orElseThrow().asPath())
          .isEqualTo(AsPath.of(65001));
    }

    @Test
    void unknownOptionalTransitiveAttributeIsKeptAndPassedOnWithPartial() {
      DecodedMessage decoded = read(update(MANDATORY + "c0 63 02 abcd", NLRI), FOUR);
      PathAttribute.Unknown unknown = ((UpdateMessage) decoded.message()).attribute(PathAttribute.Unknown.class)
          .orElseThrow();
      assertThat(unknown).isEqualTo(new PathAttribute.Unknown(0xc0, 0x63, new Octets(hex("abcd"))));
      assertThat(unknown.passedOn().flags()).isEqualTo(0xe0);
    }

    @Test
    void unrecognizedWellKnownAttributeResetsWithTheAttributeAsData() {
      byte[] bytes = update(MANDATORY + "40 63 02 abcd", NLRI);
      assertThat(resetBy(() -> read(bytes, FOUR))).isEqualTo(new NotificationMessage(3, 2, new Octets(hex("4063 02 abcd"))));
    }

    @Test
    void withdrawnRoutesLengthPastTheMessageIsMalformedAttributeList() {
      assertThat(resetBy(() -> read(message(2, "0005 0a 0000"), FOUR))).isEqualTo(NotificationMessage.of(3, 1));
    }

    @Test
    void totalAttributeLengthPastTheMessageIsMalformedAttributeList() {
      assertThat(resetBy(() -> read(message(2, "0000 0010 400101 00"), FOUR))).isEqualTo(NotificationMessage.of(3, 1));
    }

    @Test
    void prefixLongerThan32IsInvalidNetworkField() {
      assertThat(resetBy(() -> read(update(MANDATORY, "21 0a000000 00"), FOUR))).isEqualTo(NotificationMessage.of(3, 10));
    }

    @Test
    void prefixCutOffIsInvalidNetworkField() {
      assertThat(resetBy(() -> read(update(MANDATORY, "18 0a00"), FOUR))).isEqualTo(NotificationMessage.of(3, 10));
      assertThat(resetBy(() -> read(message(2, "0002 18 0a 0000"), FOUR))).isEqualTo(NotificationMessage.of(3, 10));
    }
  }

  /** RFC 7606 section 7: what each malformed attribute does, per attribute. */
  @Nested
  class RevisedErrorHandling {
    private DecodedMessage withAttributes(String attributes, Negotiated negotiated) {
      return read(update(attributes, NLRI), negotiated);
    }

    private void assertTreatAsWithdraw(String attributes, int typeCode, int subcode) {
      DecodedMessage decoded = withAttributes(attributes, FOUR);
      assertThat(decoded.treatAsWithdraw()).isTrue();
      AttributeError error = onlyError(decoded);
      assertThat(error.typeCode()).isEqualTo(typeCode);
      assertThat(error.action()).isEqualTo(AttributeError.Action.TREAT_AS_WITHDRAW);
      assertThat(error.subcode()).isEqualTo(subcode);
      assertThat(((UpdateMessage) decoded.message()).nlri()).containsExactly(Ipv4Prefix.parse("10.1.0.0/16"));
    }

    private void assertDiscarded(String attributes, Negotiated negotiated, int typeCode) {
      DecodedMessage decoded = withAttributes(attributes, negotiated);
      assertThat(decoded.treatAsWithdraw()).isFalse();
      AttributeError error = onlyError(decoded);
      assertThat(error.typeCode()).isEqualTo(typeCode);
      assertThat(error.action()).isEqualTo(AttributeError.Action.ATTRIBUTE_DISCARD);
      assertThat(((UpdateMessage) decoded.message()).attributes()).noneMatch(a -> a.typeCode() == typeCode);
    }

    @Test
    void originWithUndefinedValueOrWrongLength() {
      assertTreatAsWithdraw("40 01 01 03" + "40 02 06 02 01 0000fde9 40 03 04 0a000001", 1, 6);
      assertTreatAsWithdraw("40 01 02 0000" + "40 02 06 02 01 0000fde9 40 03 04 0a000001", 1, 5);
    }

    @Test
    void malformedAsPath() {
      String rest = "40 03 04 0a000001";
      assertTreatAsWithdraw("40 01 01 00 40 02 06 05 01 0000fde9" + rest, 2, 11); // segment type 5
      assertTreatAsWithdraw("40 01 01 00 40 02 06 02 02 0000fde9" + rest, 2, 11); // overrun
      assertTreatAsWithdraw("40 01 01 00 40 02 02 02 00" + rest, 2, 11); // empty segment
      assertTreatAsWithdraw("40 01 01 00 40 02 07 02 01 0000fde9 00" + rest, 2, 11); // trailing octet
    }

    @Test
    void confederationSegmentsFromAnExternalPeer() {
      assertTreatAsWithdraw("40 01 01 00 40 02 06 03 01 0000fde9 40 03 04 0a000001", 2, 11);
    }

    @Test
    void nextHopOfWrongLength() {
      assertTreatAsWithdraw("40 01 01 00 40 02 06 02 01 0000fde9 40 03 05 0a00000100", 3, 5);
    }

    @Test
    void medOfWrongLength() {
      assertTreatAsWithdraw(MANDATORY + "80 04 03 000064", 4, 5);
    }

    @Test
    void localPrefFromAnExternalPeerIsDiscardedAndFromAnInternalPeerOfWrongLengthWithdrawn() {
      assertDiscarded(MANDATORY + "40 05 04 00000064", FOUR, 5);
      DecodedMessage internal = withAttributes(MANDATORY + "40 05 03 000064", INTERNAL);
      assertThat(onlyError(internal).action()).isEqualTo(AttributeError.Action.TREAT_AS_WITHDRAW);
      DecodedMessage good = withAttributes(MANDATORY + "40 05 04 000000c8", INTERNAL);
      assertThat(((UpdateMessage) good.message()).attribute(PathAttribute.LocalPrefAttribute.class))
          .contains(new PathAttribute.LocalPrefAttribute(200));
    }

    @Test
    void atomicAggregateAndAggregatorOfWrongLengthAreDiscarded() {
      assertDiscarded(MANDATORY + "40 06 01 00", FOUR, 6);
      assertDiscarded(MANDATORY + "c0 07 06 fde9 0a000009", FOUR, 7); // 2-octet form on a 4-octet session
    }

    @Test
    void communitiesNotAMultipleOfTheirSize() {
      assertTreatAsWithdraw(MANDATORY + "c0 08 05 fde9006400", 8, 9);
      assertTreatAsWithdraw(MANDATORY + "c0 08 00", 8, 9);
      assertTreatAsWithdraw(MANDATORY + "c0 20 0d fa56ea01 00000001 00000002 00", 32, 9);
    }

    @Test
    void as4AttributesFromAFourOctetSpeakerAreDiscarded() {
      assertDiscarded(MANDATORY + "c0 11 06 02 01 fa56ea01", FOUR, 17);
      assertDiscarded(MANDATORY + "c0 12 08 fa56ea01 0a000009", FOUR, 18);
    }

    @Test
    void malformedAs4PathFromATwoOctetSpeakerIsDiscarded() {
      String mandatory2 = "40 01 01 00 40 02 04 02 01 5ba0 40 03 04 0a000001";
      assertDiscarded(mandatory2 + "c0 11 06 02 02 fa56ea01", TWO, 17);
      assertDiscarded(mandatory2 + "c0 12 07 fa56ea01 0a0000", TWO, 18);
    }

    @Test
    void flagsConflictingWithTheAttributeAreTreatAsWithdraw() {
      // ORIGIN sent as optional; MED sent as transitive; ORIGIN with the Partial bit.
      assertTreatAsWithdraw("c0 01 01 00 40 02 06 02 01 0000fde9 40 03 04 0a000001", 1, 4);
      assertTreatAsWithdraw(MANDATORY + "c0 04 04 00000064", 4, 4);
      assertTreatAsWithdraw("60 01 01 00 40 02 06 02 01 0000fde9 40 03 04 0a000001", 1, 4);
    }

    @Test
    void aRepeatedAttributeIsDiscardedAfterTheFirst() {
      DecodedMessage decoded = withAttributes(MANDATORY + "80 04 04 00000064 80 04 04 000000c8", FOUR);
      assertThat(onlyError(decoded).action()).isEqualTo(AttributeError.Action.ATTRIBUTE_DISCARD);
      assertThat(((UpdateMessage) decoded.message()).attribute(PathAttribute.MultiExitDiscAttribute.class))
          .contains(new PathAttribute.MultiExitDiscAttribute(100));
    }

    @Test
    void missingMandatoryAttributeWithNlriIsTreatAsWithdraw() {
      DecodedMessage decoded = withAttributes("40 01 01 00 40 02 06 02 01 0000fde9", FOUR);
      AttributeError error = onlyError(decoded);
      assertThat(error.typeCode()).isEqualTo(3);
      assertThat(error.subcode()).isEqualTo(3);
      assertThat(decoded.treatAsWithdraw()).isTrue();
    }

    @Test
    void missingMandatoryAttributesWithoutNlriAreFine() {
      DecodedMessage decoded = read(message(2, "0003 100a01 0000"), FOUR);
      assertThat(decoded.attributeErrors()).isEmpty();
    }

    @Test
    void attributeRunningPastTheListIsTreatAsWithdraw() {
      DecodedMessage decoded = withAttributes(MANDATORY + "c0 08 08 fde90064", FOUR);
      assertThat(decoded.treatAsWithdraw()).isTrue();
      assertThat(((UpdateMessage) decoded.message()).nlri()).containsExactly(Ipv4Prefix.parse("10.1.0.0/16"));
    }

    @Test
    void attributeHeaderCutOffIsTreatAsWithdraw() {
      assertThat(withAttributes(MANDATORY + "c0 08", FOUR).treatAsWithdraw()).isTrue();
      assertThat(withAttributes(MANDATORY + "d0 08 00", FOUR).treatAsWithdraw()).isTrue();
    }

    @Test
    void theStrongestActionWins() {
      DecodedMessage decoded = withAttributes("40 01 01 07 40 02 06 02 01 0000fde9 40 03 04 0a000001 40 06 01 00", FOUR);
      assertThat(decoded.attributeErrors()).extracting(AttributeError::action)
          .containsExactly(AttributeError.Action.TREAT_AS_WITHDRAW, AttributeError.Action.ATTRIBUTE_DISCARD);
      assertThat(decoded.treatAsWithdraw()).isTrue();
    }
  }

  @Test
  void nothingButTheCodecsOwnErrorForAnEmptyBuffer() {
    assertThatThrownBy(() -> read(new byte[0], FOUR)).isInstanceOf(BgpDecodeException.class);
  }
}
