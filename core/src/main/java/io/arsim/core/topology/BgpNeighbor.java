package io.arsim.core.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.arsim.core.bgp.Asn;
import io.arsim.core.net.Ipv4Address;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A BGP neighbour of an NVA, with its policy chains.
 *
 * @param peerIp the neighbour's address (a route server instance, another NVA, a gateway)
 * @param peerAsn the neighbour's ASN (65515 for a route server)
 * @param description free text
 * @param nextHopSelf advertise routes with this NVA's own address as next hop
 * @param importPolicies names of policy instances applied, in order, to routes received
 * @param exportPolicies names of policy instances applied, in order, to routes sent
 */
@API(status = EXPERIMENTAL, since = "0.1")
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record BgpNeighbor(
    @JsonProperty(required = true)
        @JsonPropertyDescription("The neighbour's address, e.g. a route server instance IP.") Ipv4Address peerIp,
    @JsonProperty(required = true) @JsonPropertyDescription("The neighbour's ASN (65515 for a route server).")
        Asn peerAsn,
    @JsonPropertyDescription("Free text.") @Nullable String description,
    @JsonPropertyDescription("Advertise routes with this NVA's own address as next hop. Default false.")
        boolean nextHopSelf,
    @JsonPropertyDescription("Names of policy instances applied in order to routes received from the neighbour.")
        List<String> importPolicies,
    @JsonPropertyDescription("Names of policy instances applied in order to routes sent to the neighbour.")
        List<String> exportPolicies) {

  public BgpNeighbor {
    Names.required(peerIp, "peerIp");
    Names.required(peerAsn, "peerAsn");
    importPolicies = Names.list(importPolicies);
    exportPolicies = Names.list(exportPolicies);
  }
}
