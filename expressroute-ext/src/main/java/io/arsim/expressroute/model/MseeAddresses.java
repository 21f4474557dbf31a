package io.arsim.expressroute.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.arsim.core.net.Ipv4Address;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The addresses of a circuit's two Microsoft edge links as one connected gateway sees them: inside
 * that gateway's GatewaySubnet, Microsoft-assigned next to the gateway's instances
 * (real-deployments R2). The BGP next hops VMs get for on-premises routes.
 *
 * @param gateway the ExpressRoute gateway they are seen from
 * @param primary the primary link's address
 * @param secondary the secondary link's address
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record MseeAddresses(
    @JsonProperty(required = true) @JsonPropertyDescription("The ExpressRoute gateway (connected to the circuit).")
        String gateway,
    @JsonProperty(required = true) @JsonPropertyDescription("The primary link's address, in the gateway's"
        + " GatewaySubnet.") Ipv4Address primary,
    @JsonProperty(required = true) @JsonPropertyDescription("The secondary link's address, in the gateway's"
        + " GatewaySubnet.") Ipv4Address secondary) {

  public MseeAddresses {
    Objects.requireNonNull(gateway, "gateway");
    Objects.requireNonNull(primary, "primary");
    Objects.requireNonNull(secondary, "secondary");
  }
}
