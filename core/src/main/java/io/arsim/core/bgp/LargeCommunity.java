package io.arsim.core.bgp;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Comparator;
import org.apiguardian.api.API;

/**
 * A large BGP community (RFC 8092): three unsigned 32-bit numbers written
 * {@code global:local1:local2}, where the global administrator is usually a 4-byte ASN.
 *
 * <p>Ordered by global administrator, then local1, then local2.
 *
 * @param global the global administrator, 0..4294967295
 * @param local1 the first local data part, 0..4294967295
 * @param local2 the second local data part, 0..4294967295
 */
@API(status = MAINTAINED, since = "0.1")
public record LargeCommunity(long global, long local1, long local2) implements Comparable<LargeCommunity> {

  private static final Comparator<LargeCommunity> ORDER = Comparator.comparingLong(LargeCommunity::global)
      .thenComparingLong(LargeCommunity::local1)
      .thenComparingLong(LargeCommunity::local2);

  public LargeCommunity {
    check(global, "global administrator");
    check(local1, "local data part 1");
    check(local2, "local data part 2");
  }

  private static void check(long part, String name) {
    if (part < 0 || part > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("large community " + name + " " + part
          + " is out of range 0..4294967295");
    }
  }

  /**
   * Parses {@code global:local1:local2}, three decimal numbers 0..4294967295.
   *
   * @throws IllegalArgumentException saying what is wrong with {@code text}
   */
  public static LargeCommunity parse(String text) {
    String[] parts = text.split(":", -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException("\"" + text + "\" is not a valid large community: it has "
          + parts.length + " part" + (parts.length == 1 ? "" : "s")
          + "; expected three numbers 0..4294967295 separated by colons, like 4200000001:1:2");
    }
    String[] names = {"global administrator", "local data part 1", "local data part 2"};
    long[] values = new long[3];
    for (int i = 0; i < 3; i++) {
      String part = parts[i];
      if (part.isEmpty() || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
        throw new IllegalArgumentException("\"" + text + "\" is not a valid large community: the "
            + names[i] + " \"" + part + "\" is not a decimal number 0..4294967295");
      }
      if (part.length() > 10 || Long.parseLong(part) > 0xFFFF_FFFFL) {
        throw new IllegalArgumentException("\"" + text + "\" is not a valid large community: the "
            + names[i] + " " + part + " is out of range 0..4294967295");
      }
      values[i] = Long.parseLong(part);
    }
    return new LargeCommunity(values[0], values[1], values[2]);
  }

  @Override
  public int compareTo(LargeCommunity other) {
    return ORDER.compare(this, other);
  }

  /** {@code global:local1:local2}. */
  @Override
  public String toString() {
    return global + ":" + local1 + ":" + local2;
  }
}
