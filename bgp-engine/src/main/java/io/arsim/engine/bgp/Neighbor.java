package io.arsim.engine.bgp;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.Asn;
import io.arsim.core.net.Ipv4Address;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A node's configured BGP neighbour (one direction of a session).
 *
 * @param peer the peer node's name
 * @param localAddress this node's address on the session
 * @param peerAddress the peer's address
 * @param peerAsn the ASN the local side expects
 * @param nextHopSelf whether this node sets itself as next hop toward the peer on iBGP
 * @param importChain policies applied in order to routes received
 * @param exportChain policies applied in order to routes sent
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Neighbor(
    String peer,
    Ipv4Address localAddress,
    Ipv4Address peerAddress,
    Asn peerAsn,
    boolean nextHopSelf,
    List<NamedPolicy> importChain,
    List<NamedPolicy> exportChain) {

  public Neighbor {
    importChain = List.copyOf(importChain);
    exportChain = List.copyOf(exportChain);
  }

  /** A neighbour without policies. */
  public static Neighbor plain(String peer, Ipv4Address localAddress, Ipv4Address peerAddress, Asn peerAsn) {
    return new Neighbor(peer, localAddress, peerAddress, peerAsn, false, List.of(), List.of());
  }
}
