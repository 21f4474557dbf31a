package io.arsim.core.bgp;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The ORIGIN attribute (RFC 4271 section 5.1.1). Declared in preference order: lower is better in
 * best-path selection, so {@code IGP < EGP < INCOMPLETE} by {@link #compareTo(Enum)}.
 */
@API(status = MAINTAINED, since = "0.1")
public enum Origin {
  /** Learned from an interior protocol or a {@code network} statement; code {@code i}. */
  IGP("i"),
  /** Learned through EGP; code {@code e}. */
  EGP("e"),
  /** Learned some other way, typically redistribution; code {@code ?}. */
  INCOMPLETE("?");

  private final String code;

  Origin(String code) {
    this.code = code;
  }

  /** The one-character code {@code show bgp} prints: {@code i}, {@code e} or {@code ?}. */
  public String code() {
    return code;
  }

  /** Whether this origin is preferred over {@code other} (lower is better). */
  public boolean isBetterThan(Origin other) {
    return compareTo(other) < 0;
  }

  /**
   * Parses a code ({@code i}, {@code e}, {@code ?}) or a name ({@code igp}, {@code EGP},
   * {@code incomplete}), case-insensitive.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static Origin parse(String text) {
    for (Origin origin : values()) {
      if (origin.code.equalsIgnoreCase(text) || origin.name().equals(text.toUpperCase(Locale.ROOT))) {
        return origin;
      }
    }
    throw new IllegalArgumentException("\"" + text + "\" is not a BGP origin; expected i, e or ?"
        + " (or igp, egp, incomplete)");
  }
}
