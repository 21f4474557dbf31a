package io.arsim.core.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.arsim.core.net.IpPrefix;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A virtual network.
 *
 * @param name VNet name, unique in the design
 * @param location Azure region, e.g. {@code westeurope}; peerings across regions are global
 * @param addressSpace the VNet's address prefixes (ARM {@code addressSpace.addressPrefixes})
 * @param subnets its subnets
 * @param virtualNetworkPeerings its side of each VNet peering
 */
@API(status = EXPERIMENTAL, since = "0.1")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record VirtualNetwork(
    @JsonProperty(required = true) @JsonPropertyDescription("VNet name, unique in the design.") String name,
    @JsonProperty(required = true)
        @JsonPropertyDescription("Azure region, e.g. westeurope. Peerings between regions are global peerings.")
        String location,
    @JsonProperty(required = true)
        @JsonPropertyDescription("Address prefixes of the VNet (ARM addressSpace.addressPrefixes), e.g. [10.0.0.0/16].")
        List<IpPrefix> addressSpace,
    @JsonPropertyDescription("Subnets of the VNet.") List<Subnet> subnets,
    @JsonPropertyDescription("This VNet's side of each VNet peering.")
        List<VirtualNetworkPeering> virtualNetworkPeerings) {

  public VirtualNetwork {
    Names.required(name, "name");
    Names.required(location, "location");
    addressSpace = Names.list(addressSpace);
    subnets = Names.list(subnets);
    virtualNetworkPeerings = Names.list(virtualNetworkPeerings);
  }

  /** The subnet named {@code name}. */
  public Optional<Subnet> subnet(String name) {
    return subnets.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** Whether any address prefix of the VNet is IPv6. */
  public boolean hasIpv6() {
    return addressSpace.stream().anyMatch(p -> !p.isIpv4());
  }
}
