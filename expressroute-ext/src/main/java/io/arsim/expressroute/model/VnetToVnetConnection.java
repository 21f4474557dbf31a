package io.arsim.expressroute.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A VNet-to-VNet VPN connection from one VPN gateway to another (declared once, on either side).
 * With BGP the two gateways' instances peer (eBGP: the ASNs must differ); without it each gateway
 * routes the other VNet's address space statically.
 *
 * @param remoteVpnGateway the VPN gateway at the other end
 * @param enableBgp whether the connection runs BGP (default false)
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record VnetToVnetConnection(
    @JsonProperty(required = true) @JsonPropertyDescription("The VPN gateway at the other end (in another VNet).")
        String remoteVpnGateway,
    @JsonPropertyDescription("Run BGP over the connection (the two gateways need different ASNs). Default false:"
        + " each gateway routes the other VNet's address space statically.") boolean enableBgp) {

  public VnetToVnetConnection {
    Objects.requireNonNull(remoteVpnGateway, "remoteVpnGateway");
  }

  @JsonCreator
  static VnetToVnetConnection fromFile(@JsonProperty("remoteVpnGateway") String remoteVpnGateway,
      @JsonProperty("enableBgp") @Nullable Boolean enableBgp) {
    return new VnetToVnetConnection(remoteVpnGateway, enableBgp != null && enableBgp);
  }
}
