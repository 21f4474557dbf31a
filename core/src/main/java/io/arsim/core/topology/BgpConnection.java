package io.arsim.core.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.arsim.core.bgp.Asn;
import io.arsim.core.net.Ipv4Address;
import org.apiguardian.api.API;

/**
 * A route server's BGP peering (ARM {@code virtualHubs/bgpConnections}); Azure peers it with both
 * instances.
 *
 * @param name connection name
 * @param peerIp the peer's address (an NVA NIC address or a load balancer frontend)
 * @param peerAsn the peer's ASN (2-byte, not 65515 or another reserved ASN)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record BgpConnection(
    @JsonProperty(required = true) @JsonPropertyDescription("Connection name, usually the NVA's name.") String name,
    @JsonProperty(required = true) @JsonPropertyDescription("The peer's address (an NVA NIC address).")
        Ipv4Address peerIp,
    @JsonProperty(required = true)
        @JsonPropertyDescription("The peer's ASN: 2-byte, not 65515 and not reserved by Azure or IANA.")
        Asn peerAsn) {

  public BgpConnection {
    Names.required(name, "name");
    Names.required(peerIp, "peerIp");
    Names.required(peerAsn, "peerAsn");
  }
}
