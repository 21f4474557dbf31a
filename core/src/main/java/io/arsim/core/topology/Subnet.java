package io.arsim.core.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.arsim.core.net.IpPrefix;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A subnet of a VNet.
 *
 * @param name subnet name, unique in its VNet; a route server needs one named exactly
 *     {@code RouteServerSubnet}, gateways one named {@code GatewaySubnet}
 * @param addressPrefix the subnet's prefix, inside the VNet's address space
 * @param routeTable the name of the route table associated with the subnet, if any
 */
@API(status = EXPERIMENTAL, since = "0.1")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Subnet(
    @JsonProperty(required = true) @JsonPropertyDescription("Subnet name, unique in its VNet.") String name,
    @JsonProperty(required = true) @JsonPropertyDescription("The subnet's prefix, inside the VNet's address space.")
        IpPrefix addressPrefix,
    @JsonPropertyDescription("Name of the route table associated with the subnet.") @Nullable String routeTable) {

  /** The subnet name Azure Route Server requires. */
  public static final String ROUTE_SERVER_SUBNET = "RouteServerSubnet";

  /** The subnet name ExpressRoute and VPN gateways require. */
  public static final String GATEWAY_SUBNET = "GatewaySubnet";

  public Subnet {
    Names.required(name, "name");
    Names.required(addressPrefix, "addressPrefix");
  }
}
