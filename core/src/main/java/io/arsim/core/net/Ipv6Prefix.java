package io.arsim.core.net;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * An IPv6 prefix held as two {@code long}s and a length. arsim does not route IPv6 (Azure Route
 * Server does not support it); it parses it so validation can point at it.
 *
 * @param high the upper 64 bits of the network address
 * @param low the lower 64 bits of the network address
 * @param length prefix length, 0..128
 */
@API(status = MAINTAINED, since = "0.1")
public record Ipv6Prefix(long high, long low, int length) implements IpPrefix {

  public Ipv6Prefix {
    if (length < 0 || length > 128) {
      throw new IllegalArgumentException("IPv6 prefix length " + length + " is out of range 0..128");
    }
    if ((high & ~highMask(length)) != 0 || (low & ~lowMask(length)) != 0) {
      throw new IllegalArgumentException(
          format(high, low) + "/" + length + " has host bits set; the network is "
              + format(high & highMask(length), low & lowMask(length)) + "/" + length);
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
    long[] bits = parseAddress(text, address);
    if (len.isEmpty() || len.length() > 3 || !len.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is not a valid IPv6 prefix: length \"" + len + "\" is not a number 0..128");
    }
    int length = Integer.parseInt(len);
    if (length > 128) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is not a valid IPv6 prefix: length " + length + " is out of range 0..128");
    }
    long high = bits[0];
    long low = bits[1];
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

  /**
   * Parses an IPv6 address without {@link java.net.InetAddress}, which would look up a name that
   * holds no colon in DNS and turns IPv4-mapped addresses into IPv4 ones. Accepts RFC 4291 text:
   * eight groups of one to four hex digits, at most one {@code ::}, and an optional dotted quad in
   * place of the last two groups.
   */
  private static long[] parseAddress(String text, String address) {
    String problem = null;
    if (address.indexOf(':') < 0) {
      problem = "the address has no colon; expected IPv6 text like 2001:db8::";
    } else if (address.indexOf(":::") >= 0 || address.indexOf("::") != address.lastIndexOf("::")) {
      problem = "\"::\" may appear only once";
    }
    int[] groups = new int[8];
    if (problem == null) {
      int gap = address.indexOf("::");
      String head = gap < 0 ? address : address.substring(0, gap);
      String tail = gap < 0 ? "" : address.substring(gap + 2);
      int[] headGroups = new int[10];
      int[] tailGroups = new int[10];
      int headCount = -1;
      int tailCount = -1;
      try {
        headCount = parseGroups(head, headGroups, gap < 0);
        tailCount = parseGroups(tail, tailGroups, true);
      } catch (IllegalArgumentException e) {
        problem = e.getMessage();
      }
      if (problem == null) {
        int count = headCount + tailCount;
        if (gap < 0 && count != 8) {
          problem = "it has " + count + " groups; expected eight, or \"::\" for a run of zero groups";
        } else if (gap >= 0 && count > 7) {
          problem = "it has " + count + " groups besides \"::\"; at most seven are allowed";
        } else {
          System.arraycopy(headGroups, 0, groups, 0, headCount);
          System.arraycopy(tailGroups, 0, groups, 8 - tailCount, tailCount);
        }
      }
    }
    if (problem != null) {
      throw new IllegalArgumentException("\"" + text + "\" is not a valid IPv6 prefix: " + problem);
    }
    long high = 0;
    long low = 0;
    for (int i = 0; i < 4; i++) {
      high = high << 16 | groups[i];
      low = low << 16 | groups[i + 4];
    }
    return new long[] {high, low};
  }

  /** Parses colon-separated hex groups into {@code out}; a dotted quad may end the last part. */
  private static int parseGroups(String part, int[] out, boolean mayEndWithIpv4) {
    if (part.isEmpty()) {
      return 0;
    }
    String[] texts = part.split(":", -1);
    int count = 0;
    for (int i = 0; i < texts.length; i++) {
      String group = texts[i];
      if (i == texts.length - 1 && mayEndWithIpv4 && group.indexOf('.') >= 0) {
        int v4 = Ipv4Address.parseBits(group, "IPv4 part of an IPv6 address");
        out[count++] = v4 >>> 16;
        out[count++] = v4 & 0xFFFF;
        continue;
      }
      if (group.isEmpty() || group.length() > 4 || !group.chars().allMatch(Ipv6Prefix::isHexDigit)) {
        throw new IllegalArgumentException(
            "group \"" + group + "\" is not one to four hex digits");
      }
      if (count == 8) {
        throw new IllegalArgumentException("it has more than eight groups");
      }
      out[count++] = Integer.parseInt(group, 16);
    }
    return count;
  }

  private static boolean isHexDigit(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** RFC 5952 text: lower case, no leading zeros, the first longest run of two or more zero groups as "::". */
  private static String format(long high, long low) {
    int[] groups = new int[8];
    for (int i = 0; i < 4; i++) {
      groups[i] = (int) (high >>> (48 - 16 * i)) & 0xFFFF;
      groups[i + 4] = (int) (low >>> (48 - 16 * i)) & 0xFFFF;
    }
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; ) {
      if (groups[i] == 0) {
        int j = i;
        while (j < 8 && groups[j] == 0) {
          j++;
        }
        if (j - i > bestLength) {
          bestStart = i;
          bestLength = j - i;
        }
        i = j;
      } else {
        i++;
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        out.append("::");
        i += bestLength - 1;
        continue;
      }
      if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
        out.append(':');
      }
      out.append(Integer.toHexString(groups[i]));
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return format(high, low) + "/" + length;
  }
}
