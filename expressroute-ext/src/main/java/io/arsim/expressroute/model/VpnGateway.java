package io.arsim.expressroute.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.arsim.core.bgp.Asn;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.topology.ExtensionResource;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A VPN virtual network gateway in the GatewaySubnet of its VNet (S21, S35). Beside a route server
 * it must be active-active and keep ASN 65515 (S1, S4, S12b).
 *
 * @param name gateway name, unique among gateways, NVAs and route servers
 * @param virtualNetwork the VNet whose GatewaySubnet hosts it
 * @param activeActive whether both instances are active (default false, as in Azure)
 * @param asn its ASN (default 65515)
 * @param enableBgp whether it runs BGP with on-premises (default true)
 * @param bgpPeeringAddresses its instances' BGP addresses in GatewaySubnet; default the last usable
 *     address of GatewaySubnet, and the one before it for the second instance when active-active
 * @param vnetToVnetConnections its VNet-to-VNet connections to other VPN gateways
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record VpnGateway(
    @JsonProperty(required = true) @JsonPropertyDescription("Gateway name, unique among gateways, NVAs and route"
        + " servers.") String name,
    @JsonProperty(required = true) @JsonPropertyDescription("The VNet whose GatewaySubnet hosts the gateway.")
        String virtualNetwork,
    @JsonPropertyDescription("Both instances active. Default false; required beside a route server.")
        boolean activeActive,
    @JsonPropertyDescription("The gateway's ASN. Default 65515, which a route server requires.") Asn asn,
    @JsonPropertyDescription("Run BGP with on-premises sites. Default true.") boolean enableBgp,
    @JsonPropertyDescription("BGP addresses of the instances, in GatewaySubnet. Default: the subnet's last usable"
        + " address, and the one before it for the second instance when active-active.")
        List<Ipv4Address> bgpPeeringAddresses,
    @JsonPropertyDescription("VNet-to-VNet connections to VPN gateways in other VNets (declare each once).")
        List<VnetToVnetConnection> vnetToVnetConnections) implements ExtensionResource {

  public VpnGateway {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(virtualNetwork, "virtualNetwork");
    Objects.requireNonNull(asn, "asn");
    bgpPeeringAddresses = List.copyOf(bgpPeeringAddresses);
    vnetToVnetConnections = List.copyOf(vnetToVnetConnections);
  }

  /** A gateway without VNet-to-VNet connections. */
  public VpnGateway(String name, String virtualNetwork, boolean activeActive, Asn asn, boolean enableBgp,
      List<Ipv4Address> bgpPeeringAddresses) {
    this(name, virtualNetwork, activeActive, asn, enableBgp, bgpPeeringAddresses, List.of());
  }

  /** How many instances speak BGP: two when active-active, one otherwise. */
  public int instances() {
    return activeActive ? 2 : 1;
  }

  @JsonCreator
  static VpnGateway fromFile(
      @JsonProperty("name") String name,
      @JsonProperty("virtualNetwork") String virtualNetwork,
      @JsonProperty("activeActive") @Nullable Boolean activeActive,
      @JsonProperty("asn") @Nullable Asn asn,
      @JsonProperty("enableBgp") @Nullable Boolean enableBgp,
      @JsonProperty("bgpPeeringAddresses") @Nullable List<Ipv4Address> bgpPeeringAddresses,
      @JsonProperty("vnetToVnetConnections") @Nullable List<VnetToVnetConnection> vnetToVnetConnections) {
    return new VpnGateway(name, virtualNetwork, activeActive != null && activeActive,
        asn == null ? Asn.AZURE_ROUTE_SERVER : asn, enableBgp == null || enableBgp,
        bgpPeeringAddresses == null ? List.of() : bgpPeeringAddresses,
        vnetToVnetConnections == null ? List.of() : vnetToVnetConnections);
  }
}
