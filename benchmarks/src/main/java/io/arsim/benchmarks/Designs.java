package io.arsim.benchmarks;

import io.arsim.core.topology.Topology;
import io.arsim.engine.DesignRun;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.EngineSettings;
import io.arsim.engine.bgp.NodeState;
import io.arsim.engine.bgp.Selection;
import java.util.SortedMap;

/**
 * The designs the benchmarks run, named by a short string so JMH can take them as a parameter:
 * {@code limits-R-N} (a route server with 8 NVA peers of R routes and N NICs), {@code hs-H-S-P}
 * (H hubs, S dual-homed spokes, P prefixes per NVA) and {@code hs-H-S-P-K} (spokes homed on K hubs).
 */
public final class Designs {
  private Designs() {}

  /** The design {@code spec} names. */
  public static Topology topology(String spec) {
    String[] parts = spec.split("-");
    switch (parts[0]) {
      case "limits":
        return ScaleGenerator.routeServerAtLimits(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
      case "hs":
        int hubs = Integer.parseInt(parts[1]);
        int spokes = Integer.parseInt(parts[2]);
        int prefixes = Integer.parseInt(parts[3]);
        return parts.length > 4
            ? ScaleGenerator.hubAndSpoke(hubs, spokes, prefixes, Integer.parseInt(parts[4]))
            : ScaleGenerator.hubAndSpoke(hubs, spokes, prefixes);
      default:
        throw new IllegalArgumentException("unknown design " + spec + "; expected limits-R-N or hs-H-S-P[-K]");
    }
  }

  /** What the CLI does before it prints: build the speakers, then converge them (one thread). */
  public static ConvergedState converge(Topology topology) {
    return converge(topology, 1);
  }

  /**
   * Builds the speakers and converges them on {@code threads} threads, through the engine's entry
   * point as the CLI runs it (built-in policies, the extensions on the class path).
   */
  public static ConvergedState converge(Topology topology, int threads) {
    return RUN.withSettings(EngineSettings.defaults().withThreads(threads)).converge(topology).state();
  }

  private static final DesignRun RUN = DesignRun.withDefaults();

  /** The paths a converged state stores, by table. */
  public record PathCounts(long received, long learned, long advertised, long candidates, long prefixes) {
    /** Every stored path: Adj-RIB-In before and after import, Adj-RIB-Out, and Loc-RIB candidates. */
    public long total() {
      return received + learned + advertised + candidates;
    }
  }

  /** Counts the paths {@code state} holds. */
  public static PathCounts count(ConvergedState state) {
    long received = 0;
    long learned = 0;
    long advertised = 0;
    long candidates = 0;
    long prefixes = 0;
    for (NodeState node : state.nodes().values()) {
      received += size(node.received());
      learned += size(node.learned());
      advertised += size(node.advertised());
      for (Selection s : node.table().values()) {
        candidates += s.best().size() + s.lost().size();
      }
      prefixes += node.table().size();
    }
    return new PathCounts(received, learned, advertised, candidates, prefixes);
  }

  private static long size(SortedMap<String, ? extends SortedMap<?, ?>> byPeer) {
    long n = 0;
    for (SortedMap<?, ?> m : byPeer.values()) {
      n += m.size();
    }
    return n;
  }
}
