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
 * An ExpressRoute circuit with its private peering: two links (primary and secondary), each a
 * Microsoft edge router (MSEE, AS 12076) between the on-premises router and the gateways connected
 * to the circuit (real-deployments R2).
 *
 * @param name circuit name, unique among circuits
 * @param sku Local, Standard (default) or Premium: decides the on-premises prefix limit
 * @param peeringLocation the peering location (informational)
 * @param primaryPeerAddressPrefix the /30 of the private peering's primary link: the on-premises
 *     router uses its first address, the MSEE its second (as in Azure)
 * @param secondaryPeerAddressPrefix the /30 of the secondary link; default the /30 after the primary
 * @param gateways the ExpressRoute gateways connected to the circuit
 * @param mseeAddresses the links' addresses as each gateway sees them (in its GatewaySubnet); a
 *     gateway not listed gets the default: the next free pair of its GatewaySubnet after every
 *     gateway's instances
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
    @JsonPropertyDescription("The /30 of the private peering's secondary link. Default: the /30 after the primary.")
        Ipv4Prefix secondaryPeerAddressPrefix,
    @JsonPropertyDescription("Names of the ExpressRoute gateways connected to the circuit.") List<String> gateways,
    @JsonPropertyDescription("The addresses of the circuit's primary and secondary links as a gateway sees them, in"
        + " its GatewaySubnet. Default: the next free pair of that GatewaySubnet after the gateways' instances.")
        List<MseeAddresses> mseeAddresses) implements ExtensionResource {

  public ExpressRouteCircuit {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(peeringLocation, "peeringLocation");
    Objects.requireNonNull(primaryPeerAddressPrefix, "primaryPeerAddressPrefix");
    Objects.requireNonNull(secondaryPeerAddressPrefix, "secondaryPeerAddressPrefix");
    gateways = List.copyOf(gateways);
    mseeAddresses = List.copyOf(mseeAddresses);
  }

  @JsonCreator
  static ExpressRouteCircuit fromFile(
      @JsonProperty("name") String name,
      @JsonProperty("sku") @Nullable CircuitSku sku,
      @JsonProperty("peeringLocation") @Nullable String peeringLocation,
      @JsonProperty("primaryPeerAddressPrefix") Ipv4Prefix primaryPeerAddressPrefix,
      @JsonProperty("secondaryPeerAddressPrefix") @Nullable Ipv4Prefix secondaryPeerAddressPrefix,
      @JsonProperty("gateways") @Nullable List<String> gateways,
      @JsonProperty("mseeAddresses") @Nullable List<MseeAddresses> mseeAddresses) {
    return new ExpressRouteCircuit(name, sku == null ? CircuitSku.Standard : sku,
        peeringLocation == null ? "" : peeringLocation, primaryPeerAddressPrefix,
        secondaryPeerAddressPrefix != null ? secondaryPeerAddressPrefix : nextBlock(primaryPeerAddressPrefix),
        gateways == null ? List.of() : gateways, mseeAddresses == null ? List.of() : mseeAddresses);
  }

  /**
   * The block of the same size after {@code primary} (wrapping at the end of the address space), so
   * a primary that is not a /30, which validation reports, still gives a well-formed default.
   */
  static Ipv4Prefix nextBlock(Ipv4Prefix primary) {
    long size = 1L << (32 - primary.length());
    long next = ((primary.network().bits() & 0xFFFF_FFFFL) + size) & 0xFFFF_FFFFL;
    return new Ipv4Prefix((int) next, primary.length());
  }

  /** The /30 of {@code link}. */
  public Ipv4Prefix peerAddressPrefix(CircuitLink link) {
    return link == CircuitLink.primary ? primaryPeerAddressPrefix : secondaryPeerAddressPrefix;
  }

  /** The on-premises router's address on {@code link} (the /30's first usable address). */
  public Ipv4Address customerAddress(CircuitLink link) {
    return peerAddressPrefix(link).network().plus(1);
  }

  /** The Microsoft edge's address on {@code link} toward on-premises (the /30's second usable address). */
  public Ipv4Address microsoftAddress(CircuitLink link) {
    return peerAddressPrefix(link).network().plus(2);
  }

  /** The MSEE addresses given for {@code gateway}, if any. */
  public java.util.Optional<MseeAddresses> mseeAddressesFor(String gateway) {
    return mseeAddresses.stream().filter(m -> m.gateway().equals(gateway)).findFirst();
  }
}
