package io.arsim.core.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.arsim.core.bgp.Asn;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A network virtual appliance: an ordinary BGP router (FRR-like decision process) with NICs in a VNet.
 *
 * @param name NVA name, unique among VMs and NVAs
 * @param asn its ASN
 * @param routerId BGP router id; defaults to the address of its first NIC
 * @param networkInterfaces its NICs (at least one)
 * @param networks prefixes it originates (like FRR {@code network} statements)
 * @param maximumPaths how many equal paths it installs (FRR {@code maximum-paths}, 1..128, default 1)
 * @param bgpNeighbors its BGP neighbours
 * @param stateful whether it tracks connections (a firewall): traffic must cross it in both
 *     directions, so {@code arsim trace --return} flags a path crossing it one way only as
 *     asymmetric (default false)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record NetworkVirtualAppliance(
    @JsonProperty(required = true) @JsonPropertyDescription("NVA name, unique among VMs and NVAs.") String name,
    @JsonProperty(required = true)
        @JsonPropertyDescription("The NVA's ASN. Toward a route server: 2-byte, not 65515, not reserved.") Asn asn,
    @JsonPropertyDescription("BGP router id. Default: the first NIC's address.") @Nullable Ipv4Address routerId,
    @JsonProperty(required = true)
        @JsonPropertyDescription("The NVA's NICs; set enableIpForwarding on those that forward.")
        List<NetworkInterface> networkInterfaces,
    @JsonPropertyDescription("Prefixes the NVA originates (like FRR network statements).") List<Ipv4Prefix> networks,
    @JsonPropertyDescription("Equal paths the NVA installs (FRR maximum-paths), 1..128. Default 1.") int maximumPaths,
    @JsonPropertyDescription("The NVA's BGP neighbours.") List<BgpNeighbor> bgpNeighbors,
    @JsonPropertyDescription("Whether the NVA is stateful (a firewall tracking connections): arsim trace --return"
        + " flags a path that crosses it in one direction only as asymmetric. Default false.") boolean stateful) {

  public NetworkVirtualAppliance {
    Names.required(name, "name");
    Names.required(asn, "asn");
    networkInterfaces = NetworkInterface.named(name, Names.list(networkInterfaces));
    networks = Names.list(networks);
    bgpNeighbors = Names.list(bgpNeighbors);
  }

  /** A stateless NVA (the form before {@code stateful} existed). */
  public NetworkVirtualAppliance(String name, Asn asn, @Nullable Ipv4Address routerId,
      List<NetworkInterface> networkInterfaces, List<Ipv4Prefix> networks, int maximumPaths,
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
      @JsonProperty("stateful") @Nullable Boolean stateful) {
    return new NetworkVirtualAppliance(name, asn, routerId, networkInterfaces, networks,
        maximumPaths == null ? 1 : maximumPaths, bgpNeighbors, stateful != null && stateful);
  }

  /** The router id: the configured one or the first NIC's address. */
  public Ipv4Address effectiveRouterId() {
    if (routerId != null) {
      return routerId;
    }
    return networkInterfaces.isEmpty() ? new Ipv4Address(0) : networkInterfaces.get(0).privateIpAddress();
  }
}
