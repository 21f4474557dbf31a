package io.arsim.importer.nva;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.problem.SourceLocation;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * {@code aggregate-address} (FRR {@code A.B.C.D/M}, IOS-XE {@code A.B.C.D M}): originated while a
 * more specific route is in the BGP table.
 *
 * @param prefix the aggregate
 * @param summaryOnly {@code summary-only}: the more specific routes are not advertised
 * @param asSet {@code as-set}: the aggregate carries the ASNs of the aggregated routes as an AS_SET
 * @param routeMap FRR {@code route-map NAME} / IOS-XE {@code attribute-map NAME}, when written
 * @param location the line
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record BgpAggregate(
    Ipv4Prefix prefix, boolean summaryOnly, boolean asSet, @Nullable String routeMap, SourceLocation location) {

  public BgpAggregate {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(location, "location");
  }
}
