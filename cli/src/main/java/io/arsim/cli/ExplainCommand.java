package io.arsim.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arsim.cli.render.Json;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.NetworkInterface;
import io.arsim.core.topology.Topology;
import io.arsim.engine.explain.Explainer;
import io.arsim.engine.explain.Explanation;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code arsim explain}: why a route is, or is not, at a speaker or a NIC. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
        "Explains why a prefix is, or is not, at a speaker or a NIC.",
        "At a speaker (route-server instance, NVA): the paths considered, the decision step that "
            + "preferred the best one, the rules and policies that rejected others, and the chain of "
            + "speakers back to where the route was originated. At a VM, NVA (--routes) or NIC: its "
            + "effective routes."
    },
    footer = {
        "",
        "Examples:",
        "  arsim explain examples/s2-dual-homed-active-passive.yaml --at rs-spoke/IN_0 --prefix 0.0.0.0/0",
        "  arsim explain examples/s4-expressroute-without-as-override.yaml --at rs-spoke/IN_0 \\",
        "      --prefix 10.1.0.0/16",
        "  arsim explain examples/s8-supernets-and-vnet-prefixes.yaml --at vm-spoke --prefix 10.0.1.0/24"
    })
final class ExplainCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DesignArguments args;

  @Option(names = "--at", required = true, paramLabel = "NAME",
      description = "A speaker (rs-spoke/IN_0, nva1), or a VM, NVA or NIC for its effective routes.")
  String at;

  @Option(names = "--prefix", required = true, paramLabel = "PREFIX", description = "The prefix, e.g. 0.0.0.0/0.")
  String prefix;

  @Option(names = "--routes", description = "With an NVA name: explain its NIC's effective routes, not its BGP table.")
  boolean routes;


  private final DesignLoader loader;

  @Inject
  ExplainCommand(DesignLoader loader) {
    this.loader = loader;
  }

  @Override
  public Integer call() {
    args.output.requireTableOrJson("explain");
    Ipv4Prefix parsed;
    try {
      parsed = Ipv4Prefix.parse(prefix);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--prefix: " + e.getMessage());
    }
    Design design = loader.simulate(args.file, args.engine.settings());
    Explainer explainer = new Explainer(design.topology(), design.state());
    Explanation explanation;
    boolean speaker = design.network().node(at).isPresent();
    if (speaker && !routes) {
      explanation = explainer.atNode(at, parsed);
    } else {
      Optional<Topology.AttachedInterface> nic = design.topology().allInterfaces().stream()
          .filter(a -> a.owner().equals(at) || a.networkInterface().name().equals(at)).findFirst();
      if (nic.isEmpty()) {
        throw new UsageException("no speaker, VM, NVA or NIC named \"" + at + "\" in " + args.file + "; "
            + RoutesCommand.known(design.network().nodes().stream().map(n -> n.name()).toList(), at));
      }
      NetworkInterface networkInterface = nic.get().networkInterface();
      explanation = explainer.atNic(nic.get().owner(), networkInterface, parsed);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (args.json()) {
      ObjectNode root = Json.object();
      root.put("subject", explanation.subject()).put("present", explanation.present());
      explanation.lines().forEach(root.putArray("lines")::add);
      root.put("arrivalOrderDependent", explanation.arrivalOrderDependent());
      explanation.arrivalOrderPaths().forEach(root.putArray("arrivalOrderPaths")::add);
      out.print(Json.render(root));
    } else {
      out.print(explanation.render());
    }
    return ExitCodes.OK;
  }
}
