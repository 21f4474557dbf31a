package io.arsim.cli;

import io.arsim.core.topology.TopologyException;
import io.arsim.core.topology.file.InputFiles;
import io.arsim.core.topology.file.ReadLimits;
import io.arsim.engine.intent.IntentChecker;
import io.arsim.engine.intent.IntentReader;
import io.arsim.engine.intent.IntentReport;
import io.arsim.engine.intent.IntentsException;
import io.arsim.engine.intent.LoadedIntents;
import io.arsim.cli.render.Json;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code arsim check DESIGN --intents FILE}: whether what must hold does, with nothing failed and under failures. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
        "Checks a design against an intents file: what must hold, and under which failures.",
        "Each intent names a source and a destination (VMs, NICs, subnets, VNets, on-premises sites, branches, "
            + "gateways, prefixes, the Internet) and asks that every path gets there (reachable) or none does "
            + "(isolated), that every path crosses one of some NVAs (through) or none of them (notThrough), and that "
            + "the way back crosses the same stateful NVAs (symmetric); with nothing failed, and under "
            + "any-single-failure, any-two-failures or listed failures (as whatif --fail takes them). Each intent "
            + "is held or broken; a broken one shows where, the path, and the trace and explain commands that show "
            + "why. The format, with its JSON Schema: docs/intents.md."
    },
    footer = {
        "",
        "Examples:",
        "  arsim check examples/s1-dual-homed-active-active.yaml \\",
        "      --intents examples/intents/s1-dual-homed-active-active.yaml",
        "  arsim check examples/s4-expressroute-without-as-override.yaml \\",
        "      --intents examples/intents/s5-expressroute-with-as-override.yaml",
        "  arsim check examples/s2-dual-homed-active-passive.yaml \\",
        "      --intents examples/intents/s2-dual-homed-active-passive.yaml -f json",
        "",
        "Exit codes: 0 every intent holds, 1 an intent is broken,",
        "2 bad input (the design or the intents file)."
    })
@Formats({OutputFormat.table, OutputFormat.json})
final class CheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ParentCommand ArsimCommand parent;

  @Mixin DesignArguments args;

  @Option(names = "--intents", required = true, paramLabel = "FILE",
      description = "The intents file (.yaml, .yml or .json; docs/intents.md).")
  Path intents;

  @Option(names = "--all", description = "Show every violation of a broken intent (by default the first "
      + IntentsOutput.SHOWN + ").")
  boolean all;

  private final DesignLoader loader;

  @Inject
  CheckCommand(DesignLoader loader) {
    this.loader = loader;
  }

  @Override
  public Integer call() {
    ReadLimits limits = args.input.maxInputSize == null ? ReadLimits.defaults()
        : ReadLimits.defaults().withMaxInputBytes(args.input.maxInputSize);
    LoadedIntents loaded = new IntentReader(limits).read(intents.toString(), text(intents, limits));
    Design design = loader.simulate(args.file, args.engine.settings());
    PrintWriter err = spec.commandLine().getErr();
    boolean terminal = System.console() != null && !parent.quiet;
    Consumer<String> progress = !terminal ? s -> { } : s -> {
      err.print("\rcheck " + s + "\u001b[K");
      err.flush();
    };
    IntentReport report = IntentChecker.check(design.converged(), loaded, progress);
    if (terminal) {
      err.print("\r\u001b[K");
      err.flush();
    }
    PrintWriter out = args.output.out();
    if (args.json()) {
      out.print(Json.render(IntentsOutput.json(report, args.file.toString())));
    } else {
      IntentsOutput.print(out, report, args.file.toString(), all);
    }
    return report.passed() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
  }

  /**
   * The file's text: a regular UTF-8 file within the size limit ({@link InputFiles}); anything else is
   * bad input, in words.
   */
  static String text(Path file, ReadLimits limits) {
    try {
      return InputFiles.readText(file, "intents file", limits.maxInputBytes());
    } catch (TopologyException e) {
      throw new IntentsException(file.toString(), e.problems());
    }
  }
}
