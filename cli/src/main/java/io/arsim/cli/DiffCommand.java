package io.arsim.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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
        "  arsim diff examples/s1-dual-homed-active-active.yaml examples/s2-dual-homed-active-passive.yaml",
        "  arsim diff examples/s2-dual-homed-active-passive.yaml examples/s3-failover.yaml \\",
        "      --fail-on-change -o json",
        "",
        "Exit codes: 0 compared (or no difference with --fail-on-change), 1 a difference with --fail-on-change,",
        "2 bad input."
    })
final class DiffCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A", description = "The first design.")
  Path first;

  @Parameters(index = "1", paramLabel = "B", description = "The second design.")
  Path second;

  @Option(names = "--fail-on-change", description = "Exit with 1 when anything differs.")
  boolean failOnChange;

  @Mixin EngineOptions engine;

  @Mixin InputOptions input;

  @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table",
      description = "table (default) or json.")
  OutputFormat output;

  private final DesignLoader loader;

  @Inject
  DiffCommand(DesignLoader loader) {
    this.loader = loader;
  }

  @Override
  public Integer call() {
    output.requireTableOrJson("diff");
    Design a = loader.simulate(first, engine.settings());
    Design b = loader.simulate(second, engine.settings());
    DiffReport diff = DesignDiff.compare(a.topology(), a.state(), b.topology(), b.state(), true);
    List<TraceChange> traces = DesignDiff.traces(a.topology(), a.state(), b.topology(), b.state());
    boolean identical = diff.isEmpty() && traces.isEmpty();
    PrintWriter out = spec.commandLine().getOut();
    if (output == OutputFormat.json) {
      ObjectNode root = Json.object();
      root.put("a", a.topology().name()).put("b", b.topology().name()).put("identical", identical);
      root.setAll(DataPlaneOutput.diffJson(diff));
      root.set("traces", DataPlaneOutput.traceChangesJson(traces));
      out.print(Json.render(root));
    } else if (identical) {
      out.println("No difference between " + a.topology().name() + " (" + first + ") and " + b.topology().name()
          + " (" + second + ").");
    } else {
      out.println("Differences from " + a.topology().name() + " (" + first + ") to " + b.topology().name() + " ("
          + second + ")");
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
}
