package io.arsim.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.arsim.cli.render.Json;
import io.arsim.cli.render.TextTable;
import io.arsim.core.problem.Problem;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.NodeState;
import io.arsim.engine.bgp.SessionState;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

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
        "  arsim simulate --route-limit 1000 -f json examples/s6-route-limit-4000.yaml",
        "  arsim simulate - < examples/s1-dual-homed-active-active.yaml",
        "",
        "Exit codes: 0 converged, 1 the network does not converge (oscillation),",
        "2 bad input."
    })
@Formats({OutputFormat.table, OutputFormat.json, OutputFormat.tsv})
final class SimulateCommand implements Callable<Integer> {

  @picocli.CommandLine.ParentCommand ArsimCommand parent;

  @Mixin DesignArguments args;


  private final DesignLoader loader;

  @Inject
  SimulateCommand(DesignLoader loader) {
    this.loader = loader;
  }

  @Override
  public Integer call() {
    Design design = loader.simulate(args.file, args.engine.settings());
    PrintWriter out = args.output.out();
    if (args.json()) {
      out.print(Json.render(View.of(design)));
      return ExitCodes.OK;
    }
    if (!args.tsv()) {
      out.println("Design " + design.topology().name() + " (" + args.fileName() + "): converged after "
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

  /**
   * {@code arsim simulate -f json} (docs/json.md).
   *
   * @param design the design's name
   * @param rounds the rounds the control plane took to converge
   * @param sessions every BGP session
   * @param speakers every speaker with its route counts
   * @param warnings the file's warnings as arsim prints them
   */
  @JsonPropertyOrder({"design", "rounds", "sessions", "speakers", "warnings"})
  record View(String design, int rounds, List<Session> sessions, List<Speaker> speakers, List<String> warnings) {

    static View of(Design design) {
      List<Session> sessions = design.state().sessions().stream().map(s -> new Session(s.a(), s.aAddress().toString(),
          s.b(), s.bAddress().toString(), s.up() ? "Established" : "Down", s.reason())).toList();
      List<Speaker> speakers = new ArrayList<>();
      for (Node node : design.network().nodes()) {
        NodeState state = design.state().node(node.name()).orElseThrow();
        speakers.add(new Speaker(node.name(), kind(node), node.asn().value(),
            state.learned().values().stream().mapToInt(java.util.Map::size).sum(), state.table().size(),
            state.advertised().values().stream().mapToInt(java.util.Map::size).sum()));
      }
      return new View(design.topology().name(), design.state().rounds(), sessions, speakers,
          design.loaded().warnings().stream().map(Problem::render).toList());
    }
  }

  /** One BGP session: its two ends, their addresses, and its state with the reason when down. */
  @JsonPropertyOrder({"speaker", "address", "peer", "peerAddress", "state", "reason"})
  record Session(String speaker, String address, String peer, String peerAddress, String state, String reason) {}

  /** One speaker and how many routes it learned, holds and advertises. */
  @JsonPropertyOrder({"name", "kind", "asn", "learned", "prefixes", "advertised"})
  record Speaker(String name, String kind, long asn, int learned, int prefixes, int advertised) {}
}
