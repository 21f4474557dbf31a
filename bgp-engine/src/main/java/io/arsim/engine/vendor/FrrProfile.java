package io.arsim.engine.vendor;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.engine.spi.VendorProfile;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code frr}: FRRouting as Debian 12 ships it (8.4.4), checked against that build on this project's
 * machines (docs/engine.md, "Vendor profiles").
 *
 * <ul>
 *   <li>{@code maximum-paths}: the build's multipath number, 256 for Debian ({@code
 *       --enable-multipath=256} in {@code bgpd --version}); {@code bgp_create} sets {@code
 *       maxpaths_ebgp = multipath_num}. Two equal paths from the two route-server instances show as
 *       best and multipath without any {@code maximum-paths} (lab; real-deployments.md R3).
 *   <li>Sends the best path back to the neighbour it came from: {@code subgroup_announce_check}
 *       skips the source only for a {@code neighbor X solo} peer ({@code PEER_FLAG_LONESOUL}); seen
 *       on the wire in the lab with the source alone in its update group and sharing one.
 *   <li>A single-hop eBGP neighbour that is not directly connected: the session comes up, its
 *       paths are invalid, next hop inaccessible ({@code bgp_update}'s connected check; lab: no
 *       {@code *}, {@code "accessible":false}; R3).
 *   <li>{@code network} backed by a static route: next hop 0.0.0.0 in its table (lab; R3).
 *   <li>Prefers the oldest of equal eBGP paths ({@code bgp_path_info_cmp}, "Older Path"; lab).
 * </ul>
 */
@API(status = INTERNAL, since = "0.2")
public final class FrrProfile implements VendorProfile {

  /** The profile's id. */
  public static final String ID = "frr";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "FRRouting 8.4.4 (Debian 12)";
  }

  @Override
  public int defaultMaximumPaths() {
    return 256;
  }

  @Override
  public int maximumPathsLimit() {
    return 256;
  }

  @Override
  public boolean sendsBestPathToSource() {
    return true;
  }

  @Override
  public NonConnectedPeer nonConnectedPeer() {
    return NonConnectedPeer.PATHS_INVALID;
  }

  @Override
  public boolean networkTakesStaticNextHop() {
    return false;
  }

  @Override
  public Optional<String> documentation() {
    return Optional.of("docs/engine.md#vendor-profiles");
  }
}
