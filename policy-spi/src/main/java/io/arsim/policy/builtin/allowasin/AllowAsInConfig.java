package io.arsim.policy.builtin.allowasin;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Configuration of {@code allowas-in}: either {@code count} (1..10, default 3, FRR's
 * {@code BGP_ALLOWAS_IN_DEFAULT}) or {@code origin: true}, not both.
 *
 * @param count how many times the local ASN may appear in a received path; absent means 3
 * @param origin accept a path holding the local ASN only when the local AS originated it
 */
@API(status = INTERNAL, since = "0.1")
public record AllowAsInConfig(@Nullable Integer count, @Nullable Boolean origin) {

  /** FRR's default count when {@code allowas-in} is given without one. */
  public static final int DEFAULT_COUNT = 3;

  public AllowAsInConfig {
    boolean originMode = Boolean.TRUE.equals(origin);
    if (originMode && count != null) {
      throw new IllegalArgumentException("`count` and `origin: true` exclude each other (FRR: allowas-in"
          + " [<1-10>|origin]); give either count: N or origin: true");
    }
    if (count != null && (count < 1 || count > 10)) {
      throw new IllegalArgumentException("`count` " + count + " is out of range; expected 1..10 (FRR"
          + " allowas-in <1-10>), or omit it for the default 3");
    }
    if (!originMode) {
      count = count == null ? DEFAULT_COUNT : count;
    }
    origin = originMode;
  }

  /** The default: the local ASN may appear up to 3 times. */
  public static AllowAsInConfig defaults() {
    return new AllowAsInConfig(null, null);
  }

  /** Whether origin mode is on. */
  public boolean originMode() {
    return Boolean.TRUE.equals(origin);
  }
}
