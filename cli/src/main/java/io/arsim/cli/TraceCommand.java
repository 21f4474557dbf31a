package io.arsim.cli;

import io.arsim.cli.render.Json;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.topology.Topology.AttachedInterface;
import io.arsim.core.topology.Topology;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.convergence.Simulation;
import io.arsim.engine.failure.FailedDesign;
import io.arsim.engine.failure.FailureSet;
import io.arsim.engine.failure.Failures;
import io.arsim.engine.trace.RoundTrip;
import io.arsim.engine.trace.Trace;
import io.arsim.engine.trace.Tracer;
import io.arsim.policy.spi.SpeakerKind;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        "Traces a packet from a VM, NIC, on-premises site, branch or gateway to an address, hop by hop.",
        "At each NIC the longest matching effective route decides (prefix, source, next hop); a next "
            + "hop that is an NVA's address continues at that NVA, and an internal load balancer's frontend "
            + "at the backend its flow hash picks (the same both ways). An NVA forwards by its own routing "
            + "table (connected, static, BGP): into a tunnel, or out of a NIC, whose effective routes then "
            + "decide. ECMP fans out into every branch. Each branch ends delivered, to the Internet, at a "
            + "gateway, beyond an NVA (a tunnel to a branch, a prefix it originates), or in a blackhole, a "
            + "drop (IP forwarding off), a loop, or at a failed element. With --return the way back is "
            + "traced too (to an NVA's address where it translates the source, or from the on-premises site or "
            + "branch that owns the destination), and a path crossing a stateful NVA in one direction only is "
            + "flagged asymmetric; a path that does not get there gets no symmetry verdict. From an on-premises "
            + "site or branch the packet follows the best path of its BGP table (through a circuit or a tunnel), or, "
            + "for a VPN connection without BGP, the static routes a site is given by default (docs/expressroute.md); "
            + "entering Azure at a gateway, the routes of the GatewaySubnet decide (its route table included). "
            + "Semantics: docs/whatif.md."
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
        "  arsim trace examples/s5-expressroute-with-as-override.yaml \\",
        "      --from onprem --to-vm vm-spoke",
        "  arsim trace examples/sdwan-tunnels.yaml --from branch1 --to-vm vm-hub1 \\",
        "      --return",
        "",
        "Exit codes: 0 traced (whatever the outcome), 2 bad input."
    })
@Formats({OutputFormat.table, OutputFormat.json})
final class TraceCommand implements Callable<Integer> {

  @Mixin DesignArguments args;

  @Option(names = "--from", required = true, paramLabel = "NAME",
      description = "Where the packet starts: a VM or NVA (its first NIC), a NIC, a subnet (vnet/subnet: its first"
          + " NIC, or its first usable address), an on-premises site or branch (from the first address of its first"
          + " prefix), a gateway (its first instance) or a gateway instance (ergw-hub1/IN_1), or a circuit link"
          + " (er-circuit/primary).")
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
    Start start = start(design, from);
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
      RoundTrip r = start.nic() != null ? tracer.roundTrip(start.nic(), to)
          : tracer.roundTripFrom(start.node(), tracer.defaultSource(start.node()), to);
      if (args.json()) {
        out.print(Json.render(DataPlaneViews.RoundTripView.of(r)));
        return ExitCodes.OK;
      }
      DataPlaneOutput.printRoundTrip(out, r);
      return ExitCodes.OK;
    }
    Trace trace = start.nic() != null ? tracer.trace(start.nic(), to)
        : tracer.traceFrom(start.node(), tracer.defaultSource(start.node()), to);
    if (args.json()) {
      out.print(Json.render(DataPlaneViews.TraceView.of(trace)));
      return ExitCodes.OK;
    }
    DataPlaneOutput.printTrace(out, "Trace", trace);
    return ExitCodes.OK;
  }

  /**
   * Where a trace starts: a NIC (of a VM or NVA), or a router outside Azure's fabric or a gateway
   * instance by node name.
   */
  record Start(Topology.@Nullable AttachedInterface nic, @Nullable String node) {}

  /**
   * Resolves {@code name}: a VM, NVA or NIC; a BGP speaker that is no route server or NVA (an
   * on-premises site, a branch, a gateway instance, a circuit link); or the owner of such speakers
   * (a gateway, a circuit), standing for its first one by name.
   */
  /**
   * A subnet ({@code vnet/subnet}): its first NIC, or, with none, a stand-in at its first usable
   * address (Azure reserves the first four), as an intent from a subnet starts.
   */
  private static Optional<Start> subnet(Topology topology, String name) {
    if (!name.contains("/")) {
      return Optional.empty();
    }
    io.arsim.core.topology.SubnetRef ref;
    try {
      ref = io.arsim.core.topology.SubnetRef.parse(name);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    Optional<io.arsim.core.topology.Subnet> found = topology.subnet(ref);
    if (found.isEmpty() || !(found.get().addressPrefix() instanceof io.arsim.core.net.Ipv4Prefix prefix)) {
      return Optional.empty();
    }
    Optional<AttachedInterface> nic = topology.allInterfaces().stream()
        .filter(a -> a.networkInterface().subnet().equals(ref)).findFirst();
    if (nic.isPresent()) {
      return Optional.of(new Start(nic.get(), null));
    }
    io.arsim.core.topology.NetworkInterface standIn = new io.arsim.core.topology.NetworkInterface(ref.toString(), ref,
        prefix.first().plus(4), false);
    return Optional.of(new Start(new AttachedInterface(ref.toString(), false, standIn), null));
  }

  static Start start(Design design, String name) {
    Topology topology = design.topology();
    List<AttachedInterface> all = topology.allInterfaces();
    Optional<AttachedInterface> nic = all.stream().filter(a -> a.owner().equals(name)).findFirst()
        .or(() -> all.stream().filter(a -> a.networkInterface().name().equals(name)).findFirst());
    if (nic.isPresent()) {
      return new Start(nic.get(), null);
    }
    Optional<Start> subnet = subnet(topology, name);
    if (subnet.isPresent()) {
      return subnet.get();
    }
    List<Node> outside = design.network().nodes().stream()
        .filter(n -> n.kind() != SpeakerKind.ROUTE_SERVER && n.kind() != SpeakerKind.NVA).toList();
    Optional<String> node = outside.stream().map(Node::name).filter(name::equals).findFirst()
        .or(() -> outside.stream().filter(n -> n.owner().equals(name)).map(Node::name).sorted().findFirst());
    if (node.isPresent()) {
      return new Start(null, node.get());
    }
    if (design.network().node(name).filter(n -> n.kind() == SpeakerKind.ROUTE_SERVER).isPresent()
        || topology.routeServer(name).isPresent()) {
      throw new UsageException("--from: " + name + " is a route server, which is not in the data path (S1): no packet"
          + " starts there; start at a VM, NIC, on-premises site, branch or gateway");
    }
    List<String> names = new ArrayList<>();
    all.forEach(a -> {
      names.add(a.owner());
      names.add(a.networkInterface().name());
    });
    outside.forEach(n -> {
      names.add(n.owner());
      names.add(n.name());
    });
    throw new UsageException("--from: no VM, NVA, NIC, on-premises site, branch or gateway named \"" + name + "\"; "
        + RoutesCommand.known(names.stream().distinct().toList(), name));
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
