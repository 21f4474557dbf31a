package io.arsim.policy.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.net.Ipv4Address;
import io.arsim.policy.spi.Speaker;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A path competing in {@link BestPathKit}: the route as the deciding speaker holds it (after its
 * import policies), the peer it came from, and the two things that are not in the route.
 *
 * @param peer the neighbour the path came from: its name, ASN (eBGP when it differs from the
 *     deciding speaker's) and session address
 * @param route the route
 * @param weight the weight the deciding speaker gives it (0 unless set)
 * @param routerId the peer's router id; its session address unless set
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record Contender(Speaker peer, BgpRoute route, int weight, Ipv4Address routerId) {

  public Contender {
    Objects.requireNonNull(peer, "peer");
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(routerId, "routerId");
  }

  /** A path from {@code peer}, weight 0, router id the peer's address. */
  public static Contender of(Speaker peer, BgpRoute route) {
    return new Contender(peer, route, 0, peer.address());
  }

  /** This path with another weight. */
  public Contender weight(int weight) {
    return new Contender(peer, route, weight, routerId);
  }

  /** This path with another router id for its peer. */
  public Contender routerId(String routerId) {
    return new Contender(peer, route, weight, Ipv4Address.parse(routerId));
  }

  /** {@code nva2 (10.2.1.4): AS path [65002 65002 65002]}. */
  @Override
  public String toString() {
    return peer.name() + " (" + peer.address() + "): AS path [" + route.attributes().asPath() + "]";
  }
}
