package io.arsim.engine.bgp;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.HubRoutingPreference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Azure Route Server's path selection (azure-route-server-facts.md 3.1, 3.2; Appendix B rule 3):
 *
 * <ol>
 *   <li>hub routing preference between sources: {@code ExpressRoute} (default) prefers
 *       ExpressRoute-learned routes over VPN- and NVA-learned ones; {@code VpnGateway} prefers VPN-
 *       and NVA-learned routes over ExpressRoute; {@code ASPath} has no source preference;
 *   <li>AS-path length, shorter wins;
 *   <li>paths still equal are programmed together as ECMP, up to the maximum ECMP width
 *       ({@link EngineSettings#routeServerMaxEcmpPaths()}; Azure does not document one); MED,
 *       origin and local preference are ignored (MED observed ignored, S27);
 *   <li>the order within the ECMP set, which decides the path advertised onward, is by lower peer
 *       address (a documented assumption, {@link EcmpAdvertisement}).
 * </ol>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RouteServerDecisionProcess {
  private RouteServerDecisionProcess() {}

  /** Selects the ECMP set for one prefix. */
  public static Selection select(Ipv4Prefix prefix, List<Candidate> candidates, HubRoutingPreference preference,
      int maxEcmpPaths) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort((a, b) -> {
      Compared c = compare(a, b, preference);
      return c.sign != 0 ? c.sign : a.peerAddress().compareTo(b.peerAddress());
    });
    Candidate best = sorted.get(0);
    List<Candidate> selected = new ArrayList<>();
    selected.add(best);
    Map<Candidate, DecisionStep> lost = new LinkedHashMap<>();
    for (Candidate other : sorted.subList(1, sorted.size())) {
      Compared c = compare(best, other, preference);
      if (c.sign == 0 && selected.size() < maxEcmpPaths && !best.isLocal()) {
        selected.add(other);
      } else {
        lost.put(other, c.sign == 0 ? DecisionStep.PEER_ADDRESS : c.step);
      }
    }
    return new Selection(prefix, selected, lost);
  }

  private static Compared compare(Candidate a, Candidate b, HubRoutingPreference preference) {
    int c = Integer.compare(rank(a, preference), rank(b, preference));
    if (c != 0) {
      return new Compared(c, DecisionStep.ROUTING_PREFERENCE);
    }
    c = Integer.compare(a.route().attributes().asPath().length(), b.route().attributes().asPath().length());
    return new Compared(c, DecisionStep.AS_PATH_LENGTH);
  }

  /** Lower is better. Local routes (the VNet's own prefixes) always win. */
  private static int rank(Candidate c, HubRoutingPreference preference) {
    if (c.isLocal()) {
      return 0;
    }
    boolean expressRoute = c.peerSource() == SourceType.EXPRESSROUTE_GATEWAY;
    return switch (preference) {
      case ExpressRoute -> expressRoute ? 1 : 2;
      case VpnGateway -> expressRoute ? 2 : 1;
      case ASPath -> 1;
    };
  }

  private record Compared(int sign, DecisionStep step) {}
}
