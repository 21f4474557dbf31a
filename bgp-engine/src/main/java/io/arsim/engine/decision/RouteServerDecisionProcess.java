package io.arsim.engine.decision;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.HubRoutingPreference;
import io.arsim.engine.bgp.Candidate;
import io.arsim.engine.bgp.DecisionStep;
import io.arsim.engine.bgp.Selection;
import java.util.ArrayList;
import java.util.Arrays;
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
 *       ({@link io.arsim.engine.bgp.EngineSettings#routeServerMaxEcmpPaths()}; Azure does not document one); MED,
 *       origin and local preference are ignored (MED observed ignored, S27);
 *   <li>the order within the ECMP set, which decides the path advertised onward, is by lower peer
 *       address (a documented assumption, {@link io.arsim.engine.bgp.EcmpAdvertisement}).
 * </ol>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RouteServerDecisionProcess {
  private RouteServerDecisionProcess() {}

  /** A candidate with its rank and AS-path length, derived once per {@code select} call. */
  private record Key(Candidate candidate, int rank, int asPathLength) {}

  /** Selects the ECMP set for one prefix. */
  public static Selection select(Ipv4Prefix prefix, List<Candidate> candidates, HubRoutingPreference preference,
      int maxEcmpPaths) {
    Key[] sorted = new Key[candidates.size()];
    for (int i = 0; i < sorted.length; i++) {
      Candidate c = candidates.get(i);
      sorted[i] = new Key(c, rank(c, preference), c.route().attributes().asPath().length());
    }
    if (sorted.length > 1) {
      Arrays.sort(sorted, (a, b) -> {
        int c = compare(a, b);
        return c != 0 ? c : a.candidate().peerAddress().compareTo(b.candidate().peerAddress());
      });
    }
    Key best = sorted[0];
    if (sorted.length == 1) {
      return new Selection(prefix, List.of(best.candidate()), Map.of());
    }
    List<Candidate> selected = new ArrayList<>();
    selected.add(best.candidate());
    Map<Candidate, DecisionStep> lost = new Selection.Owned<>();
    boolean local = best.candidate().isLocal();
    for (int i = 1; i < sorted.length; i++) {
      Key other = sorted[i];
      int c = compare(best, other);
      if (c == 0 && selected.size() < maxEcmpPaths && !local) {
        selected.add(other.candidate());
      } else {
        lost.put(other.candidate(), c == 0 ? DecisionStep.PEER_ADDRESS
            : best.rank() != other.rank() ? DecisionStep.ROUTING_PREFERENCE : DecisionStep.AS_PATH_LENGTH);
      }
    }
    return new Selection(prefix, selected, lost);
  }

  /** Rank, then AS-path length: negative when {@code a} is better, 0 when they tie. */
  private static int compare(Key a, Key b) {
    int c = Integer.compare(a.rank(), b.rank());
    return c != 0 ? c : Integer.compare(a.asPathLength(), b.asPathLength());
  }

  /**
   * Lower is better. Local routes (the VNet's own prefixes) always win; then the routes of peers
   * the preference favours ({@code ExpressRoute}: ExpressRoute gateways; {@code VpnGateway}: VPN
   * gateways and NVAs); {@code ASPath} favours none, so every peer ranks alike.
   */
  private static int rank(Candidate c, HubRoutingPreference preference) {
    if (c.isLocal()) {
      return 0;
    }
    return preference == HubRoutingPreference.ASPath || c.peerPreferredUnder() == preference ? 1 : 2;
  }
}
