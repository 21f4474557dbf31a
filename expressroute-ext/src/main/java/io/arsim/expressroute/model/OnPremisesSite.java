package io.arsim.expressroute.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.arsim.core.bgp.Asn;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.ExtensionResource;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An on-premises site: one BGP router that originates the site's prefixes over its ExpressRoute
 * circuits and site-to-site VPN connections.
 *
 * @param name site name, unique among sites, gateways, NVAs and route servers
 * @param asn the site's ASN
 * @param prefixes the prefixes it advertises
 * @param expressRouteCircuits the circuits it advertises them over
 * @param vpnConnections its site-to-site VPN connections
 * @param singleLinkPrefixes prefixes advertised over one link of the site's circuits only
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record OnPremisesSite(
    @JsonProperty(required = true) @JsonPropertyDescription("Site name, unique among sites, gateways, NVAs and"
        + " route servers.") String name,
    @JsonProperty(required = true) @JsonPropertyDescription("The site's ASN (not 12076, not 65515-65520).") Asn asn,
    @JsonPropertyDescription("Prefixes the site advertises.") List<Ipv4Prefix> prefixes,
    @JsonPropertyDescription("Names of the ExpressRoute circuits the site advertises its prefixes over.")
        List<String> expressRouteCircuits,
    @JsonPropertyDescription("Site-to-site VPN connections to VPN gateways.") List<VpnConnection> vpnConnections,
    @JsonPropertyDescription("Prefixes advertised over one link (primary or secondary) of the site's circuits only;"
        + " the others go over both.") List<SingleLinkPrefix> singleLinkPrefixes) implements ExtensionResource {

  public OnPremisesSite {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(asn, "asn");
    prefixes = List.copyOf(prefixes);
    expressRouteCircuits = List.copyOf(expressRouteCircuits);
    vpnConnections = List.copyOf(vpnConnections);
    singleLinkPrefixes = List.copyOf(singleLinkPrefixes);
  }

  /** A site that advertises every prefix over both links. */
  public OnPremisesSite(String name, Asn asn, List<Ipv4Prefix> prefixes, List<String> expressRouteCircuits,
      List<VpnConnection> vpnConnections) {
    this(name, asn, prefixes, expressRouteCircuits, vpnConnections, List.of());
  }

  /** Whether {@code prefix} goes over {@code link} of the site's circuits. */
  public boolean carries(Ipv4Prefix prefix, CircuitLink link) {
    for (SingleLinkPrefix only : singleLinkPrefixes) {
      if (only.prefix().equals(prefix)) {
        return only.link() == link;
      }
    }
    return true;
  }

  @JsonCreator
  static OnPremisesSite fromFile(
      @JsonProperty("name") String name,
      @JsonProperty("asn") Asn asn,
      @JsonProperty("prefixes") @Nullable List<Ipv4Prefix> prefixes,
      @JsonProperty("expressRouteCircuits") @Nullable List<String> expressRouteCircuits,
      @JsonProperty("vpnConnections") @Nullable List<VpnConnection> vpnConnections,
      @JsonProperty("singleLinkPrefixes") @Nullable List<SingleLinkPrefix> singleLinkPrefixes) {
    return new OnPremisesSite(name, asn, prefixes == null ? List.of() : prefixes,
        expressRouteCircuits == null ? List.of() : expressRouteCircuits,
        vpnConnections == null ? List.of() : vpnConnections,
        singleLinkPrefixes == null ? List.of() : singleLinkPrefixes);
  }
}
