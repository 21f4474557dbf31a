package io.arsim.core.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A route table with user-defined routes.
 *
 * @param name route table name
 * @param disableBgpRoutePropagation ARM's name for turning "propagate gateway routes" off: when
 *     true, subnets using this table get no routes from gateways or route servers
 * @param routes the user-defined routes
 */
@API(status = EXPERIMENTAL, since = "0.1")
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record RouteTable(
    @JsonProperty(required = true) @JsonPropertyDescription("Route table name, unique in the design.") String name,
    @JsonPropertyDescription(
            "ARM's name for turning 'Propagate gateway routes' off: true means subnets using this table"
                + " get no routes from gateways or route servers. Default false.")
        boolean disableBgpRoutePropagation,
    @JsonPropertyDescription("User-defined routes.") List<UserDefinedRoute> routes) {

  public RouteTable {
    Names.required(name, "name");
    routes = Names.list(routes);
  }

  /** Whether gateway and route-server routes reach subnets using this table. */
  public boolean propagatesGatewayRoutes() {
    return !disableBgpRoutePropagation;
  }
}
