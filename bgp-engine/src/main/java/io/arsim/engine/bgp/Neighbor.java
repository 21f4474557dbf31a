package io.arsim.engine.bgp;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.Asn;
import io.arsim.core.net.Ipv4Address;
import io.arsim.policy.catalog.PolicyChain;
import io.arsim.policy.spi.SpeakerKind;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A node's configured BGP neighbour (one direction of a session).
 *
 * @param peer the peer node's name
 * @param localAddress this node's address on the session
 * @param peerAddress the peer's address
 * @param peerAsn the ASN the local side expects
 * @param settings the session settings of this side (next-hop-self, allowas-in, maximum-prefix)
 * @param importChain policies applied in order to routes received
 * @param exportChain policies applied in order to routes sent
 * @param peerKind what the peer is; filled in when the network is built (the node that lists the
 *     neighbour need not know it)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Neighbor(
    String peer,
    Ipv4Address localAddress,
    Ipv4Address peerAddress,
    Asn peerAsn,
    NeighborSettings settings,
    PolicyChain importChain,
    PolicyChain exportChain,
    SpeakerKind peerKind) {

  public Neighbor {
    Objects.requireNonNull(peer, "peer");
    Objects.requireNonNull(localAddress, "localAddress");
    Objects.requireNonNull(peerAddress, "peerAddress");
    Objects.requireNonNull(peerAsn, "peerAsn");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(importChain, "importChain");
    Objects.requireNonNull(exportChain, "exportChain");
    Objects.requireNonNull(peerKind, "peerKind");
  }

  /** A neighbour whose peer's kind is filled in when the network is built. */
  public Neighbor(String peer, Ipv4Address localAddress, Ipv4Address peerAddress, Asn peerAsn,
      NeighborSettings settings, PolicyChain importChain, PolicyChain exportChain) {
    this(peer, localAddress, peerAddress, peerAsn, settings, importChain, exportChain, SpeakerKind.NVA);
  }

  /** This neighbour with its peer's kind. */
  public Neighbor withPeerKind(SpeakerKind kind) {
    return kind == peerKind ? this
        : new Neighbor(peer, localAddress, peerAddress, peerAsn, settings, importChain, exportChain, kind);
  }

  /** A neighbour without settings or policies. */
  public static Neighbor plain(String peer, Ipv4Address localAddress, Ipv4Address peerAddress, Asn peerAsn) {
    return new Neighbor(peer, localAddress, peerAddress, peerAsn, NeighborSettings.NONE, PolicyChain.EMPTY,
        PolicyChain.EMPTY);
  }

  /** Whether this node sets itself as next hop toward the peer (on iBGP; eBGP always does). */
  public boolean nextHopSelf() {
    return settings.nextHopSelf();
  }
}
