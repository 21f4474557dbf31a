package io.arsim.core.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A neighbour's {@code allowas-in} (FRR {@code neighbor X allowas-in [<1-10>|origin]}, Cisco
 * {@code neighbor X allowas-in [N]}): routes from that neighbour whose AS path holds the NVA's own
 * ASN are accepted anyway, up to {@code count} occurrences, or only when the NVA's ASN is the
 * origin. Only eBGP sessions check their own ASN, so only they are affected.
 *
 * @param count how many times the own ASN may appear (1..10; FRR's default 3 when neither is given)
 * @param origin accept such a path only when the own ASN is its origin (last) AS; excludes count
 */
@API(status = EXPERIMENTAL, since = "0.2")
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record AllowAsIn(
    @JsonPropertyDescription("How many times the NVA's own ASN may appear in a received path, 1..10. Default 3"
        + " (FRR's allowas-in without a count).") @Nullable Integer count,
    @JsonPropertyDescription("Accept such a path only when the NVA's own ASN is its origin (FRR allowas-in"
        + " origin). Excludes count. Default false.") boolean origin) {

  /** FRR's count when {@code allowas-in} is given without one ({@code BGP_ALLOWAS_IN_DEFAULT}). */
  public static final int DEFAULT_COUNT = 3;

  public AllowAsIn {
    if (origin && count != null) {
      throw new IllegalArgumentException("`count` and `origin: true` exclude each other (FRR: allowas-in"
          + " [<1-10>|origin]); give either count: N or origin: true");
    }
    if (count != null && (count < 1 || count > 10)) {
      throw new IllegalArgumentException("allowAsIn `count` " + count + " is out of range; expected 1..10 (FRR"
          + " allowas-in <1-10>), or leave it out for the default 3");
    }
    if (!origin && count == null) {
      count = DEFAULT_COUNT;
    }
  }

  /** {@code allowas-in N}. */
  public static AllowAsIn times(int count) {
    return new AllowAsIn(count, false);
  }

  /** {@code allowas-in origin}. */
  public static AllowAsIn originOnly() {
    return new AllowAsIn(null, true);
  }

  /**
   * Whether a path in which the own ASN appears {@code occurrences} times, with {@code ownOrigin}
   * telling whether it is the origin AS, may be accepted: FRR drops the route when the own AS
   * appears more than {@code count} times ({@code aspath_loop_check(...) > allowas_in}).
   */
  public boolean permits(int occurrences, boolean ownOrigin) {
    return origin ? ownOrigin : occurrences <= java.util.Objects.requireNonNull(count);
  }

  @Override
  public String toString() {
    return origin ? "allowas-in origin" : "allowas-in " + count;
  }
}
