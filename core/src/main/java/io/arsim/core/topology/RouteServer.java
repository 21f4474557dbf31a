package io.arsim.core.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.arsim.core.net.Ipv4Address;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An Azure Route Server (ARM {@code Microsoft.Network/virtualHubs}, kind RouteServer): ASN 65515,
 * two instances, in the RouteServerSubnet of its VNet.
 *
 * @param name route server name
 * @param virtualNetwork the VNet whose RouteServerSubnet hosts it
 * @param allowBranchToBranchTraffic exchange routes with the VNet's ExpressRoute and VPN gateways
 * @param hubRoutingPreference which source wins for the same prefix: ExpressRoute (default),
 *     VpnGateway or ASPath
 * @param virtualRouterIps the two instance addresses; empty means the .4 and .5 of RouteServerSubnet
 * @param bgpConnections the BGP peers (at most 8), each peered with both instances
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RouteServer(
    @JsonProperty(required = true) @JsonPropertyDescription("Route server name.") String name,
    @JsonProperty(required = true)
        @JsonPropertyDescription("The VNet whose RouteServerSubnet hosts the route server.") String virtualNetwork,
    @JsonPropertyDescription("Exchange routes with the VNet's ExpressRoute and VPN gateways (branch-to-branch). Default false.")
        boolean allowBranchToBranchTraffic,
    @JsonPropertyDescription("Which source wins for the same prefix: ExpressRoute (default), VpnGateway or ASPath.")
        HubRoutingPreference hubRoutingPreference,
    @JsonPropertyDescription("The two instance addresses. Default: the .4 and .5 of RouteServerSubnet.")
        List<Ipv4Address> virtualRouterIps,
    @JsonPropertyDescription("BGP peers (at most 8); each peers with both instances.")
        List<BgpConnection> bgpConnections) {

  /** Azure Route Server's fixed ASN. */
  public static final long ASN = 65515;

  public RouteServer {
    Names.required(name, "name");
    Names.required(virtualNetwork, "virtualNetwork");
    Names.required(hubRoutingPreference, "hubRoutingPreference");
    virtualRouterIps = Names.list(virtualRouterIps);
    bgpConnections = Names.list(bgpConnections);
  }

  @JsonCreator
  static RouteServer fromFile(
      @JsonProperty(value = "name") String name,
      @JsonProperty(value = "virtualNetwork") String virtualNetwork,
      @JsonProperty("allowBranchToBranchTraffic")
          @Nullable Boolean allowBranchToBranchTraffic,
      @JsonProperty("hubRoutingPreference")
          @Nullable HubRoutingPreference hubRoutingPreference,
      @JsonProperty("virtualRouterIps")
          @Nullable List<Ipv4Address> virtualRouterIps,
      @JsonProperty("bgpConnections")
          @Nullable List<BgpConnection> bgpConnections) {
    return new RouteServer(
        name,
        virtualNetwork,
        allowBranchToBranchTraffic != null && allowBranchToBranchTraffic,
        hubRoutingPreference == null ? HubRoutingPreference.ExpressRoute : hubRoutingPreference,
        virtualRouterIps,
        bgpConnections);
  }
}
