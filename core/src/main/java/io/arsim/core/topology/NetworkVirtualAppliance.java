package io.arsim.core.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.arsim.core.bgp.Asn;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A network virtual appliance: an ordinary BGP router with NICs in a VNet, behaving as its vendor's
 * routers do (the engine's vendor profiles: {@code frr}, {@code cisco-iosxe}).
 *
 * @param name NVA name, unique among VMs and NVAs
 * @param asn its ASN
 * @param routerId BGP router id; defaults to the address of its first NIC
 * @param networkInterfaces its NICs (at least one)
 * @param networks prefixes it originates (like FRR {@code network} statements)
 * @param maximumPaths how many equal paths it installs ({@code maximum-paths}, 1..256); null: the
 *     vendor profile's default
 * @param bgpNeighbors its BGP neighbours
 * @param stateful whether it tracks connections (a firewall): traffic must cross it in both
 *     directions, so {@code arsim trace --return} flags a path crossing it one way only as
 *     asymmetric (default false)
 * @param vendor the id of the vendor profile that fixes its defaults ({@code frr}, the default, or
 *     {@code cisco-iosxe}; more come from plugins)
 * @param arrivalOrder neighbour addresses in the order their routes arrived, oldest first: pins FRR's
 *     and Cisco's "prefer the oldest path" between equal eBGP paths; empty: unknown, and a best path
 *     that depends on it is marked arrival-order dependent
 * @param aggregateAddresses its {@code aggregate-address} summaries
 * @param staticRoutes its static routes; a {@code networks} prefix equal to one is backed by it
 */
@API(status = EXPERIMENTAL, since = "0.1")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NetworkVirtualAppliance(
    @JsonProperty(required = true) @JsonPropertyDescription("NVA name, unique among VMs and NVAs.") String name,
    @JsonProperty(required = true)
        @JsonPropertyDescription("The NVA's ASN. Toward a route server: 2-byte, not 65515, not reserved.") Asn asn,
    @JsonPropertyDescription("BGP router id. Default: the first NIC's address.") @Nullable Ipv4Address routerId,
    @JsonProperty(required = true)
        @JsonPropertyDescription("The NVA's NICs; set enableIpForwarding on those that forward.")
        List<NetworkInterface> networkInterfaces,
    @JsonPropertyDescription("Prefixes the NVA originates (like FRR network statements).") List<Ipv4Prefix> networks,
    @JsonPropertyDescription("Equal paths the NVA installs (maximum-paths), 1..256. Default: the vendor profile's"
        + " (frr: 256, Debian's FRR build; cisco-iosxe: 1).") @Nullable Integer maximumPaths,
    @JsonPropertyDescription("The NVA's BGP neighbours.") List<BgpNeighbor> bgpNeighbors,
    @JsonPropertyDescription("Whether the NVA is stateful (a firewall tracking connections): arsim trace --return"
        + " flags a path that crosses it in one direction only as asymmetric. Default false.") boolean stateful,
    @JsonPropertyDescription("The vendor profile that fixes the NVA's BGP defaults: frr (default) or cisco-iosxe.")
        String vendor,
    @JsonPropertyDescription("Neighbour addresses in the order their routes arrived, oldest first. Pins the"
        + " 'prefer the oldest path' step between equal eBGP paths; without it such a best path is marked"
        + " arrival-order dependent.") List<Ipv4Address> arrivalOrder,
    @JsonPropertyDescription("Summaries the NVA originates while a more specific route is in its table"
        + " (aggregate-address): {prefix, summaryOnly, asSet}.") List<AggregateAddress> aggregateAddresses,
    @JsonPropertyDescription("Static routes: {prefix, nextHop}. A networks prefix equal to one is backed by it.")
        List<StaticRoute> staticRoutes) {

  /** The vendor profile of an NVA that names none. */
  public static final String DEFAULT_VENDOR = "frr";

  public NetworkVirtualAppliance {
    Names.required(name, "name");
    Names.required(asn, "asn");
    networkInterfaces = NetworkInterface.named(name, Names.list(networkInterfaces));
    networks = Names.list(networks);
    bgpNeighbors = Names.list(bgpNeighbors);
    vendor = vendor == null ? DEFAULT_VENDOR : vendor;
    arrivalOrder = Names.list(arrivalOrder);
    aggregateAddresses = Names.list(aggregateAddresses);
    staticRoutes = Names.list(staticRoutes);
  }

  /** An NVA of the default vendor without arrival order, aggregates or static routes. */
  public NetworkVirtualAppliance(String name, Asn asn, @Nullable Ipv4Address routerId,
      List<NetworkInterface> networkInterfaces, List<Ipv4Prefix> networks, @Nullable Integer maximumPaths,
      List<BgpNeighbor> bgpNeighbors, boolean stateful) {
    this(name, asn, routerId, networkInterfaces, networks, maximumPaths, bgpNeighbors, stateful, DEFAULT_VENDOR,
        List.of(), List.of(), List.of());
  }

  /** A stateless NVA (the form before {@code stateful} existed). */
  public NetworkVirtualAppliance(String name, Asn asn, @Nullable Ipv4Address routerId,
      List<NetworkInterface> networkInterfaces, List<Ipv4Prefix> networks, @Nullable Integer maximumPaths,
      List<BgpNeighbor> bgpNeighbors) {
    this(name, asn, routerId, networkInterfaces, networks, maximumPaths, bgpNeighbors, false);
  }

  @JsonCreator
  static NetworkVirtualAppliance fromFile(
      @JsonProperty(value = "name") String name,
      @JsonProperty(value = "asn") Asn asn,
      @JsonProperty("routerId") @Nullable Ipv4Address routerId,
      @JsonProperty(value = "networkInterfaces")
          List<NetworkInterface> networkInterfaces,
      @JsonProperty("networks")
          @Nullable List<Ipv4Prefix> networks,
      @JsonProperty("maximumPaths")
          @Nullable Integer maximumPaths,
      @JsonProperty("bgpNeighbors") @Nullable List<BgpNeighbor> bgpNeighbors,
      @JsonProperty("stateful") @Nullable Boolean stateful,
      @JsonProperty("vendor") @Nullable String vendor,
      @JsonProperty("arrivalOrder") @Nullable List<Ipv4Address> arrivalOrder,
      @JsonProperty("aggregateAddresses") @Nullable List<AggregateAddress> aggregateAddresses,
      @JsonProperty("staticRoutes") @Nullable List<StaticRoute> staticRoutes) {
    return new NetworkVirtualAppliance(name, asn, routerId, networkInterfaces, networks, maximumPaths, bgpNeighbors,
        stateful != null && stateful, vendor, arrivalOrder, aggregateAddresses, staticRoutes);
  }

  /** This NVA with other BGP neighbours. */
  public NetworkVirtualAppliance withBgpNeighbors(List<BgpNeighbor> neighbors) {
    return new NetworkVirtualAppliance(name, asn, routerId, networkInterfaces, networks, maximumPaths, neighbors,
        stateful, vendor, arrivalOrder, aggregateAddresses, staticRoutes);
  }

  /** This NVA with another vendor profile. */
  public NetworkVirtualAppliance withVendor(String id) {
    return new NetworkVirtualAppliance(name, asn, routerId, networkInterfaces, networks, maximumPaths, bgpNeighbors,
        stateful, id, arrivalOrder, aggregateAddresses, staticRoutes);
  }

  /** The static route for exactly {@code prefix}, when there is one (the first listed). */
  public java.util.Optional<StaticRoute> staticRoute(Ipv4Prefix prefix) {
    return staticRoutes.stream().filter(r -> r.prefix().equals(prefix)).findFirst();
  }

  /** The router id: the configured one or the first NIC's address. */
  public Ipv4Address effectiveRouterId() {
    if (routerId != null) {
      return routerId;
    }
    return networkInterfaces.isEmpty() ? new Ipv4Address(0) : networkInterfaces.get(0).privateIpAddress();
  }
}
