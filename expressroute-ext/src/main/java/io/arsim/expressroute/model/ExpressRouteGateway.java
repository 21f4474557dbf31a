package io.arsim.expressroute.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.topology.ExtensionResource;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An ExpressRoute virtual network gateway (ASN 65515, not configurable: S19, S33) in the
 * GatewaySubnet of its VNet. It has two instances, each its own BGP speaker (real-deployments R2),
 * at two addresses of GatewaySubnet: the given ones, or by default the next free pair in deployment
 * order (the order of the file), from the subnet's .4 upward.
 *
 * @param name gateway name, unique among gateways, NVAs and route servers
 * @param virtualNetwork the VNet whose GatewaySubnet hosts it
 * @param sku the gateway SKU (Standard, HighPerformance, UltraPerformance, ErGw1AZ, ErGw2AZ,
 *     ErGw3AZ, ErGwScale); informational
 * @param bgpPeeringAddresses the two instances' addresses in GatewaySubnet; empty for the default
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ExpressRouteGateway(
    @JsonProperty(required = true) @JsonPropertyDescription("Gateway name, unique among gateways, NVAs and route"
        + " servers.") String name,
    @JsonProperty(required = true) @JsonPropertyDescription("The VNet whose GatewaySubnet hosts the gateway.")
        String virtualNetwork,
    @JsonPropertyDescription("Gateway SKU: Standard (default), HighPerformance, UltraPerformance, ErGw1AZ, ErGw2AZ,"
        + " ErGw3AZ or ErGwScale.") String sku,
    @JsonPropertyDescription("The addresses of the gateway's two instances in GatewaySubnet. Default: the next free"
        + " pair of GatewaySubnet in deployment order (the order of the file), from .4 upward.")
        List<Ipv4Address> bgpPeeringAddresses) implements ExtensionResource {

  /** The SKUs Azure offers for ExpressRoute gateways. */
  public static final List<String> SKUS = List.of("Standard", "HighPerformance",
      "UltraPerformance", "ErGw1AZ", "ErGw2AZ", "ErGw3AZ", "ErGwScale");

  public ExpressRouteGateway {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(virtualNetwork, "virtualNetwork");
    Objects.requireNonNull(sku, "sku");
    bgpPeeringAddresses = List.copyOf(bgpPeeringAddresses);
  }

  @JsonCreator
  static ExpressRouteGateway fromFile(
      @JsonProperty("name") String name,
      @JsonProperty("virtualNetwork") String virtualNetwork,
      @JsonProperty("sku") @Nullable String sku,
      @JsonProperty("bgpPeeringAddresses") @Nullable List<Ipv4Address> bgpPeeringAddresses) {
    return new ExpressRouteGateway(name, virtualNetwork, sku == null ? "Standard" : canonicalSku(sku),
        bgpPeeringAddresses == null ? List.of() : bgpPeeringAddresses);
  }

  /**
   * The SKU as Azure spells it when {@code sku} names one but for case ({@code ergw1az} is
   * {@code ErGw1AZ}: ARM compares SKU names case-insensitively); otherwise {@code sku} unchanged,
   * for validation to report.
   */
  static String canonicalSku(String sku) {
    return SKUS.stream().filter(known -> known.equalsIgnoreCase(sku)).findFirst().orElse(sku);
  }
}
