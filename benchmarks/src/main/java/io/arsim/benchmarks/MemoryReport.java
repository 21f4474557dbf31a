package io.arsim.benchmarks;

import io.arsim.core.topology.Topology;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.effective.EffectiveRoute;
import io.arsim.engine.effective.EffectiveRouteTables;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Retained heap after convergence and bytes per stored path, measured with {@link Runtime} after
 * repeated full GCs (the JVM has no exact "retained size" API; on an otherwise idle heap the
 * difference of used heap before and after is within a few hundred KB of it). Also times one
 * build-and-converge (wall clock, no warm-up: what a CLI user sees; {@code --threads N}, default 1,
 * converges on N threads as the CLI's {@code --threads} does) and, with {@code --nics all}, the
 * effective routes of every VM NIC, one at a time, keeping none, with peak heap.
 *
 * <pre>
 * java -Xmx512m -cp benchmarks/target/benchmarks.jar io.arsim.benchmarks.MemoryReport limits-4000-4000 --nics all \
 *     --threads 2
 * java -Xmx4g -cp benchmarks/target/benchmarks.jar io.arsim.benchmarks.MemoryReport hs-4-50-1000
 * </pre>
 *
 * <p>Prints one line of {@code key=value} pairs per design.
 */
public final class MemoryReport {
  private MemoryReport() {}

  public static void main(String[] args) {
    String spec = args[0];
    Map<String, String> options = Cli.parse(java.util.Arrays.copyOfRange(args, 1, args.length), List.of());
    Topology topology = Designs.topology(spec);
    long before = settledUsed();
    resetPeaks();
    long t0 = System.nanoTime();
    int threads = Cli.intOption(options, "--threads", 1);
    ConvergedState state = Designs.converge(topology, threads);
    long convergeNanos = System.nanoTime() - t0;
    long peakConverge = peakUsed();
    long after = settledUsed();
    Designs.PathCounts paths = Designs.count(state);
    long retained = after - before;
    StringBuilder line = new StringBuilder();
    line.append(String.format(Locale.ROOT, "design=%s threads=%d rounds=%d converge_ms=%.0f retained_mb=%.1f"
            + " peak_heap_mb=%.1f"
            + " paths=%d received=%d learned=%d advertised=%d candidates=%d prefixes=%d bytes_per_path=%.0f",
        spec, threads, state.rounds(), convergeNanos / 1e6, retained / 1048576.0, peakConverge / 1048576.0, paths.total(),
        paths.received(), paths.learned(), paths.advertised(), paths.candidates(), paths.prefixes(),
        (double) retained / paths.total()));
    String nics = options.get("--nics");
    if (nics != null) {
      var interfaces = topology.allInterfaces().stream().filter(a -> !a.ownerIsNva()).toList();
      int count = nics.equals("all") ? interfaces.size() : Math.min(Integer.parseInt(nics), interfaces.size());
      resetPeaks();
      long rows = 0;
      long t1 = System.nanoTime();
      // One computation per subnet: every NIC of a subnet has the same effective routes.
      EffectiveRouteTables tables = new EffectiveRouteTables(topology, state);
      for (int i = 0; i < count; i++) {
        List<EffectiveRoute> routes = tables.forNic(interfaces.get(i).networkInterface());
        rows += routes.size();
      }
      long nicNanos = System.nanoTime() - t1;
      line.append(String.format(Locale.ROOT, " nics=%d effective_ms=%.0f ms_per_nic=%.2f rows_per_nic=%d"
              + " peak_heap_effective_mb=%.1f", count, nicNanos / 1e6, nicNanos / 1e6 / Math.max(1, count),
          count == 0 ? 0 : rows / count, peakUsed() / 1048576.0));
    }
    line.append(String.format(Locale.ROOT, " max_heap_mb=%.0f", Runtime.getRuntime().maxMemory() / 1048576.0));
    System.out.println(line);
    if (state.rounds() < 0) {
      System.out.println(state); // keeps the state reachable until here
    }
  }

  /**
   * Used heap after full collections, repeated until it stops falling (at most 10). {@code
   * System.gc()} runs a full, synchronous collection with the collectors used here, so no waiting
   * is needed; a second pass catches what the first one's finalisation released.
   */
  private static long settledUsed() {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      long now = rt.totalMemory() - rt.freeMemory();
      if (now >= used) {
        break;
      }
      used = now;
    }
    return used;
  }


  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Sum of the heap pools' peaks: an upper bound of the heap the run needed (garbage included). */
  private static long peakUsed() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
