package io.arsim.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.arsim.cli.render.Json;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.NetworkInterface;
import io.arsim.core.topology.Topology;
import io.arsim.engine.explain.Explainer;
import io.arsim.engine.explain.Explanation;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
        "  arsim explain examples/s2-dual-homed-active-passive.yaml --at rs-spoke/IN_0 \\",
        "      --prefix 0.0.0.0/0",
        "  arsim explain examples/s4-expressroute-without-as-override.yaml \\",
        "      --at rs-spoke/IN_0 --prefix 10.1.0.0/16",
        "  arsim explain examples/s8-supernets-and-vnet-prefixes.yaml --at vm-spoke \\",
        "      --prefix 10.0.1.0/24"
    })
@Formats({OutputFormat.table, OutputFormat.json})
final class ExplainCommand implements Callable<Integer> {

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
        throw new UsageException("no speaker, VM, NVA or NIC named \"" + at + "\" in " + args.fileName() + "; "
            + RoutesCommand.known(design.network().nodes().stream().map(n -> n.name()).toList(), at));
      }
      NetworkInterface networkInterface = nic.get().networkInterface();
      explanation = explainer.atNic(nic.get().owner(), networkInterface, parsed);
    }
    PrintWriter out = args.output.out();
    if (args.json()) {
      out.print(Json.render(new View(explanation.subject(), explanation.present(), explanation.lines(),
          explanation.arrivalOrderDependent(), explanation.arrivalOrderPaths())));
    } else {
      out.print(explanation.render());
    }
    return ExitCodes.OK;
  }

  /**
   * {@code arsim explain -f json} (docs/json.md).
   *
   * @param subject the speaker or NIC and the prefix
   * @param present whether the prefix is there
   * @param lines the explanation, line by line, as the table prints it
   * @param arrivalOrderDependent whether the best path depends on the order equal paths arrived in
   * @param arrivalOrderPaths the paths tied on arrival order
   */
  @JsonPropertyOrder({"subject", "present", "lines", "arrivalOrderDependent", "arrivalOrderPaths"})
  record View(String subject, boolean present, List<String> lines, boolean arrivalOrderDependent,
      List<String> arrivalOrderPaths) {}
}
