package io.arsim.core.bgp;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * An autonomous system number, 2-byte (0..65535) or 4-byte (up to 4294967295), with the
 * classification Azure Route Server cares about.
 *
 * <p>Sources: azure-route-server-facts.md section 1 (reserved ASNs: Azure public 8074, 8075, 12076;
 * Azure private 65515, 65517..65520; IANA 23456, 64496..64511, 65535..65551; ExpressRoute reserves
 * the whole 65515..65520 range), RFC 6996 (private ranges) and RFC 7300 (last ASNs).
 *
 * @param value the ASN as an unsigned 32-bit value
 */
@API(status = MAINTAINED, since = "0.1")
public record Asn(long value) implements Comparable<Asn> {

  /** Azure Route Server, ExpressRoute and VPN gateways; not configurable. */
  public static final Asn AZURE_ROUTE_SERVER = new Asn(65515);

  /** The Microsoft Enterprise Edge (MSEE) routers of ExpressRoute. */
  public static final Asn MICROSOFT_EDGE = new Asn(12076);

  /** AS_TRANS, the 2-byte stand-in for a 4-byte ASN (RFC 6793). */
  public static final Asn AS_TRANS = new Asn(23456);

  public Asn {
    if (value < 0 || value > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException(
          "ASN " + value + " is out of range; an ASN is 0..4294967295 (0 is reserved by IANA)");
    }
  }

  /** Returns the ASN {@code value}, 0..4294967295. */
  public static Asn of(long value) {
    return new Asn(value);
  }

  /**
   * Parses a decimal ASN ({@code 65001}) or asdot notation ({@code 1.10} = 65546), with an optional
   * {@code AS} prefix.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  public static Asn parse(String text) {
    String t = text.regionMatches(true, 0, "AS", 0, 2) ? text.substring(2) : text;
    try {
      int dot = t.indexOf('.');
      if (dot >= 0) {
        long high = parseDigits(t.substring(0, dot));
        long low = parseDigits(t.substring(dot + 1));
        if (high > 65535 || low > 65535) {
          throw new NumberFormatException();
        }
        return new Asn(high << 16 | low);
      }
      long value = parseDigits(t);
      if (value > 0xFFFF_FFFFL) {
        throw new NumberFormatException();
      }
      return new Asn(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is not a valid ASN; expected a number 0..4294967295 such as 65001,"
              + " or asdot such as 1.10", e);
    }
  }

  /** Decimal digits only (no sign, no spaces), at most ten of them. */
  private static long parseDigits(String digits) {
    if (digits.isEmpty() || digits.length() > 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new NumberFormatException(digits);
    }
    return Long.parseLong(digits);
  }

  /** Whether the ASN fits in 2 bytes (0..65535); Azure Route Server peers must use one. */
  public boolean isTwoByte() {
    return value <= 0xFFFF;
  }

  /** Private use: 64512..65534 (2-byte) or 4200000000..4294967294 (4-byte), RFC 6996. */
  public boolean isPrivate() {
    return (value >= 64512 && value <= 65534) || (value >= 4_200_000_000L && value <= 4_294_967_294L);
  }

  /** Reserved by Azure: 8074, 8075, 12076, and 65515..65520 (ExpressRoute reserves the range). */
  public boolean isReservedByAzure() {
    return value == 8074 || value == 8075 || value == 12076 || (value >= 65515 && value <= 65520);
  }

  /**
   * Reserved by IANA: 0, 23456 (AS_TRANS), 64496..64511 (documentation), 65535..65551 (last ASN
   * and documentation) and 4294967295.
   */
  public boolean isReservedByIana() {
    return value == 0 || value == 23456 || (value >= 64496 && value <= 64511)
        || (value >= 65535 && value <= 65551) || value == 0xFFFF_FFFFL;
  }

  /** Why a BGP peer of Azure Route Server may not use this ASN, or empty when it may. */
  public java.util.Optional<String> routeServerPeerRestriction() {
    if (value == AZURE_ROUTE_SERVER.value) {
      return java.util.Optional.of(
          "65515 is Azure Route Server's own ASN; a peer using it forms an iBGP session and routes are not propagated");
    }
    if (!isTwoByte()) {
      return java.util.Optional.of(this + " is a 4-byte ASN; Azure Route Server supports only 2-byte ASNs (1..65535)");
    }
    if (isReservedByAzure()) {
      return java.util.Optional.of(this + " is reserved by Azure (8074, 8075, 12076, 65515..65520)");
    }
    if (isReservedByIana()) {
      return java.util.Optional.of(
          this + " is reserved by IANA (0, 23456, 64496..64511, 65535..65551)");
    }
    return java.util.Optional.empty();
  }

  @Override
  public int compareTo(Asn other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
