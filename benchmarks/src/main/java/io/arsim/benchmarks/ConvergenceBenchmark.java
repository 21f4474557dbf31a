package io.arsim.benchmarks;

import io.arsim.core.topology.Topology;
import io.arsim.engine.bgp.ConvergedState;
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
 * {@code DesignRun.converge} (policies, speakers and sessions, convergence) on generated designs ({@link
 * Designs}): the route server at its documented limits and hub-and-spoke designs, the latter swept
 * over P (prefixes per NVA) and S (spokes) for the growth slopes. Single-shot: one convergence is
 * one operation, as the CLI runs it; the topology is generated in setup and not timed.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ConvergenceBenchmark -f 1 -wi 1 -i 3 -gc true \
 *     -p design=limits-4000-0,hs-4-50-1000
 * </pre>
 *
 * <p>The fork runs the throughput collector (ParallelGC): a convergence is a batch computation that
 * builds a few hundred megabytes of long-lived tables, which G1's region evacuation and write
 * barriers handle at about half the speed (docs/performance.md). {@code -gc true} starts every
 * iteration from a collected heap, as a CLI run starts from an empty one.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-XX:+UseParallelGC"})
@State(Scope.Benchmark)
public class ConvergenceBenchmark {
  /** The design, see {@link Designs}. Default: the two floors and the P and S sweeps. */
  @Param({"limits-4000-0", "hs-4-50-1000",
      "hs-4-50-100", "hs-4-50-250", "hs-4-50-500",
      "hs-4-10-1000", "hs-4-20-1000"})
  public String design;

  /** Threads converging (EngineSettings.threads; the CLI's --threads defaults to one per processor). */
  @Param({"1", "2"})
  public int threads;

  private Topology topology;

  @Setup(Level.Trial)
  public void setUp() {
    topology = Designs.topology(design);
  }

  @Benchmark
  public ConvergedState buildAndConverge() {
    return Designs.converge(topology, threads);
  }
}
