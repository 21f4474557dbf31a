package io.arsim.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arsim.cli.render.Json;
import io.arsim.cli.render.TextTable;
import io.arsim.core.problem.Problem;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.NodeState;
import io.arsim.engine.bgp.SessionState;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code arsim simulate FILE}: converges the design and summarises sessions and tables. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
        "Converges a design and shows its BGP sessions and route counts.",
        "Runs the BGP control plane to a stable state with Azure Route Server's rules and shows every "
            + "BGP session (up, or down with the reason), how many routes each speaker learned, holds and "
            + "advertises, and the design's warnings."
    },
    footer = {
        "",
        "Examples:",
        "  arsim simulate examples/s1-dual-homed-active-active.yaml",
        "  arsim simulate examples/s6-route-limit.yaml",
        "  arsim simulate --route-limit 1000 --output json examples/s6-route-limit-4000.yaml",
        "",
        "Exit codes: 0 converged, 1 the network does not converge (oscillation), 2 bad input."
    })
final class SimulateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @picocli.CommandLine.ParentCommand ArsimCommand parent;

  @Mixin DesignArguments args;


  private final DesignLoader loader;

  @Inject
  SimulateCommand(DesignLoader loader) {
    this.loader = loader;
  }

  @Override
  public Integer call() {
    args.output.requireNotAz("simulate");
    Design design = loader.simulate(args.file, args.engine.settings());
    PrintWriter out = spec.commandLine().getOut();
    if (args.json()) {
      out.print(Json.render(json(design)));
      return ExitCodes.OK;
    }
    if (!args.tsv()) {
      out.println("Design " + design.topology().name() + " (" + args.file + "): converged after "
        + design.state().rounds() + " rounds.");
      out.println();
      out.println("BGP sessions");
    }
    TextTable sessions = new TextTable("Speaker", "Address", "Peer", "Peer address", "State", "Reason");
    for (SessionState s : design.state().sessions()) {
      sessions.row(s.a(), s.aAddress(), s.b(), s.bAddress(), s.up() ? "Established" : "Down",
          s.reason().isEmpty() ? "-" : s.reason());
    }
    if (args.tsv()) {
      out.print(sessions.renderTsv("session"));
    } else {
      out.print(sessions.render());
      out.println();
      out.println("Speakers");
    }
    TextTable speakers = new TextTable("Speaker", "Kind", "ASN", "Learned", "Prefixes", "Advertised");
    for (Node node : design.network().nodes()) {
      NodeState state = design.state().node(node.name()).orElseThrow();
      int learned = state.learned().values().stream().mapToInt(java.util.Map::size).sum();
      int advertised = state.advertised().values().stream().mapToInt(java.util.Map::size).sum();
      speakers.row(node.name(), kind(node), node.asn(), learned, state.table().size(), advertised);
    }
    if (args.tsv()) {
      out.print(speakers.renderTsv("speaker"));
      return ExitCodes.OK;
    }
    out.print(speakers.render());
    if (!design.loaded().warnings().isEmpty() && !parent.quiet) {
      out.println();
      out.println("Warnings");
      for (Problem warning : design.loaded().warnings()) {
        out.println(warning.render());
      }
    }
    return ExitCodes.OK;
  }

  static String kind(Node node) {
    return switch (node.kind()) {
      case ROUTE_SERVER -> "route server";
      case NVA -> "NVA";
      case GATEWAY -> "gateway";
      case ON_PREMISES -> "on-premises";
    };
  }

  private static ObjectNode json(Design design) {
    ObjectNode root = Json.object();
    root.put("design", design.topology().name());
    root.put("rounds", design.state().rounds());
    ArrayNode sessions = root.putArray("sessions");
    for (SessionState s : design.state().sessions()) {
      sessions.addObject().put("speaker", s.a()).put("address", s.aAddress().toString()).put("peer", s.b())
          .put("peerAddress", s.bAddress().toString()).put("state", s.up() ? "Established" : "Down")
          .put("reason", s.reason());
    }
    ArrayNode speakers = root.putArray("speakers");
    for (Node node : design.network().nodes()) {
      NodeState state = design.state().node(node.name()).orElseThrow();
      speakers.addObject().put("name", node.name()).put("kind", kind(node)).put("asn", node.asn().value())
          .put("learned", state.learned().values().stream().mapToInt(java.util.Map::size).sum())
          .put("prefixes", state.table().size())
          .put("advertised", state.advertised().values().stream().mapToInt(java.util.Map::size).sum());
    }
    ArrayNode warnings = root.putArray("warnings");
    design.loaded().warnings().forEach(w -> warnings.add(w.render()));
    return root;
  }
}
