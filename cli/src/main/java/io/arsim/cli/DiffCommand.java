package io.arsim.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.arsim.cli.render.Json;
import io.arsim.engine.diff.DesignDiff;
import io.arsim.engine.diff.DiffReport;
import io.arsim.engine.diff.TraceChange;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code arsim diff}: what differs between two designs once converged. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
        "Compares two designs once converged.",
        "Per route-server instance, the routes learned from and advertised to each peer; per NIC "
            + "(matched by name), the effective routes of each prefix; and the sessions; each change with a "
            + "reason where arsim can tell (the session that went down, the rule that rejected the route, "
            + "the route that now decides). With --fail-on-change the exit code is 1 when anything differs, "
            + "for CI gates on network changes."
    },
    footer = {
        "",
        "Examples:",
        "  arsim diff examples/s1-dual-homed-active-active.yaml \\",
        "      examples/s2-dual-homed-active-passive.yaml",
        "  arsim diff examples/s2-dual-homed-active-passive.yaml \\",
        "      examples/s3-failover.yaml --fail-on-change -f json",
        "",
        "Exit codes: 0 compared (or no difference with --fail-on-change),",
        "1 a difference with --fail-on-change, 2 bad input."
    })
@Formats({OutputFormat.table, OutputFormat.json})
final class DiffCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "A", description = "The first design (- reads it from standard input).")
  Path first;

  @Parameters(index = "1", paramLabel = "B", description = "The second design (- reads it from standard input).")
  Path second;

  @Option(names = "--fail-on-change", description = "Exit with 1 when anything differs.")
  boolean failOnChange;

  @Mixin EngineOptions engine;

  @Mixin InputOptions input;

  @Mixin OutputOptions output;

  private final DesignLoader loader;

  @Inject
  DiffCommand(DesignLoader loader) {
    this.loader = loader;
  }

  @Override
  public Integer call() {
    Design a = loader.simulate(first, engine.settings());
    Design b = loader.simulate(second, engine.settings());
    DiffReport diff = DesignDiff.compare(a.topology(), a.state(), b.topology(), b.state(), true);
    List<TraceChange> traces = DesignDiff.traces(a.topology(), a.state(), b.topology(), b.state());
    boolean identical = diff.isEmpty() && traces.isEmpty();
    PrintWriter out = output.out();
    if (output.format() == OutputFormat.json) {
      out.print(Json.render(new View(a.topology().name(), b.topology().name(), identical,
          DataPlaneViews.DiffView.of(diff), DataPlaneViews.TraceChangeView.all(traces))));
    } else if (identical) {
      out.println("No difference between " + a.topology().name() + " (" + StandardInput.display(first) + ") and "
          + b.topology().name() + " (" + StandardInput.display(second) + ").");
    } else {
      out.println("Differences from " + a.topology().name() + " (" + StandardInput.display(first) + ") to "
          + b.topology().name() + " (" + StandardInput.display(second) + ")");
      out.println();
      DataPlaneOutput.printDiff(out, diff, true);
      if (!traces.isEmpty()) {
        out.println();
        out.println("Traces (from every VM present in both designs)");
        DataPlaneOutput.printTraceChanges(out, traces);
      }
    }
    return failOnChange && !identical ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
  }

  /**
   * {@code arsim diff -f json} (docs/json.md).
   *
   * @param a the first design's name
   * @param b the second design's name
   * @param identical whether nothing differs
   * @param diff sessions, route-server routes and effective routes that differ (written inline)
   * @param traces the traced pairs whose outcome differs
   */
  @JsonPropertyOrder({"a", "b", "identical", "diff", "traces"})
  record View(String a, String b, boolean identical, @JsonUnwrapped DataPlaneViews.DiffView diff,
      List<DataPlaneViews.TraceChangeView> traces) {}
}
