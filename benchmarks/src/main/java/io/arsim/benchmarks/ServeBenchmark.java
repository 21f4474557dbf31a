package io.arsim.benchmarks;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.bgp.PathAttributes;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.NetworkVirtualAppliance;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.file.LoadedTopology;
import io.arsim.core.topology.file.LocationIndex;
import io.arsim.engine.DesignRun;
import io.arsim.engine.bgp.EngineSettings;
import io.arsim.engine.bgp.Node;
import io.arsim.serve.codec.BgpMessageReader;
import io.arsim.serve.codec.BgpMessageWriter;
import io.arsim.serve.codec.Negotiated;
import io.arsim.serve.codec.PathAttribute;
import io.arsim.serve.codec.RouteAttributes;
import io.arsim.serve.codec.UpdateMessage;
import io.arsim.serve.codec.UpdatePacker;
import io.arsim.serve.design.DesignBackend;
import io.arsim.serve.session.InstanceConfig;
import io.arsim.serve.session.PeerConfig;
import io.arsim.serve.session.PeerHandle;
import io.arsim.serve.session.PeerUpdate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * {@code arsim serve}'s engine side at Azure Route Server's limits (issue 16): the route server of
 * {@link ScaleGenerator#routeServerAtLimits} with its 8 NVAs external, each pushing its routes to
 * instance IN_0 as the wire delivers them — encoded UPDATEs (4096 octets, about 1,000 /27s each)
 * decoded by the codec and handed to {@link DesignBackend} — then the time until the design is
 * converged and every peer has been sent what changed.
 *
 * <ul>
 *   <li>{@code lastPeer}: 7 peers hold their routes; the 8th pushes its {@code routes}: the time from
 *       its first UPDATE to converged ("converged after the last UPDATE");
 *   <li>{@code allPeers}: all 8 push their tables at once (8 × {@code routes}); routes per second =
 *       8 × routes / time.
 * </ul>
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ServeBenchmark -f 1 -wi 3 -i 5 -gc true
 * java -Xmx2g -XX:+UseParallelGC -cp benchmarks/target/benchmarks.jar io.arsim.benchmarks.ServeBenchmark 4000 1
 *     # 5 runs: time, routes per second, the engine alone, memory per route
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
@State(Scope.Benchmark)
public class ServeBenchmark {
  static final int PEERS = 8;
  static final String INSTANCE = Node.routeServerInstance("rs-hub", 0);

  /** Routes each NVA sends (Azure's limit is 4,000 per peer). */
  @Param({"4000"})
  public int routes;

  /** Threads converging (EngineSettings.threads; arsim serve's --threads defaults to one per processor). */
  @Param({"1", "2"})
  public int threads = 1;

  private LoadedTopology loaded;
  private List<List<byte[]>> wire;
  private DesignBackend backend;
  private List<CountingPeer> peers;

  @Setup(Level.Trial)
  public void generate() {
    loaded = externalAtLimits(routes);
    wire = new ArrayList<>();
    for (NetworkVirtualAppliance nva : loaded.topology().networkVirtualAppliances()) {
      wire.add(encode(nva, routes));
    }
  }

  /**
   * A fresh backend with the 8 sessions Established and no route received yet; for {@code lastPeer}
   * the first 7 peers' tables are pushed and converged too.
   */
  @Setup(Level.Invocation)
  public void connect(BenchmarkParams params) throws InterruptedException {
    connect();
    if (params.getBenchmark().endsWith("lastPeer")) {
      for (int p = 0; p < PEERS - 1; p++) {
        push(p);
      }
      await();
    }
  }

  void connect() throws InterruptedException {
    backend = new DesignBackend(DesignRun.withDefaults().withSettings(EngineSettings.defaults().withThreads(threads)),
        loaded);
    peers = new ArrayList<>();
    for (NetworkVirtualAppliance nva : loaded.topology().networkVirtualAppliances()) {
      CountingPeer peer = new CountingPeer(nva);
      peers.add(peer);
      backend.peerUp(peer);
    }
    await();
  }

  @TearDown(Level.Invocation)
  public void close() {
    backend.close();
  }

  /** The 8th peer's table, the other 7 converged already (setup): from its first UPDATE to converged. */
  @Benchmark
  public long lastPeer() throws InterruptedException {
    push(PEERS - 1);
    await();
    return peers.get(0).announced.get();
  }

  /** All 8 tables at once. */
  @Benchmark
  public long allPeers() throws InterruptedException {
    for (int p = 0; p < PEERS; p++) {
      push(p);
    }
    await();
    return peers.get(0).announced.get();
  }

  private void push(int p) {
    CountingPeer peer = peers.get(p);
    for (byte[] octets : wire.get(p)) {
      UpdateMessage update = (UpdateMessage) BgpMessageReader.read(octets, Negotiated.FOUR_OCTET_EXTERNAL).message();
      PathAttributes attributes = RouteAttributes.toPathAttributes(update).orElseThrow();
      List<BgpRoute> announced = new ArrayList<>(update.nlri().size());
      for (Ipv4Prefix prefix : update.nlri()) {
        announced.add(new BgpRoute(prefix, peer.peer().name(), attributes));
      }
      backend.routesReceived(peer, new PeerUpdate(announced, update.withdrawn(), List.of(), List.of()));
    }
  }

  private void await() throws InterruptedException {
    if (!backend.awaitConverged(Duration.ofMinutes(2))) {
      throw new IllegalStateException("not converged within 2 minutes");
    }
  }

  /** The route server at its limits with every NVA external (NICs: none beyond the generator's 0). */
  static LoadedTopology externalAtLimits(int routes) {
    Topology generated = ScaleGenerator.routeServerAtLimits(routes, 0);
    List<NetworkVirtualAppliance> external = generated.networkVirtualAppliances().stream()
        .map(n -> n.withExternal(true)).toList();
    Topology topology = generated.withNetworkVirtualAppliances(external);
    return new LoadedTopology(topology.name(), topology, List.of(), LocationIndex.empty(topology.name()));
  }

  /** The NVA's generated networks as the UPDATEs its router sends: AS path [asn], next hop its NIC. */
  static List<byte[]> encode(NetworkVirtualAppliance nva, int routes) {
    PathAttributes attributes = PathAttributes.builder().asPath(AsPath.of(nva.asn().value()))
        .nextHop(nva.networkInterfaces().get(0).privateIpAddress()).build();
    List<PathAttribute> onWire = RouteAttributes.toWire(attributes, List.of(), Negotiated.FOUR_OCTET_EXTERNAL);
    List<byte[]> messages = new ArrayList<>();
    for (UpdateMessage update : UpdatePacker.announcements(onWire, nva.networks().subList(0, routes),
        Negotiated.FOUR_OCTET_EXTERNAL)) {
      messages.add(BgpMessageWriter.toBytes(update, Negotiated.FOUR_OCTET_EXTERNAL));
    }
    return messages;
  }

  /** A session that counts what it is sent. */
  static final class CountingPeer implements PeerHandle {
    private final InstanceConfig instance;
    private final PeerConfig peer;
    final AtomicLong announced = new AtomicLong();

    CountingPeer(NetworkVirtualAppliance nva) {
      Ipv4Address address = nva.networkInterfaces().get(0).privateIpAddress();
      this.peer = new PeerConfig(nva.name(), address, nva.asn());
      this.instance = InstanceConfig.of(INSTANCE, Ipv4Address.parse("127.0.1.1"), 0,
          io.arsim.core.bgp.Asn.AZURE_ROUTE_SERVER, List.of(peer));
    }

    @Override
    public InstanceConfig instance() {
      return instance;
    }

    @Override
    public PeerConfig peer() {
      return peer;
    }

    @Override
    public void announce(Collection<BgpRoute> routes, List<PathAttribute> passOn) {
      announced.addAndGet(routes.size());
    }

    @Override
    public void withdraw(Collection<Ipv4Prefix> prefixes) {}
  }

  /**
   * Memory per route: the heap the backend holds once 8 peers × {@code routes} are converged, less
   * the heap it holds with none, divided by the routes received.
   */
  public static void main(String[] args) throws InterruptedException {
    int routes = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
    ServeBenchmark bench = new ServeBenchmark();
    bench.routes = routes;
    bench.threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    bench.generate();
    long total = (long) PEERS * routes;
    for (int run = 1; run <= 5; run++) {
      bench.connect();
      long empty = settledUsed();
      long start = System.nanoTime();
      bench.allPeers();
      long elapsed = System.nanoTime() - start;
      long full = settledUsed();
      bench.close();
      // The same design converged once by the engine alone (NVAs simulated, same routes): the floor
      // of what serving it can take, on the same machine at the same moment.
      Topology simulated = ScaleGenerator.routeServerAtLimits(routes, 0);
      long engineStart = System.nanoTime();
      DesignRun.withDefaults().converge(simulated);
      long engine = System.nanoTime() - engineStart;
      System.out.printf("run %d: %d peers x %d routes converged in %d ms (%.0f routes/s), one engine convergence"
          + " of the design %d ms; %d bytes retained per route%n", run, PEERS, routes, elapsed / 1_000_000,
          total / (elapsed / 1e9), engine / 1_000_000, (full - empty) / total);
    }
  }

  private static long settledUsed() {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
    }
    return used;
  }
}
