package io.arsim.expressroute.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.arsim.core.net.Ipv4Address;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A site-to-site VPN connection from an on-premises site to a VPN gateway.
 *
 * @param vpnGateway the VPN gateway's name
 * @param enableBgp whether the connection runs BGP (default true); without BGP the gateway holds
 *     the site's prefixes as static local-network-gateway prefixes
 * @param bgpPeeringAddress the on-premises device's BGP address (required with BGP)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record VpnConnection(
    @JsonProperty(required = true) @JsonPropertyDescription("Name of the VPN gateway.") String vpnGateway,
    @JsonPropertyDescription("Run BGP over the connection. Default true; without BGP the gateway uses the site's"
        + " prefixes as static routes.") boolean enableBgp,
    @JsonPropertyDescription("The on-premises device's BGP address (required with BGP).")
        @Nullable Ipv4Address bgpPeeringAddress) {

  public VpnConnection {
    Objects.requireNonNull(vpnGateway, "vpnGateway");
  }

  @JsonCreator
  static VpnConnection fromFile(
      @JsonProperty("vpnGateway") String vpnGateway,
      @JsonProperty("enableBgp") @Nullable Boolean enableBgp,
      @JsonProperty("bgpPeeringAddress") @Nullable Ipv4Address bgpPeeringAddress) {
    return new VpnConnection(vpnGateway, enableBgp == null || enableBgp, bgpPeeringAddress);
  }
}
