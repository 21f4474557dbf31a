package io.arsim.core.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An internal Azure load balancer (Standard SKU, ARM {@code Microsoft.Network/loadBalancers} with a
 * private frontend) in front of NVAs: the "next hop IP" of Azure Route Server (S6, S28, S29) and of
 * {@code VirtualAppliance} UDRs. Traffic sent to the frontend, as a route's next hop or as its
 * destination, goes to one healthy backend NIC per flow; a backend is healthy while its NVA (or VM)
 * is up, which is what the health probe finds out in Azure.
 *
 * @param name load balancer name, unique among load balancers
 * @param frontend the private frontend IP configuration (one per load balancer in arsim)
 * @param backendPool names of the NICs in the backend pool (NVA NICs for a next hop)
 * @param rules load-balancing rules: one HA-ports rule (protocol {@code All}, ports 0) for NVAs, or
 *     port rules
 * @param healthProbe the probe the rules use; descriptive in arsim, which takes a backend as
 *     healthy while its owner is up
 */
@API(status = EXPERIMENTAL, since = "0.2")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record LoadBalancer(
    @JsonProperty(required = true) @JsonPropertyDescription("Load balancer name, unique among load balancers.")
        String name,
    @JsonProperty(required = true)
        @JsonPropertyDescription("The private frontend: subnet (vnet/subnet) and privateIpAddress.")
        LoadBalancerFrontend frontend,
    @JsonPropertyDescription("Names of the NICs in the backend pool; NVA NICs when the frontend is a next hop.")
        List<String> backendPool,
    @JsonPropertyDescription("Load-balancing rules: {name, protocol: All, frontendPort: 0, backendPort: 0} is an"
        + " HA-ports rule (every TCP and UDP flow); Tcp/Udp rules forward one port.") List<LoadBalancingRule> rules,
    @JsonPropertyDescription("The health probe: {protocol: Tcp|Http|Https, port, requestPath}. arsim takes a backend"
        + " as healthy while its NVA is up.") @Nullable HealthProbe healthProbe) {

  public LoadBalancer {
    Names.required(name, "name");
    Names.required(frontend, "frontend");
    backendPool = Names.list(backendPool);
    rules = Names.list(rules);
  }

  /** Whether a rule is an HA-ports rule: every TCP and UDP flow on every port is balanced. */
  public boolean haPorts() {
    return rules.stream().anyMatch(LoadBalancingRule::haPorts);
  }
}
