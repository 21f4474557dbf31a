package io.arsim.importer.nva;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.problem.SourceLocation;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A static route ({@code ip route}). At least one of next hop and interface is present; a route to
 * {@code Null0} or {@code blackhole} has the interface {@code Null0} / {@code blackhole}.
 *
 * @param prefix the destination
 * @param nextHop the next-hop address, when given
 * @param interfaceName the outgoing interface, when given
 * @param distance the administrative distance, when given (FRR and IOS-XE use 1 otherwise)
 * @param vrf the VRF, when the route is not in the default one
 * @param location the {@code ip route} line
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record StaticRoute(
    Ipv4Prefix prefix,
    @Nullable Ipv4Address nextHop,
    @Nullable String interfaceName,
    @Nullable Integer distance,
    @Nullable String vrf,
    SourceLocation location) {

  public StaticRoute {
    Objects.requireNonNull(prefix, "prefix");
    if (nextHop == null && interfaceName == null) {
      throw new IllegalArgumentException("a static route to " + prefix + " needs a next hop or an interface");
    }
    Objects.requireNonNull(location, "location");
  }
}
