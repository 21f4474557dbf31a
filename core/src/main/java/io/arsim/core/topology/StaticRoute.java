package io.arsim.core.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import org.apiguardian.api.API;

/**
 * A static route on an NVA ({@code ip route PREFIX NEXT-HOP}). A {@code network} statement for the
 * same prefix is backed by it: the NVA's vendor profile decides which next hop its own BGP table
 * shows for that network (Cisco IOS-XE: the static's next hop; FRR: 0.0.0.0).
 *
 * @param prefix the destination
 * @param nextHop the address the route points at
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record StaticRoute(
    @JsonProperty(required = true) @JsonPropertyDescription("The destination prefix.") Ipv4Prefix prefix,
    @JsonProperty(required = true) @JsonPropertyDescription("The next-hop address.") Ipv4Address nextHop) {

  public StaticRoute {
    Names.required(prefix, "prefix");
    Names.required(nextHop, "nextHop");
  }
}
