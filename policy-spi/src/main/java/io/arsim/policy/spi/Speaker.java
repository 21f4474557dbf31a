package io.arsim.policy.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.Asn;
import io.arsim.core.net.Ipv4Address;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One end of a BGP session, as policies see it.
 *
 * @param name the speaker's name in the topology; a route-server instance is
 *     {@code <route server>/IN_0} or {@code /IN_1}
 * @param asn its ASN
 * @param address its address on this session
 * @param kind what it is
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Speaker(String name, Asn asn, Ipv4Address address, SpeakerKind kind) {

  public Speaker {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(asn, "asn");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(kind, "kind");
  }
}
