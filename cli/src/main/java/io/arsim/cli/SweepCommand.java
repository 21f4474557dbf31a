package io.arsim.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.arsim.cli.render.Json;
import io.arsim.cli.render.TextTable;
import io.arsim.engine.diff.FailureImpact;
import io.arsim.engine.diff.Sweep;
import io.arsim.engine.diff.TraceChange;
import io.arsim.engine.diff.WhatIf;
import io.arsim.engine.failure.Failure;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code arsim sweep}: every single (or pair of) failure, and what each does to traffic. */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    description = {
        "Fails each element in turn and reports how resilient the design is.",
        "Every NVA, route server, route-server instance and extension node is failed in turn. For "
            + "each failure (or each pair with --depth 2): the (source, destination) pairs that lose "
            + "reachability, that move to another hub (Moved), that bypass the NVAs, firewalls included "
            + "(Bypass: they still reach, through no NVA at all), and that become asymmetric through a "
            + "stateful NVA; worst failures first. Progress goes to stderr, only when it is a terminal."
    },
    footer = {
        "",
        "Examples:",
        "  arsim sweep examples/s1-dual-homed-active-active.yaml",
        "  arsim sweep examples/s2-dual-homed-active-passive.yaml --depth 2",
        "  arsim sweep examples/s5-expressroute-with-as-override.yaml -f json",
        "",
        "Exit codes: 0 swept, 2 bad input."
    })
@Formats({OutputFormat.table, OutputFormat.json, OutputFormat.tsv})
final class SweepCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @picocli.CommandLine.ParentCommand ArsimCommand parent;

  @Mixin DesignArguments args;

  @Option(names = "--depth", paramLabel = "N", defaultValue = "1",
      description = "1 (default): every single failure; 2: every pair too.")
  int depth;


  private final DesignLoader loader;

  @Inject
  SweepCommand(DesignLoader loader) {
    this.loader = loader;
  }

  @Override
  public Integer call() {
    if (depth < 1 || depth > 2) {
      throw new UsageException("--depth must be 1 or 2, got " + depth);
    }
    Design design = loader.simulate(args.file, args.engine.settings());
    PrintWriter err = spec.commandLine().getErr();
    Consumer<String> progress = System.console() == null || parent.quiet ? s -> { } : s -> {
      err.print("\rsweep " + s + "\u001b[K");
      err.flush();
    };
    WhatIf whatIf = new WhatIf(design.topology(), design.network(), args.engine.settings(), design.state());
    List<String> baseProblems = whatIf.baseProblems();
    List<FailureImpact> impacts = DesignRunException.in(args.fileName(), () -> Sweep.run(whatIf, depth, progress));
    if (System.console() != null && !parent.quiet) {
      err.print("\r\u001b[K");
      err.flush();
    }
    PrintWriter out = args.output.out();
    if (args.json()) {
      out.print(Json.render(new View(design.topology().name(), depth, impacts.size(), baseProblems,
          impacts.stream().map(Impact::of).toList())));
      return ExitCodes.OK;
    }
    if (args.tsv()) {
      TextTable rows = new TextTable("Failure", "Verdict", "Lost", "Moved", "Bypass", "Asymmetric", "Sessions down");
      impacts.forEach(i -> rows.row(i.failures().label(), i.verdict(), i.lost().size(), i.rerouted().size(),
          i.bypassed().size(), i.asymmetric().size(), i.sessionsDown()));
      out.print(rows.renderTsv());
      return ExitCodes.OK;
    }
    out.println("Sweep of " + design.topology().name() + ": " + impacts.size() + " failure"
        + (impacts.size() == 1 ? "" : "s") + (depth == 2 ? " (single and pairs)" : " (single)") + ", worst first");
    out.println();
    if (baseProblems.isEmpty()) {
      out.println("Before any failure: every traced pair reaches its destination.");
    } else {
      out.println("Before any failure, " + baseProblems.size() + " traced pair" + (baseProblems.size() == 1 ? " does" : "s do")
          + " not reach the destination:");
      baseProblems.forEach(p -> out.println("  " + p));
    }
    out.println();
    TextTable summary = new TextTable("Failure", "Verdict", "Lost", "Moved", "Bypass", "Asymmetric", "Sessions down");
    for (FailureImpact i : impacts) {
      summary.row(i.failures().label(), i.verdict(), i.lost().size(), i.rerouted().size(), i.bypassed().size(),
          i.asymmetric().size(), i.sessionsDown());
    }
    out.print(summary.render());
    for (FailureImpact i : impacts) {
      if (i.error() == null && i.lost().isEmpty() && i.moved().isEmpty() && i.asymmetric().isEmpty()) {
        continue;
      }
      out.println();
      out.println(i.failures().label() + ": " + i.verdict());
      if (i.error() != null) {
        out.println("  " + i.error());
      }
      section(out, "loses reachability", i.lost());
      section(out, "moves", i.rerouted());
      section(out, "bypasses the NVAs", i.bypassed());
      section(out, "becomes asymmetric", i.asymmetric());
    }
    return ExitCodes.OK;
  }

  private static void section(PrintWriter out, String title, List<TraceChange> changes) {
    for (TraceChange c : changes) {
      out.println("  " + title + ": " + c.from() + " -> " + c.to() + (c.to().contains("/") ? " (" + c.address() + ")"
          : "") + ": " + c.before() + " => " + c.after());
    }
  }

  /**
   * {@code arsim sweep -f json} (docs/json.md).
   *
   * @param design the design's name
   * @param depth 1 (single failures) or 2 (pairs too)
   * @param runs how many failures (or pairs) were run
   * @param beforeAnyFailure the traced pairs that fail before any failure
   * @param failures each failure's impact, worst first
   */
  @JsonPropertyOrder({"design", "depth", "runs", "beforeAnyFailure", "failures"})
  record View(String design, int depth, int runs, List<String> beforeAnyFailure, List<Impact> failures) {}

  /** What one failure (or pair) does: its verdict, sessions down, and the pairs lost, moved or made asymmetric. */
  @JsonPropertyOrder({"failed", "verdict", "sessionsDown", "error", "lost", "moved", "bypassed", "asymmetric"})
  record Impact(List<String> failed, String verdict, int sessionsDown, @Nullable String error,
      List<DataPlaneViews.TraceChangeView> lost, List<DataPlaneViews.TraceChangeView> moved, int bypassed,
      List<DataPlaneViews.TraceChangeView> asymmetric) {

    static Impact of(FailureImpact i) {
      return new Impact(i.failures().failures().stream().map(Failure::label).toList(), i.verdict(), i.sessionsDown(),
          i.error(), DataPlaneViews.TraceChangeView.all(i.lost()), DataPlaneViews.TraceChangeView.all(i.moved()),
          i.bypassed().size(), DataPlaneViews.TraceChangeView.all(i.asymmetric()));
    }
  }
}
