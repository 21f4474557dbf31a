package io.arsim.serve.codec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.AsPathSegment;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.Community;
import io.arsim.core.bgp.LargeCommunity;
import io.arsim.core.net.Ipv4Prefix;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Writes BGP messages in the wire format of RFC 4271 section 4, the inverse of
 * {@link BgpMessageReader}: {@code read(write(m)) equals m} for every message the reader can
 * return.
 *
 * <p>Per the session's {@link Negotiated}: AS_PATH and AGGREGATOR carry 4-octet ASNs when both
 * sides support them, 2-octet ones otherwise, where an ASN above 65535 is written as AS_TRANS
 * (23456; RFC 6793 section 4.2.2; the caller adds AS4_PATH and AS4_AGGREGATOR, see
 * {@link RouteAttributes}). AS4_PATH and AS4_AGGREGATOR are always 4-octet. An AS_SEQUENCE longer
 * than 255 ASNs is split into several segments. A value longer than 255 octets gets the Extended
 * Length flag.
 *
 * <p>A message that does not fit in 4096 octets, or an AS_SET of more than 255 ASNs, is refused
 * with {@link IllegalArgumentException}: a programming error, since {@link UpdatePacker} splits
 * what it builds to fit.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class BgpMessageWriter {

  private BgpMessageWriter() {}

  /** The octets of {@code message}, header included. */
  public static byte[] toBytes(BgpMessage message, Negotiated negotiated) {
    ByteBuf buffer = Unpooled.buffer(BgpMessage.HEADER_LENGTH + 64);
    write(message, negotiated, buffer);
    return ByteBufUtil.getBytes(buffer);
  }

  /** Appends {@code message}, header included, to {@code out}. */
  public static void write(BgpMessage message, Negotiated negotiated, ByteBuf out) {
    int start = out.writerIndex();
    for (int i = 0; i < 16; i++) {
      out.writeByte(0xFF);
    }
    out.writeShort(0); // length, filled in below
    out.writeByte(message.type());
    if (message instanceof OpenMessage open) {
      writeOpen(open, out);
    } else if (message instanceof UpdateMessage update) {
      writeUpdate(update, negotiated, out);
    } else if (message instanceof NotificationMessage notification) {
      out.writeByte(notification.code());
      out.writeByte(notification.subcode());
      out.writeBytes(notification.data().bytes());
    } else if (message instanceof RouteRefreshMessage refresh) {
      out.writeShort(refresh.afi());
      out.writeByte(refresh.subtype());
      out.writeByte(refresh.safi());
    }
    int length = out.writerIndex() - start;
    if (length > BgpMessage.MAX_LENGTH) {
      out.writerIndex(start);
      throw new IllegalArgumentException(BgpMessage.typeName(message.type()) + " of " + length
          + " octets is longer than the 4096 octets a BGP message may have");
    }
    out.setShort(start + 16, length);
  }

  private static void writeOpen(OpenMessage open, ByteBuf out) {
    out.writeByte(open.version());
    out.writeShort(open.myAutonomousSystem());
    out.writeShort(open.holdTime());
    out.writeInt(open.bgpIdentifier().bits());
    int parametersLengthAt = out.writerIndex();
    out.writeByte(0);
    if (!open.capabilities().isEmpty()) {
      // One Capabilities parameter holding every capability, as FRR, BIRD and GoBGP send them;
      // a second parameter starts when the first would pass 255 octets.
      int parameterStart = -1;
      for (Capability capability : open.capabilities()) {
        int size = 2 + capabilityLength(capability);
        if (parameterStart < 0 || out.writerIndex() - parameterStart - 2 + size > 0xFF) {
          if (parameterStart >= 0) {
            out.setByte(parameterStart + 1, out.writerIndex() - parameterStart - 2);
          }
          parameterStart = out.writerIndex();
          out.writeByte(2);
          out.writeByte(0);
        }
        writeCapability(capability, out);
      }
      out.setByte(parameterStart + 1, out.writerIndex() - parameterStart - 2);
    }
    int parametersLength = out.writerIndex() - parametersLengthAt - 1;
    if (parametersLength > 0xFF) {
      throw new IllegalArgumentException("the OPEN's optional parameters take " + parametersLength
          + " octets; at most 255 fit");
    }
    out.setByte(parametersLengthAt, parametersLength);
  }

  private static int capabilityLength(Capability capability) {
    if (capability instanceof Capability.Unknown unknown) {
      return unknown.value().length();
    }
    return capability instanceof Capability.RouteRefresh ? 0 : 4;
  }

  private static void writeCapability(Capability capability, ByteBuf out) {
    out.writeByte(capability.code());
    out.writeByte(capabilityLength(capability));
    if (capability instanceof Capability.Multiprotocol family) {
      out.writeShort(family.afi());
      out.writeByte(0);
      out.writeByte(family.safi());
    } else if (capability instanceof Capability.FourOctetAs four) {
      out.writeInt((int) four.asn().value());
    } else if (capability instanceof Capability.Unknown unknown) {
      out.writeBytes(unknown.value().bytes());
    }
  }

  private static void writeUpdate(UpdateMessage update, Negotiated negotiated, ByteBuf out) {
    int withdrawnAt = out.writerIndex();
    out.writeShort(0);
    writePrefixes(update.withdrawn(), out);
    out.setShort(withdrawnAt, out.writerIndex() - withdrawnAt - 2);
    int attributesAt = out.writerIndex();
    out.writeShort(0);
    for (PathAttribute attribute : update.attributes()) {
      writeAttribute(attribute, negotiated, out);
      if (out.writerIndex() - attributesAt > BgpMessage.MAX_LENGTH) {
        throw new IllegalArgumentException("the UPDATE's path attributes are longer than a message");
      }
    }
    out.setShort(attributesAt, out.writerIndex() - attributesAt - 2);
    writePrefixes(update.nlri(), out);
  }

  /** The octets {@code prefix} takes in withdrawn routes or NLRI: one length octet and the address octets. */
  public static int prefixLength(Ipv4Prefix prefix) {
    return 1 + (prefix.length() + 7) / 8;
  }

  private static void writePrefixes(List<Ipv4Prefix> prefixes, ByteBuf out) {
    for (Ipv4Prefix prefix : prefixes) {
      out.writeByte(prefix.length());
      int octets = (prefix.length() + 7) / 8;
      for (int i = 0; i < octets; i++) {
        out.writeByte(prefix.bits() >>> (24 - 8 * i));
      }
    }
  }

  /** Writes one attribute: flags, type, length (extended when over 255), value. */
  static void writeAttribute(PathAttribute attribute, Negotiated negotiated, ByteBuf out) {
    ByteBuf value = Unpooled.buffer(16);
    writeValue(attribute, negotiated, value);
    int length = value.readableBytes();
    if (length > 0xFFFF) {
      throw new IllegalArgumentException(PathAttribute.name(attribute.typeCode()) + " is " + length
          + " octets long; an attribute holds at most 65535");
    }
    boolean extended = length > 0xFF;
    out.writeByte(attribute.flags() | (extended ? PathAttribute.EXTENDED_LENGTH : 0));
    out.writeByte(attribute.typeCode());
    if (extended) {
      out.writeShort(length);
    } else {
      out.writeByte(length);
    }
    out.writeBytes(value);
  }

  private static void writeValue(PathAttribute attribute, Negotiated negotiated, ByteBuf out) {
    int asnSize = negotiated.asnSize();
    if (attribute instanceof PathAttribute.OriginAttribute origin) {
      out.writeByte(origin.origin().ordinal());
    } else if (attribute instanceof PathAttribute.AsPathAttribute path) {
      writeAsPath(path.asPath(), asnSize, out);
    } else if (attribute instanceof PathAttribute.NextHopAttribute nextHop) {
      out.writeInt(nextHop.nextHop().bits());
    } else if (attribute instanceof PathAttribute.MultiExitDiscAttribute med) {
      out.writeInt((int) med.med());
    } else if (attribute instanceof PathAttribute.LocalPrefAttribute localPref) {
      out.writeInt((int) localPref.localPreference());
    } else if (attribute instanceof PathAttribute.AggregatorAttribute aggregator) {
      writeAsn(aggregator.asn(), asnSize, out);
      out.writeInt(aggregator.address().bits());
    } else if (attribute instanceof PathAttribute.CommunitiesAttribute communities) {
      for (Community community : communities.communities()) {
        out.writeInt((int) community.value());
      }
    } else if (attribute instanceof PathAttribute.LargeCommunitiesAttribute large) {
      for (LargeCommunity community : large.communities()) {
        out.writeInt((int) community.global());
        out.writeInt((int) community.local1());
        out.writeInt((int) community.local2());
      }
    } else if (attribute instanceof PathAttribute.As4PathAttribute path) {
      writeAsPath(path.asPath(), 4, out);
    } else if (attribute instanceof PathAttribute.As4AggregatorAttribute aggregator) {
      out.writeInt((int) aggregator.asn().value());
      out.writeInt(aggregator.address().bits());
    } else if (attribute instanceof PathAttribute.Unknown unknown) {
      out.writeBytes(unknown.value().bytes());
    }
    // ATOMIC_AGGREGATE has no value.
  }

  private static void writeAsPath(AsPath path, int asnSize, ByteBuf out) {
    for (AsPathSegment segment : path.segments()) {
      List<Asn> asns = segment.asns();
      if (segment.isSet() && asns.size() > 0xFF) {
        throw new IllegalArgumentException("an AS_SET of " + asns.size() + " ASNs does not fit in one segment (255)");
      }
      for (int from = 0; from < asns.size(); from += 0xFF) {
        int to = Math.min(asns.size(), from + 0xFF);
        out.writeByte(segment.isSet() ? 1 : 2);
        out.writeByte(to - from);
        for (int i = from; i < to; i++) {
          writeAsn(asns.get(i), asnSize, out);
        }
      }
    }
  }

  private static void writeAsn(Asn asn, int asnSize, ByteBuf out) {
    if (asnSize == 4) {
      out.writeInt((int) asn.value());
    } else {
      out.writeShort(OpenMessage.twoOctet(asn));
    }
  }
}
