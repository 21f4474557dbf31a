package io.arsim.engine.bgp;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.topology.AllowAsIn;
import io.arsim.core.topology.MaximumPrefix;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The settings of one side of a session, beside its policy chains: what routers configure per
 * neighbour rather than per route.
 *
 * @param nextHopSelf set this node's own address as next hop toward the peer (iBGP; eBGP always does)
 * @param allowAsIn accept received paths holding this node's own ASN; null: off
 * @param maximumPrefix tear the session down when the peer's accepted routes exceed a limit; null: off
 * @param nextHopUnchanged send the next hop the route has in this node's table, toward eBGP peers
 *     too (FRR {@code attribute-unchanged next-hop}, Cisco {@code next-hop-unchanged})
 * @param checksConnected the session is single hop with the directly-connected check on (no
 *     {@code ebgp-multihop}, no {@code disable-connected-check}); what that means for a peer that
 *     is not directly connected is the node's vendor profile's to say
 * @param solo never send the peer a route it sent (FRR {@code neighbor X solo})
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record NeighborSettings(boolean nextHopSelf, @Nullable AllowAsIn allowAsIn,
    @Nullable MaximumPrefix maximumPrefix, boolean nextHopUnchanged, boolean checksConnected, boolean solo) {

  /** No setting: the defaults of a plain neighbour (multihop, so no connected check). */
  public static final NeighborSettings NONE = new NeighborSettings(false, null, null);

  /** Settings without next-hop-unchanged, connected check and solo (the form before they existed). */
  public NeighborSettings(boolean nextHopSelf, @Nullable AllowAsIn allowAsIn, @Nullable MaximumPrefix maximumPrefix) {
    this(nextHopSelf, allowAsIn, maximumPrefix, false, false, false);
  }

  /** {@link #allowAsIn()} when set. */
  public Optional<AllowAsIn> allowAsInSetting() {
    return Optional.ofNullable(allowAsIn);
  }

  /** {@link #maximumPrefix()} when set. */
  public Optional<MaximumPrefix> maximumPrefixSetting() {
    return Optional.ofNullable(maximumPrefix);
  }
}
