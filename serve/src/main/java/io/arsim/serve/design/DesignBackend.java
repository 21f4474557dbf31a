package io.arsim.serve.design;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.bgp.Communities;
import io.arsim.core.bgp.Origin;
import io.arsim.core.bgp.PathAttributes;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.NetworkVirtualAppliance;
import io.arsim.core.topology.file.LoadedTopology;
import io.arsim.engine.ConvergedDesign;
import io.arsim.engine.DesignRun;
import io.arsim.engine.bgp.Neighbor;
import io.arsim.engine.bgp.NeighborSettings;
import io.arsim.engine.bgp.Network;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.SessionState;
import io.arsim.policy.catalog.PolicyChain;
import io.arsim.serve.session.BgpBackend;
import io.arsim.serve.session.DownReason;
import io.arsim.serve.session.PeerHandle;
import io.arsim.serve.session.PeerUpdate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine behind the wire: a converged design in which the NVAs marked {@code external: true}
 * are played by the real routers connected to the route-server instances.
 *
 * <p>An external NVA's node sends each instance exactly what its real router sent that instance
 * ({@link ExternalNvaBehaviour}); its sessions with an instance are up in the design only while
 * the real router's session is Established. On every change (a session up or down, an UPDATE) the
 * design is converged again on one background thread; changes that arrive while it converges are
 * taken together in the next run. Then each real router is sent the difference between what the
 * instance now advertises to its NVA in the engine and what it was sent before: the route server's
 * rules (65515 prepended, next hop the instance address, the 65515 loop drop, ECMP, NO_ADVERTISE,
 * branch-to-branch, nothing reflected to its source) are the engine's.
 *
 * <p>A route whose next hop is the address the real router connects from (a loopback address in a
 * lab) gets the NVA's address in the design instead, so that effective routes and traces read as
 * they would in Azure. Instances are named as the engine's nodes ({@code rs/IN_0}); peers as the
 * NVAs. Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class DesignBackend implements BgpBackend, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DesignBackend.class);

  private final DesignRun run;
  private final LoadedTopology loaded;
  private final Network base;
  private final Set<String> external;
  private final ScheduledExecutorService converger;
  private final Duration settle;
  private final List<Consumer<ConvergedDesign>> listeners = new CopyOnWriteArrayList<>();

  // Guarded by this.
  private final Map<String, Map<String, Peer>> peers = new TreeMap<>();
  private boolean scheduled;
  private boolean closed;
  private long changes;
  private long applied = -1;
  private @Nullable ConvergedDesign latest;
  private @Nullable RuntimeException failure;

  /**
   * Builds the design's network (validating its policies) and converges it with every external
   * NVA's sessions down, on a background thread.
   *
   * @throws io.arsim.core.topology.TopologyException when the design's policies cannot be created
   */
  public DesignBackend(DesignRun run, LoadedTopology loaded) {
    this(run, loaded, DEFAULT_SETTLE);
  }

  /**
   * The time a convergence waits after the first change it takes: a router pushing its table
   * sends it as a burst of UPDATEs (4,000 routes are 4 UPDATEs, a few milliseconds apart on
   * loopback), and converging once for the burst instead of once per UPDATE is what keeps the
   * route server at its limits converged well under a second after the last UPDATE.
   */
  public static final Duration DEFAULT_SETTLE = Duration.ofMillis(20);

  /**
   * As {@link #DesignBackend(DesignRun, LoadedTopology)}, waiting {@code settle} after the first
   * change before converging (0: at once).
   */
  public DesignBackend(DesignRun run, LoadedTopology loaded, Duration settle) {
    this.run = Objects.requireNonNull(run, "run");
    this.settle = Objects.requireNonNull(settle, "settle");
    this.loaded = Objects.requireNonNull(loaded, "loaded");
    this.base = run.build(loaded);
    Set<String> names = new TreeSet<>();
    loaded.topology().networkVirtualAppliances().stream().filter(NetworkVirtualAppliance::external)
        .forEach(n -> names.add(n.name()));
    this.external = Set.copyOf(names);
    this.converger = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "arsim-serve-converge");
      thread.setDaemon(true);
      return thread;
    });
    scheduled = true;
    converger.execute(this::convergeOnce);
  }

  /** The names of the NVAs real routers play. */
  public Set<String> externalNvas() {
    return new TreeSet<>(external);
  }

  /** The network of the design as the file describes it (external NVAs as simulated NVAs). */
  public Network baseNetwork() {
    return base;
  }

  /** The design converged with what the real routers sent, once the first convergence is done. */
  public synchronized Optional<ConvergedDesign> current() {
    return Optional.ofNullable(latest);
  }

  /** Calls {@code listener} with each newly converged design, on the converging thread. */
  public void onConverged(Consumer<ConvergedDesign> listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Waits until every change heard so far is converged and sent to the peers, for at most
   * {@code timeout}; returns whether it was.
   *
   * @throws RuntimeException the last convergence's failure (a non-converging design, a policy
   *     that threw)
   */
  public synchronized boolean awaitConverged(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (applied != changes) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    if (failure != null) {
      throw failure;
    }
    return true;
  }

  /** The routes the real router playing {@code nva} sent {@code instance} and has not withdrawn. */
  public synchronized SortedMap<Ipv4Prefix, BgpRoute> received(String instance, String nva) {
    Peer peer = peers.getOrDefault(instance, Map.of()).get(nva);
    return peer == null ? new TreeMap<>() : new TreeMap<>(peer.received);
  }

  /** Whether the real router playing {@code nva} has an Established session with {@code instance}. */
  public synchronized boolean isUp(String instance, String nva) {
    return peers.getOrDefault(instance, Map.of()).containsKey(nva);
  }

  @Override
  public synchronized void peerUp(PeerHandle handle) {
    String instance = handle.instance().name();
    String nva = handle.peer().name();
    if (!external.contains(nva) || base.node(instance).flatMap(n -> n.neighbor(nva)).isEmpty()) {
      throw new IllegalStateException(instance + " has no external NVA " + nva + " in the design");
    }
    peers.computeIfAbsent(instance, k -> new TreeMap<>()).put(nva, new Peer(handle, designAddress(instance, nva)));
    changed();
  }

  @Override
  public synchronized void routesReceived(PeerHandle handle, PeerUpdate update) {
    Peer peer = peers.getOrDefault(handle.instance().name(), Map.of()).get(handle.peer().name());
    if (peer == null || peer.handle != handle) {
      return;
    }
    update.withdrawn().forEach(peer.received::remove);
    for (BgpRoute route : update.announced()) {
      PathAttributes attributes = route.attributes();
      if (attributes.nextHop().equals(handle.peer().address())) {
        attributes = PathAttributes.intern(attributes.toBuilder().nextHop(peer.designAddress).build());
      }
      peer.received.put(route.prefix(), new BgpRoute(route.prefix(), handle.peer().name(), attributes));
    }
    changed();
  }

  @Override
  public synchronized void peerDown(PeerHandle handle, DownReason reason) {
    Map<String, Peer> ofInstance = peers.get(handle.instance().name());
    Peer peer = ofInstance == null ? null : ofInstance.get(handle.peer().name());
    if (peer != null && peer.handle == handle) {
      ofInstance.remove(handle.peer().name());
      changed();
    }
  }

  /**
   * Stops converging: a convergence under way finishes (its routes are still sent), later changes
   * are ignored. Sessions are the server's to close; close the backend first so that routers being
   * shut down are not sent the withdrawals of their own session ends.
   */
  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      notifyAll();
    }
    converger.shutdown();
    try {
      if (!converger.awaitTermination(10, TimeUnit.SECONDS)) {
        converger.shutdownNow();
      }
    } catch (InterruptedException e) {
      converger.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private Ipv4Address designAddress(String instance, String nva) {
    return base.node(instance).flatMap(n -> n.neighbor(nva)).map(Neighbor::peerAddress).orElseThrow();
  }

  private void changed() {
    if (closed) {
      return;
    }
    changes++;
    if (!scheduled) {
      schedule();
    }
  }

  private void schedule() {
    scheduled = true;
    converger.schedule(this::convergeOnce, settle.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** One convergence with what was heard until now, then the differences to the peers. */
  private void convergeOnce() {
    long upTo;
    Map<String, Map<String, Peer>> established = new TreeMap<>();
    Map<String, Map<String, Map<Ipv4Prefix, BgpRoute>>> sentByNva = new TreeMap<>();
    synchronized (this) {
      scheduled = false;
      upTo = changes;
      peers.forEach((instance, byNva) -> byNva.forEach((nva, peer) -> {
        established.computeIfAbsent(instance, k -> new TreeMap<>()).put(nva, peer);
        sentByNva.computeIfAbsent(nva, k -> new TreeMap<>()).put(instance, Map.copyOf(peer.received));
      }));
    }
    ConvergedDesign design;
    long start = System.nanoTime();
    try {
      design = run.converge(loaded, network(established, sentByNva));
      LOG.debug("converged {} changes in {} ms", upTo, (System.nanoTime() - start) / 1_000_000);
    } catch (RuntimeException e) {
      LOG.error("the design does not converge with the routes the real routers sent: {}", e.getMessage());
      synchronized (this) {
        failure = e;
        applied = upTo;
        notifyAll();
      }
      return;
    }
    established.forEach((instance, byNva) -> byNva.forEach((nva, peer) ->
        peer.send(design.state().node(instance).map(s -> s.advertisedTo(nva)).orElse(new TreeMap<>()))));
    synchronized (this) {
      latest = design;
      failure = null;
      applied = upTo;
      notifyAll();
    }
    for (Consumer<ConvergedDesign> listener : listeners) {
      listener.accept(design);
    }
  }

  /**
   * The design's network with every external NVA's node replaced: it originates the prefixes its
   * real router sent, advertises them as received, runs no policies, and its sessions with the
   * instances are up only while the real router's are.
   */
  Network network(Map<String, Map<String, Peer>> established,
      Map<String, Map<String, Map<Ipv4Prefix, BgpRoute>>> sentByNva) {
    List<Node> nodes = new ArrayList<>(base.nodes().size());
    for (Node node : base.nodes()) {
      nodes.add(external.contains(node.name()) ? externalNode(node, sentByNva.getOrDefault(node.name(), Map.of()))
          : node);
    }
    List<SessionState> sessions = new ArrayList<>(base.sessions().size());
    for (SessionState session : base.sessions()) {
      String nva = external.contains(session.a()) ? session.a() : external.contains(session.b()) ? session.b() : null;
      String other = nva == null ? null : nva.equals(session.a()) ? session.b() : session.a();
      if (nva != null && session.up() && base.node(other).flatMap(n -> n.neighbor(nva)).isPresent()
          && isInstance(other) && !established.getOrDefault(other, Map.of()).containsKey(nva)) {
        sessions.add(session.down("the real router playing " + nva + " has no Established BGP session with " + other
            + " (arsim serve)"));
      } else {
        sessions.add(session);
      }
    }
    return new Network(nodes, sessions);
  }

  private boolean isInstance(String node) {
    return node.contains("/IN_");
  }

  private static Node externalNode(Node node, Map<String, Map<Ipv4Prefix, BgpRoute>> sent) {
    Set<Ipv4Prefix> prefixes = new TreeSet<>();
    sent.values().forEach(routes -> prefixes.addAll(routes.keySet()));
    PathAttributes own = PathAttributes.intern(new PathAttributes(AsPath.EMPTY, Origin.IGP, new Ipv4Address(0), 0,
        false, PathAttributes.DEFAULT_LOCAL_PREFERENCE, Communities.EMPTY));
    List<BgpRoute> originated = new ArrayList<>(prefixes.size());
    prefixes.forEach(p -> originated.add(new BgpRoute(p, BgpRoute.LOCAL, own)));
    List<Neighbor> neighbors = new ArrayList<>();
    for (Neighbor n : node.neighbors()) {
      neighbors.add(new Neighbor(n.peer(), n.localAddress(), n.peerAddress(), n.peerAsn(), NeighborSettings.NONE,
          PolicyChain.EMPTY, PolicyChain.EMPTY, n.peerKind()));
    }
    return new Node(node.name(), node.asn(), node.routerId(), node.kind(), node.preferredUnder(), node.owner(),
        node.virtualNetworkName().orElse(null), new ExternalNvaBehaviour(sent), neighbors, originated);
  }

  /** One real router's session with one instance. */
  static final class Peer {
    final PeerHandle handle;
    final Ipv4Address designAddress;
    /** Guarded by the backend. */
    final Map<Ipv4Prefix, BgpRoute> received = new HashMap<>();
    /** Only the converging thread touches it. */
    private Map<Ipv4Prefix, BgpRoute> sent = Map.of();

    Peer(PeerHandle handle, Ipv4Address designAddress) {
      this.handle = handle;
      this.designAddress = designAddress;
    }

    /** Sends the peer what changed between what it was sent and {@code target}. */
    void send(Map<Ipv4Prefix, BgpRoute> target) {
      List<Ipv4Prefix> withdraw = new ArrayList<>();
      for (Ipv4Prefix prefix : sent.keySet()) {
        if (!target.containsKey(prefix)) {
          withdraw.add(prefix);
        }
      }
      List<BgpRoute> announce = new ArrayList<>();
      for (Map.Entry<Ipv4Prefix, BgpRoute> entry : target.entrySet()) {
        BgpRoute before = sent.get(entry.getKey());
        if (before == null || !before.attributes().equals(entry.getValue().attributes())) {
          announce.add(entry.getValue());
        }
      }
      withdraw.sort(null);
      if (!withdraw.isEmpty()) {
        handle.withdraw(withdraw);
      }
      if (!announce.isEmpty()) {
        handle.announce(announce);
      }
      sent = Map.copyOf(target);
    }
  }
}
