package io.arsim.core.topology;

import java.util.List;
import java.util.Objects;

/** Small helpers shared by the topology records. */
final class Names {
  private Names() {}

  static <T> T required(T value, String what) {
    Objects.requireNonNull(value, what + " is required");
    return value;
  }

  static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : List.copyOf(values);
  }
}
