package io.arsim.importer.nva;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.problem.SourceLocation;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A {@code network} statement: FRR {@code network A.B.C.D/M [route-map NAME]}, IOS-XE {@code
 * network A.B.C.D [mask M] [route-map NAME]} (without a mask, the classful network). Both vendors
 * originate the prefix only when the routing table holds it (a static or connected route), unless
 * FRR's {@code no bgp network import-check}.
 *
 * @param prefix the prefix to originate
 * @param routeMap the route map applied to it, when written
 * @param backdoor {@code backdoor}
 * @param location the line
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record BgpNetwork(Ipv4Prefix prefix, @Nullable String routeMap, boolean backdoor, SourceLocation location) {

  public BgpNetwork {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(location, "location");
  }
}
