package io.arsim.serve.codec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.Community;
import io.arsim.core.bgp.LargeCommunity;
import io.arsim.core.bgp.Origin;
import io.arsim.core.net.Ipv4Address;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One path attribute of an UPDATE (RFC 4271 section 4.3 and 5), its value held in core's types.
 * The attributes this server knows have their own records; any other is an {@link Unknown}, kept
 * with its flags so that an optional transitive one can be passed on (RFC 4271 section 5:
 * with the Partial bit set, see {@link Unknown#passedOn()}).
 *
 * <p>{@link #flags()} gives the Optional, Transitive and Partial bits the attribute is sent with;
 * the writer adds the Extended Length bit itself when the value is longer than 255 octets.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public sealed interface PathAttribute {

  /** Attribute flag: optional (1) or well-known (0). */
  int OPTIONAL = 0x80;
  /** Attribute flag: transitive. */
  int TRANSITIVE = 0x40;
  /** Attribute flag: partial (an optional transitive attribute some speaker did not recognize). */
  int PARTIAL = 0x20;
  /** Attribute flag: the length field is two octets. */
  int EXTENDED_LENGTH = 0x10;

  /** Type code of ORIGIN. */
  int ORIGIN = 1;
  /** Type code of AS_PATH. */
  int AS_PATH = 2;
  /** Type code of NEXT_HOP. */
  int NEXT_HOP = 3;
  /** Type code of MULTI_EXIT_DISC. */
  int MULTI_EXIT_DISC = 4;
  /** Type code of LOCAL_PREF. */
  int LOCAL_PREF = 5;
  /** Type code of ATOMIC_AGGREGATE. */
  int ATOMIC_AGGREGATE = 6;
  /** Type code of AGGREGATOR. */
  int AGGREGATOR = 7;
  /** Type code of COMMUNITIES (RFC 1997). */
  int COMMUNITIES = 8;
  /** Type code of AS4_PATH (RFC 6793). */
  int AS4_PATH = 17;
  /** Type code of AS4_AGGREGATOR (RFC 6793). */
  int AS4_AGGREGATOR = 18;
  /** Type code of LARGE_COMMUNITY (RFC 8092). */
  int LARGE_COMMUNITY = 32;

  /** The attribute type code, 0..255. */
  int typeCode();

  /** The Optional, Transitive and Partial bits (never Extended Length). */
  int flags();

  /** The name of a type code: {@code AS_PATH}, {@code LARGE_COMMUNITY}, or {@code attribute N}. */
  static String name(int typeCode) {
    switch (typeCode) {
      case ORIGIN:
        return "ORIGIN";
      case AS_PATH:
        return "AS_PATH";
      case NEXT_HOP:
        return "NEXT_HOP";
      case MULTI_EXIT_DISC:
        return "MULTI_EXIT_DISC";
      case LOCAL_PREF:
        return "LOCAL_PREF";
      case ATOMIC_AGGREGATE:
        return "ATOMIC_AGGREGATE";
      case AGGREGATOR:
        return "AGGREGATOR";
      case COMMUNITIES:
        return "COMMUNITIES";
      case AS4_PATH:
        return "AS4_PATH";
      case AS4_AGGREGATOR:
        return "AS4_AGGREGATOR";
      case LARGE_COMMUNITY:
        return "LARGE_COMMUNITY";
      default:
        return "attribute " + typeCode;
    }
  }

  /**
   * The flags RFC 4271, RFC 1997, RFC 6793 and RFC 8092 give a known type code: well-known
   * attributes are transitive, MULTI_EXIT_DISC is optional non-transitive, the others optional
   * transitive. -1 for a type code this server does not know.
   */
  static int standardFlags(int typeCode) {
    switch (typeCode) {
      case ORIGIN:
      case AS_PATH:
      case NEXT_HOP:
      case LOCAL_PREF:
      case ATOMIC_AGGREGATE:
        return TRANSITIVE;
      case MULTI_EXIT_DISC:
        return OPTIONAL;
      case AGGREGATOR:
      case COMMUNITIES:
      case AS4_PATH:
      case AS4_AGGREGATOR:
      case LARGE_COMMUNITY:
        return OPTIONAL | TRANSITIVE;
      default:
        return -1;
    }
  }

  private static void checkUnsigned32(long value, String what) {
    if (value < 0 || value > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException(what + " " + value + " is out of range 0..4294967295");
    }
  }

  /**
   * ORIGIN (well-known mandatory).
   *
   * @param origin IGP, EGP or INCOMPLETE
   */
  record OriginAttribute(Origin origin) implements PathAttribute {
    public OriginAttribute {
      Objects.requireNonNull(origin, "origin");
    }

    @Override
    public int typeCode() {
      return ORIGIN;
    }

    @Override
    public int flags() {
      return TRANSITIVE;
    }
  }

  /**
   * AS_PATH (well-known mandatory). Its ASNs are written in two or four octets as the session
   * negotiated (RFC 6793).
   *
   * @param asPath the path
   */
  record AsPathAttribute(AsPath asPath) implements PathAttribute {
    public AsPathAttribute {
      Objects.requireNonNull(asPath, "asPath");
    }

    @Override
    public int typeCode() {
      return AS_PATH;
    }

    @Override
    public int flags() {
      return TRANSITIVE;
    }
  }

  /**
   * NEXT_HOP (well-known mandatory).
   *
   * @param nextHop the next hop
   */
  record NextHopAttribute(Ipv4Address nextHop) implements PathAttribute {
    public NextHopAttribute {
      Objects.requireNonNull(nextHop, "nextHop");
    }

    @Override
    public int typeCode() {
      return NEXT_HOP;
    }

    @Override
    public int flags() {
      return TRANSITIVE;
    }
  }

  /**
   * MULTI_EXIT_DISC (optional non-transitive).
   *
   * @param med 0..4294967295
   */
  record MultiExitDiscAttribute(long med) implements PathAttribute {
    public MultiExitDiscAttribute {
      checkUnsigned32(med, "MULTI_EXIT_DISC");
    }

    @Override
    public int typeCode() {
      return MULTI_EXIT_DISC;
    }

    @Override
    public int flags() {
      return OPTIONAL;
    }
  }

  /**
   * LOCAL_PREF (well-known; sent to internal peers only).
   *
   * @param localPreference 0..4294967295
   */
  record LocalPrefAttribute(long localPreference) implements PathAttribute {
    public LocalPrefAttribute {
      checkUnsigned32(localPreference, "LOCAL_PREF");
    }

    @Override
    public int typeCode() {
      return LOCAL_PREF;
    }

    @Override
    public int flags() {
      return TRANSITIVE;
    }
  }

  /** ATOMIC_AGGREGATE (well-known discretionary, no value). */
  record AtomicAggregateAttribute() implements PathAttribute {
    @Override
    public int typeCode() {
      return ATOMIC_AGGREGATE;
    }

    @Override
    public int flags() {
      return TRANSITIVE;
    }
  }

  /**
   * AGGREGATOR (optional transitive): the AS and BGP identifier of the speaker that aggregated.
   * Written with a 2-octet AS (AS_TRANS when it needs four) unless the session negotiated 4-octet
   * ASNs.
   *
   * @param asn the aggregating AS
   * @param address the aggregator's BGP identifier
   */
  record AggregatorAttribute(Asn asn, Ipv4Address address) implements PathAttribute {
    public AggregatorAttribute {
      Objects.requireNonNull(asn, "asn");
      Objects.requireNonNull(address, "address");
    }

    @Override
    public int typeCode() {
      return AGGREGATOR;
    }

    @Override
    public int flags() {
      return OPTIONAL | TRANSITIVE;
    }
  }

  /**
   * COMMUNITIES (RFC 1997, optional transitive), in the order received.
   *
   * @param communities at least one community
   */
  record CommunitiesAttribute(List<Community> communities) implements PathAttribute {
    public CommunitiesAttribute {
      communities = List.copyOf(communities);
      if (communities.isEmpty()) {
        throw new IllegalArgumentException("a COMMUNITIES attribute holds at least one community (RFC 7606 7.8)");
      }
    }

    @Override
    public int typeCode() {
      return COMMUNITIES;
    }

    @Override
    public int flags() {
      return OPTIONAL | TRANSITIVE;
    }
  }

  /**
   * LARGE_COMMUNITY (RFC 8092, optional transitive), in the order received.
   *
   * @param communities at least one large community
   */
  record LargeCommunitiesAttribute(List<LargeCommunity> communities) implements PathAttribute {
    public LargeCommunitiesAttribute {
      communities = List.copyOf(communities);
      if (communities.isEmpty()) {
        throw new IllegalArgumentException("a LARGE_COMMUNITY attribute holds at least one community (RFC 8092)");
      }
    }

    @Override
    public int typeCode() {
      return LARGE_COMMUNITY;
    }

    @Override
    public int flags() {
      return OPTIONAL | TRANSITIVE;
    }
  }

  /**
   * AS4_PATH (RFC 6793, optional transitive): the full path next to an AS_PATH that a 2-octet
   * session had to write with AS_TRANS. Always written with 4-octet ASNs.
   *
   * @param asPath the path
   */
  record As4PathAttribute(AsPath asPath) implements PathAttribute {
    public As4PathAttribute {
      Objects.requireNonNull(asPath, "asPath");
    }

    @Override
    public int typeCode() {
      return AS4_PATH;
    }

    @Override
    public int flags() {
      return OPTIONAL | TRANSITIVE;
    }
  }

  /**
   * AS4_AGGREGATOR (RFC 6793, optional transitive): the 4-octet aggregator AS.
   *
   * @param asn the aggregating AS
   * @param address the aggregator's BGP identifier
   */
  record As4AggregatorAttribute(Asn asn, Ipv4Address address) implements PathAttribute {
    public As4AggregatorAttribute {
      Objects.requireNonNull(asn, "asn");
      Objects.requireNonNull(address, "address");
    }

    @Override
    public int typeCode() {
      return AS4_AGGREGATOR;
    }

    @Override
    public int flags() {
      return OPTIONAL | TRANSITIVE;
    }
  }

  /**
   * An attribute this server does not interpret. Well-known unrecognized attributes never get
   * here (they reset the session, RFC 4271 section 6.3), so it is always optional.
   *
   * @param flags its flags as received, without Extended Length; the Optional bit is set
   * @param typeCode its type code
   * @param value its value, at most 65535 octets
   */
  record Unknown(int flags, int typeCode, Octets value) implements PathAttribute {
    public Unknown {
      Objects.requireNonNull(value, "value");
      if (typeCode < 0 || typeCode > 0xFF) {
        throw new IllegalArgumentException("attribute type code " + typeCode + " is out of range 0..255");
      }
      if (standardFlags(typeCode) >= 0) {
        throw new IllegalArgumentException(name(typeCode) + " has its own record");
      }
      if ((flags & OPTIONAL) == 0 || flags < 0 || flags > 0xFF) {
        throw new IllegalArgumentException("an unknown attribute must be optional; flags " + flags);
      }
      flags &= ~EXTENDED_LENGTH;
      if (value.length() > 0xFFFF) {
        throw new IllegalArgumentException("an attribute value holds at most 65535 octets, not " + value.length());
      }
    }

    /** Whether the attribute is optional transitive, so a speaker passes it on. */
    public boolean isTransitive() {
      return (flags & TRANSITIVE) != 0;
    }

    /** This attribute as passed on to another peer: the Partial bit set (RFC 4271 section 5). */
    public Unknown passedOn() {
      return new Unknown(flags | PARTIAL, typeCode, value);
    }
  }
}
