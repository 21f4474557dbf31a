package io.arsim.expressroute.bgp;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.bgp.Community;
import io.arsim.core.bgp.PathAttributes;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.engine.bgp.Candidate;
import io.arsim.engine.bgp.InboundRule;
import io.arsim.engine.bgp.Neighbor;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.NodeBehaviour;
import io.arsim.engine.bgp.Selection;
import io.arsim.engine.decision.FrrDecisionProcess;
import io.arsim.policy.spi.SpeakerKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * One Microsoft edge link of an ExpressRoute circuit (MSEE, AS 12076; S19, S33):
 *
 * <ul>
 *   <li>a path that already holds 12076 is dropped (eBGP loop prevention: the ExpressRoute
 *       bow-tie, S1);
 *   <li>on-premises may advertise 4,000 prefixes (Local, Standard) or 10,000 (Premium); more and
 *       the BGP session is dropped (S18, S19); a gateway may advertise 1,000 prefixes toward
 *       on-premises (its VNet prefixes plus route-server routes with branch-to-branch); more and the
 *       circuit's connection to the gateway goes down (S2, S18, S20);
 *   <li>the circuit's table holds one path per gateway instance and marks one best (R2);
 *   <li>toward on-premises it removes private ASNs, so on-premises sees Azure prefixes as
 *       {@code [12076]} only and an NVA's prepend never reaches it (S1, S24, S23g);
 *   <li>toward a gateway it sends on-premises routes as {@code [12076 <on-premises ASN>]} (S24) and
 *       another connected VNet's address space as {@code [12076 12076]} (65515 replaced by 12076,
 *       S38, R2), but not what that VNet's gateway learned from its route server (R2, one
 *       deployment, low confidence), and never a gateway's routes back to its own instances.
 * </ul>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MicrosoftEdgeBehaviour implements NodeBehaviour {
  /** Prefixes a gateway connection may advertise toward on-premises (S18, S20). */
  public static final int GATEWAY_ROUTE_LIMIT = 1_000;

  private final int onPremisesLimit;
  private final Map<String, String> gatewayOfInstance;

  /**
   * @param onPremisesLimit the circuit SKU's on-premises prefix limit
   * @param gatewayOfInstance the gateway each connected gateway instance node belongs to
   */
  public MicrosoftEdgeBehaviour(int onPremisesLimit, Map<String, String> gatewayOfInstance) {
    this.onPremisesLimit = onPremisesLimit;
    this.gatewayOfInstance = Map.copyOf(gatewayOfInstance);
  }

  private static boolean towardGateway(Neighbor n) {
    return n.peerKind() == SpeakerKind.GATEWAY;
  }

  private static final Optional<InboundRule> BOW_TIE = new InboundRule("loop prevention", (self, from, route) ->
      "AS path [" + route.attributes().asPath() + "] already holds 12076, the Microsoft edge's ASN: it crossed an"
          + " ExpressRoute circuit before (the bow-tie), so the MSEE drops it").asResult();

  @Override
  public Optional<InboundRule> inboundRule(Node self, Neighbor from, BgpRoute route) {
    return route.attributes().asPath().contains(self.asn()) ? BOW_TIE : Optional.empty();
  }

  @Override
  public OptionalInt routeLimit(Node self, Neighbor from) {
    return OptionalInt.of(towardGateway(from) ? GATEWAY_ROUTE_LIMIT : onPremisesLimit);
  }

  @Override
  public Selection select(Node self, Ipv4Prefix prefix, List<Candidate> candidates) {
    return FrrDecisionProcess.select(prefix, candidates, 1);
  }

  @Override
  public Optional<BgpRoute> advertise(Node self, Neighbor to, Selection selection) {
    Candidate best = selection.primary();
    if (best.peer().equals(to.peer()) || best.isLocal()) {
      return Optional.empty();
    }
    PathAttributes attributes = best.route().attributes();
    if (attributes.communities().contains(Community.NO_ADVERTISE)
        || attributes.communities().contains(Community.NO_EXPORT)) {
      return Optional.empty();
    }
    if (towardGateway(to)) {
      if (best.peerKind() == SpeakerKind.GATEWAY) {
        // From another gateway: only that VNet's own address space, and never back to the gateway
        // the route came from.
        String from = gatewayOfInstance.get(best.peer());
        if (from != null && from.equals(gatewayOfInstance.get(to.peer()))
            || !attributes.asPath().equals(AsPath.of(Asn.AZURE_ROUTE_SERVER.value()))) {
          return Optional.empty();
        }
      }
    } else if (best.peerAsn().equals(to.peerAsn())) {
      // Between two on-premises peers of one circuit there is no transit.
      return Optional.empty();
    }
    return Optional.of(new BgpRoute(selection.prefix(), self.name(), attributes.toBuilder()
        .nextHop(to.localAddress()).noMed().localPreference(PathAttributes.DEFAULT_LOCAL_PREFERENCE).build()));
  }

  @Override
  public BgpRoute afterExport(Node self, Neighbor to, BgpRoute route) {
    var path = route.attributes().asPath();
    path = towardGateway(to) ? path.replace(Asn.AZURE_ROUTE_SERVER, self.asn()) : path.removePrivate();
    return route.withAttributes(route.attributes().toBuilder().asPath(path.prepend(self.asn())).build());
  }
}
