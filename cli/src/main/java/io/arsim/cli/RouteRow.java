package io.arsim.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * One row of a route server's or a gateway's learned or advertised routes, with the columns Azure
 * PowerShell prints ({@code Get-AzRouteServerPeerLearnedRoute}, {@code
 * Get-AzVirtualNetworkGatewayLearnedRoute} and their {@code Advertised} twins). As JSON it has their
 * capitalised names; {@link #az()} gives the az CLI's spelling of the same row.
 *
 * @param localAddress the instance's own address
 * @param network the prefix
 * @param nextHop the next hop (empty for a gateway's own {@code Network} rows)
 * @param sourcePeer the address of the BGP session the route came in on (never its next hop); absent
 *     for advertised routes
 * @param origin {@code EBgp} or {@code IBgp} (the session it came in on), {@code Igp} for a route
 *     server's own prefixes, {@code Network} for a gateway's own
 * @param asPath the AS path, ASNs joined with {@code -}
 * @param weight the weight Azure prints
 */
@JsonPropertyOrder({"LocalAddress", "Network", "NextHop", "SourcePeer", "Origin", "AsPath", "Weight"})
record RouteRow(
    @JsonProperty("LocalAddress") String localAddress,
    @JsonProperty("Network") String network,
    @JsonProperty("NextHop") String nextHop,
    @JsonProperty("SourcePeer") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String sourcePeer,
    @JsonProperty("Origin") String origin,
    @JsonProperty("AsPath") String asPath,
    @JsonProperty("Weight") int weight) {

  /** The same row as the az CLI prints it: lower-case names in alphabetical order. */
  Az az() {
    return new Az(asPath, localAddress, network, nextHop, origin, sourcePeer, weight);
  }

  /** The az CLI's spelling of a {@link RouteRow}. */
  @JsonPropertyOrder(alphabetic = true)
  record Az(String asPath, String localAddress, String network, String nextHop, String origin,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String sourcePeer, int weight) {}
}
