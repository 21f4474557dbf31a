package io.arsim.core.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

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
 * A branch: a site outside Azure (an SD-WAN edge, an IPsec router) that NVAs reach over their
 * tunnels rather than over ExpressRoute or a VPN gateway. It is one BGP router with the site's ASN
 * that originates the site's prefixes; it peers with every NVA whose tunnel ends at it
 * ({@code tunnels[].remote}) and that lists a BGP neighbour at the tunnel's far address, answering
 * on that address. Like the on-premises site of the ExpressRoute extension, it gives no transit
 * between its tunnels (a documented simplification).
 *
 * @param name branch name, unique among branches, VMs, NVAs, route servers and extension resources
 * @param asn the branch router's ASN
 * @param prefixes the prefixes the branch advertises
 * @param tunnelEndpoint the site device's public address where the NVAs' tunnels end (descriptive:
 *     shown in diagrams and traces)
 * @param description free text
 */
@API(status = EXPERIMENTAL, since = "0.2")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record BranchSite(
    @JsonProperty(required = true)
        @JsonPropertyDescription("Branch name, unique among branches, VMs, NVAs, route servers and extension"
            + " resources.") String name,
    @JsonProperty(required = true) @JsonPropertyDescription("The branch router's ASN.") Asn asn,
    @JsonPropertyDescription("Prefixes the branch advertises over its tunnels.") List<Ipv4Prefix> prefixes,
    @JsonPropertyDescription("The site device's public address where the NVAs' tunnels end (descriptive).")
        @Nullable Ipv4Address tunnelEndpoint,
    @JsonPropertyDescription("Free text.") @Nullable String description) {

  public BranchSite {
    Names.required(name, "name");
    Names.required(asn, "asn");
    prefixes = Names.list(prefixes);
  }
}
