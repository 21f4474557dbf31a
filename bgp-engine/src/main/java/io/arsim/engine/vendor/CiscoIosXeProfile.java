package io.arsim.engine.vendor;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.engine.spi.VendorProfile;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code cisco-iosxe}: Cisco IOS-XE (Catalyst 8000v, CSR 1000v), from Cisco's documentation
 * (docs/engine.md, "Vendor profiles").
 *
 * <ul>
 *   <li>{@code maximum-paths}: 1 by default, at most 32 (IOS IP Routing Protocols Command Reference,
 *       {@code maximum-paths}).
 *   <li>Sends every route to every peer, the source included, and leaves the filtering to the
 *       receiver's AS-path check (Cisco, "IOS-XR BGP Best Practice: eBGP Transit AS", which states
 *       it for IOS; real-deployments.md R3).
 *   <li>An eBGP neighbour that is not directly connected needs {@code ebgp-multihop} (or {@code
 *       disable-connected-check}) for the session to come up (Cisco BGP-4 Command and Configuration
 *       Handbook, {@code neighbor ebgp-multihop}; IOS command reference, {@code neighbor
 *       disable-connected-check}).
 *   <li>{@code network} backed by a static route: the static's next hop in its table (R3).
 *   <li>Prefers the oldest of equal eBGP paths (Cisco, "BGP Best Path Selection Algorithm").
 * </ul>
 */
@API(status = INTERNAL, since = "0.2")
public final class CiscoIosXeProfile implements VendorProfile {

  /** The profile's id. */
  public static final String ID = "cisco-iosxe";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Cisco IOS-XE (Catalyst 8000v, CSR 1000v)";
  }

  @Override
  public int defaultMaximumPaths() {
    return 1;
  }

  @Override
  public int maximumPathsLimit() {
    return 32;
  }

  @Override
  public boolean sendsBestPathToSource() {
    return true;
  }

  @Override
  public NonConnectedPeer nonConnectedPeer() {
    return NonConnectedPeer.SESSION_DOWN;
  }

  @Override
  public boolean networkTakesStaticNextHop() {
    return true;
  }

  @Override
  public Optional<String> documentation() {
    return Optional.of("docs/engine.md#vendor-profiles");
  }
}
