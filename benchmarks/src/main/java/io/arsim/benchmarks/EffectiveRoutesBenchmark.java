package io.arsim.benchmarks;

import io.arsim.core.topology.NetworkInterface;
import io.arsim.core.topology.Topology;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.effective.EffectiveRoute;
import io.arsim.engine.effective.EffectiveRoutes;
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
 * {@code EffectiveRoutes.of} for one NIC of a converged route server at its limits (8 peers x
 * {@code routes} routes): the cost of one subnet. {@code EffectiveRouteTables} computes it once per
 * subnet and shares it between the subnet's NICs ({@code MemoryReport --nics all} times 4,000 NICs).
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar EffectiveRoutesBenchmark -f 1 -wi 2 -i 3 -r 2s</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@State(Scope.Benchmark)
public class EffectiveRoutesBenchmark {
  @Param({"1000", "4000"})
  public int routes;

  private Topology topology;
  private ConvergedState state;
  private NetworkInterface nic;

  @Setup(Level.Trial)
  public void setUp() {
    topology = ScaleGenerator.routeServerAtLimits(routes, 1);
    state = Designs.converge(topology);
    nic = topology.virtualMachines().get(0).networkInterfaces().get(0);
  }

  @Benchmark
  public List<EffectiveRoute> oneNic() {
    return EffectiveRoutes.of(topology, state, nic);
  }
}
