package io.arsim.serve.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.Communities;
import io.arsim.core.bgp.Community;
import io.arsim.core.bgp.LargeCommunity;
import io.arsim.core.bgp.Origin;
import io.arsim.core.bgp.PathAttributes;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mapping to and from core's attributes, with the AS4 rules of RFC 6793 section 4.2. */
class RouteAttributesTest {

  private static final Ipv4Address HOP = Ipv4Address.parse("10.0.0.1");
  private static final Ipv4Address AGGREGATOR_ID = Ipv4Address.parse("10.9.9.9");

  private static UpdateMessage update(PathAttribute... extra) {
    List<PathAttribute> attributes = new ArrayList<>(List.of(new PathAttribute.OriginAttribute(Origin.IGP),
        new PathAttribute.NextHopAttribute(HOP)));
    attributes.addAll(List.of(extra));
    return new UpdateMessage(List.of(), attributes, List.of(Ipv4Prefix.parse("10.1.0.0/16")));
  }

  @Test
  void coreAttributesFromAnUpdate() {
    UpdateMessage update = update(new PathAttribute.AsPathAttribute(AsPath.of(65001)),
        new PathAttribute.MultiExitDiscAttribute(7),
        new PathAttribute.CommunitiesAttribute(List.of(Community.NO_EXPORT, Community.of(65001, 1))),
        new PathAttribute.LargeCommunitiesAttribute(List.of(new LargeCommunity(1, 2, 3))));
    PathAttributes attributes = RouteAttributes.toPathAttributes(update).orElseThrow();
    assertThat(attributes).isEqualTo(new PathAttributes(AsPath.of(65001), Origin.IGP, HOP, 7, true, 100,
        new Communities(List.of(Community.of(65001, 1), Community.NO_EXPORT), List.of(new LargeCommunity(1, 2, 3)))));
  }

  @Test
  void noCoreAttributesWithoutTheMandatoryOnes() {
    assertThat(RouteAttributes.toPathAttributes(update())).isEmpty();
  }

  @Test
  void as4PathReplacesTheTrailingAsTransHops() {
    // RFC 6793 4.2.3: AS_PATH 65002 23456 23456, AS4_PATH 4200000001 4200000002 -> 65002 4200000001 4200000002
    UpdateMessage update = update(new PathAttribute.AsPathAttribute(AsPath.of(65002, 23456, 23456)),
        new PathAttribute.As4PathAttribute(AsPath.of(4200000001L, 4200000002L)));
    assertThat(RouteAttributes.effectiveAsPath(update)).isEqualTo(AsPath.of(65002, 4200000001L, 4200000002L));
  }

  @Test
  void as4PathLongerThanAsPathIsIgnored() {
    UpdateMessage update = update(new PathAttribute.AsPathAttribute(AsPath.of(23456)),
        new PathAttribute.As4PathAttribute(AsPath.of(4200000001L, 4200000002L)));
    assertThat(RouteAttributes.effectiveAsPath(update)).isEqualTo(AsPath.of(23456));
  }

  @Test
  void as4PathIsIgnoredWhenTheAggregatorIsNotAsTrans() {
    UpdateMessage update = update(new PathAttribute.AsPathAttribute(AsPath.of(65002, 23456)),
        new PathAttribute.AggregatorAttribute(Asn.of(65002), AGGREGATOR_ID),
        new PathAttribute.As4PathAttribute(AsPath.of(4200000001L)));
    assertThat(RouteAttributes.effectiveAsPath(update)).isEqualTo(AsPath.of(65002, 23456));
  }

  @Test
  void as4PathCountsASetAsOneHop() {
    UpdateMessage update = update(new PathAttribute.AsPathAttribute(AsPath.parse("65002 {65003 65004} 23456")),
        new PathAttribute.As4PathAttribute(AsPath.of(4200000001L)));
    assertThat(RouteAttributes.effectiveAsPath(update)).isEqualTo(AsPath.parse("65002 {65003 65004} 4200000001"));
  }

  @Test
  void aggregatorTakesTheAs4AggregatorWhenItHoldsAsTrans() {
    UpdateMessage update = update(new PathAttribute.AsPathAttribute(AsPath.of(65002)),
        new PathAttribute.AtomicAggregateAttribute(),
        new PathAttribute.AggregatorAttribute(Asn.AS_TRANS, AGGREGATOR_ID),
        new PathAttribute.As4AggregatorAttribute(Asn.of(4200000001L), AGGREGATOR_ID),
        new PathAttribute.Unknown(0xC0, 99, Octets.of((byte) 1)),
        new PathAttribute.Unknown(0x80, 98, Octets.of((byte) 1)));
    assertThat(RouteAttributes.passOn(update)).containsExactly(
        new PathAttribute.AtomicAggregateAttribute(),
        new PathAttribute.AggregatorAttribute(Asn.of(4200000001L), AGGREGATOR_ID),
        new PathAttribute.Unknown(0xE0, 99, Octets.of((byte) 1)));
  }

  @Test
  void toWireForAnExternalFourOctetPeerLeavesOutLocalPrefAndEmptyParts() {
    PathAttributes attributes = PathAttributes.builder().asPath(AsPath.of(65515, 65001)).nextHop(HOP)
        .localPreference(300).build();
    assertThat(RouteAttributes.toWire(attributes, List.of(), Negotiated.FOUR_OCTET_EXTERNAL)).containsExactly(
        new PathAttribute.OriginAttribute(Origin.IGP),
        new PathAttribute.AsPathAttribute(AsPath.of(65515, 65001)),
        new PathAttribute.NextHopAttribute(HOP));
  }

  @Test
  void toWireForAnInternalPeerSendsLocalPrefAndMed() {
    PathAttributes attributes = PathAttributes.builder().asPath(AsPath.EMPTY).nextHop(HOP).med(5)
        .localPreference(300).build();
    assertThat(RouteAttributes.toWire(attributes, List.of(), new Negotiated(true, false))).containsExactly(
        new PathAttribute.OriginAttribute(Origin.IGP),
        new PathAttribute.AsPathAttribute(AsPath.EMPTY),
        new PathAttribute.NextHopAttribute(HOP),
        new PathAttribute.MultiExitDiscAttribute(5),
        new PathAttribute.LocalPrefAttribute(300));
  }

  @Test
  void toWireForATwoOctetPeerAddsAs4PathAndAs4Aggregator() {
    PathAttributes attributes = PathAttributes.builder().asPath(AsPath.of(65515, 4200000001L)).nextHop(HOP).build();
    List<PathAttribute> wire = RouteAttributes.toWire(attributes,
        List.of(new PathAttribute.AggregatorAttribute(Asn.of(4200000001L), AGGREGATOR_ID)),
        Negotiated.TWO_OCTET_EXTERNAL);
    assertThat(wire).containsExactly(
        new PathAttribute.OriginAttribute(Origin.IGP),
        new PathAttribute.AsPathAttribute(AsPath.of(65515, 4200000001L)),
        new PathAttribute.NextHopAttribute(HOP),
        new PathAttribute.AggregatorAttribute(Asn.of(4200000001L), AGGREGATOR_ID),
        new PathAttribute.As4PathAttribute(AsPath.of(65515, 4200000001L)),
        new PathAttribute.As4AggregatorAttribute(Asn.of(4200000001L), AGGREGATOR_ID));
    // What a 2-octet peer reads back, merged, is the original path.
    UpdateMessage sent = new UpdateMessage(List.of(), wire, List.of(Ipv4Prefix.parse("10.1.0.0/16")));
    UpdateMessage received = (UpdateMessage) BgpMessageReader.read(
        BgpMessageWriter.toBytes(sent, Negotiated.TWO_OCTET_EXTERNAL), Negotiated.TWO_OCTET_EXTERNAL).message();
    assertThat(received.attribute(PathAttribute.AsPathAttribute.class).orElseThrow().asPath())
        .isEqualTo(AsPath.of(65515, 23456));
    assertThat(RouteAttributes.toPathAttributes(received).orElseThrow().asPath())
        .isEqualTo(AsPath.of(65515, 4200000001L));
  }
}
