package io.arsim.core.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One side of a VNet peering, declared on the local VNet (as in ARM, each VNet holds its own
 * peering resource; traffic flows only when both sides exist).
 *
 * @param name peering name
 * @param remoteVirtualNetwork the peered VNet
 * @param allowVirtualNetworkAccess whether the VNets can reach each other (Azure default true)
 * @param allowForwardedTraffic accept traffic forwarded by an NVA in the remote VNet (default false)
 * @param allowGatewayTransit let the remote VNet use this VNet's gateways and route server (default false)
 * @param useRemoteGateways use the remote VNet's gateways and route server (default false); at most
 *     one peering of a VNet may set it, and the remote side must allow gateway transit
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record VirtualNetworkPeering(
    @JsonPropertyDescription("Peering name; defaults to to-<remote>.") String name,
    @JsonProperty(required = true) @JsonPropertyDescription("Name of the peered VNet.") String remoteVirtualNetwork,
    @JsonPropertyDescription("Whether the VNets can reach each other. Default true.") boolean allowVirtualNetworkAccess,
    @JsonPropertyDescription("Accept traffic forwarded by an NVA in the remote VNet. Default false.")
        boolean allowForwardedTraffic,
    @JsonPropertyDescription("Let the remote VNet use this VNet's gateways and route server. Default false.")
        boolean allowGatewayTransit,
    @JsonPropertyDescription(
            "Use the remote VNet's gateways and route server. Default false. At most one peering per VNet.")
        boolean useRemoteGateways) {

  public VirtualNetworkPeering {
    Names.required(name, "name");
    Names.required(remoteVirtualNetwork, "remoteVirtualNetwork");
  }

  @JsonCreator
  static VirtualNetworkPeering fromFile(
      @JsonProperty(value = "name") @Nullable String name,
      @JsonProperty(value = "remoteVirtualNetwork") String remoteVirtualNetwork,
      @JsonProperty("allowVirtualNetworkAccess")
          @Nullable Boolean allowVirtualNetworkAccess,
      @JsonProperty("allowForwardedTraffic")
          @Nullable Boolean allowForwardedTraffic,
      @JsonProperty("allowGatewayTransit")
          @Nullable Boolean allowGatewayTransit,
      @JsonProperty("useRemoteGateways")
          @Nullable Boolean useRemoteGateways) {
    return new VirtualNetworkPeering(
        name == null ? "to-" + remoteVirtualNetwork : name,
        remoteVirtualNetwork,
        allowVirtualNetworkAccess == null || allowVirtualNetworkAccess,
        allowForwardedTraffic != null && allowForwardedTraffic,
        allowGatewayTransit != null && allowGatewayTransit,
        useRemoteGateways != null && useRemoteGateways);
  }
}
