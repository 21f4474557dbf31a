package io.arsim.cli;

import io.arsim.cli.render.Json;
import io.arsim.cli.render.TextTable;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.NetworkInterface;
import io.arsim.core.topology.RouteTable;
import io.arsim.core.topology.Subnet;
import io.arsim.core.topology.SubnetRef;
import io.arsim.core.topology.Topology;
import io.arsim.engine.effective.EffectiveRoute;
import io.arsim.engine.effective.EffectiveRoutes;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code arsim effective-routes}: a NIC's effective routes with the Azure portal's columns. */
@Command(
    name = "effective-routes",
    mixinStandardHelpOptions = true,
    description = {
        "Shows the effective routes of a VM, NIC or subnet, as the Azure portal does.",
        "Columns: Source, State, Address Prefix, Next Hop Type, Next Hop IP Address."
    },
    footer = {
        "",
        "Examples:",
        "  arsim effective-routes examples/s1-dual-homed-active-active.yaml --vm vm-spoke",
        "  arsim effective-routes examples/s9-udr-and-propagation.yaml \\",
        "      --subnet spoke/workload",
        "  arsim effective-routes examples/s7-nva-default-route-own-nic.yaml \\",
        "      --nic nva1-nic -f json",
        "  arsim effective-routes examples/s5-expressroute-with-as-override.yaml \\",
        "      --vm vm-hub1 -f az"
    })
@Formats({OutputFormat.table, OutputFormat.json, OutputFormat.tsv, OutputFormat.az})
final class EffectiveRoutesCommand implements Callable<Integer> {

  @Mixin DesignArguments args;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  static final class Target {
    @Option(names = "--vm", paramLabel = "NAME", description = "A VM or NVA (its first NIC).")
    @Nullable String vm;

    @Option(names = "--nic", paramLabel = "NAME", description = "A NIC by name.")
    @Nullable String nic;

    @Option(names = "--subnet", paramLabel = "VNET/SUBNET", description = "A subnet (any NIC in it).")
    @Nullable String subnet;
  }


  private final DesignLoader loader;

  @Inject
  EffectiveRoutesCommand(DesignLoader loader) {
    this.loader = loader;
  }

  @Override
  public Integer call() {
    Design design = loader.simulate(args.file, args.engine.settings());
    NetworkInterface nic = resolve(design.topology(), target.vm, target.nic, target.subnet, args.fileName());
    List<EffectiveRoute> routes = EffectiveRoutes.of(design.topology(), design.state(), nic);
    PrintWriter out = args.output.out();
    if (args.json()) {
      out.print(Json.render(routes.stream().map(EffectiveRouteRow::of).toList()));
      return ExitCodes.OK;
    }
    if (args.format() == OutputFormat.az) {
      Optional<RouteTable> table = design.topology().subnet(nic.subnet()).map(Subnet::routeTable)
          .flatMap(design.topology()::routeTable);
      out.print(Json.render(new EffectiveRouteRow.AzPage(null,
          routes.stream().map(r -> EffectiveRouteRow.az(r, table)).toList())));
      return ExitCodes.OK;
    }
    TextTable table = new TextTable("Source", "State", "Address Prefix", "Next Hop Type", "Next Hop IP Address");
    for (EffectiveRoute r : routes) {
      table.row(r.source(), r.state(), r.prefix(), r.nextHopType(), r.nextHopAddress().map(Object::toString).orElse(""));
    }
    if (args.tsv()) {
      out.print(table.renderTsv());
      return ExitCodes.OK;
    }
    out.println("Effective routes of " + nic.name() + " (" + nic.subnet() + ", " + nic.privateIpAddress() + ")");
    out.print(table.render());
    return ExitCodes.OK;
  }

  /** The NIC a --vm, --nic or --subnet option names. */
  static NetworkInterface resolve(Topology topology, @Nullable String vm, @Nullable String nic, @Nullable String subnet,
      String file) {
    List<Topology.AttachedInterface> all = topology.allInterfaces();
    if (vm != null) {
      return all.stream().filter(a -> a.owner().equals(vm)).findFirst().map(Topology.AttachedInterface::networkInterface)
          .orElseThrow(() -> new UsageException("no VM or NVA named \"" + vm + "\" in " + file + "; "
              + RoutesCommand.known(all.stream().map(Topology.AttachedInterface::owner).distinct().toList(), vm)));
    }
    if (nic != null) {
      return all.stream().map(Topology.AttachedInterface::networkInterface).filter(n -> n.name().equals(nic)).findFirst()
          .orElseThrow(() -> new UsageException("no NIC named \"" + nic + "\" in " + file + "; " + RoutesCommand.known(
              all.stream().map(a -> a.networkInterface().name()).toList(), nic)));
    }
    SubnetRef ref;
    try {
      ref = SubnetRef.parse(subnet == null ? "" : subnet);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    var found = topology.subnet(ref).orElseThrow(() -> new UsageException("no subnet " + subnet + " in " + file));
    if (!(found.addressPrefix() instanceof Ipv4Prefix prefix)) {
      throw new UsageException("subnet " + subnet + " is IPv6; arsim routes IPv4 only");
    }
    return new NetworkInterface(ref + " (any NIC)", ref, prefix.first().plus(4), false);
  }
}
