package io.arsim.importer.observed.azure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Address;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * The routes of one {@code list-learned-routes} or {@code list-advertised-routes} output (or the
 * PowerShell equivalent), in file order.
 *
 * @param source the file as the user named it
 * @param routes the routes, both instances
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record ObservedRouteServerRoutes(String source, List<ObservedRouteServerRoute> routes) {

  public ObservedRouteServerRoutes {
    Objects.requireNonNull(source, "source");
    routes = List.copyOf(routes);
  }

  /** The instance addresses the routes are on, in address order. */
  public List<Ipv4Address> localAddresses() {
    return List.copyOf(new TreeSet<>(routes.stream().map(ObservedRouteServerRoute::localAddress).toList()));
  }

  /** The routes on the instance with {@code localAddress}. */
  public List<ObservedRouteServerRoute> onInstance(Ipv4Address localAddress) {
    return routes.stream().filter(r -> r.localAddress().equals(localAddress)).toList();
  }
}
