package io.arsim.core.net;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * An IPv4 address held as a 32-bit {@code int} (the unsigned value's bits).
 *
 * @param bits the address, most significant octet first
 */
@API(status = MAINTAINED, since = "0.1")
public record Ipv4Address(int bits) implements Comparable<Ipv4Address> {

  /**
   * Parses dotted-quad notation strictly: exactly four decimal octets 0..255, no leading zeros,
   * no spaces.
   *
   * @throws IllegalArgumentException saying what is wrong with {@code text}
   */
  public static Ipv4Address parse(String text) {
    return new Ipv4Address(parseBits(text, "IPv4 address"));
  }

  /** Returns the address {@code a.b.c.d}. */
  public static Ipv4Address of(int a, int b, int c, int d) {
    for (int octet : new int[] {a, b, c, d}) {
      if (octet < 0 || octet > 255) {
        throw new IllegalArgumentException("octet " + octet + " is out of range 0..255");
      }
    }
    return new Ipv4Address(a << 24 | b << 16 | c << 8 | d);
  }

  static int parseBits(String text, String what) {
    long fast = wellFormedBits(text);
    if (fast >= 0) {
      return (int) fast;
    }
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is not a valid " + what + ": it has " + parts.length + " part"
              + (parts.length == 1 ? "" : "s") + "; expected four decimal octets like 10.1.0.4");
    }
    int bits = 0;
    for (String part : parts) {
      bits = bits << 8 | parseOctet(text, part, what);
    }
    return bits;
  }

  /**
   * The address of well-formed dotted-quad text without allocating, or -1 for anything else (which
   * the slow path then explains). Reading a large design parses hundreds of thousands of them.
   */
  private static long wellFormedBits(String text) {
    long bits = 0;
    int octets = 0;
    int value = 0;
    int digits = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '.';
      if (c >= '0' && c <= '9') {
        if (digits > 0 && value == 0) {
          return -1; // a leading zero
        }
        value = value * 10 + (c - '0');
        if (++digits > 3) {
          return -1;
        }
      } else if (c == '.' && digits > 0 && value <= 255 && octets < 4) {
        bits = bits << 8 | value;
        octets++;
        value = 0;
        digits = 0;
      } else {
        return -1;
      }
    }
    return octets == 4 ? bits : -1;
  }

  private static int parseOctet(String text, String part, String what) {
    if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is not a valid " + what + ": \"" + part
              + "\" is not a decimal octet; expected four numbers 0..255 separated by dots");
    }
    if (part.length() > 1 && part.charAt(0) == '0') {
      throw new IllegalArgumentException(
          "\"" + text + "\" is not a valid " + what + ": octet \"" + part
              + "\" has a leading zero, which some tools read as octal; write it without the zero");
    }
    int value = Integer.parseInt(part);
    if (value > 255) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is not a valid " + what + ": octet " + value
              + " is out of range; each octet must be 0..255");
    }
    return value;
  }

  /** The address as an unsigned value 0..2^32-1. */
  public long unsigned() {
    return Integer.toUnsignedLong(bits);
  }

  /** Returns the address {@code n} further on, wrapping is an error. */
  public Ipv4Address plus(long n) {
    long value = unsigned() + n;
    if (value < 0 || value > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException(this + " + " + n + " leaves the IPv4 address space");
    }
    return new Ipv4Address((int) value);
  }

  /** The /32 prefix holding only this address. */
  public Ipv4Prefix toPrefix() {
    return new Ipv4Prefix(bits, 32);
  }

  @Override
  public int compareTo(Ipv4Address other) {
    return Integer.compareUnsigned(bits, other.bits);
  }

  @Override
  public String toString() {
    return (bits >>> 24) + "." + (bits >>> 16 & 0xFF) + "." + (bits >>> 8 & 0xFF) + "." + (bits & 0xFF);
  }
}
