package io.arsim.engine.bgp;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.bgp.PathAttributes;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.topology.HubRoutingPreference;
import io.arsim.policy.spi.SpeakerKind;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A BGP speaker in the simulated network.
 *
 * @param name unique name; route-server instances are {@code <route server>/IN_0} and {@code /IN_1}
 * @param asn its ASN
 * @param routerId its router id
 * @param kind what it is, as policies see it
 * @param preferredUnder the hub routing preference under which route servers prefer its routes
 *     ({@link NodeSpec#preferredUnder()})
 * @param owner the topology element it stands for (route server, NVA, or extension resource name)
 * @param virtualNetwork the VNet it sits in; null outside Azure
 * @param behaviour its BGP behaviour
 * @param neighbors its configured neighbours, ordered by peer address
 * @param originated the routes it originates (AS path empty; receivedFrom {@code local})
 * @param staticRoutes the static routes traces forward by at a router outside Azure's fabric
 *     (never advertised); empty for most nodes
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Node(
    String name,
    Asn asn,
    Ipv4Address routerId,
    SpeakerKind kind,
    HubRoutingPreference preferredUnder,
    String owner,
    @Nullable String virtualNetwork,
    NodeBehaviour behaviour,
    List<Neighbor> neighbors,
    List<BgpRoute> originated,
    List<StaticRoute> staticRoutes) {

  public Node {
    Objects.requireNonNull(name, "name");
    neighbors = neighbors.stream().sorted(Comparator.comparing(Neighbor::peerAddress)).toList();
    originated = originated.stream().sorted(Comparator.comparing(BgpRoute::prefix)).toList();
    staticRoutes = List.copyOf(staticRoutes);
  }

  /** A node without static routes. */
  public Node(String name, Asn asn, Ipv4Address routerId, SpeakerKind kind, HubRoutingPreference preferredUnder,
      String owner, @Nullable String virtualNetwork, NodeBehaviour behaviour, List<Neighbor> neighbors,
      List<BgpRoute> originated) {
    this(name, asn, routerId, kind, preferredUnder, owner, virtualNetwork, behaviour, neighbors, originated, List.of());
  }

  /**
   * The name of a route server's instance node: {@code rs-spoke/IN_0} (the CLI/PowerShell
   * {@code RouteServiceRole_IN_0}).
   */
  public static String routeServerInstance(String routeServer, int instance) {
    return routeServer + "/IN_" + instance;
  }

  /** The VNet the node sits in, when it sits in one. */
  public java.util.Optional<String> virtualNetworkName() {
    return java.util.Optional.ofNullable(virtualNetwork);
  }

  /** The neighbour entry toward {@code peer}. */
  public Optional<Neighbor> neighbor(String peer) {
    return neighbors.stream().filter(n -> n.peer().equals(peer)).findFirst();
  }

  /**
   * {@code route} as it enters this node's import chain from {@code neighbor}: an eBGP route's local
   * preference is reset to the default by BGP routers (not by a route server, whose behaviour says
   * so). The import phase and {@code explain} both start from it.
   */
  public BgpRoute arriving(Neighbor neighbor, BgpRoute route) {
    if (!neighbor.peerAsn().equals(asn) && behaviour.resetsLocalPreference()
        && route.attributes().localPreference() != PathAttributes.DEFAULT_LOCAL_PREFERENCE) {
      return route.withAttributes(route.attributes().toBuilder()
          .localPreference(PathAttributes.DEFAULT_LOCAL_PREFERENCE).build());
    }
    return route;
  }
}
