package io.arsim.benchmarks;

import io.arsim.core.topology.NetworkInterface;
import io.arsim.core.topology.Topology;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.effective.EffectiveRouteTables;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 3's first floor as one operation: a route server at its documented limits (8 NVA peers x
 * 4,000 routes on both instances) built and converged, then the effective routes of all 4,000 NICs,
 * in a 512 MB heap ({@code -Xmx512m}: an OutOfMemoryError fails the run). Single-shot, each
 * iteration from a collected heap ({@code -gc true}), as a CLI run starts from an empty one.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar LimitsFloorBenchmark -f 1 -wi 3 -i 10 -gc true</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-XX:+UseParallelGC"})
@State(Scope.Benchmark)
public class LimitsFloorBenchmark {
  /** Threads converging (the CLI's --threads defaults to one per processor: 2 here). */
  @Param({"1", "2"})
  public int threads;

  private Topology topology;
  private List<NetworkInterface> nics;

  @Setup(Level.Trial)
  public void setUp() {
    topology = Designs.topology("limits-4000-4000");
    nics = topology.allInterfaces().stream().filter(a -> !a.ownerIsNva()).map(a -> a.networkInterface()).toList();
  }

  /** Converges, then computes every NIC's effective routes; returns the number of rows. */
  @Benchmark
  public long convergeAndProgramEveryNic() {
    ConvergedState state = Designs.converge(topology, threads);
    EffectiveRouteTables tables = new EffectiveRouteTables(topology, state);
    long rows = 0;
    for (NetworkInterface nic : nics) {
      rows += tables.forNic(nic).size();
    }
    return rows;
  }
}
