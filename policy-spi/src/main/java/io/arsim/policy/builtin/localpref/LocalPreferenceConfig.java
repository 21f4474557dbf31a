package io.arsim.policy.builtin.localpref;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.arsim.policy.builtin.match.MatchConfig;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Configuration of {@code local-preference}.
 *
 * @param value the LOCAL_PREF to set, 0..4294967295 (higher is preferred; the default is 100)
 * @param match which routes to set it on; absent: every route
 */
@API(status = INTERNAL, since = "0.1")
public record LocalPreferenceConfig(@JsonProperty(required = true) long value, @Nullable MatchConfig match) {

  public LocalPreferenceConfig {
    if (value < 0 || value > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("`value` " + value + " is out of range; expected a local preference"
          + " 0..4294967295 (higher is preferred, the default is 100)");
    }
    match = match == null ? MatchConfig.any() : match;
  }
}
