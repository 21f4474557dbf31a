package io.arsim.core.net;

import static org.apiguardian.api.API.Status.STABLE;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apiguardian.api.API;

/**
 * An IPv6 prefix held as two {@code long}s and a length. arsim does not route IPv6 (Azure Route
 * Server does not support it); it parses it so validation can point at it.
 *
 * @param high the upper 64 bits of the network address
 * @param low the lower 64 bits of the network address
 * @param length prefix length, 0..128
 */
@API(status = STABLE, since = "0.1")
public record Ipv6Prefix(long high, long low, int length) implements IpPrefix {

  public Ipv6Prefix {
    if (length < 0 || length > 128) {
      throw new IllegalArgumentException("IPv6 prefix length " + length + " is out of range 0..128");
    }
    if ((high & ~highMask(length)) != 0 || (low & ~lowMask(length)) != 0) {
      throw new IllegalArgumentException("IPv6 prefix has host bits set beyond /" + length);
    }
  }

  /**
   * Parses {@code 2001:db8::/32} strictly.
   *
   * @throws IllegalArgumentException saying what is wrong with {@code text}
   */
  public static Ipv6Prefix parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is not a valid IPv6 prefix: the \"/length\" is missing; expected CIDR"
              + " notation like 2001:db8::/32");
    }
    String address = text.substring(0, slash);
    String len = text.substring(slash + 1);
    if (address.isEmpty() || !address.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is not a valid IPv6 prefix: the address holds characters other than hex"
              + " digits and colons");
    }
    byte[] bytes;
    try {
      bytes = InetAddress.getByName(address).getAddress(); // a literal with ':' never triggers DNS
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("\"" + text + "\" is not a valid IPv6 prefix: " + e.getMessage(), e);
    }
    if (bytes.length != 16) {
      throw new IllegalArgumentException("\"" + text + "\" is not a valid IPv6 prefix");
    }
    if (len.isEmpty() || len.length() > 3 || !len.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is not a valid IPv6 prefix: length \"" + len + "\" is not a number 0..128");
    }
    int length = Integer.parseInt(len);
    if (length > 128) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is not a valid IPv6 prefix: length " + length + " is out of range 0..128");
    }
    long high = 0;
    long low = 0;
    for (int i = 0; i < 8; i++) {
      high = high << 8 | (bytes[i] & 0xFF);
      low = low << 8 | (bytes[i + 8] & 0xFF);
    }
    if ((high & ~highMask(length)) != 0 || (low & ~lowMask(length)) != 0) {
      throw new IllegalArgumentException(
          "\"" + text + "\" has host bits set; the network address of a /" + length + " is "
              + format(high & highMask(length), low & lowMask(length)) + "/" + length);
    }
    return new Ipv6Prefix(high, low, length);
  }

  private static long highMask(int length) {
    return length >= 64 ? -1L : length == 0 ? 0L : -1L << (64 - length);
  }

  private static long lowMask(int length) {
    return length <= 64 ? 0L : length == 128 ? -1L : -1L << (128 - length);
  }

  @Override
  public boolean isIpv4() {
    return false;
  }

  /** Whether {@code other} is equal to or more specific than this prefix and inside it. */
  public boolean contains(Ipv6Prefix other) {
    return other.length >= length
        && (other.high & highMask(length)) == high
        && (other.low & lowMask(length)) == low;
  }

  private static String format(long high, long low) {
    byte[] bytes = new byte[16];
    for (int i = 0; i < 8; i++) {
      bytes[i] = (byte) (high >>> (56 - 8 * i));
      bytes[i + 8] = (byte) (low >>> (56 - 8 * i));
    }
    try {
      return compress(InetAddress.getByAddress(bytes).getHostAddress());
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  /** RFC 5952 style: lower case, longest run of zero groups written as "::". */
  private static String compress(String full) {
    String[] groups = full.split(":");
    int bestStart = -1;
    int bestLength = 0;
    for (int i = 0; i < groups.length; ) {
      if (groups[i].equals("0")) {
        int j = i;
        while (j < groups.length && groups[j].equals("0")) {
          j++;
        }
        if (j - i > bestLength && j - i > 1) {
          bestStart = i;
          bestLength = j - i;
        }
        i = j;
      } else {
        i++;
      }
    }
    if (bestStart < 0) {
      return String.join(":", groups);
    }
    String head = String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestStart));
    String tail = String.join(":", java.util.Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
    return head + "::" + tail;
  }

  @Override
  public String toString() {
    return format(high, low) + "/" + length;
  }
}
