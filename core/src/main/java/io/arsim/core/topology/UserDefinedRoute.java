package io.arsim.core.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.arsim.core.net.IpPrefix;
import io.arsim.core.net.Ipv4Address;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A user-defined route (ARM {@code routes[]} of a route table).
 *
 * @param name route name
 * @param addressPrefix destination prefix
 * @param nextHopType where matching traffic goes
 * @param nextHopIpAddress the appliance address, required for {@code VirtualAppliance} and
 *     forbidden otherwise
 */
@API(status = EXPERIMENTAL, since = "0.1")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserDefinedRoute(
    @JsonProperty(required = true) @JsonPropertyDescription("Route name, unique in its table.") String name,
    @JsonProperty(required = true) @JsonPropertyDescription("Destination prefix.") IpPrefix addressPrefix,
    @JsonProperty(required = true) @JsonPropertyDescription("Where matching traffic goes.") NextHopType nextHopType,
    @JsonPropertyDescription("Next-hop address; required with VirtualAppliance, forbidden otherwise.")
        @Nullable Ipv4Address nextHopIpAddress) {

  public UserDefinedRoute {
    Names.required(name, "name");
    Names.required(addressPrefix, "addressPrefix");
    Names.required(nextHopType, "nextHopType");
  }
}
