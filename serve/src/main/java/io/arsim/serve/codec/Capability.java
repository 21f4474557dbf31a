package io.arsim.serve.codec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.Asn;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A capability advertised in an OPEN's Capabilities optional parameter (RFC 5492). The three this
 * server speaks have their own records; every other capability is kept as {@link Unknown}, so an
 * OPEN reads back as it was sent (RFC 5492: a capability one does not know is ignored, not an
 * error).
 */
@API(status = EXPERIMENTAL, since = "0.2")
public sealed interface Capability {

  /** Capability code of multiprotocol extensions (RFC 4760). */
  int MULTIPROTOCOL = 1;

  /** Capability code of route refresh (RFC 2918). */
  int ROUTE_REFRESH = 2;

  /** Capability code of 4-octet AS numbers (RFC 6793). */
  int FOUR_OCTET_AS = 65;

  /** The capability code, 0..255. */
  int code();

  /**
   * Multiprotocol extensions for one address family (RFC 4760 section 8).
   *
   * @param afi address family identifier, 1 for IPv4
   * @param safi subsequent address family identifier, 1 for unicast
   */
  record Multiprotocol(int afi, int safi) implements Capability {

    /** IPv4 unicast, the one family this server routes. */
    public static final Multiprotocol IPV4_UNICAST = new Multiprotocol(1, 1);

    public Multiprotocol {
      if (afi < 0 || afi > 0xFFFF || safi < 0 || safi > 0xFF) {
        throw new IllegalArgumentException("AFI " + afi + " must be 0..65535 and SAFI " + safi + " 0..255");
      }
    }

    @Override
    public int code() {
      return MULTIPROTOCOL;
    }
  }

  /** Route refresh (RFC 2918): the speaker accepts ROUTE-REFRESH messages. */
  record RouteRefresh() implements Capability {

    /** The one route-refresh capability there is. */
    public static final RouteRefresh INSTANCE = new RouteRefresh();

    @Override
    public int code() {
      return ROUTE_REFRESH;
    }
  }

  /**
   * Support for 4-octet AS numbers, carrying the speaker's own AS (RFC 6793 section 3).
   *
   * @param asn the speaker's AS, which may not fit in two octets
   */
  record FourOctetAs(Asn asn) implements Capability {

    public FourOctetAs {
      Objects.requireNonNull(asn, "asn");
    }

    @Override
    public int code() {
      return FOUR_OCTET_AS;
    }
  }

  /**
   * A capability this server does not interpret, kept as received.
   *
   * @param code the capability code, 0..255
   * @param value the capability value, at most 255 octets
   */
  record Unknown(int code, Octets value) implements Capability {

    public Unknown {
      Objects.requireNonNull(value, "value");
      if (code < 0 || code > 0xFF) {
        throw new IllegalArgumentException("capability code " + code + " is out of range 0..255");
      }
      if (code == MULTIPROTOCOL || code == ROUTE_REFRESH || code == FOUR_OCTET_AS) {
        throw new IllegalArgumentException("capability code " + code + " has its own record");
      }
      if (value.length() > 0xFF) {
        throw new IllegalArgumentException("a capability value holds at most 255 octets, not " + value.length());
      }
    }
  }
}
