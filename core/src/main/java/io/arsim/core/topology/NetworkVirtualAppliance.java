package io.arsim.core.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.arsim.core.bgp.Asn;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * @param loopbacks addresses of its loopback interfaces; it answers BGP on them (sessions between
 *     loopbacks run over a tunnel)
 * @param tunnels its tunnel interfaces (IPsec, VXLAN, GRE) to branches and other NVAs
 * @param staticRoutes static routes of its own routing table ({@code prefix} via {@code nextHop} or
 *     into {@code tunnel}); a {@code networks} prefix equal to one is backed by it
 * @param sourceNat whether it translates the source address of traffic it forwards to the address
 *     of the NIC the traffic leaves through (SNAT), on every NIC; a NIC's own {@code sourceNat} turns
 *     it on for that NIC only (default false)
 * @param external whether a real router plays the NVA: {@code arsim serve} takes its routes from
 *     the BGP sessions the real router opens with the route servers, not from its {@code networks},
 *     aggregates or neighbour policies; every other command simulates it from the file as usual
 *     (default false)
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
    @JsonPropertyDescription("Addresses of the NVA's loopback interfaces; it answers BGP on them.")
        List<Ipv4Address> loopbacks,
    @JsonPropertyDescription("The NVA's tunnel interfaces (IPsec, VXLAN, GRE) to branches and other NVAs; they need"
        + " no VNet peering.") List<Tunnel> tunnels,
    @JsonPropertyDescription("Static routes of the NVA's own routing table: {prefix, nextHop | tunnel, distance}. A"
        + " networks prefix equal to one is backed by it.") List<StaticRoute> staticRoutes,
    @JsonPropertyDescription("Translate the source address of forwarded traffic to the address of the NIC it leaves"
        + " through (SNAT), on every NIC. Default false.") boolean sourceNat,
    @JsonPropertyDescription("A real router plays this NVA: arsim serve takes its routes from the BGP sessions it"
        + " opens with the route servers, not from networks, aggregateAddresses or policies; other commands"
        + " simulate it from the file. Default false.")
        boolean external) {

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
    loopbacks = Names.list(loopbacks);
    tunnels = Names.list(tunnels);
    staticRoutes = Names.list(staticRoutes);
  }

  /** A simulated NVA ({@code external} false), the form before {@code external} existed. */
  public NetworkVirtualAppliance(String name, Asn asn, @Nullable Ipv4Address routerId,
      List<NetworkInterface> networkInterfaces, List<Ipv4Prefix> networks, @Nullable Integer maximumPaths,
      List<BgpNeighbor> bgpNeighbors, boolean stateful, String vendor, List<Ipv4Address> arrivalOrder,
      List<AggregateAddress> aggregateAddresses, List<Ipv4Address> loopbacks, List<Tunnel> tunnels,
      List<StaticRoute> staticRoutes, boolean sourceNat) {
    this(name, asn, routerId, networkInterfaces, networks, maximumPaths, bgpNeighbors, stateful, vendor, arrivalOrder,
        aggregateAddresses, loopbacks, tunnels, staticRoutes, sourceNat, false);
  }

  /** An NVA of the default vendor without arrival order, aggregates, overlay, static routes or SNAT. */
  public NetworkVirtualAppliance(String name, Asn asn, @Nullable Ipv4Address routerId,
      List<NetworkInterface> networkInterfaces, List<Ipv4Prefix> networks, @Nullable Integer maximumPaths,
      List<BgpNeighbor> bgpNeighbors, boolean stateful) {
    this(name, asn, routerId, networkInterfaces, networks, maximumPaths, bgpNeighbors, stateful, DEFAULT_VENDOR,
        List.of(), List.of(), List.of(), List.of(), List.of(), false);
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
      @JsonProperty("loopbacks") @Nullable List<Ipv4Address> loopbacks,
      @JsonProperty("tunnels") @Nullable List<Tunnel> tunnels,
      @JsonProperty("staticRoutes") @Nullable List<StaticRoute> staticRoutes,
      @JsonProperty("sourceNat") @Nullable Boolean sourceNat,
      @JsonProperty("external") @Nullable Boolean external) {
    return new NetworkVirtualAppliance(name, asn, routerId, networkInterfaces, networks, maximumPaths, bgpNeighbors,
        stateful != null && stateful, vendor, arrivalOrder, aggregateAddresses, loopbacks, tunnels, staticRoutes,
        sourceNat != null && sourceNat, external != null && external);
  }

  /** This NVA with another vendor profile (everything else kept). */
  public NetworkVirtualAppliance withVendor(String id) {
    return new NetworkVirtualAppliance(name, asn, routerId, networkInterfaces, networks, maximumPaths, bgpNeighbors,
        stateful, id, arrivalOrder, aggregateAddresses, loopbacks, tunnels, staticRoutes, sourceNat, external);
  }

  /**
   * The static route to a next-hop address for exactly {@code prefix}, when there is one (the first
   * listed): what a {@code network} statement for the prefix rests on in the NVA's BGP table.
   */
  public java.util.Optional<StaticRoute> staticRoute(Ipv4Prefix prefix) {
    return staticRoutes.stream().filter(r -> r.prefix().equals(prefix) && r.nextHop() != null).findFirst();
  }

  /** The router id: the configured one or the first NIC's address. */
  public Ipv4Address effectiveRouterId() {
    if (routerId != null) {
      return routerId;
    }
    return networkInterfaces.isEmpty() ? new Ipv4Address(0) : networkInterfaces.get(0).privateIpAddress();
  }

  /** This NVA with other BGP neighbours (everything else kept). */
  public NetworkVirtualAppliance withBgpNeighbors(List<BgpNeighbor> neighbors) {
    return new NetworkVirtualAppliance(name, asn, routerId, networkInterfaces, networks, maximumPaths, neighbors,
        stateful, vendor, arrivalOrder, aggregateAddresses, loopbacks, tunnels, staticRoutes, sourceNat, external);
  }

  /** This NVA with other originated prefixes (everything else kept). */
  public NetworkVirtualAppliance withNetworks(List<Ipv4Prefix> prefixes) {
    return new NetworkVirtualAppliance(name, asn, routerId, networkInterfaces, prefixes, maximumPaths, bgpNeighbors,
        stateful, vendor, arrivalOrder, aggregateAddresses, loopbacks, tunnels, staticRoutes, sourceNat, external);
  }

  /** This NVA with other tunnels, loopbacks and static routes (everything else kept). */
  public NetworkVirtualAppliance withOverlay(List<Ipv4Address> loopbackAddresses, List<Tunnel> tunnelInterfaces,
      List<StaticRoute> routes) {
    return new NetworkVirtualAppliance(name, asn, routerId, networkInterfaces, networks, maximumPaths, bgpNeighbors,
        stateful, vendor, arrivalOrder, aggregateAddresses, loopbackAddresses, tunnelInterfaces, routes, sourceNat,
        external);
  }

  /** This NVA with other aggregate-address summaries (everything else kept). */
  public NetworkVirtualAppliance withAggregateAddresses(List<AggregateAddress> aggregates) {
    return new NetworkVirtualAppliance(name, asn, routerId, networkInterfaces, networks, maximumPaths, bgpNeighbors,
        stateful, vendor, arrivalOrder, aggregates, loopbacks, tunnels, staticRoutes, sourceNat, external);
  }

  /** This NVA played by a real router ({@code true}) or simulated (everything else kept). */
  public NetworkVirtualAppliance withExternal(boolean on) {
    return new NetworkVirtualAppliance(name, asn, routerId, networkInterfaces, networks, maximumPaths, bgpNeighbors,
        stateful, vendor, arrivalOrder, aggregateAddresses, loopbacks, tunnels, staticRoutes, sourceNat, on);
  }

  /** This NVA with SNAT on or off on every NIC (everything else kept). */
  public NetworkVirtualAppliance withSourceNat(boolean on) {
    return new NetworkVirtualAppliance(name, asn, routerId, networkInterfaces, networks, maximumPaths, bgpNeighbors,
        stateful, vendor, arrivalOrder, aggregateAddresses, loopbacks, tunnels, staticRoutes, on, external);
  }

  /** The tunnel named {@code tunnelName}. */
  public Optional<Tunnel> tunnel(String tunnelName) {
    return tunnels.stream().filter(t -> t.name().equals(tunnelName)).findFirst();
  }

  /**
   * Every address the NVA answers on: its NICs', its loopbacks' and its tunnels' local addresses, in
   * that order.
   */
  public List<Ipv4Address> ownAddresses() {
    List<Ipv4Address> all = new ArrayList<>();
    networkInterfaces.forEach(nic -> all.add(nic.privateIpAddress()));
    all.addAll(loopbacks);
    tunnels.forEach(t -> all.add(t.localAddress()));
    return List.copyOf(all);
  }

  /** Whether traffic the NVA forwards out of {@code nic} leaves with {@code nic}'s address as its source. */
  public boolean translatesSourceOn(NetworkInterface nic) {
    return sourceNat || nic.sourceNat();
  }

  /** The static routes whose prefix is exactly {@code prefix} (what a {@code network} statement can rest on). */
  public List<StaticRoute> staticRoutesFor(Ipv4Prefix prefix) {
    return staticRoutes.stream().filter(r -> r.prefix().equals(prefix)).toList();
  }
}
