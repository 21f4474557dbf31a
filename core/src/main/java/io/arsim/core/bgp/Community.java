package io.arsim.core.bgp;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A standard BGP community (RFC 1997): a 32-bit value written as two 16-bit halves,
 * {@code high:low}, conventionally {@code asn:value}.
 *
 * <p>Ordered by the unsigned 32-bit value, so {@code 65001:100} sorts before {@code 65535:65281}.
 *
 * @param value the community as an unsigned 32-bit value, 0..4294967295
 */
@API(status = MAINTAINED, since = "0.1")
public record Community(long value) implements Comparable<Community> {

  /** Graceful shutdown, 65535:0 (RFC 8326). */
  public static final Community GRACEFUL_SHUTDOWN = of(0xFFFF, 0);

  /** Do not advertise outside the AS (or confederation), 65535:65281 (RFC 1997). */
  public static final Community NO_EXPORT = of(0xFFFF, 0xFF01);

  /** Do not advertise to any peer, 65535:65282 (RFC 1997). */
  public static final Community NO_ADVERTISE = of(0xFFFF, 0xFF02);

  /** Do not advertise to external peers, even in a confederation, 65535:65283 (RFC 1997). */
  public static final Community NO_EXPORT_SUBCONFED = of(0xFFFF, 0xFF03);

  /** Do not advertise to peers at an exchange point, 65535:65284 (RFC 3765). */
  public static final Community NO_PEER = of(0xFFFF, 0xFF04);

  private static final String[] WELL_KNOWN_NAMES = {
      "graceful-shutdown", "no-export", "no-advertise", "no-export-subconfed", "no-peer"};

  public Community {
    if (value < 0 || value > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException(
          "community value " + value + " is out of range; a standard community is 32 bits, 0..4294967295");
    }
  }

  /**
   * The community {@code high:low}.
   *
   * @throws IllegalArgumentException when a half is outside 0..65535
   */
  public static Community of(int high, int low) {
    if (high < 0 || high > 0xFFFF || low < 0 || low > 0xFFFF) {
      throw new IllegalArgumentException("community " + high + ":" + low
          + " is out of range; each half of a standard community is 0..65535");
    }
    return new Community((long) high << 16 | low);
  }

  /**
   * Parses {@code high:low} (two decimal numbers 0..65535) or a well-known name, case-insensitive,
   * with hyphens or underscores: {@code no-export}, {@code NO_ADVERTISE}, {@code no-export-subconfed},
   * {@code no-peer}, {@code graceful-shutdown}.
   *
   * @throws IllegalArgumentException saying what is wrong with {@code text}
   */
  public static Community parse(String text) {
    String name = text.toLowerCase(Locale.ROOT).replace('_', '-');
    for (Community known : new Community[] {
        GRACEFUL_SHUTDOWN, NO_EXPORT, NO_ADVERTISE, NO_EXPORT_SUBCONFED, NO_PEER}) {
      if (known.wellKnownName().orElseThrow().equals(name)) {
        return known;
      }
    }
    int colon = text.indexOf(':');
    if (colon < 0 || colon != text.lastIndexOf(':')) {
      throw new IllegalArgumentException("\"" + text + "\" is not a valid community; expected two numbers"
          + " 0..65535 separated by a colon, like 65001:100, or a well-known name such as no-export"
          + (colon >= 0 ? " (three numbers make a large community)" : ""));
    }
    int high = parseHalf(text, text.substring(0, colon), "first");
    int low = parseHalf(text, text.substring(colon + 1), "second");
    return of(high, low);
  }

  private static int parseHalf(String text, String half, String which) {
    if (half.isEmpty() || !half.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("\"" + text + "\" is not a valid community: the " + which
          + " half \"" + half + "\" is not a decimal number 0..65535");
    }
    if (half.length() > 5 || Integer.parseInt(half) > 0xFFFF) {
      throw new IllegalArgumentException("\"" + text + "\" is not a valid community: the " + which
          + " half " + half + " is out of range 0..65535");
    }
    return Integer.parseInt(half);
  }

  /** The upper 16 bits, conventionally an ASN. */
  public int high() {
    return (int) (value >>> 16);
  }

  /** The lower 16 bits. */
  public int low() {
    return (int) (value & 0xFFFF);
  }

  /** Whether this is in the well-known range 65535:0..65535:65535 (RFC 1997). */
  public boolean isWellKnownRange() {
    return high() == 0xFFFF;
  }

  /**
   * The lower-case, hyphenated name of a well-known community this type knows ({@code no-export},
   * {@code no-advertise}, {@code no-export-subconfed}, {@code no-peer}, {@code graceful-shutdown}),
   * or empty.
   */
  public Optional<String> wellKnownName() {
    if (!isWellKnownRange()) {
      return Optional.empty();
    }
    int low = low();
    if (low == 0) {
      return Optional.of(WELL_KNOWN_NAMES[0]);
    }
    if (low >= 0xFF01 && low <= 0xFF04) {
      return Optional.of(WELL_KNOWN_NAMES[low - 0xFF00]);
    }
    return Optional.empty();
  }

  @Override
  public int compareTo(Community other) {
    return Long.compare(value, other.value);
  }

  /** {@code high:low}, for example {@code 65535:65281} (never the name). */
  @Override
  public String toString() {
    return high() + ":" + low();
  }
}
