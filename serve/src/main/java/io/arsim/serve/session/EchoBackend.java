package io.arsim.serve.session;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.bgp.PathAttributes;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.serve.codec.PathAttribute;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A small stand-in for the engine, for tests and wire checks: it sends every peer the routes it
 * was given to originate and reflects what each peer sends to the other peers of the same
 * instance, with the instance's router address as next hop and the instance's AS prepended (like an eBGP
 * speaker with next-hop-self). When several peers announce a prefix, the others get the route of
 * the peer whose name sorts first; an originated route wins over learned ones (as a router prefers
 * its own routes). It is not Azure Route Server's behaviour (no loop drop, no
 * route limit, no ECMP): that is the engine's job.
 *
 * <p>It also records what it received, so tests can look at it. Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class EchoBackend implements BgpBackend {

  private final List<BgpRoute> originated;
  private final Set<Ipv4Prefix> originatedPrefixes = new TreeSet<>();
  /** Per instance: the established peers by name. */
  private final Map<String, Map<String, PeerHandle>> handles = new HashMap<>();
  /** Per instance: prefix, then peer name, then the route and what it passes on. */
  private final Map<String, Map<Ipv4Prefix, TreeMap<String, Learned>>> learned = new HashMap<>();
  private final Map<String, Integer> upCount = new HashMap<>();
  private final Map<String, DownReason> lastDown = new HashMap<>();

  /**
   * @param originated routes sent to every peer on session up; their next hop is replaced by the
   *     instance's router address and the instance's AS is prepended
   */
  public EchoBackend(List<BgpRoute> originated) {
    this.originated = List.copyOf(originated);
    for (BgpRoute route : this.originated) {
      originatedPrefixes.add(route.prefix());
    }
  }

  @Override
  public synchronized void peerUp(PeerHandle peer) {
    String instance = peer.instance().name();
    handles.computeIfAbsent(instance, k -> new TreeMap<>()).put(peer.peer().name(), peer);
    upCount.merge(key(peer), 1, Integer::sum);
    List<BgpRoute> initial = new ArrayList<>();
    for (BgpRoute route : originated) {
      initial.add(outbound(route, peer));
    }
    if (!initial.isEmpty()) {
      peer.announce(initial);
    }
    for (Map.Entry<Ipv4Prefix, TreeMap<String, Learned>> entry : ribOf(instance).entrySet()) {
      Learned best = bestFor(entry.getValue(), peer.peer().name());
      if (best != null && !originatedPrefixes.contains(entry.getKey())) {
        peer.announce(List.of(outbound(best.route(), peer)), best.passOn());
      }
    }
    notifyAll();
  }

  @Override
  public synchronized void routesReceived(PeerHandle peer, PeerUpdate update) {
    String instance = peer.instance().name();
    String from = peer.peer().name();
    Map<Ipv4Prefix, TreeMap<String, Learned>> rib = ribOf(instance);
    Set<Ipv4Prefix> changed = new TreeSet<>();
    for (Ipv4Prefix prefix : update.withdrawn()) {
      TreeMap<String, Learned> sources = rib.get(prefix);
      if (sources != null && sources.remove(from) != null) {
        changed.add(prefix);
        if (sources.isEmpty()) {
          rib.remove(prefix);
        }
      }
    }
    for (BgpRoute route : update.announced()) {
      rib.computeIfAbsent(route.prefix(), k -> new TreeMap<>()).put(from, new Learned(route, update.passOn()));
      changed.add(route.prefix());
    }
    propagate(instance, changed);
    notifyAll();
  }

  @Override
  public synchronized void peerDown(PeerHandle peer, DownReason reason) {
    String instance = peer.instance().name();
    String from = peer.peer().name();
    Map<String, PeerHandle> peers = handles.get(instance);
    if (peers != null && peers.get(from) == peer) {
      peers.remove(from);
    }
    lastDown.put(key(peer), reason);
    Set<Ipv4Prefix> changed = new TreeSet<>();
    Map<Ipv4Prefix, TreeMap<String, Learned>> rib = ribOf(instance);
    for (Ipv4Prefix prefix : new ArrayList<>(rib.keySet())) {
      TreeMap<String, Learned> sources = rib.get(prefix);
      if (sources.remove(from) != null) {
        changed.add(prefix);
        if (sources.isEmpty()) {
          rib.remove(prefix);
        }
      }
    }
    propagate(instance, changed);
    notifyAll();
  }

  /** Sends each established peer of {@code instance} the new state of {@code prefixes}. */
  private void propagate(String instance, Set<Ipv4Prefix> prefixes) {
    if (prefixes.isEmpty()) {
      return;
    }
    Map<Ipv4Prefix, TreeMap<String, Learned>> rib = ribOf(instance);
    for (PeerHandle target : handles.getOrDefault(instance, Map.of()).values()) {
      Map<List<PathAttribute>, List<BgpRoute>> announce = new LinkedHashMap<>();
      List<Ipv4Prefix> withdraw = new ArrayList<>();
      for (Ipv4Prefix prefix : prefixes) {
        if (originatedPrefixes.contains(prefix)) {
          continue; // an originated route wins over learned ones and never changes
        }
        Learned best = bestFor(rib.getOrDefault(prefix, new TreeMap<>()), target.peer().name());
        if (best == null) {
          withdraw.add(prefix);
        } else {
          announce.computeIfAbsent(best.passOn(), k -> new ArrayList<>()).add(outbound(best.route(), target));
        }
      }
      if (!withdraw.isEmpty()) {
        target.withdraw(withdraw);
      }
      for (Map.Entry<List<PathAttribute>, List<BgpRoute>> entry : announce.entrySet()) {
        target.announce(entry.getValue(), entry.getKey());
      }
    }
  }

  private static @Nullable Learned bestFor(TreeMap<String, Learned> sources, String target) {
    for (Map.Entry<String, Learned> entry : sources.entrySet()) {
      if (!entry.getKey().equals(target)) {
        return entry.getValue();
      }
    }
    return null;
  }

  private static BgpRoute outbound(BgpRoute route, PeerHandle target) {
    PathAttributes attributes = route.attributes().toBuilder()
        .asPath(route.attributes().asPath().prepend(target.instance().asn()))
        .nextHop(target.instance().routerAddress())
        .noMed()
        .localPreference(PathAttributes.DEFAULT_LOCAL_PREFERENCE)
        .build();
    return new BgpRoute(route.prefix(), BgpRoute.LOCAL, attributes);
  }

  private Map<Ipv4Prefix, TreeMap<String, Learned>> ribOf(String instance) {
    return learned.computeIfAbsent(instance, k -> new TreeMap<>());
  }

  private static String key(PeerHandle peer) {
    return peer.instance().name() + "/" + peer.peer().name();
  }

  /** The routes {@code peer} of {@code instance} announced and has not withdrawn, by prefix. */
  public synchronized Map<Ipv4Prefix, BgpRoute> received(String instance, String peer) {
    Map<Ipv4Prefix, BgpRoute> routes = new TreeMap<>();
    for (Map.Entry<Ipv4Prefix, TreeMap<String, Learned>> entry : ribOf(instance).entrySet()) {
      Learned route = entry.getValue().get(peer);
      if (route != null) {
        routes.put(entry.getKey(), route.route());
      }
    }
    return routes;
  }

  /** How many times the peer's session came up. */
  public synchronized int timesUp(String instance, String peer) {
    return upCount.getOrDefault(instance + "/" + peer, 0);
  }

  /** Whether the peer's session is up now. */
  public synchronized boolean isUp(String instance, String peer) {
    return handles.getOrDefault(instance, Map.of()).containsKey(peer);
  }

  /** Why the peer's session last went down, if it did. */
  public synchronized Optional<DownReason> lastDown(String instance, String peer) {
    return Optional.ofNullable(lastDown.get(instance + "/" + peer));
  }

  /**
   * Waits until {@code condition} holds, rechecking whenever this backend hears something, for at
   * most {@code timeoutMillis}; returns whether it held. For tests against real daemons.
   */
  public synchronized boolean await(BooleanSupplier condition, long timeoutMillis)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
    while (!condition.getAsBoolean()) {
      long left = (deadline - System.nanoTime()) / 1_000_000L;
      if (left <= 0) {
        return false;
      }
      wait(left);
    }
    return true;
  }

  private record Learned(BgpRoute route, List<PathAttribute> passOn) {
    Learned {
      Objects.requireNonNull(route, "route");
      passOn = List.copyOf(passOn);
    }
  }
}
