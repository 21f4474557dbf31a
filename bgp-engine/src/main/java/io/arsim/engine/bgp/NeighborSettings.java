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
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record NeighborSettings(boolean nextHopSelf, @Nullable AllowAsIn allowAsIn,
    @Nullable MaximumPrefix maximumPrefix) {

  /** No setting: the defaults of a plain neighbour. */
  public static final NeighborSettings NONE = new NeighborSettings(false, null, null);

  /** {@link #allowAsIn()} when set. */
  public Optional<AllowAsIn> allowAsInSetting() {
    return Optional.ofNullable(allowAsIn);
  }

  /** {@link #maximumPrefix()} when set. */
  public Optional<MaximumPrefix> maximumPrefixSetting() {
    return Optional.ofNullable(maximumPrefix);
  }
}
