package io.arsim.importer.observed;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.Origin;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.problem.SourceLocation;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One path of a prefix as a router shows it. Values the output leaves blank are null.
 *
 * @param nextHop the next hop ({@code 0.0.0.0} for a locally originated route)
 * @param asPath the AS path, neighbour first
 * @param valid valid ({@code *}; a RIB-failure {@code r} path is valid too: it is a usable BGP path the
 *     router did not install because another protocol's route won)
 * @param best the best path ({@code >})
 * @param multipath used for ECMP besides the best path (IOS-XE {@code m}, FRR {@code =})
 * @param internal learned over iBGP ({@code i})
 * @param ribFailure not installed in the routing table ({@code r})
 * @param suppressed suppressed by an aggregate ({@code s})
 * @param weight the weight
 * @param localPreference the LOCAL_PREF
 * @param med the MED (the {@code Metric} column)
 * @param origin the ORIGIN
 * @param peer the peer the path was learned from (FRR {@code peerId}); null when the output does not say
 * @param location where the path is: the line of text, or the file for JSON
 * @param pointer the JSON pointer of the path; empty for text
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record ObservedPath(
    Ipv4Address nextHop,
    AsPath asPath,
    boolean valid,
    boolean best,
    boolean multipath,
    boolean internal,
    boolean ribFailure,
    boolean suppressed,
    @Nullable Long weight,
    @Nullable Long localPreference,
    @Nullable Long med,
    @Nullable Origin origin,
    @Nullable String peer,
    SourceLocation location,
    String pointer) {

  public ObservedPath {
    Objects.requireNonNull(nextHop, "nextHop");
    Objects.requireNonNull(asPath, "asPath");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(pointer, "pointer");
  }
}
