package io.arsim.engine;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.bgp.PathAttributes;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.BgpConnection;
import io.arsim.core.topology.BgpNeighbor;
import io.arsim.core.topology.BranchSite;
import io.arsim.core.topology.NetworkVirtualAppliance;
import io.arsim.core.topology.RouteServer;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.Tunnel;
import io.arsim.engine.bgp.Neighbor;
import io.arsim.engine.bgp.NodeSpec;
import io.arsim.engine.convergence.NetworkBuilder;
import io.arsim.engine.decision.EdgeRouterBehaviour;
import io.arsim.engine.forwarding.AdministrativeDistances;
import io.arsim.engine.forwarding.NvaRoutingTable;
import io.arsim.engine.forwarding.Overlay;
import io.arsim.policy.spi.SpeakerKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sessions that ride on tunnels, for {@link NetworkFactory}: branches as speakers, the address an
 * NVA speaks BGP from toward each neighbour, and whether a session over a loopback or tunnel address
 * can come up (a tunnel to the peer, up, that the NVA's connected and static routes lead into).
 */
final class OverlaySessions {
  private final Topology topology;
  private final Overlay overlay;

  OverlaySessions(Topology topology) {
    this.topology = topology;
    this.overlay = Overlay.of(topology);
  }

  /**
   * Adds each branch as a speaker answering on the far address of every NVA tunnel that ends at it,
   * originating its prefixes.
   */
  void addBranches(NetworkBuilder builder) {
    for (BranchSite branch : topology.branches()) {
      List<Ipv4Address> addresses = new ArrayList<>();
      for (NetworkVirtualAppliance nva : topology.networkVirtualAppliances()) {
        nva.tunnels().stream().filter(t -> branch.name().equals(t.remote())).forEach(t -> addresses.add(t.remoteAddress()));
      }
      Ipv4Address routerId = !addresses.isEmpty() ? addresses.get(0)
          : branch.tunnelEndpoint() != null ? branch.tunnelEndpoint() : new Ipv4Address(0);
      builder.addNode(NodeSpec.of(branch.name(), branch.asn(), routerId, SpeakerKind.ON_PREMISES, branch.name(),
          EdgeRouterBehaviour.branch()));
      addresses.forEach(a -> builder.addAddress(a, branch.name()));
      for (Ipv4Prefix prefix : branch.prefixes()) {
        builder.addOriginated(branch.name(), new BgpRoute(prefix, BgpRoute.LOCAL,
            PathAttributes.builder().nextHop(routerId).build()));
      }
    }
  }

  /**
   * A branch's side of each session: the branch peers over every tunnel that ends at it with the NVA
   * that lists a neighbour at the tunnel's far address (the site's router is configured to match).
   */
  void connectBranches(NetworkBuilder builder) {
    for (NetworkVirtualAppliance nva : topology.networkVirtualAppliances()) {
      for (Tunnel tunnel : nva.tunnels()) {
        String remote = tunnel.remote();
        if (remote == null || topology.branch(remote).isEmpty() || !builder.hasNode(remote)) {
          continue;
        }
        boolean configured = nva.bgpNeighbors().stream().anyMatch(n -> n.peerIp().equals(tunnel.remoteAddress()));
        if (configured) {
          builder.addNeighbor(remote, Neighbor.plain(nva.name(), tunnel.remoteAddress(), tunnel.localAddress(),
              nva.asn()));
        }
      }
    }
  }

  /**
   * The address {@code nva} speaks BGP from toward {@code neighbor}: the one of its addresses the peer
   * names (an NVA's neighbour entry, a route server's connection), else the local end of the tunnel
   * whose far address is the neighbour, else its first NIC's.
   */
  Ipv4Address localAddress(NetworkVirtualAppliance nva, BgpNeighbor neighbor) {
    List<Ipv4Address> own = nva.ownAddresses();
    for (NetworkVirtualAppliance other : topology.networkVirtualAppliances()) {
      if (other != nva && other.ownAddresses().contains(neighbor.peerIp())) {
        Optional<Ipv4Address> named = other.bgpNeighbors().stream().map(BgpNeighbor::peerIp).filter(own::contains)
            .findFirst();
        if (named.isPresent()) {
          return named.get();
        }
      }
    }
    for (RouteServer rs : topology.routeServers()) {
      if (topology.routeServerInstanceIps(rs).contains(neighbor.peerIp())) {
        Optional<Ipv4Address> named = rs.bgpConnections().stream().map(BgpConnection::peerIp)
            .filter(ip -> nva.networkInterfaces().stream().anyMatch(n -> n.privateIpAddress().equals(ip))).findFirst();
        if (named.isPresent()) {
          return named.get();
        }
      }
    }
    for (Tunnel tunnel : nva.tunnels()) {
      if (tunnel.remoteAddress().equals(neighbor.peerIp())) {
        return tunnel.localAddress();
      }
    }
    return nva.networkInterfaces().get(0).privateIpAddress();
  }

  /**
   * Checks a session that runs over the overlay: when the NVA's connected and static routes lead to
   * the peer's address into a tunnel, the tunnel must be up and end at the peer; when the NVA speaks
   * from a loopback or tunnel address, such a tunnel must exist. Marks the session down otherwise.
   *
   * @return whether the session runs over the overlay (the VNet reachability check does not apply)
   */
  boolean checkOverlay(NetworkVirtualAppliance nva, Ipv4Address local, Ipv4Address peerAddress, String peer,
      NetworkBuilder builder) {
    NvaRoutingTable table = NvaRoutingTable.of(topology, nva, null, AdministrativeDistances.defaults(), t -> true);
    Optional<Tunnel> tunnel = table.tunnelTo(peerAddress);
    if (tunnel.isEmpty()) {
      if (table.isOverlayAddress(local)) {
        builder.markDown(nva.name(), peer, nva.name() + " speaks BGP from " + local + " (a loopback or tunnel address)"
            + " but has no route through a tunnel to " + peerAddress + " (" + peer + "); add a static route {prefix: "
            + peerAddress + "/32, tunnel: <tunnel to " + peer + ">}");
        return true;
      }
      return false;
    }
    Overlay.TunnelEnd end = overlay.end(nva.name(), tunnel.get().name()).orElseThrow();
    if (!end.up()) {
      builder.markDown(nva.name(), peer, "tunnel " + tunnel.get().name() + " carries nothing: " + end.downReason());
    } else if (!peer.equals(end.farName())) {
      builder.markDown(nva.name(), peer, nva.name() + " reaches " + peerAddress + " through tunnel "
          + tunnel.get().name() + ", which leads to " + end.describeFar() + ", not to " + peer);
    }
    return true;
  }
}
