package io.arsim.cli.compare;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The manifest of an observed folder ({@code observed.yaml}, docs/compare.md): which file holds
 * what a deployment shows, and of which route server, peer, NIC or NVA.
 *
 * @param schema the JSON Schema's URL or path, for editors (ignored)
 * @param design the name of the design the files were collected from; comparing another warns
 * @param description free text: where and when the files were collected
 * @param files the files, in manifest order
 */
@API(status = EXPERIMENTAL, since = "0.2")
@JsonPropertyOrder({"$schema", "design", "description", "files"})
public record CompareManifest(
    @JsonProperty("$schema") @JsonPropertyDescription("URL or path of the JSON Schema, for editors.")
        @Nullable String schema,
    @JsonPropertyDescription("The name of the design (its `name`) the files were collected from. Comparing another"
        + " design warns.") @Nullable String design,
    @JsonPropertyDescription("Free text: where and when the files were collected.") @Nullable String description,
    @JsonProperty(required = true) @JsonPropertyDescription("The files of the folder and what each shows.")
        List<ObservedFile> files) {

  public CompareManifest {
    files = List.copyOf(files);
  }

  /** The name of the manifest file arsim looks for in an observed folder. */
  public static final String FILE_NAME = "observed.yaml";

  /**
   * One file of the folder: what it shows, and of what.
   *
   * @param file the file, relative to the folder
   * @param shows which command's output it holds
   * @param routeServer the route server, for learned-routes and advertised-routes
   * @param peer the peer, for learned-routes and advertised-routes: a bgpConnections name, an NVA
   *     name or the peer's address
   * @param instance only this route server or gateway instance (0 or 1); both when absent
   * @param gateway the virtual network gateway, for gateway-learned-routes
   * @param vm the VM or NVA whose (first) NIC the effective routes are of
   * @param nic the NIC the effective routes are of
   * @param nva the NVA whose BGP table the file holds
   * @param format the format of a BGP table; from the extension when absent (.json FRR, else IOS-XE)
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  @JsonPropertyOrder({"file", "shows", "routeServer", "peer", "gateway", "instance", "vm", "nic", "nva", "format"})
  public record ObservedFile(
      @JsonProperty(required = true) @JsonPropertyDescription("The file, relative to the folder.") String file,
      @JsonProperty(required = true) @JsonPropertyDescription("Which command's output the file holds.") Shows shows,
      @JsonPropertyDescription("learned-routes, advertised-routes: the route server.") @Nullable String routeServer,
      @JsonPropertyDescription("learned-routes, advertised-routes: the peer (a bgpConnections name, an NVA name or"
          + " the peer's address).") @Nullable String peer,
      @JsonPropertyDescription("gateway-learned-routes: the ExpressRoute or VPN gateway.") @Nullable String gateway,
      @JsonPropertyDescription("learned-routes, advertised-routes, gateway-learned-routes: only this instance (0 or"
          + " 1) is in the file. Default: both.") @Nullable Integer instance,
      @JsonPropertyDescription("effective-routes: the VM or NVA (its first NIC).") @Nullable String vm,
      @JsonPropertyDescription("effective-routes: the NIC.") @Nullable String nic,
      @JsonPropertyDescription("bgp-table: the NVA.") @Nullable String nva,
      @JsonPropertyDescription("bgp-table: frr-json (show bgp ipv4 unicast json) or iosxe-text (show ip bgp)."
          + " Default: frr-json for a .json file, iosxe-text otherwise.") @Nullable BgpFormat format) {

    public ObservedFile {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(shows, "shows");
    }

    /** What the file is of, in words: {@code rs-spoke learned from nva1}, {@code NIC of vm-spoke}, ... */
    public String subject() {
      return switch (shows) {
        case LEARNED_ROUTES -> routeServer + " learned from " + peer + instanceText();
        case ADVERTISED_ROUTES -> routeServer + " advertised to " + peer + instanceText();
        case EFFECTIVE_ROUTES -> "effective routes of " + (vm != null ? vm : nic);
        case BGP_TABLE -> "BGP table of " + nva;
        case GATEWAY_LEARNED_ROUTES -> "learned routes of " + gateway + instanceText();
      };
    }

    private String instanceText() {
      return instance == null ? "" : " (IN_" + instance + " only)";
    }
  }

  /** Which command's output a file holds. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public enum Shows {
    /** {@code az network routeserver peering list-learned-routes} or {@code Get-AzRouteServerPeerLearnedRoute}. */
    LEARNED_ROUTES("learned-routes"),
    /** {@code az network routeserver peering list-advertised-routes} or {@code Get-AzRouteServerPeerAdvertisedRoute}. */
    ADVERTISED_ROUTES("advertised-routes"),
    /** {@code az network nic show-effective-route-table}. */
    EFFECTIVE_ROUTES("effective-routes"),
    /** An NVA's {@code show bgp ipv4 unicast json} (FRR) or {@code show ip bgp} (IOS-XE). */
    BGP_TABLE("bgp-table"),
    /** {@code az network vnet-gateway list-learned-routes} (or {@code Get-AzVirtualNetworkGatewayLearnedRoute}). */
    GATEWAY_LEARNED_ROUTES("gateway-learned-routes");

    private final String label;

    Shows(String label) {
      this.label = label;
    }

    /** The manifest's spelling. */
    public String label() {
      return label;
    }
  }

  /** The format of an NVA's BGP table. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public enum BgpFormat {
    /** FRR's {@code show bgp ipv4 unicast json} (or {@code show ip bgp json}). */
    FRR_JSON("frr-json"),
    /** Cisco IOS-XE's {@code show ip bgp} text. */
    IOSXE_TEXT("iosxe-text");

    private final String label;

    BgpFormat(String label) {
      this.label = label;
    }

    /** The manifest's spelling. */
    public String label() {
      return label;
    }
  }
}
