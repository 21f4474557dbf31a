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
 * @param nextHopUnchanged pass on the next hop a route had in this NVA's table instead of its own
 *     address, toward eBGP neighbours too (FRR {@code neighbor X attribute-unchanged next-hop}, Cisco
 *     {@code neighbor X next-hop-unchanged})
 * @param ebgpMultihop the session's TTL toward an eBGP neighbour ({@code neighbor X ebgp-multihop
 *     [TTL]}, 1..255; both vendors use 255 when the TTL is left out); null: single hop (TTL 1), where
 *     the NVA checks that the neighbour is directly connected (what happens when it is not depends
 *     on the NVA's vendor profile)
 * @param disableConnectedCheck keep TTL 1 but skip the directly-connected check ({@code neighbor X
 *     disable-connected-check})
 * @param solo never send this neighbour a route it sent (FRR {@code neighbor X solo}); by default
 *     FRR and Cisco send the best path back to the neighbour it came from, whose loop check drops it
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
        + " (maximum-prefix): {limit: N, warningOnly: false}. Default off.") @Nullable MaximumPrefix maximumPrefix,
    @JsonPropertyDescription("Pass on the next hop a route had in the NVA's table instead of the NVA's own address,"
        + " toward eBGP neighbours too (FRR attribute-unchanged next-hop, Cisco next-hop-unchanged). Default false.")
        boolean nextHopUnchanged,
    @JsonPropertyDescription("TTL of the session toward an eBGP neighbour that is not directly connected"
        + " (ebgp-multihop TTL), 1..255; write 255 for ebgp-multihop without a TTL. Default: single hop, checked to"
        + " be directly connected. A route server is never on the NVA's subnet: set 2 or more toward it.")
        @Nullable Integer ebgpMultihop,
    @JsonPropertyDescription("Keep TTL 1 but skip the check that the eBGP neighbour is directly connected"
        + " (disable-connected-check). Default false.") boolean disableConnectedCheck,
    @JsonPropertyDescription("Never send this neighbour a route it sent (FRR neighbor solo). Default false: the best"
        + " path also goes back to the neighbour it came from, whose loop check drops it.") boolean solo) {

  public BgpNeighbor {
    Names.required(peerIp, "peerIp");
    Names.required(peerAsn, "peerAsn");
    importPolicies = Names.list(importPolicies);
    exportPolicies = Names.list(exportPolicies);
  }

  /**
   * A neighbour without the next-hop, multihop and solo settings (the form before they existed).
   */
  public BgpNeighbor(Ipv4Address peerIp, Asn peerAsn, @Nullable String description, boolean nextHopSelf,
      List<String> importPolicies, List<String> exportPolicies, @Nullable AllowAsIn allowAsIn,
      @Nullable MaximumPrefix maximumPrefix) {
    this(peerIp, peerAsn, description, nextHopSelf, importPolicies, exportPolicies, allowAsIn, maximumPrefix, false,
        null, false, false);
  }

  /** A neighbour without allowas-in and maximum-prefix (the form before they were settings). */
  public BgpNeighbor(Ipv4Address peerIp, Asn peerAsn, @Nullable String description, boolean nextHopSelf,
      List<String> importPolicies, List<String> exportPolicies) {
    this(peerIp, peerAsn, description, nextHopSelf, importPolicies, exportPolicies, null, null);
  }

  /** This neighbour with {@code allowAsIn}. */
  public BgpNeighbor withAllowAsIn(@Nullable AllowAsIn setting) {
    return new BgpNeighbor(peerIp, peerAsn, description, nextHopSelf, importPolicies, exportPolicies, setting,
        maximumPrefix, nextHopUnchanged, ebgpMultihop, disableConnectedCheck, solo);
  }

  /** This neighbour with {@code maximumPrefix}. */
  public BgpNeighbor withMaximumPrefix(@Nullable MaximumPrefix setting) {
    return new BgpNeighbor(peerIp, peerAsn, description, nextHopSelf, importPolicies, exportPolicies, allowAsIn,
        setting, nextHopUnchanged, ebgpMultihop, disableConnectedCheck, solo);
  }

  /** This neighbour with other import policies. */
  public BgpNeighbor withImportPolicies(List<String> names) {
    return new BgpNeighbor(peerIp, peerAsn, description, nextHopSelf, names, exportPolicies, allowAsIn,
        maximumPrefix, nextHopUnchanged, ebgpMultihop, disableConnectedCheck, solo);
  }

  /** This neighbour with other export policies. */
  public BgpNeighbor withExportPolicies(List<String> names) {
    return new BgpNeighbor(peerIp, peerAsn, description, nextHopSelf, importPolicies, names, allowAsIn,
        maximumPrefix, nextHopUnchanged, ebgpMultihop, disableConnectedCheck, solo);
  }

  /** This neighbour with {@code ebgp-multihop TTL} ({@code null}: single hop). */
  public BgpNeighbor withEbgpMultihop(@Nullable Integer ttl) {
    return new BgpNeighbor(peerIp, peerAsn, description, nextHopSelf, importPolicies, exportPolicies, allowAsIn,
        maximumPrefix, nextHopUnchanged, ttl, disableConnectedCheck, solo);
  }

  /** This neighbour with {@code disable-connected-check} on or off. */
  public BgpNeighbor withDisableConnectedCheck(boolean value) {
    return new BgpNeighbor(peerIp, peerAsn, description, nextHopSelf, importPolicies, exportPolicies, allowAsIn,
        maximumPrefix, nextHopUnchanged, ebgpMultihop, value, solo);
  }

  /** This neighbour with {@code nextHopUnchanged} on or off. */
  public BgpNeighbor withNextHopUnchanged(boolean value) {
    return new BgpNeighbor(peerIp, peerAsn, description, nextHopSelf, importPolicies, exportPolicies, allowAsIn,
        maximumPrefix, value, ebgpMultihop, disableConnectedCheck, solo);
  }

  /** This neighbour with FRR's {@code solo} on or off. */
  public BgpNeighbor withSolo(boolean value) {
    return new BgpNeighbor(peerIp, peerAsn, description, nextHopSelf, importPolicies, exportPolicies, allowAsIn,
        maximumPrefix, nextHopUnchanged, ebgpMultihop, disableConnectedCheck, value);
  }

  /**
   * Whether the session is single hop with the directly-connected check on: no {@code ebgpMultihop}
   * above 1 and no {@code disableConnectedCheck} (the check applies to eBGP sessions only).
   */
  public boolean checksConnected() {
    return (ebgpMultihop == null || ebgpMultihop <= 1) && !disableConnectedCheck;
  }
}
