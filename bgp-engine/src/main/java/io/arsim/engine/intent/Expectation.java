package io.arsim.engine.intent;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;

/** What an intent expects of the traffic from its source to its destination. */
@API(status = EXPERIMENTAL, since = "0.2")
public enum Expectation {
  /** Every path gets there (every ECMP branch: each flow hashes onto one of them). */
  REACHABLE,
  /** No path gets there. */
  ISOLATED;

  /** As the file writes it: {@code reachable}, {@code isolated}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
