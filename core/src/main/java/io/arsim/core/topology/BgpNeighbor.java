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
 * @param allowAsIn accept received paths that hold the NVA's own ASN ({@code allowas-in}); null: off
 * @param maximumPrefix tear the session down when the neighbour sends too many routes; null: off
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
        List<String> exportPolicies,
    @JsonPropertyDescription("Accept received paths that hold the NVA's own ASN (allowas-in): {count: N} (1..10,"
        + " default 3) or {origin: true}. Default off.") @Nullable AllowAsIn allowAsIn,
    @JsonPropertyDescription("Tear the session down when the neighbour's accepted routes exceed a limit"
        + " (maximum-prefix): {limit: N, warningOnly: false}. Default off.") @Nullable MaximumPrefix maximumPrefix) {

  public BgpNeighbor {
    Names.required(peerIp, "peerIp");
    Names.required(peerAsn, "peerAsn");
    importPolicies = Names.list(importPolicies);
    exportPolicies = Names.list(exportPolicies);
  }

  /** A neighbour without allowas-in and maximum-prefix (the form before they were settings). */
  public BgpNeighbor(Ipv4Address peerIp, Asn peerAsn, @Nullable String description, boolean nextHopSelf,
      List<String> importPolicies, List<String> exportPolicies) {
    this(peerIp, peerAsn, description, nextHopSelf, importPolicies, exportPolicies, null, null);
  }

  /** This neighbour with {@code allowAsIn}. */
  public BgpNeighbor withAllowAsIn(@Nullable AllowAsIn setting) {
    return new BgpNeighbor(peerIp, peerAsn, description, nextHopSelf, importPolicies, exportPolicies, setting,
        maximumPrefix);
  }

  /** This neighbour with {@code maximumPrefix}. */
  public BgpNeighbor withMaximumPrefix(@Nullable MaximumPrefix setting) {
    return new BgpNeighbor(peerIp, peerAsn, description, nextHopSelf, importPolicies, exportPolicies, allowAsIn,
        setting);
  }

  /** This neighbour with other import policies. */
  public BgpNeighbor withImportPolicies(List<String> names) {
    return new BgpNeighbor(peerIp, peerAsn, description, nextHopSelf, names, exportPolicies, allowAsIn,
        maximumPrefix);
  }
}
