package io.arsim.benchmarks;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.bgp.Communities;
import io.arsim.core.bgp.Origin;
import io.arsim.core.bgp.PathAttributes;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.HubRoutingPreference;
import io.arsim.engine.bgp.Candidate;
import io.arsim.engine.decision.FrrDecisionProcess;
import io.arsim.engine.decision.RouteServerDecisionProcess;
import io.arsim.policy.spi.SpeakerKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Path decisions per second on one thread: {@link FrrDecisionProcess#select} and {@link
 * RouteServerDecisionProcess#select} on prebuilt candidate lists. One operation is one decision:
 * choosing the best path (and multipath / ECMP set, with the step every loser lost at) for one
 * prefix among {@code candidates} paths. The lists are what an NVA or a route-server instance sees in
 * the scale designs: eBGP paths from distinct peers, AS paths of 1 to 3 hops (many ties, so most
 * comparisons run down to router id / peer address), distinct next hops.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar DecisionProcessBenchmark -f 1 -wi 2 -i 3 -r 2s</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class DecisionProcessBenchmark {
  /** Prefixes per invocation; ops/s are decisions/s. */
  static final int BATCH = 1024;

  /** Paths per prefix: 2 (dual-homed), 8 (a route server with 8 peers), 100 (an NVA in hs-4-50). */
  @Param({"2", "8", "100"})
  public int candidates;

  private final List<Ipv4Prefix> prefixes = new ArrayList<>();
  private final List<List<Candidate>> lists = new ArrayList<>();

  @Setup(Level.Trial)
  public void setUp() {
    Random random = new Random(42);
    for (int i = 0; i < BATCH; i++) {
      Ipv4Prefix prefix = ScaleGenerator.PrefixPool.prefix(i);
      prefixes.add(prefix);
      List<Candidate> list = new ArrayList<>();
      for (int c = 0; c < candidates; c++) {
        long[] path = new long[1 + random.nextInt(3)];
        for (int k = 0; k < path.length; k++) {
          path[k] = k == 0 ? 65001 + c % 8 : 65100 + random.nextInt(50);
        }
        Ipv4Address peer = Ipv4Address.of(10, c / 200, c % 200, 4);
        PathAttributes attributes = PathAttributes.intern(new PathAttributes(AsPath.of(path), Origin.IGP, peer, 0,
            false, PathAttributes.DEFAULT_LOCAL_PREFERENCE, Communities.EMPTY));
        list.add(new Candidate(new BgpRoute(prefix, "peer" + c, attributes), "peer" + c, peer,
            Asn.of(path[0]), peer, SpeakerKind.NVA, HubRoutingPreference.VpnGateway, true, 0));
      }
      lists.add(List.copyOf(list));
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void frr(Blackhole bh) {
    for (int i = 0; i < BATCH; i++) {
      bh.consume(FrrDecisionProcess.select(prefixes.get(i), lists.get(i), 4));
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void routeServer(Blackhole bh) {
    for (int i = 0; i < BATCH; i++) {
      bh.consume(RouteServerDecisionProcess.select(prefixes.get(i), lists.get(i), HubRoutingPreference.ExpressRoute,
          8));
    }
  }
}
