package io.arsim.core.net;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * An IPv4 prefix held as primitives: the network address bits and the length. Host bits are always
 * zero; the constructor rejects a prefix with host bits set.
 *
 * <p>Ordered by network address, then by length (shorter first), the order of {@code show bgp}.
 *
 * @param bits network address bits
 * @param length prefix length, 0..32
 */
@API(status = MAINTAINED, since = "0.1")
public record Ipv4Prefix(int bits, int length) implements IpPrefix, Comparable<Ipv4Prefix> {

  /** The default route 0.0.0.0/0. */
  public static final Ipv4Prefix DEFAULT_ROUTE = new Ipv4Prefix(0, 0);

  public Ipv4Prefix {
    if (length < 0 || length > 32) {
      throw new IllegalArgumentException("prefix length " + length + " is out of range 0..32");
    }
    if ((bits & ~mask(length)) != 0) {
      throw new IllegalArgumentException(
          new Ipv4Address(bits) + "/" + length + " has host bits set; the network is "
              + new Ipv4Address(bits & mask(length)) + "/" + length);
    }
  }

  /**
   * Parses {@code a.b.c.d/len} strictly: a valid dotted quad, a decimal length 0..32, and no host
   * bits set (the message then names the network that was probably meant).
   *
   * @throws IllegalArgumentException saying what is wrong with {@code text}
   */
  public static Ipv4Prefix parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is not a valid IPv4 prefix: the \"/length\" is missing; expected CIDR"
              + " notation like 10.0.0.0/16 (a single address is /32)");
    }
    String address = text.substring(0, slash);
    String len = text.substring(slash + 1);
    int bits;
    try {
      bits = Ipv4Address.parseBits(address, "IPv4 prefix");
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage().replace("\"" + address + "\"", "\"" + text + "\""), e);
    }
    if (len.isEmpty() || !len.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is not a valid IPv4 prefix: length \"" + len
              + "\" is not a number; expected 0..32 after the slash");
    }
    if (len.length() > 1 && len.charAt(0) == '0') {
      throw new IllegalArgumentException(
          "\"" + text + "\" is not a valid IPv4 prefix: length \"" + len
              + "\" has a leading zero; write it without the zero");
    }
    int length = len.length() > 2 ? Integer.MAX_VALUE : Integer.parseInt(len);
    if (length > 32) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is not a valid IPv4 prefix: length " + len
              + " is out of range; an IPv4 prefix length is 0..32");
    }
    if ((bits & ~mask(length)) != 0) {
      throw new IllegalArgumentException(
          "\"" + text + "\" has host bits set; the network address of a /" + length + " is "
              + new Ipv4Address(bits & mask(length)) + ", so write " + new Ipv4Address(bits & mask(length))
              + "/" + length);
    }
    return new Ipv4Prefix(bits, length);
  }

  /** Returns the prefix of the given length that holds {@code address} (host bits cleared). */
  public static Ipv4Prefix containing(Ipv4Address address, int length) {
    if (length < 0 || length > 32) {
      throw new IllegalArgumentException("prefix length " + length + " is out of range 0..32");
    }
    return new Ipv4Prefix(address.bits() & mask(length), length);
  }

  /** The netmask for a length: /24 gives 0xFFFFFF00. */
  public static int mask(int length) {
    return length == 0 ? 0 : -1 << (32 - length);
  }

  @Override
  public boolean isIpv4() {
    return true;
  }

  /** The network address. */
  public Ipv4Address network() {
    return new Ipv4Address(bits);
  }

  /** The first address of the prefix (the network address). */
  public Ipv4Address first() {
    return new Ipv4Address(bits);
  }

  /** The last address of the prefix (the broadcast address for length {@code < 31}). */
  public Ipv4Address last() {
    return new Ipv4Address(bits | ~mask(length));
  }

  /** Number of addresses: 2^(32 - length). */
  public long size() {
    return 1L << (32 - length);
  }

  /** Whether {@code address} lies inside this prefix. */
  public boolean contains(Ipv4Address address) {
    return (address.bits() & mask(length)) == bits;
  }

  /** Whether {@code other} is equal to or more specific than this prefix and inside it. */
  public boolean contains(Ipv4Prefix other) {
    return other.length >= length && (other.bits & mask(length)) == bits;
  }

  /** Whether the two prefixes share at least one address (one contains the other). */
  public boolean overlaps(Ipv4Prefix other) {
    return contains(other) || other.contains(this);
  }

  /**
   * A hash that spreads the address bits: the record's default ({@code 31 * bits + length}) leaves
   * the low bits of aligned prefixes (every /27 ends in five zero bits) nearly constant, so hash
   * tables of thousands of prefixes degrade into long collision chains.
   */
  @Override
  public int hashCode() {
    // MurmurHash3's 32-bit finaliser over the address, with the length folded in.
    int h = bits ^ (length * 0x9E3779B9);
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    return h ^ (h >>> 16);
  }

  @Override
  public int compareTo(Ipv4Prefix other) {
    int byAddress = Integer.compareUnsigned(bits, other.bits);
    return byAddress != 0 ? byAddress : Integer.compare(length, other.length);
  }

  @Override
  public String toString() {
    return new Ipv4Address(bits) + "/" + length;
  }
}
