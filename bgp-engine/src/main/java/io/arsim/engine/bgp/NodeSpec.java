package io.arsim.engine.bgp;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.Asn;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.topology.HubRoutingPreference;
import io.arsim.policy.spi.SpeakerKind;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a node is, before its neighbours and routes are added: the identity the network is
 * assembled from ({@code NetworkAssembly.addNode}).
 *
 * @param name unique node name
 * @param asn its ASN
 * @param routerId its router id
 * @param kind what it is, as policies see it
 * @param preferredUnder the hub routing preference under which a route server prefers this node's
 *     routes over others ({@code ExpressRoute} for an ExpressRoute gateway, {@code VpnGateway} for
 *     VPN gateways and NVAs, facts 3.2); {@code ASPath} for nodes no preference favours
 * @param owner the topology element it stands for
 * @param virtualNetwork the VNet it sits in (route-server instances, NVAs, gateways); null outside
 *     Azure (the Microsoft edge, on-premises routers)
 * @param behaviour its BGP behaviour
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record NodeSpec(String name, Asn asn, Ipv4Address routerId, SpeakerKind kind,
    HubRoutingPreference preferredUnder, String owner, @Nullable String virtualNetwork, NodeBehaviour behaviour) {

  public NodeSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(asn, "asn");
    Objects.requireNonNull(routerId, "routerId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(preferredUnder, "preferredUnder");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(behaviour, "behaviour");
  }

  /** A node outside any VNet that no hub routing preference favours. */
  public static NodeSpec of(String name, Asn asn, Ipv4Address routerId, SpeakerKind kind, String owner,
      NodeBehaviour behaviour) {
    return new NodeSpec(name, asn, routerId, kind, HubRoutingPreference.ASPath, owner, null, behaviour);
  }

  /** This node, preferred by route servers under {@code preference}. */
  public NodeSpec withPreferredUnder(HubRoutingPreference preference) {
    return new NodeSpec(name, asn, routerId, kind, preference, owner, virtualNetwork, behaviour);
  }

  /** This node, in VNet {@code vnet}. */
  public NodeSpec withVirtualNetwork(String vnet) {
    return new NodeSpec(name, asn, routerId, kind, preferredUnder, owner, vnet, behaviour);
  }
}
