package io.arsim.engine.convergence;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.engine.bgp.EngineSettings;
import io.arsim.engine.bgp.Neighbor;
import io.arsim.engine.bgp.Network;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.NodeSpec;
import io.arsim.engine.bgp.SessionState;
import io.arsim.engine.bgp.StaticRoute;
import io.arsim.engine.spi.NetworkAssembly;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Assembles a {@link Network}: nodes, their neighbours and originated routes, and the addresses
 * they answer on. Sessions are derived when it is built: a session is up only when both ends list
 * each other with the right ASN and nothing marked it down; otherwise it is down with the reason.
 */
@API(status = INTERNAL, since = "0.1")
public final class NetworkBuilder implements NetworkAssembly {
  private final Map<String, Draft> drafts = new TreeMap<>();
  private final Map<Ipv4Address, String> addresses = new HashMap<>();
  private final Map<String, String> downReasons = new HashMap<>();
  private final List<SessionState> unresolved = new ArrayList<>();
  private final EngineSettings settings;

  /** A builder for a network built with the default settings. */
  public NetworkBuilder() {
    this(EngineSettings.defaults());
  }

  /** A builder for a network built with {@code settings}. */
  public NetworkBuilder(EngineSettings settings) {
    this.settings = settings;
  }

  @Override
  public EngineSettings settings() {
    return settings;
  }

  private static final class Draft {
    final NodeSpec spec;
    final List<Neighbor> neighbors = new ArrayList<>();
    final List<BgpRoute> originated = new ArrayList<>();
    final List<StaticRoute> staticRoutes = new ArrayList<>();

    Draft(NodeSpec spec) {
      this.spec = spec;
    }
  }

  @Override
  public NetworkBuilder addNode(NodeSpec node) {
    if (drafts.containsKey(node.name())) {
      throw new IllegalArgumentException("a node named " + node.name() + " exists already");
    }
    drafts.put(node.name(), new Draft(node));
    return this;
  }

  @Override
  public NetworkBuilder addAddress(Ipv4Address address, String node) {
    addresses.putIfAbsent(address, node);
    return this;
  }

  @Override
  public Optional<String> nodeAt(Ipv4Address address) {
    return Optional.ofNullable(addresses.get(address));
  }

  @Override
  public boolean hasNode(String name) {
    return drafts.containsKey(name);
  }

  @Override
  public Asn asnOf(String name) {
    return draft(name).spec.asn();
  }

  @Override
  public NetworkBuilder addNeighbor(String node, Neighbor neighbor) {
    draft(node).neighbors.add(neighbor);
    return this;
  }

  @Override
  public NetworkBuilder addOriginated(String node, BgpRoute route) {
    draft(node).originated.add(route);
    return this;
  }

  @Override
  public NetworkBuilder addStaticRoute(String node, Ipv4Prefix prefix, Ipv4Address nextHop) {
    draft(node).staticRoutes.add(new StaticRoute(prefix, nextHop));
    return this;
  }

  @Override
  public NetworkBuilder markDown(String a, String b, String reason) {
    downReasons.putIfAbsent(key(a, b), reason);
    return this;
  }

  @Override
  public NetworkBuilder addUnresolved(String node, Ipv4Address local, Ipv4Address peerAddress) {
    unresolved.add(new SessionState(node, local, "(nothing at " + peerAddress + ")", peerAddress, false,
        "no route server instance, NVA or gateway in the design answers on " + peerAddress));
    return this;
  }

  private Draft draft(String node) {
    Draft draft = drafts.get(node);
    if (draft == null) {
      throw new IllegalArgumentException("no node named " + node);
    }
    return draft;
  }

  private static String key(String a, String b) {
    return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
  }

  /** The network, with every session's state. */
  public Network build() {
    List<Node> nodes = new ArrayList<>();
    Map<String, SessionState> sessions = new TreeMap<>();
    for (Draft d : drafts.values()) {
      NodeSpec n = d.spec;
      List<Neighbor> neighbors = new ArrayList<>(d.neighbors.size());
      for (Neighbor neighbor : d.neighbors) {
        Draft peer = drafts.get(neighbor.peer());
        neighbors.add(peer == null ? neighbor : neighbor.withPeerKind(peer.spec.kind()));
      }
      nodes.add(new Node(n.name(), n.asn(), n.routerId(), n.kind(), n.preferredUnder(), n.owner(), n.virtualNetwork(),
          n.behaviour(), neighbors, d.originated, d.staticRoutes));
    }
    for (Draft d : drafts.values()) {
      for (Neighbor n : d.neighbors) {
        String k = key(d.spec.name(), n.peer());
        if (sessions.containsKey(k)) {
          continue;
        }
        Draft peer = drafts.get(n.peer());
        boolean aFirst = d.spec.name().compareTo(n.peer()) <= 0;
        Optional<Neighbor> back = peer == null ? Optional.empty()
            : peer.neighbors.stream().filter(x -> x.peer().equals(d.spec.name())).findFirst();
        String reason = downReasons.getOrDefault(k, "");
        if (reason.isEmpty() && back.isEmpty()) {
          reason = n.peer() + " has no BGP neighbour " + n.localAddress() + " (" + d.spec.name()
              + "); the session is configured on one side only";
        }
        if (reason.isEmpty() && peer != null && !peer.spec.asn().equals(n.peerAsn())) {
          reason = d.spec.name() + " expects ASN " + n.peerAsn() + " from " + n.peer() + ", which uses " + peer.spec.asn();
        }
        if (reason.isEmpty() && back.isPresent() && !back.get().peerAsn().equals(d.spec.asn())) {
          reason = n.peer() + " expects ASN " + back.get().peerAsn() + " from " + d.spec.name() + ", which uses " + d.spec.asn();
        }
        Ipv4Address peerAddress = back.map(Neighbor::localAddress).orElse(n.peerAddress());
        SessionState state = aFirst
            ? new SessionState(d.spec.name(), n.localAddress(), n.peer(), peerAddress, reason.isEmpty(), reason)
            : new SessionState(n.peer(), peerAddress, d.spec.name(), n.localAddress(), reason.isEmpty(), reason);
        sessions.put(k, state);
      }
    }
    List<SessionState> all = new ArrayList<>(sessions.values());
    all.addAll(unresolved);
    return new Network(nodes, all);
  }
}
