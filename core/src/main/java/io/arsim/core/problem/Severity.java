package io.arsim.core.problem;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/** How bad a problem is. Errors stop a run; warnings do not unless the user asks (--strict). */
@API(status = MAINTAINED, since = "0.1")
public enum Severity {
  ERROR,
  WARNING;

  /** Lower-case label used in messages: "error", "warning". */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
