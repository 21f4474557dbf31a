package io.arsim.expressroute.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.arsim.core.topology.ExtensionResource;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An ExpressRoute virtual network gateway (ASN 65515, not configurable: S19, S33) in the
 * GatewaySubnet of its VNet. arsim models it as one BGP speaker at the first usable address of
 * GatewaySubnet (.4).
 *
 * @param name gateway name, unique among gateways, NVAs and route servers
 * @param virtualNetwork the VNet whose GatewaySubnet hosts it
 * @param sku the gateway SKU (Standard, HighPerformance, UltraPerformance, ErGw1AZ, ErGw2AZ,
 *     ErGw3AZ, ErGwScale); informational
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ExpressRouteGateway(
    @JsonProperty(required = true) @JsonPropertyDescription("Gateway name, unique among gateways, NVAs and route"
        + " servers.") String name,
    @JsonProperty(required = true) @JsonPropertyDescription("The VNet whose GatewaySubnet hosts the gateway.")
        String virtualNetwork,
    @JsonPropertyDescription("Gateway SKU: Standard (default), HighPerformance, UltraPerformance, ErGw1AZ, ErGw2AZ,"
        + " ErGw3AZ or ErGwScale.") String sku) implements ExtensionResource {

  /** The SKUs Azure offers for ExpressRoute gateways. */
  public static final java.util.List<String> SKUS = java.util.List.of("Standard", "HighPerformance",
      "UltraPerformance", "ErGw1AZ", "ErGw2AZ", "ErGw3AZ", "ErGwScale");

  public ExpressRouteGateway {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(virtualNetwork, "virtualNetwork");
    Objects.requireNonNull(sku, "sku");
  }

  @JsonCreator
  static ExpressRouteGateway fromFile(
      @JsonProperty("name") String name,
      @JsonProperty("virtualNetwork") String virtualNetwork,
      @JsonProperty("sku") @Nullable String sku) {
    return new ExpressRouteGateway(name, virtualNetwork, sku == null ? "Standard" : sku);
  }
}
