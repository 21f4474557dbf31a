package io.arsim.serve.codec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.AsPathSegment;
import io.arsim.core.bgp.AsPathSegmentType;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.Community;
import io.arsim.core.bgp.LargeCommunity;
import io.arsim.core.bgp.Origin;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reads one BGP message from its octets, applying the checks of RFC 4271 section 6 and the
 * revised UPDATE error handling of RFC 7606.
 *
 * <p>An error that must reset the session throws {@link BgpDecodeException} carrying the exact
 * NOTIFICATION to send. An UPDATE attribute error that RFC 7606 handles by "treat-as-withdraw" or
 * "attribute discard" is returned in {@link DecodedMessage#attributeErrors()} instead, with the
 * offending attribute left out of the message. Nothing else is thrown, whatever the input, and no
 * allocation is larger than the message itself (at most 4096 octets).
 *
 * <p>What resets the session: a bad marker, length or type (RFC 4271 6.1); a malformed OPEN or an
 * unsupported optional parameter (6.2); Withdrawn Routes Length or Total Path Attribute Length too
 * long, a malformed prefix in the withdrawn routes or the NLRI (6.3, RFC 7606 section 5.3); an
 * unrecognized well-known attribute (6.3); a ROUTE-REFRESH whose length is not 23 (RFC 7313).
 * Per attribute, following RFC 7606 section 7: ORIGIN, AS_PATH, NEXT_HOP, MULTI_EXIT_DISC,
 * LOCAL_PREF (from an internal peer), COMMUNITIES and LARGE_COMMUNITY (RFC 8092 section 6) errors
 * and wrong flags are treat-as-withdraw, as are attributes running past the attribute list
 * (section 4) and a missing mandatory attribute when the UPDATE announces prefixes (section 3 d);
 * ATOMIC_AGGREGATE, AGGREGATOR, AS4_PATH and AS4_AGGREGATOR errors (RFC 6793 section 6), a
 * LOCAL_PREF from an external peer and every repeated attribute after the first (section 3 g) are
 * discarded. AS_PATH confederation segments are treat-as-withdraw: the route server is in no
 * confederation (RFC 7606 section 7.2, RFC 5065 section 5).
 *
 * <p>MP_REACH_NLRI and MP_UNREACH_NLRI (RFC 4760) are optional non-transitive attributes this
 * server does not interpret: it negotiates IPv4 unicast only, which travels in the UPDATE's own
 * fields, so they are kept as {@link PathAttribute.Unknown} and ignored.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class BgpMessageReader {

  private static final int MIN_OPEN_LENGTH = 29;
  private static final int MIN_UPDATE_LENGTH = 23;
  private static final int MIN_NOTIFICATION_LENGTH = 21;
  private static final int ROUTE_REFRESH_LENGTH = 23;

  private BgpMessageReader() {}

  /** Reads the message in {@code octets}, which hold exactly one message, header included. */
  public static DecodedMessage read(byte[] octets, Negotiated negotiated) {
    return read(Unpooled.wrappedBuffer(octets), negotiated);
  }

  /**
   * Reads the one message in the readable bytes of {@code frame}, header included, and consumes
   * them. The buffer is not released.
   *
   * @throws BgpDecodeException when the message resets the session
   */
  public static DecodedMessage read(ByteBuf frame, Negotiated negotiated) {
    int length = frame.readableBytes();
    checkHeader(frame);
    int start = frame.readerIndex();
    int type = frame.getUnsignedByte(start + 18);
    ByteBuf body = frame.slice(start + BgpMessage.HEADER_LENGTH, length - BgpMessage.HEADER_LENGTH);
    frame.skipBytes(length);
    switch (type) {
      case BgpMessage.OPEN:
        requireLength(length >= MIN_OPEN_LENGTH, length, "an OPEN is at least 29 octets");
        return DecodedMessage.of(readOpen(body));
      case BgpMessage.UPDATE:
        requireLength(length >= MIN_UPDATE_LENGTH, length, "an UPDATE is at least 23 octets");
        return new UpdateReader(body, negotiated).read();
      case BgpMessage.NOTIFICATION:
        requireLength(length >= MIN_NOTIFICATION_LENGTH, length, "a NOTIFICATION is at least 21 octets");
        return DecodedMessage.of(readNotification(body));
      case BgpMessage.KEEPALIVE:
        requireLength(length == BgpMessage.HEADER_LENGTH, length, "a KEEPALIVE is exactly 19 octets");
        return DecodedMessage.of(KeepaliveMessage.INSTANCE);
      case BgpMessage.ROUTE_REFRESH:
        if (length != ROUTE_REFRESH_LENGTH) {
          byte[] message = ByteBufUtil.getBytes(frame, start, length);
          throw new BgpDecodeException(
              new NotificationMessage(NotificationMessage.ROUTE_REFRESH_MESSAGE_ERROR,
                  NotificationMessage.INVALID_MESSAGE_LENGTH, new Octets(message)),
              "a ROUTE-REFRESH is exactly 23 octets, this one is " + length);
        }
        return DecodedMessage.of(new RouteRefreshMessage(
            body.getUnsignedShort(0), body.getUnsignedByte(2), body.getUnsignedByte(3)));
      default:
        throw new BgpDecodeException(
            new NotificationMessage(NotificationMessage.MESSAGE_HEADER_ERROR, NotificationMessage.BAD_MESSAGE_TYPE,
                Octets.of((byte) type)),
            "message type " + type + " is not one of 1 (OPEN) to 5 (ROUTE-REFRESH)");
    }
  }

  /**
   * Checks the 19-octet header at the reader index of {@code buffer}, whose readable bytes must be
   * the message: the marker is all ones and the length field is 19..4096 and equals the readable
   * bytes (RFC 4271 section 6.1).
   */
  static void checkHeader(ByteBuf buffer) {
    int start = buffer.readerIndex();
    int available = buffer.readableBytes();
    if (available < BgpMessage.HEADER_LENGTH) {
      throw new BgpDecodeException(
          new NotificationMessage(NotificationMessage.MESSAGE_HEADER_ERROR, NotificationMessage.BAD_MESSAGE_LENGTH,
              Octets.of((byte) (available >>> 8), (byte) available)),
          "a message is at least 19 octets, this one is " + available);
    }
    checkMarker(buffer, start);
    int length = buffer.getUnsignedShort(start + 16);
    checkLengthField(length);
    if (length != available) {
      throw badLength(length, "the length field says " + length + " octets but the message has " + available);
    }
  }

  /** Throws Connection Not Synchronized unless the 16 octets at {@code index} are all ones. */
  static void checkMarker(ByteBuf buffer, int index) {
    for (int i = 0; i < 16; i++) {
      if (buffer.getByte(index + i) != (byte) 0xFF) {
        throw new BgpDecodeException(
            NotificationMessage.of(NotificationMessage.MESSAGE_HEADER_ERROR,
                NotificationMessage.CONNECTION_NOT_SYNCHRONIZED),
            "the 16-octet marker is not all ones (octet " + i + " is " + (buffer.getByte(index + i) & 0xFF) + ")");
      }
    }
  }

  /** Throws Bad Message Length unless {@code length} is 19..4096. */
  static void checkLengthField(int length) {
    if (length < BgpMessage.HEADER_LENGTH || length > BgpMessage.MAX_LENGTH) {
      throw badLength(length, "the length field says " + length + "; a message is 19 to 4096 octets");
    }
  }

  private static void requireLength(boolean ok, int length, String rule) {
    if (!ok) {
      throw badLength(length, rule + ", this one is " + length);
    }
  }

  private static BgpDecodeException badLength(int length, String problem) {
    return new BgpDecodeException(
        new NotificationMessage(NotificationMessage.MESSAGE_HEADER_ERROR, NotificationMessage.BAD_MESSAGE_LENGTH,
            Octets.of((byte) (length >>> 8), (byte) length)),
        problem);
  }

  private static OpenMessage readOpen(ByteBuf body) {
    int version = body.readUnsignedByte();
    int myAs = body.readUnsignedShort();
    int holdTime = body.readUnsignedShort();
    Ipv4Address id = new Ipv4Address(body.readInt());
    int parametersLength = body.readUnsignedByte();
    if (parametersLength != body.readableBytes()) {
      throw malformedOpen("the optional parameters length is " + parametersLength + " but "
          + body.readableBytes() + " octets follow");
    }
    List<Capability> capabilities = new ArrayList<>();
    while (body.isReadable()) {
      if (body.readableBytes() < 2) {
        throw malformedOpen("an optional parameter is cut off after its type");
      }
      int parameterType = body.readUnsignedByte();
      int parameterLength = body.readUnsignedByte();
      if (parameterLength > body.readableBytes()) {
        throw malformedOpen("optional parameter " + parameterType + " says " + parameterLength
            + " octets but " + body.readableBytes() + " remain");
      }
      ByteBuf parameter = body.readSlice(parameterLength);
      if (parameterType != 2) {
        throw new BgpDecodeException(
            NotificationMessage.of(NotificationMessage.OPEN_MESSAGE_ERROR,
                NotificationMessage.UNSUPPORTED_OPTIONAL_PARAMETER),
            "optional parameter type " + parameterType + " is not supported; only capabilities (2) are");
      }
      readCapabilities(parameter, capabilities);
    }
    return new OpenMessage(version, myAs, holdTime, id, capabilities);
  }

  private static void readCapabilities(ByteBuf parameter, List<Capability> capabilities) {
    while (parameter.isReadable()) {
      if (parameter.readableBytes() < 2) {
        throw malformedOpen("a capability is cut off after its code");
      }
      int code = parameter.readUnsignedByte();
      int length = parameter.readUnsignedByte();
      if (length > parameter.readableBytes()) {
        throw malformedOpen("capability " + code + " says " + length + " octets but "
            + parameter.readableBytes() + " remain");
      }
      ByteBuf value = parameter.readSlice(length);
      switch (code) {
        case Capability.MULTIPROTOCOL:
          requireCapabilityLength(code, length, 4);
          int afi = value.readUnsignedShort();
          value.skipBytes(1); // reserved
          capabilities.add(new Capability.Multiprotocol(afi, value.readUnsignedByte()));
          break;
        case Capability.ROUTE_REFRESH:
          requireCapabilityLength(code, length, 0);
          capabilities.add(Capability.RouteRefresh.INSTANCE);
          break;
        case Capability.FOUR_OCTET_AS:
          requireCapabilityLength(code, length, 4);
          capabilities.add(new Capability.FourOctetAs(Asn.of(value.readUnsignedInt())));
          break;
        default:
          capabilities.add(new Capability.Unknown(code, new Octets(ByteBufUtil.getBytes(value))));
      }
    }
  }

  private static void requireCapabilityLength(int code, int length, int expected) {
    if (length != expected) {
      throw malformedOpen("capability " + code + " has " + length + " octets; it has " + expected);
    }
  }

  private static BgpDecodeException malformedOpen(String problem) {
    // RFC 4271 6.2: a recognized but malformed optional parameter gets subcode 0 (Unspecific).
    return new BgpDecodeException(
        NotificationMessage.of(NotificationMessage.OPEN_MESSAGE_ERROR, NotificationMessage.UNSPECIFIC),
        "malformed OPEN: " + problem);
  }

  private static NotificationMessage readNotification(ByteBuf body) {
    int code = body.readUnsignedByte();
    int subcode = body.readUnsignedByte();
    return new NotificationMessage(code, subcode, new Octets(ByteBufUtil.getBytes(body)));
  }

  /**
   * Reads prefixes (RFC 4271 section 4.3: a length octet, then the fewest octets holding it) until
   * {@code field} is empty. Host bits past the length are cleared, as receivers do.
   */
  static List<Ipv4Prefix> readPrefixes(ByteBuf field, String fieldName) {
    List<Ipv4Prefix> prefixes = new ArrayList<>();
    while (field.isReadable()) {
      int length = field.readUnsignedByte();
      if (length > 32) {
        throw invalidNetwork(fieldName + " holds a prefix length of " + length + "; IPv4 prefixes are 0..32 long");
      }
      int octets = (length + 7) / 8;
      if (octets > field.readableBytes()) {
        throw invalidNetwork(fieldName + " holds a /" + length + " prefix that needs " + octets
            + " octets but " + field.readableBytes() + " remain");
      }
      int bits = 0;
      for (int i = 0; i < 4; i++) {
        bits = bits << 8 | (i < octets ? field.readUnsignedByte() : 0);
      }
      prefixes.add(new Ipv4Prefix(bits & Ipv4Prefix.mask(length), length));
    }
    return prefixes;
  }

  private static BgpDecodeException invalidNetwork(String problem) {
    return new BgpDecodeException(
        NotificationMessage.of(NotificationMessage.UPDATE_MESSAGE_ERROR, NotificationMessage.INVALID_NETWORK_FIELD),
        problem);
  }

  /** Reads one UPDATE body, collecting the RFC 7606 errors that do not reset the session. */
  private static final class UpdateReader {
    private final ByteBuf body;
    private final Negotiated negotiated;
    private final List<PathAttribute> attributes = new ArrayList<>();
    private final List<AttributeError> errors = new ArrayList<>();
    private final Set<Integer> seen = new HashSet<>();

    UpdateReader(ByteBuf body, Negotiated negotiated) {
      this.body = body;
      this.negotiated = negotiated;
    }

    DecodedMessage read() {
      int withdrawnLength = body.readUnsignedShort();
      if (withdrawnLength > body.readableBytes() - 2) {
        throw malformedList("the withdrawn routes length " + withdrawnLength + " runs past the message");
      }
      List<Ipv4Prefix> withdrawn = readPrefixes(body.readSlice(withdrawnLength), "the withdrawn routes");
      int attributesLength = body.readUnsignedShort();
      if (attributesLength > body.readableBytes()) {
        throw malformedList("the total path attribute length " + attributesLength + " runs past the message");
      }
      readAttributes(body.readSlice(attributesLength));
      List<Ipv4Prefix> nlri = readPrefixes(body, "the NLRI");
      if (!nlri.isEmpty()) {
        requireMandatory(PathAttribute.ORIGIN);
        requireMandatory(PathAttribute.AS_PATH);
        requireMandatory(PathAttribute.NEXT_HOP);
      }
      return new DecodedMessage(new UpdateMessage(withdrawn, attributes, nlri), errors);
    }

    private void requireMandatory(int typeCode) {
      if (!seen.contains(typeCode)) {
        errors.add(new AttributeError(typeCode, AttributeError.Action.TREAT_AS_WITHDRAW,
            NotificationMessage.MISSING_WELL_KNOWN_ATTRIBUTE,
            "the well-known mandatory attribute is missing from an UPDATE that announces prefixes"));
      }
    }

    private static BgpDecodeException malformedList(String problem) {
      return new BgpDecodeException(
          NotificationMessage.of(NotificationMessage.UPDATE_MESSAGE_ERROR, NotificationMessage.MALFORMED_ATTRIBUTE_LIST),
          problem);
    }

    private void readAttributes(ByteBuf list) {
      while (list.isReadable()) {
        int headerStart = list.readerIndex();
        if (list.readableBytes() < 3) {
          errors.add(framingError("an attribute header is cut off at the end of the attribute list"));
          return;
        }
        int flags = list.readUnsignedByte();
        int typeCode = list.readUnsignedByte();
        boolean extended = (flags & PathAttribute.EXTENDED_LENGTH) != 0;
        if (extended && list.readableBytes() < 2) {
          errors.add(framingError(PathAttribute.name(typeCode) + " has an extended length cut off"));
          return;
        }
        int length = extended ? list.readUnsignedShort() : list.readUnsignedByte();
        if (length > list.readableBytes()) {
          errors.add(framingError(PathAttribute.name(typeCode) + " says " + length + " octets but "
              + list.readableBytes() + " remain in the attribute list"));
          return;
        }
        ByteBuf value = list.readSlice(length);
        if (!seen.add(typeCode)) {
          errors.add(new AttributeError(typeCode, AttributeError.Action.ATTRIBUTE_DISCARD,
              NotificationMessage.MALFORMED_ATTRIBUTE_LIST, "the attribute appears more than once; the first is used"));
          continue;
        }
        int standard = PathAttribute.standardFlags(typeCode);
        if (standard < 0) {
          readUnknown(flags, typeCode, value, ByteBufUtil.getBytes(list, headerStart, list.readerIndex() - headerStart));
          continue;
        }
        int significant = flags & (PathAttribute.OPTIONAL | PathAttribute.TRANSITIVE);
        boolean partialAllowed = (standard & PathAttribute.OPTIONAL) != 0 && (standard & PathAttribute.TRANSITIVE) != 0;
        if (significant != standard || (!partialAllowed && (flags & PathAttribute.PARTIAL) != 0)) {
          malformed(typeCode, NotificationMessage.ATTRIBUTE_FLAGS_ERROR,
              "the flags " + String.format("0x%02x", flags) + " conflict with those the attribute has ("
                  + String.format("0x%02x", standard) + ")");
          continue;
        }
        readKnown(typeCode, value);
      }
    }

    private AttributeError framingError(String problem) {
      // RFC 7606 section 4: an attribute running past the list cannot be parsed, but the NLRI
      // can, so the routes are treated as withdrawn.
      return new AttributeError(0, AttributeError.Action.TREAT_AS_WITHDRAW, NotificationMessage.MALFORMED_ATTRIBUTE_LIST,
          problem);
    }

    private void readUnknown(int flags, int typeCode, ByteBuf value, byte[] whole) {
      if ((flags & PathAttribute.OPTIONAL) == 0) {
        throw new BgpDecodeException(
            new NotificationMessage(NotificationMessage.UPDATE_MESSAGE_ERROR,
                NotificationMessage.UNRECOGNIZED_WELL_KNOWN_ATTRIBUTE, new Octets(whole)),
            "attribute type " + typeCode + " is marked well-known but is not one this speaker knows");
      }
      attributes.add(new PathAttribute.Unknown(flags & ~PathAttribute.EXTENDED_LENGTH, typeCode,
          new Octets(ByteBufUtil.getBytes(value))));
    }

    /** Records the RFC 7606 action for a malformed known attribute. */
    private void malformed(int typeCode, int subcode, String problem) {
      AttributeError.Action action;
      switch (typeCode) {
        case PathAttribute.ATOMIC_AGGREGATE:
        case PathAttribute.AGGREGATOR:
        case PathAttribute.AS4_PATH:
        case PathAttribute.AS4_AGGREGATOR:
          action = AttributeError.Action.ATTRIBUTE_DISCARD;
          break;
        case PathAttribute.LOCAL_PREF:
          action = negotiated.external() ? AttributeError.Action.ATTRIBUTE_DISCARD
              : AttributeError.Action.TREAT_AS_WITHDRAW;
          break;
        default:
          action = AttributeError.Action.TREAT_AS_WITHDRAW;
      }
      errors.add(new AttributeError(typeCode, action, subcode, problem));
    }

    private void readKnown(int typeCode, ByteBuf value) {
      int length = value.readableBytes();
      switch (typeCode) {
        case PathAttribute.ORIGIN:
          if (length != 1) {
            malformed(typeCode, NotificationMessage.ATTRIBUTE_LENGTH_ERROR, "length " + length + ", expected 1");
          } else {
            int origin = value.readUnsignedByte();
            if (origin > 2) {
              malformed(typeCode, NotificationMessage.INVALID_ORIGIN_ATTRIBUTE,
                  "value " + origin + " is not 0 (IGP), 1 (EGP) or 2 (INCOMPLETE)");
            } else {
              attributes.add(new PathAttribute.OriginAttribute(Origin.values()[origin]));
            }
          }
          break;
        case PathAttribute.AS_PATH: {
          AsPath path = readAsPath(value, negotiated.asnSize(), typeCode);
          if (path != null) {
            attributes.add(new PathAttribute.AsPathAttribute(path));
          }
          break;
        }
        case PathAttribute.NEXT_HOP:
          if (length != 4) {
            malformed(typeCode, NotificationMessage.ATTRIBUTE_LENGTH_ERROR, "length " + length + ", expected 4");
          } else {
            attributes.add(new PathAttribute.NextHopAttribute(new Ipv4Address(value.readInt())));
          }
          break;
        case PathAttribute.MULTI_EXIT_DISC:
          if (length != 4) {
            malformed(typeCode, NotificationMessage.ATTRIBUTE_LENGTH_ERROR, "length " + length + ", expected 4");
          } else {
            attributes.add(new PathAttribute.MultiExitDiscAttribute(value.readUnsignedInt()));
          }
          break;
        case PathAttribute.LOCAL_PREF:
          if (negotiated.external()) {
            errors.add(new AttributeError(typeCode, AttributeError.Action.ATTRIBUTE_DISCARD, NotificationMessage.UNSPECIFIC,
                "an external peer sent LOCAL_PREF, which is ignored (RFC 4271 section 5.1.5)"));
          } else if (length != 4) {
            malformed(typeCode, NotificationMessage.ATTRIBUTE_LENGTH_ERROR, "length " + length + ", expected 4");
          } else {
            attributes.add(new PathAttribute.LocalPrefAttribute(value.readUnsignedInt()));
          }
          break;
        case PathAttribute.ATOMIC_AGGREGATE:
          if (length != 0) {
            malformed(typeCode, NotificationMessage.ATTRIBUTE_LENGTH_ERROR, "length " + length + ", expected 0");
          } else {
            attributes.add(new PathAttribute.AtomicAggregateAttribute());
          }
          break;
        case PathAttribute.AGGREGATOR: {
          int expected = negotiated.asnSize() + 4;
          if (length != expected) {
            malformed(typeCode, NotificationMessage.ATTRIBUTE_LENGTH_ERROR,
                "length " + length + ", expected " + expected);
          } else {
            long asn = negotiated.fourOctetAs() ? value.readUnsignedInt() : value.readUnsignedShort();
            attributes.add(new PathAttribute.AggregatorAttribute(Asn.of(asn), new Ipv4Address(value.readInt())));
          }
          break;
        }
        case PathAttribute.COMMUNITIES:
          if (length == 0 || length % 4 != 0) {
            malformed(typeCode, NotificationMessage.OPTIONAL_ATTRIBUTE_ERROR,
                "length " + length + " is not a non-zero multiple of 4");
          } else {
            List<Community> communities = new ArrayList<>(length / 4);
            while (value.isReadable()) {
              communities.add(new Community(value.readUnsignedInt()));
            }
            attributes.add(new PathAttribute.CommunitiesAttribute(communities));
          }
          break;
        case PathAttribute.LARGE_COMMUNITY:
          if (length == 0 || length % 12 != 0) {
            malformed(typeCode, NotificationMessage.OPTIONAL_ATTRIBUTE_ERROR,
                "length " + length + " is not a non-zero multiple of 12");
          } else {
            List<LargeCommunity> communities = new ArrayList<>(length / 12);
            while (value.isReadable()) {
              communities.add(new LargeCommunity(value.readUnsignedInt(), value.readUnsignedInt(), value.readUnsignedInt()));
            }
            attributes.add(new PathAttribute.LargeCommunitiesAttribute(communities));
          }
          break;
        case PathAttribute.AS4_PATH: {
          if (negotiated.fourOctetAs()) {
            errors.add(new AttributeError(typeCode, AttributeError.Action.ATTRIBUTE_DISCARD, NotificationMessage.UNSPECIFIC,
                "a speaker with 4-octet AS support sent AS4_PATH, which is ignored (RFC 6793 section 4.1)"));
          } else {
            AsPath path = readAsPath(value, 4, typeCode);
            if (path != null) {
              attributes.add(new PathAttribute.As4PathAttribute(path));
            }
          }
          break;
        }
        case PathAttribute.AS4_AGGREGATOR:
          if (negotiated.fourOctetAs()) {
            errors.add(new AttributeError(typeCode, AttributeError.Action.ATTRIBUTE_DISCARD, NotificationMessage.UNSPECIFIC,
                "a speaker with 4-octet AS support sent AS4_AGGREGATOR, which is ignored (RFC 6793 section 4.1)"));
          } else if (length != 8) {
            malformed(typeCode, NotificationMessage.ATTRIBUTE_LENGTH_ERROR, "length " + length + ", expected 8");
          } else {
            attributes.add(new PathAttribute.As4AggregatorAttribute(Asn.of(value.readUnsignedInt()),
                new Ipv4Address(value.readInt())));
          }
          break;
        default:
          throw new IllegalStateException("no reader for known attribute " + typeCode);
      }
    }

    /** The path, or null after recording a malformed-path error. */
    private @Nullable AsPath readAsPath(ByteBuf value, int asnSize, int typeCode) {
      List<AsPathSegment> segments = new ArrayList<>();
      while (value.isReadable()) {
        if (value.readableBytes() < 2) {
          malformed(typeCode, NotificationMessage.MALFORMED_AS_PATH, "a segment header is cut off");
          return null;
        }
        int type = value.readUnsignedByte();
        int count = value.readUnsignedByte();
        if (type == 3 || type == 4) {
          malformed(typeCode, NotificationMessage.MALFORMED_AS_PATH,
              "a confederation segment (type " + type + ") came from outside any confederation");
          return null;
        }
        if (type != 1 && type != 2) {
          malformed(typeCode, NotificationMessage.MALFORMED_AS_PATH,
              "segment type " + type + " is not 1 (AS_SET) or 2 (AS_SEQUENCE)");
          return null;
        }
        if (count == 0) {
          malformed(typeCode, NotificationMessage.MALFORMED_AS_PATH, "a segment holds no ASN");
          return null;
        }
        if (count * asnSize > value.readableBytes()) {
          malformed(typeCode, NotificationMessage.MALFORMED_AS_PATH, "a segment of " + count + " ASNs of "
              + asnSize + " octets runs past the attribute (" + value.readableBytes() + " octets remain)");
          return null;
        }
        List<Asn> asns = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
          asns.add(Asn.of(asnSize == 4 ? value.readUnsignedInt() : value.readUnsignedShort()));
        }
        segments.add(new AsPathSegment(type == 1 ? AsPathSegmentType.AS_SET : AsPathSegmentType.AS_SEQUENCE, asns));
      }
      return new AsPath(segments);
    }
  }
}
