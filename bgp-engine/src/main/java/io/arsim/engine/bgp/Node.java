package io.arsim.engine.bgp;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.net.Ipv4Address;
import io.arsim.policy.spi.SpeakerKind;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A BGP speaker in the simulated network.
 *
 * @param name unique name; route-server instances are {@code <route server>/IN_0} and {@code /IN_1}
 * @param asn its ASN
 * @param routerId its router id
 * @param kind what it is, as policies see it
 * @param source what it is, as a route server's hub routing preference sees it
 * @param owner the topology element it stands for (route server, NVA, or extension resource name)
 * @param behaviour its BGP behaviour
 * @param neighbors its configured neighbours, ordered by peer address
 * @param originated the routes it originates (AS path empty; receivedFrom {@code local})
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Node(
    String name,
    Asn asn,
    Ipv4Address routerId,
    SpeakerKind kind,
    SourceType source,
    String owner,
    NodeBehaviour behaviour,
    List<Neighbor> neighbors,
    List<BgpRoute> originated) {

  public Node {
    Objects.requireNonNull(name, "name");
    neighbors = neighbors.stream().sorted(Comparator.comparing(Neighbor::peerAddress)).toList();
    originated = originated.stream().sorted(Comparator.comparing(BgpRoute::prefix)).toList();
  }

  /** The neighbour entry toward {@code peer}. */
  public Optional<Neighbor> neighbor(String peer) {
    return neighbors.stream().filter(n -> n.peer().equals(peer)).findFirst();
  }
}
