package io.arsim.serve.codec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A ROUTE-REFRESH (RFC 2918; the subtype octet is RFC 7313's, 0 for a plain refresh request).
 *
 * @param afi address family identifier, 1 for IPv4
 * @param subtype 0 (request), 1 (beginning of refresh), 2 (end of refresh); RFC 2918 calls it
 *     "reserved"
 * @param safi subsequent address family identifier, 1 for unicast
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record RouteRefreshMessage(int afi, int subtype, int safi) implements BgpMessage {

  /** A refresh request for IPv4 unicast. */
  public static final RouteRefreshMessage IPV4_UNICAST = new RouteRefreshMessage(1, 0, 1);

  public RouteRefreshMessage {
    if (afi < 0 || afi > 0xFFFF) {
      throw new IllegalArgumentException("AFI " + afi + " is out of range 0..65535");
    }
    if (subtype < 0 || subtype > 0xFF || safi < 0 || safi > 0xFF) {
      throw new IllegalArgumentException("subtype " + subtype + " and SAFI " + safi + " must be 0..255");
    }
  }

  @Override
  public int type() {
    return ROUTE_REFRESH;
  }

  @Override
  public String toString() {
    return "ROUTE-REFRESH afi " + afi + " safi " + safi + (subtype == 0 ? "" : " subtype " + subtype);
  }
}
