package io.arsim.importer.nva;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Standard community lists hold community values; expanded ones regular expressions. */
@API(status = EXPERIMENTAL, since = "0.2")
public enum CommunityListKind {
  /** {@code standard}, or IOS-XE numbers 1..99. */
  STANDARD,
  /** {@code expanded}, or IOS-XE numbers 100..500. */
  EXPANDED
}
