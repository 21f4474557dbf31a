package io.arsim.core.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.arsim.core.net.Ipv4Address;
import org.apiguardian.api.API;

/**
 * The private frontend IP configuration of an internal load balancer (ARM
 * {@code frontendIPConfigurations[]} with a static private address).
 *
 * @param subnet the subnet, written {@code vnet/subnet}
 * @param privateIpAddress the frontend address: the next hop routes and BGP use
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record LoadBalancerFrontend(
    @JsonProperty(required = true) @JsonPropertyDescription("The frontend's subnet, written vnet/subnet.")
        SubnetRef subnet,
    @JsonProperty(required = true)
        @JsonPropertyDescription("The frontend's private IPv4 address, inside the subnet: the next hop to use.")
        Ipv4Address privateIpAddress) {

  public LoadBalancerFrontend {
    Names.required(subnet, "subnet");
    Names.required(privateIpAddress, "privateIpAddress");
  }
}
