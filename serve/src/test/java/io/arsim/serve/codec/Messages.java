package io.arsim.serve.codec;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.AsPathSegment;
import io.arsim.core.bgp.AsPathSegmentType;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.Community;
import io.arsim.core.bgp.LargeCommunity;
import io.arsim.core.bgp.Origin;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators of valid messages, each small enough to fit in 4096 octets. */
final class Messages {
  private Messages() {}

  static Arbitrary<Ipv4Prefix> prefixes() {
    return Combinators.combine(Arbitraries.integers(), Arbitraries.integers().between(0, 32))
        .as((bits, length) -> new Ipv4Prefix(bits & Ipv4Prefix.mask(length), length));
  }

  static Arbitrary<Ipv4Address> addresses() {
    return Arbitraries.integers().map(Ipv4Address::new);
  }

  static Arbitrary<Asn> asns(boolean fourOctet) {
    return Arbitraries.longs().between(0, fourOctet ? 0xFFFF_FFFFL : 0xFFFF).map(Asn::of);
  }

  static Arbitrary<AsPath> asPaths(boolean fourOctet) {
    Arbitrary<AsPathSegment> segment = Combinators.combine(
            Arbitraries.of(AsPathSegmentType.values()), asns(fourOctet).list().ofMinSize(1).ofMaxSize(8))
        .as(AsPathSegment::new);
    return segment.list().ofMaxSize(5).map(AsPath::new);
  }

  static Arbitrary<PathAttribute> attributes(Negotiated negotiated) {
    boolean four = negotiated.fourOctetAs();
    List<Arbitrary<? extends PathAttribute>> choices = new ArrayList<>(List.of(
        Arbitraries.of(Origin.values()).map(PathAttribute.OriginAttribute::new),
        asPaths(four).map(PathAttribute.AsPathAttribute::new),
        addresses().map(PathAttribute.NextHopAttribute::new),
        Arbitraries.longs().between(0, 0xFFFF_FFFFL).map(PathAttribute.MultiExitDiscAttribute::new),
        Arbitraries.just(new PathAttribute.AtomicAggregateAttribute()),
        Combinators.combine(asns(four), addresses()).as(PathAttribute.AggregatorAttribute::new),
        Arbitraries.longs().between(0, 0xFFFF_FFFFL).map(Community::new).list().ofMinSize(1).ofMaxSize(20)
            .map(PathAttribute.CommunitiesAttribute::new),
        Combinators.combine(Arbitraries.longs().between(0, 0xFFFF_FFFFL), Arbitraries.longs().between(0, 0xFFFF_FFFFL),
                Arbitraries.longs().between(0, 0xFFFF_FFFFL)).as(LargeCommunity::new)
            .list().ofMinSize(1).ofMaxSize(10).map(PathAttribute.LargeCommunitiesAttribute::new),
        Combinators.combine(Arbitraries.of(0x80, 0xC0, 0xE0), Arbitraries.integers().between(40, 255),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300))
            .as((flags, type, value) -> new PathAttribute.Unknown(flags, type, new Octets(value)))));
    if (!negotiated.external()) {
      choices.add(Arbitraries.longs().between(0, 0xFFFF_FFFFL).map(PathAttribute.LocalPrefAttribute::new));
    }
    if (!four) {
      choices.add(asPaths(true).map(PathAttribute.As4PathAttribute::new));
      choices.add(Combinators.combine(asns(true), addresses()).as(PathAttribute.As4AggregatorAttribute::new));
    }
    return Arbitraries.oneOf(choices);
  }

  static Arbitrary<UpdateMessage> updates(Negotiated negotiated) {
    return Combinators.combine(
            prefixes().list().ofMaxSize(40),
            attributes(negotiated).list().ofMaxSize(12).uniqueElements(PathAttribute::typeCode),
            prefixes().list().ofMaxSize(40))
        .as((withdrawn, attributes, nlri) -> new UpdateMessage(withdrawn,
            nlri.isEmpty() ? attributes : withMandatory(attributes), nlri));
  }

  /** Adds ORIGIN, AS_PATH and NEXT_HOP where missing, so an UPDATE announcing routes reads back clean. */
  private static List<PathAttribute> withMandatory(List<PathAttribute> attributes) {
    List<PathAttribute> all = new ArrayList<>(attributes);
    if (all.stream().noneMatch(a -> a.typeCode() == PathAttribute.ORIGIN)) {
      all.add(new PathAttribute.OriginAttribute(Origin.IGP));
    }
    if (all.stream().noneMatch(a -> a.typeCode() == PathAttribute.AS_PATH)) {
      all.add(new PathAttribute.AsPathAttribute(AsPath.of(65001)));
    }
    if (all.stream().noneMatch(a -> a.typeCode() == PathAttribute.NEXT_HOP)) {
      all.add(new PathAttribute.NextHopAttribute(Ipv4Address.parse("10.0.0.1")));
    }
    return all;
  }

  static Arbitrary<Capability> capabilities() {
    return Arbitraries.oneOf(
        Combinators.combine(Arbitraries.integers().between(0, 0xFFFF), Arbitraries.integers().between(0, 0xFF))
            .as(Capability.Multiprotocol::new),
        Arbitraries.just(Capability.RouteRefresh.INSTANCE),
        asns(true).map(Capability.FourOctetAs::new),
        Combinators.combine(Arbitraries.integers().between(3, 255).filter(c -> c != 65),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(20))
            .as((code, value) -> new Capability.Unknown(code, new Octets(value))));
  }

  static Arbitrary<OpenMessage> opens() {
    return Combinators.combine(Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 0xFFFF),
            Arbitraries.integers().between(0, 0xFFFF), addresses(), capabilities().list().ofMaxSize(8))
        .as(OpenMessage::new);
  }

  static Arbitrary<NotificationMessage> notifications() {
    return Combinators.combine(Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 255),
            Arbitraries.bytes().array(byte[].class).ofMaxSize(100))
        .as((code, subcode, data) -> new NotificationMessage(code, subcode, new Octets(data)));
  }

  static Arbitrary<BgpMessage> messages(Negotiated negotiated) {
    return Arbitraries.oneOf(
        updates(negotiated),
        opens(),
        notifications(),
        Arbitraries.just(KeepaliveMessage.INSTANCE),
        Combinators.combine(Arbitraries.integers().between(0, 0xFFFF), Arbitraries.integers().between(0, 255),
            Arbitraries.integers().between(0, 255)).as(RouteRefreshMessage::new));
  }

  static Arbitrary<Negotiated> negotiations() {
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false)).as(Negotiated::new);
  }
}
