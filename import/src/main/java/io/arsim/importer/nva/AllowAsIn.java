package io.arsim.importer.nva;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * {@code neighbor X allowas-in [COUNT | origin]}, as configured: without a count FRR allows the
 * local AS 3 times and IOS-XE 3 times (bgp-reference.md); the mapping applies that default.
 *
 * @param count the count, when written (1..10)
 * @param origin the FRR {@code origin} form: accept only routes the local AS originated
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record AllowAsIn(@Nullable Integer count, boolean origin) {

  public AllowAsIn {
    if (count != null && origin) {
      throw new IllegalArgumentException("allowas-in takes a count or origin, not both");
    }
  }
}
