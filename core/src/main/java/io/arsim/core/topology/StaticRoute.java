package io.arsim.core.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A static route in an NVA's own routing table (FRR {@code ip route P A|IFNAME [DISTANCE]}, IOS-XE
 * {@code ip route P M A|Tunnel1 [DISTANCE]}): exactly one of {@code nextHop} (an address, resolved
 * through the NVA's connected routes: a NIC's subnet or a tunnel) and {@code tunnel}.
 *
 * @param prefix the destination
 * @param nextHop the next-hop address, e.g. the NIC subnet's gateway (its first address) or the far
 *     end of a tunnel
 * @param tunnel the name of one of the NVA's tunnels to send the traffic into
 * @param distance the administrative distance, 1..255; default 1 (FRR's and IOS-XE's static
 *     default); higher makes a floating static behind BGP (eBGP 20)
 */
@API(status = EXPERIMENTAL, since = "0.2")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StaticRoute(
    @JsonProperty(required = true) @JsonPropertyDescription("The destination prefix.") Ipv4Prefix prefix,
    @JsonPropertyDescription("The next-hop address (e.g. a NIC subnet's first address, or a tunnel's far end);"
        + " exactly one of nextHop and tunnel.") @Nullable Ipv4Address nextHop,
    @JsonPropertyDescription("The name of one of the NVA's tunnels; exactly one of nextHop and tunnel.")
        @Nullable String tunnel,
    @JsonPropertyDescription("Administrative distance 1..255. Default 1 (FRR, IOS-XE); above 20 the route floats"
        + " behind eBGP routes.") int distance) {

  /** The default administrative distance of a static route in FRR and Cisco IOS-XE. */
  public static final int DEFAULT_DISTANCE = 1;

  public StaticRoute {
    Names.required(prefix, "prefix");
  }

  @JsonCreator
  static StaticRoute fromFile(
      @JsonProperty("prefix") Ipv4Prefix prefix,
      @JsonProperty("nextHop") @Nullable Ipv4Address nextHop,
      @JsonProperty("tunnel") @Nullable String tunnel,
      @JsonProperty("distance") @Nullable Integer distance) {
    return new StaticRoute(prefix, nextHop, tunnel, distance == null ? DEFAULT_DISTANCE : distance);
  }

  /** A static route to a next-hop address with the default distance. */
  public static StaticRoute via(Ipv4Prefix prefix, Ipv4Address nextHop) {
    return new StaticRoute(prefix, nextHop, null, DEFAULT_DISTANCE);
  }

  /** A static route into a tunnel with the default distance. */
  public static StaticRoute into(Ipv4Prefix prefix, String tunnel) {
    return new StaticRoute(prefix, null, tunnel, DEFAULT_DISTANCE);
  }

  /** The next-hop address, if the route names one. */
  public Optional<Ipv4Address> nextHopAddress() {
    return Optional.ofNullable(nextHop);
  }

  /** The tunnel, if the route names one. */
  public Optional<String> tunnelName() {
    return Optional.ofNullable(tunnel);
  }
}
