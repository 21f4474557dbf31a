package io.arsim.policy.builtin.med;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Configuration of {@code med}: exactly one of {@code value} or {@code remove: true}.
 *
 * @param value the MULTI_EXIT_DISC to set, 0..4294967295 (lower is preferred)
 * @param remove remove the MED
 */
@API(status = INTERNAL, since = "0.1")
public record MedConfig(@Nullable Long value, @Nullable Boolean remove) {

  public MedConfig {
    boolean isRemove = Boolean.TRUE.equals(remove);
    if (isRemove == (value != null)) {
      throw new IllegalArgumentException(isRemove
          ? "`value` and `remove: true` exclude each other; give exactly one"
          : "expected exactly one of `value` (0..4294967295) or `remove: true`, e.g. value: 50");
    }
    if (value != null && (value < 0 || value > 0xFFFF_FFFFL)) {
      throw new IllegalArgumentException("`value` " + value + " is out of range; expected a MED 0..4294967295");
    }
    remove = isRemove;
  }
}
