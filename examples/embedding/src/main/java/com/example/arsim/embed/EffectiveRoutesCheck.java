package com.example.arsim.embed;

import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.TopologyException;
import io.arsim.core.topology.file.LoadedTopology;
import io.arsim.engine.ConvergedDesign;
import io.arsim.engine.DesignRun;
import io.arsim.engine.effective.EffectiveRoute;
import io.arsim.engine.effective.EffectiveRoutes;
import io.arsim.engine.effective.RouteSource;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * A CI check built on arsim's engine: converges a design and fails unless a VM reaches a prefix
 * through a BGP route (not a system route). Shows the engine's entry point, {@link DesignRun}.
 *
 * <pre>
 * java ... com.example.arsim.embed.EffectiveRoutesCheck design.yaml vm-spoke 0.0.0.0/0
 * </pre>
 */
public final class EffectiveRoutesCheck {
  private EffectiveRoutesCheck() {}

  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: EffectiveRoutesCheck DESIGN VM PREFIX");
      System.exit(2);
    }
    System.exit(check(Path.of(args[0]), args[1], Ipv4Prefix.parse(args[2]), System.out));
  }

  /**
   * Checks the design; prints what it found.
   *
   * @return 0 when the VM's best route to the prefix's first address is a BGP route, 1 when not,
   *     2 when the design cannot be read
   */
  public static int check(Path design, String vm, Ipv4Prefix prefix, PrintStream out) {
    // Built-in policies, every engine extension on the class path, the documented defaults.
    DesignRun run = DesignRun.withDefaults();
    LoadedTopology loaded;
    try {
      loaded = run.reader().read(design);
    } catch (TopologyException e) {
      out.println(e.getMessage());
      return 2;
    }
    ConvergedDesign converged = run.converge(loaded);
    List<EffectiveRoute> routes = converged.effectiveRoutes(vm);
    Ipv4Address destination = prefix.first();
    List<EffectiveRoute> used = EffectiveRoutes.lookup(routes, destination);
    for (EffectiveRoute route : used) {
      out.println(vm + " -> " + destination + ": " + route.prefix() + " " + route.source() + " "
          + route.nextHopType() + " " + route.nextHopAddress().map(Object::toString).orElse("-"));
    }
    boolean bgp = !used.isEmpty() && used.stream().allMatch(r -> r.source() == RouteSource.VirtualNetworkGateway);
    out.println(bgp ? "OK: " + vm + " reaches " + prefix + " through BGP routes"
        : "FAIL: " + vm + " does not reach " + prefix + " through a BGP route");
    return bgp ? 0 : 1;
  }
}
