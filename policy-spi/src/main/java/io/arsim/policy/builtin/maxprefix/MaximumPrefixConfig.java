package io.arsim.policy.builtin.maxprefix;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.apiguardian.api.API;

/**
 * Configuration of {@code maximum-prefix}.
 *
 * @param limit the most routes accepted from the peer, 1..4294967295
 * @param warningOnly only warn (accept the route) instead of tearing the session down
 */
@API(status = INTERNAL, since = "0.1")
public record MaximumPrefixConfig(@JsonProperty(required = true) long limit, boolean warningOnly) {

  public MaximumPrefixConfig {
    if (limit < 1 || limit > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("`limit` " + limit + " is out of range; expected 1..4294967295"
          + " (Azure Route Server's own limit is 4000 routes per peer)");
    }
  }
}
