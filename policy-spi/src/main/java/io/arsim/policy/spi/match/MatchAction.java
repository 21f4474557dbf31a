package io.arsim.policy.spi.match;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;

/** What a list entry or route-map clause does with what it matches, written as the routers write it. */
@API(status = EXPERIMENTAL, since = "0.2")
public enum MatchAction {
  /** Let it through (a route-map clause then runs its sets). */
  permit,
  /** Stop it. */
  deny;

  /** The upper-case name, as FRR prints it ({@code PERMIT}). */
  public String label() {
    return name().toUpperCase(Locale.ROOT);
  }
}
