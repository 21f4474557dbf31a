package io.arsim.expressroute.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.ExtensionResource;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An ExpressRoute circuit with its private peering: the Microsoft edge (MSEE, AS 12076) between
 * the on-premises router and the gateways connected to the circuit.
 *
 * @param name circuit name, unique among circuits
 * @param sku Local, Standard (default) or Premium: decides the on-premises prefix limit
 * @param peeringLocation the peering location (informational)
 * @param primaryPeerAddressPrefix the /30 of the private peering's primary link: the on-premises
 *     router uses its first address, the MSEE its second (as in Azure)
 * @param gateways the ExpressRoute gateways connected to the circuit
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ExpressRouteCircuit(
    @JsonProperty(required = true) @JsonPropertyDescription("Circuit name, unique among circuits.") String name,
    @JsonPropertyDescription("Circuit SKU: Local, Standard (default) or Premium. On-premises may advertise 4,000"
        + " prefixes (Local, Standard) or 10,000 (Premium).") CircuitSku sku,
    @JsonPropertyDescription("Peering location, e.g. Amsterdam (informational).") String peeringLocation,
    @JsonProperty(required = true) @JsonPropertyDescription("The /30 of the private peering's primary link: the"
        + " on-premises router uses its first address, the Microsoft edge its second.")
        Ipv4Prefix primaryPeerAddressPrefix,
    @JsonPropertyDescription("Names of the ExpressRoute gateways connected to the circuit.") List<String> gateways)
    implements ExtensionResource {

  public ExpressRouteCircuit {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(peeringLocation, "peeringLocation");
    Objects.requireNonNull(primaryPeerAddressPrefix, "primaryPeerAddressPrefix");
    gateways = List.copyOf(gateways);
  }

  @JsonCreator
  static ExpressRouteCircuit fromFile(
      @JsonProperty("name") String name,
      @JsonProperty("sku") @Nullable CircuitSku sku,
      @JsonProperty("peeringLocation") @Nullable String peeringLocation,
      @JsonProperty("primaryPeerAddressPrefix") Ipv4Prefix primaryPeerAddressPrefix,
      @JsonProperty("gateways") @Nullable List<String> gateways) {
    return new ExpressRouteCircuit(name, sku == null ? CircuitSku.Standard : sku,
        peeringLocation == null ? "" : peeringLocation, primaryPeerAddressPrefix,
        gateways == null ? List.of() : gateways);
  }

  /** The on-premises router's address on the primary link (the /30's first usable address). */
  public Ipv4Address customerAddress() {
    return primaryPeerAddressPrefix.network().plus(1);
  }

  /** The Microsoft edge's address on the primary link (the /30's second usable address). */
  public Ipv4Address microsoftAddress() {
    return primaryPeerAddressPrefix.network().plus(2);
  }
}
