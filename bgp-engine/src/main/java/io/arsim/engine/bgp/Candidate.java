package io.arsim.engine.bgp;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.topology.HubRoutingPreference;
import io.arsim.policy.spi.SpeakerKind;
import org.apiguardian.api.API;

/**
 * A path a node considers for a prefix: received from a peer (after inbound rules and import
 * policies) or originated locally.
 *
 * @param route the route with its attributes as the node holds them
 * @param peer the node it came from, {@link BgpRoute#LOCAL}, or {@link #AGGREGATE} for an
 *     aggregate the node made (a local route too)
 * @param peerAddress the peer's session address (0.0.0.0 for local routes)
 * @param peerAsn the peer's ASN (the local ASN for local routes)
 * @param peerRouterId the peer's router id (for FRR's router-id tie-breaker)
 * @param peerKind what kind of node the peer is
 * @param peerPreferredUnder the hub routing preference under which route servers prefer the peer's
 *     routes ({@link NodeSpec#preferredUnder()})
 * @param ebgp whether it was learned over eBGP
 * @param weight the Cisco/FRR weight: 32768 for local routes, 0 otherwise
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Candidate(
    BgpRoute route,
    String peer,
    Ipv4Address peerAddress,
    Asn peerAsn,
    Ipv4Address peerRouterId,
    SpeakerKind peerKind,
    HubRoutingPreference peerPreferredUnder,
    boolean ebgp,
    int weight) {

  /** Weight FRR gives locally originated routes. */
  public static final int LOCAL_WEIGHT = 32768;

  /** The {@code peer} of an aggregate a node makes from more specific routes ({@code aggregate-address}). */
  public static final String AGGREGATE = "aggregate";

  /**
   * The hash of the prefix, the peer and its address only: candidates equal in every component
   * have equal hashes, and the record's default hash would walk the whole route (its AS path and
   * communities) every time a decision files a losing candidate.
   */
  @Override
  public int hashCode() {
    return (route.prefix().hashCode() * 31 + peer.hashCode()) * 31 + peerAddress.hashCode();
  }

  /** Whether the node originated the route itself (its own networks and aggregates). */
  public boolean isLocal() {
    return peer.equals(BgpRoute.LOCAL) || peer.equals(AGGREGATE);
  }

  /** Whether this is an aggregate the node made ({@code aggregate-address}). */
  public boolean isAggregate() {
    return peer.equals(AGGREGATE);
  }
}
