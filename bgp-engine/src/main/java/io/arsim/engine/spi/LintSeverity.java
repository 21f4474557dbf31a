package io.arsim.engine.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;

/** How bad a lint finding is: errors fail {@code arsim lint}; warnings only with {@code --strict}. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum LintSeverity {
  ERROR,
  WARNING,
  INFO;

  /** Lower-case label: "error", "warning", "info". */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
