package io.arsim.core.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.arsim.core.net.Ipv4Address;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A point-to-point tunnel interface of an NVA (IPsec VTI, VXLAN, GRE): an overlay link that needs no
 * VNet peering, because it runs over the NVAs' public addresses or whatever underlay carries it.
 * The NVA answers BGP on {@code localAddress}, reaches {@code remoteAddress} through the tunnel
 * (a connected route), and routes into the tunnel what its own routing table sends there.
 *
 * @param name tunnel name, unique within its NVA (static routes name it)
 * @param type IPsec, VXLAN or GRE; Azure blocks GRE packets inside virtual networks (VNet FAQ), so
 *     a GRE tunnel of an NVA in Azure carries nothing
 * @param localAddress the NVA's address on the tunnel interface
 * @param remoteAddress the far end's address on the tunnel
 * @param remote the far end: a branch or another NVA of the design (which must have the mirror
 *     tunnel); absent when the far end is outside the design
 */
@API(status = EXPERIMENTAL, since = "0.2")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Tunnel(
    @JsonProperty(required = true) @JsonPropertyDescription("Tunnel name, unique within the NVA.") String name,
    @JsonProperty(required = true)
        @JsonPropertyDescription("IPsec, VXLAN or GRE. Azure blocks GRE inside virtual networks; use IPsec for GRE"
            + " protected by IPsec.") TunnelType type,
    @JsonProperty(required = true) @JsonPropertyDescription("The NVA's address on the tunnel interface.")
        Ipv4Address localAddress,
    @JsonProperty(required = true) @JsonPropertyDescription("The far end's address on the tunnel.")
        Ipv4Address remoteAddress,
    @JsonPropertyDescription("The far end: a branch or another NVA of the design (with the mirror tunnel);"
        + " leave it out when the far end is outside the design.") @Nullable String remote) {

  public Tunnel {
    Names.required(name, "name");
    Names.required(type, "type");
    Names.required(localAddress, "localAddress");
    Names.required(remoteAddress, "remoteAddress");
  }

  /** The far end's name, when the design holds it. */
  public Optional<String> remoteName() {
    return Optional.ofNullable(remote);
  }
}
