package io.arsim.policy.spi.match;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Prefix;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The prefixes one prefix-list entry matches: those inside {@code prefix} whose length is in
 * {@code minLength..maxLength}.
 *
 * @param prefix the covering prefix
 * @param minLength the shortest matching length
 * @param maxLength the longest matching length
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record PrefixRange(Ipv4Prefix prefix, int minLength, int maxLength) {

  public PrefixRange {
    Objects.requireNonNull(prefix, "prefix");
    if (minLength < prefix.length() || maxLength > 32 || minLength > maxLength) {
      throw new IllegalArgumentException("lengths " + minLength + ".." + maxLength + " do not fit " + prefix
          + "; expected " + prefix.length() + " <= minLength <= maxLength <= 32");
    }
  }

  /**
   * The range of {@code prefix ge G le L} as routers read it: exactly the prefix's length without
   * bounds, {@code G..32} with only {@code ge}, {@code length..L} with only {@code le}.
   *
   * @throws IllegalArgumentException when {@code dialect} refuses the bounds
   */
  public static PrefixRange of(Ipv4Prefix prefix, @Nullable Integer ge, @Nullable Integer le,
      PrefixListDialect dialect) {
    Objects.requireNonNull(prefix, "prefix");
    dialect.check(prefix, ge, le);
    int min = ge != null ? ge : prefix.length();
    int max = le != null ? le : ge != null ? 32 : prefix.length();
    return new PrefixRange(prefix, min, max);
  }

  /** Exactly {@code prefix}. */
  public static PrefixRange exactly(Ipv4Prefix prefix) {
    return new PrefixRange(prefix, prefix.length(), prefix.length());
  }

  /** Whether {@code candidate} lies inside the prefix with a length in range. */
  public boolean matches(Ipv4Prefix candidate) {
    int length = candidate.length();
    return length >= minLength && length <= maxLength && prefix.contains(candidate);
  }

  /** As a prefix-list line writes it: {@code 10.0.0.0/8}, {@code 10.0.0.0/8 le 24}, {@code 10.0.0.0/8 ge 16 le 24}. */
  @Override
  public String toString() {
    int len = prefix.length();
    if (minLength == len && maxLength == len) {
      return prefix.toString();
    }
    if (minLength == len) {
      return prefix + " le " + maxLength;
    }
    return prefix + " ge " + minLength + (maxLength == 32 ? "" : " le " + maxLength);
  }
}
