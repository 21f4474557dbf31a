package io.arsim.importer.observed.azure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A NIC's effective routes as Azure shows them, in file order.
 *
 * @param source the file as the user named it
 * @param routes the rows
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record ObservedEffectiveRoutes(String source, List<ObservedEffectiveRoute> routes) {

  public ObservedEffectiveRoutes {
    Objects.requireNonNull(source, "source");
    routes = List.copyOf(routes);
  }

  /** The active rows. */
  public List<ObservedEffectiveRoute> active() {
    return routes.stream().filter(ObservedEffectiveRoute::isActive).toList();
  }
}
