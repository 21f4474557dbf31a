package io.arsim.cli;

import io.arsim.cli.render.Json;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.topology.Topology.AttachedInterface;
import io.arsim.core.topology.Topology;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.convergence.Simulation;
import io.arsim.engine.failure.FailedDesign;
import io.arsim.engine.failure.FailureSet;
import io.arsim.engine.failure.Failures;
import io.arsim.engine.trace.RoundTrip;
import io.arsim.engine.trace.Trace;
import io.arsim.engine.trace.Tracer;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code arsim trace}: a packet hop by hop through the effective routes it meets. */
@Command(
    name = "trace",
    mixinStandardHelpOptions = true,
    description = {
        "Traces a packet from a VM or NIC to an address, hop by hop.",
        "At each NIC the longest matching effective route decides (prefix, source, next hop); a next "
            + "hop that is an NVA's address continues at that NVA, and an internal load balancer's frontend "
            + "at the backend its flow hash picks (the same both ways). An NVA forwards by its own routing "
            + "table (connected, static, BGP): into a tunnel, or out of a NIC, whose effective routes then "
            + "decide. ECMP fans out into every branch. Each branch ends delivered, to the Internet, at a "
            + "gateway, beyond an NVA (a tunnel to a branch, a prefix it originates), or in a blackhole, a "
            + "drop (IP forwarding off), a loop, or at a failed element. With --return the way back is "
            + "traced too (to an NVA's address where it translates the source), and a path crossing a "
            + "stateful NVA in one direction only is flagged asymmetric. Semantics: docs/whatif.md."
    },
    footer = {
        "",
        "Examples:",
        "  arsim trace examples/s1-dual-homed-active-active.yaml --from vm-spoke \\",
        "      --to 8.8.8.8",
        "  arsim trace examples/s7-nva-default-route-own-nic.yaml --from nva1 \\",
        "      --to 8.8.8.8",
        "  arsim trace examples/s3-failover.yaml --from vm-spoke --to 8.8.8.8 --fail nva1",
        "  arsim trace examples/s1-dual-homed-active-active.yaml \\",
        "      --from vm-spoke --to-vm vm-hub1 --return -f json",
        "  arsim trace examples/sdwan-tunnels.yaml --from vm-hub1 --to 192.168.10.5",
        "  arsim trace examples/nva-firewalls-behind-ilb.yaml \\",
        "      --from vm-spoke1 --to-vm vm-spoke2 --return",
        "",
        "Exit codes: 0 traced (whatever the outcome), 2 bad input."
    })
@Formats({OutputFormat.table, OutputFormat.json})
final class TraceCommand implements Callable<Integer> {

  @Mixin DesignArguments args;

  @Option(names = "--from", required = true, paramLabel = "VM|NIC",
      description = "Where the packet starts: a VM or NVA (its first NIC) or a NIC by name.")
  String from;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Destination destination;

  static final class Destination {
    @Option(names = "--to", paramLabel = "ADDRESS", description = "The destination IPv4 address.")
    @Nullable String address;

    @Option(names = "--to-vm", paramLabel = "VM", description = "A VM or NVA as destination (its first NIC's address).")
    @Nullable String vm;
  }

  @Option(names = "--return", description = "Trace the way back too, and flag asymmetry through stateful NVAs.")
  boolean back;

  @Option(names = "--fail", paramLabel = "NAME",
      description = "Trace with this element failed (see `arsim whatif --help`); repeatable.")
  List<String> fail = new ArrayList<>();


  private final DesignLoader loader;

  @Inject
  TraceCommand(DesignLoader loader) {
    this.loader = loader;
  }

  @Override
  public Integer call() {
    Design design = loader.simulate(args.file, args.engine.settings());
    Topology topology = design.topology();
    AttachedInterface source = resolve(topology, from);
    Ipv4Address to;
    if (destination.vm != null) {
      to = resolve(topology, destination.vm).networkInterface().privateIpAddress();
    } else {
      try {
        to = Ipv4Address.parse(destination.address == null ? "" : destination.address);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--to: " + e.getMessage());
      }
    }
    Tracer tracer;
    FailureSet failures = DataPlaneOutput.failures(fail, topology, design.network());
    if (failures.isEmpty()) {
      tracer = new Tracer(topology, design.state());
    } else {
      FailedDesign failed = Failures.apply(topology, design.network(), failures);
      ConvergedState state = DesignRunException.in(args.fileName(),
          () -> Simulation.converge(failed.network(), args.engine.settings()));
      tracer = Tracer.of(failed, state);
    }
    PrintWriter out = args.output.out();
    if (back) {
      RoundTrip r = tracer.roundTrip(source, to);
      if (args.json()) {
        out.print(Json.render(DataPlaneViews.RoundTripView.of(r)));
        return ExitCodes.OK;
      }
      DataPlaneOutput.printTrace(out, "Trace", r.forward());
      out.println();
      if (r.back() != null) {
        DataPlaneOutput.printTrace(out, "Return", r.back());
        out.println();
      }
      for (Trace t : r.translated()) {
        DataPlaneOutput.printTrace(out, "Return (source translated)", t);
        out.println();
      }
      out.println(r.asymmetric() ? "Asymmetric:" : r.back() == null ? "No return trace:" : "Symmetric:"
          + " every forward and return path crosses the same stateful NVAs.");
      r.reasons().forEach(reason -> out.println("  " + reason));
      return ExitCodes.OK;
    }
    Trace trace = tracer.trace(source, to);
    if (args.json()) {
      out.print(Json.render(DataPlaneViews.TraceView.of(trace)));
      return ExitCodes.OK;
    }
    DataPlaneOutput.printTrace(out, "Trace", trace);
    return ExitCodes.OK;
  }

  static AttachedInterface resolve(Topology topology, String name) {
    List<AttachedInterface> all = topology.allInterfaces();
    return all.stream().filter(a -> a.owner().equals(name)).findFirst()
        .or(() -> all.stream().filter(a -> a.networkInterface().name().equals(name)).findFirst())
        .orElseThrow(() -> new UsageException("no VM, NVA or NIC named \"" + name + "\"; " + RoutesCommand.known(
            all.stream().flatMap(a -> java.util.stream.Stream.of(a.owner(), a.networkInterface().name())).distinct()
                .toList(), name)));
  }
}
