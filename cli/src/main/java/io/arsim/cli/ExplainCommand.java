package io.arsim.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.arsim.cli.render.Json;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.NetworkInterface;
import io.arsim.core.topology.Topology;
import io.arsim.engine.explain.Explainer;
import io.arsim.engine.explain.Explanation;
import io.arsim.engine.explain.PolicyEffect;
import io.arsim.policy.spi.SpeakerKind;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
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
        "At a speaker (route-server instance, NVA, gateway, circuit link, on-premises site, branch): the "
            + "paths considered, the decision step that preferred the best one, the configured policies that "
            + "changed a path's attributes (before -> after), the rules and policies that rejected others, and the chain of speakers back to where the route was originated; when it is "
            + "missing, the neighbours that hold it and why they do not send it, or, when none does, the "
            + "nearest speakers that hold it and the route server or NVA where it stops. At a VM, NVA "
            + "(--routes) or NIC: its effective routes."
    },
    footer = {
        "",
        "Examples:",
        "  arsim explain examples/s2-dual-homed-active-passive.yaml --at rs-spoke/IN_0 \\",
        "      --prefix 0.0.0.0/0",
        "  arsim explain examples/s4-expressroute-without-as-override.yaml \\",
        "      --at rs-spoke/IN_0 --prefix 10.1.0.0/16",
        "  arsim explain examples/s8-supernets-and-vnet-prefixes.yaml --at vm-spoke \\",
        "      --prefix 10.0.1.0/24",
        "  arsim explain examples/s4-expressroute-without-as-override.yaml --at onprem \\",
        "      --prefix 10.0.0.0/16"
    })
@Formats({OutputFormat.table, OutputFormat.json})
final class ExplainCommand implements Callable<Integer> {

  @Mixin DesignArguments args;

  @Option(names = "--at", required = true, paramLabel = "NAME",
      description = "A speaker (rs-spoke/IN_0, nva1, onprem, ergw-hub1/IN_0; a gateway or circuit by name means its"
          + " first instance or link), or a VM, NVA or NIC for its effective routes.")
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
    // A gateway or circuit by name stands for its first instance or link, as for trace --from.
    String node = design.network().node(at).map(n -> n.name()).orElseGet(() -> design.network().nodes().stream()
        .filter(n -> n.owner().equals(at) && n.kind() != SpeakerKind.NVA && n.kind() != SpeakerKind.ROUTE_SERVER)
        .map(n -> n.name()).sorted().findFirst().orElse(""));
    if (!node.isEmpty() && !routes) {
      explanation = explainer.atNode(node, parsed);
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
          explanation.arrivalOrderDependent(), explanation.arrivalOrderPaths(),
          explanation.policyEffects().stream().map(EffectView::of).toList())));
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
   * @param policyEffects the configured policies that changed a path shown
   */
  @JsonPropertyOrder({"subject", "present", "lines", "arrivalOrderDependent", "arrivalOrderPaths", "policyEffects"})
  record View(String subject, boolean present, List<String> lines, boolean arrivalOrderDependent,
      List<String> arrivalOrderPaths, List<EffectView> policyEffects) {}

  /**
   * One of {@code policyEffects} (docs/json.md#explain).
   *
   * @param policy the policy's name in the topology
   * @param type its provider id
   * @param direction {@code import} or {@code export}
   * @param speaker the speaker whose neighbour entry lists it
   * @param peer the neighbour the route goes to (export) or came from (import)
   * @param changes the attributes it changed
   */
  @JsonPropertyOrder({"policy", "type", "direction", "speaker", "peer", "changes"})
  record EffectView(String policy, String type, String direction, String speaker, String peer,
      List<ChangeView> changes) {
    static EffectView of(PolicyEffect effect) {
      return new EffectView(effect.policy(), effect.type(), effect.direction().name().toLowerCase(Locale.ROOT),
          effect.speaker(), effect.peer(), effect.changes().stream()
              .map(c -> new ChangeView(c.attribute(), c.before(), c.after())).toList());
    }
  }

  /**
   * One attribute a policy changed.
   *
   * @param attribute {@code AS path}, {@code local preference}, {@code MED}, {@code communities}, {@code next hop}
   *     or {@code origin}
   * @param before the value the policy got
   * @param after the value it left
   */
  @JsonPropertyOrder({"attribute", "before", "after"})
  record ChangeView(String attribute, String before, String after) {}
}
