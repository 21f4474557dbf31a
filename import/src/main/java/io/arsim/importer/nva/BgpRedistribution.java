package io.arsim.importer.nva;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.problem.SourceLocation;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * {@code redistribute PROTOCOL [metric N] [route-map NAME]}; redistributed routes get origin
 * incomplete.
 *
 * @param protocol the source as written: {@code static}, {@code connected}, {@code kernel}, {@code ospf 1}, ...
 * @param metric the MED they get, when written
 * @param routeMap the route map applied to them, when written
 * @param location the line
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record BgpRedistribution(String protocol, @Nullable Long metric, @Nullable String routeMap, SourceLocation location) {

  public BgpRedistribution {
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(location, "location");
  }
}
