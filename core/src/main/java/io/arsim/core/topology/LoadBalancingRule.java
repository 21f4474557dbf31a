package io.arsim.core.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A load-balancing rule (ARM {@code loadBalancingRules[]}). An <em>HA-ports</em> rule has protocol
 * {@code All} and frontend and backend port 0: the internal load balancer then balances every TCP
 * and UDP flow on every port (Azure "High availability ports overview"), which is what NVAs behind
 * a next-hop load balancer need.
 *
 * @param name rule name, unique within its load balancer
 * @param protocol {@code All} (HA ports), {@code Tcp} or {@code Udp}
 * @param frontendPort 0 for HA ports, else 1..65535
 * @param backendPort 0 for HA ports, else 1..65535; defaults to the frontend port
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record LoadBalancingRule(
    @JsonProperty(required = true) @JsonPropertyDescription("Rule name, unique within the load balancer.") String name,
    @JsonProperty(required = true)
        @JsonPropertyDescription("All (with ports 0: HA ports, every TCP and UDP flow), Tcp or Udp.")
        LoadBalancerProtocol protocol,
    @JsonPropertyDescription("Frontend port: 0 for HA ports, else 1..65535. Default 0.") int frontendPort,
    @JsonPropertyDescription("Backend port: 0 for HA ports, else 1..65535. Default: the frontend port.")
        int backendPort) {

  public LoadBalancingRule {
    Names.required(name, "name");
    Names.required(protocol, "protocol");
  }

  @JsonCreator
  static LoadBalancingRule fromFile(
      @JsonProperty("name") String name,
      @JsonProperty("protocol") LoadBalancerProtocol protocol,
      @JsonProperty("frontendPort") @Nullable Integer frontendPort,
      @JsonProperty("backendPort") @Nullable Integer backendPort) {
    int front = frontendPort == null ? 0 : frontendPort;
    return new LoadBalancingRule(name, protocol, front, backendPort == null ? front : backendPort);
  }

  /** An HA-ports rule: protocol All on port 0 (every TCP and UDP flow). */
  public static LoadBalancingRule haPorts(String name) {
    return new LoadBalancingRule(name, LoadBalancerProtocol.All, 0, 0);
  }

  /** Whether this is an HA-ports rule: protocol All, frontend and backend port 0. */
  public boolean haPorts() {
    return protocol == LoadBalancerProtocol.All && frontendPort == 0 && backendPort == 0;
  }
}
