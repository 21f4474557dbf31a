package io.arsim.engine.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a router vendor's BGP does by default where vendors differ: the defaults an NVA's {@code
 * vendor} selects. The engine asks the profile; everything else an NVA does is plain BGP
 * (bgp-reference.md). Profiles are found with {@link java.util.ServiceLoader}: list an
 * implementation (public, no-argument constructor, stateless) in {@code
 * META-INF/services/io.arsim.engine.spi.VendorProfile}. Bare ids ({@code frr}, {@code cisco-iosxe})
 * are arsim's; third parties prefix a vendor name and a dot ({@code acme.junos}). Every answer
 * should cite its source in {@link #documentation()}.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public interface VendorProfile {

  /** What happens to an eBGP session whose neighbour is not on a connected subnet and that has neither ebgp-multihop nor disable-connected-check. */
  @API(status = EXPERIMENTAL, since = "0.2")
  enum NonConnectedPeer {
    /**
     * The session comes up, but every path whose next hop is not on a connected subnet is invalid:
     * it is held, never selected and never advertised (FRR's next-hop tracking with the connected
     * check, {@code bgp_update} / {@code bgp_find_or_add_nexthop(..., connected)}).
     */
    PATHS_INVALID,
    /** The session does not come up (Cisco: an eBGP peer must be directly connected without ebgp-multihop). */
    SESSION_DOWN
  }

  /** The id an NVA names in {@code vendor}: kebab-case, such as {@code cisco-iosxe}. */
  String id();

  /** The product and version the defaults were read from, e.g. "FRRouting 8.4.4 (Debian 12)". */
  String description();

  /** {@code maximum-paths} when the NVA sets none (eBGP). */
  int defaultMaximumPaths();

  /** The largest {@code maximum-paths} the router accepts. */
  int maximumPathsLimit();

  /**
   * Whether the best path is also advertised to the neighbour it came from (whose AS-path loop
   * check then drops it, unless as-override or allowas-in rewrote or allowed it). A neighbour's
   * {@code solo} stops it where the vendor has that knob.
   */
  boolean sendsBestPathToSource();

  /** What an eBGP session to a neighbour that is not directly connected does without ebgp-multihop. */
  NonConnectedPeer nonConnectedPeer();

  /**
   * Whether a {@code network} backed by a static route shows the static's next hop in the NVA's own
   * table (true: Cisco) or 0.0.0.0 (false: FRR).
   */
  boolean networkTakesStaticNextHop();

  /**
   * Whether, between eBGP paths equal up to the router-id step, the router keeps the one received
   * first ("prefer the oldest path": FRR, Cisco, GoBGP; not BIRD). When true and the NVA gives no
   * {@code arrivalOrder}, arsim marks such a best path arrival-order dependent.
   */
  default boolean prefersOldestPath() {
    return true;
  }

  /** Where the profile's defaults are documented (a docs page, a vendor URL). */
  default Optional<String> documentation() {
    return Optional.empty();
  }
}
