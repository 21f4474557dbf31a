package io.arsim.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arsim.cli.render.Json;
import io.arsim.engine.spi.Finding;
import io.arsim.engine.spi.LintSeverity;
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

/** {@code arsim lint FILE}: converges the design and runs the lint rules of the engine and extensions. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
        "Finds what will not work as intended, and says how to fix it.",
        "Converges the design, then runs the engine's lint rules (missing as-override, an NVA NIC "
            + "programmed with a route to itself, an NVA peering one route-server instance, sessions down, "
            + "next hops that do not forward, active/active stateful NVAs without SNAT or a load balancer) "
            + "and those of the installed extensions (ExpressRoute and VPN: docs/expressroute.md). Each "
            + "finding names its rule, severity, subject, what is wrong and the fix (docs/lint.md)."
    },
    footer = {
        "",
        "Examples:",
        "  arsim lint examples/s4-expressroute-without-as-override.yaml",
        "  arsim lint --strict examples/s7-nva-default-route-own-nic.yaml",
        "  arsim lint --output json examples/er-route-limit-standard.yaml",
        "",
        "Exit codes: 0 no error finding (warnings too with --strict), 1 findings that fail, 2 bad input."
    })
final class LintCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The design (.yaml, .yml or .json).")
  Path file;

  @Mixin EngineOptions engine;

  @Mixin InputOptions input;

  @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table",
      description = "table (default) or json.")
  OutputFormat output;

  @Option(names = "--strict", description = "Fail (exit 1) on warnings too, not only on errors.")
  boolean strict;

  private final DesignLoader loader;

  @Inject
  LintCommand(DesignLoader loader) {
    this.loader = loader;
  }

  @Override
  public Integer call() {
    output.requireTableOrJson("lint");
    Design design = loader.simulate(file, engine.settings());
    List<Finding> findings = design.converged().lint();
    long errors = findings.stream().filter(f -> f.severity() == LintSeverity.ERROR).count();
    long warnings = findings.stream().filter(f -> f.severity() == LintSeverity.WARNING).count();
    boolean failed = errors > 0 || (strict && warnings > 0);
    PrintWriter out = spec.commandLine().getOut();
    if (output == OutputFormat.json) {
      ObjectNode root = Json.object();
      root.put("design", design.topology().name());
      root.put("errors", errors);
      root.put("warnings", warnings);
      root.put("failed", failed);
      ArrayNode list = root.putArray("findings");
      for (Finding f : findings) {
        list.addObject().put("severity", f.severity().label()).put("rule", f.rule()).put("subject", f.subject())
            .put("message", f.message()).put("fix", f.fix());
      }
      out.print(Json.render(root));
      return failed ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
    }
    for (Finding f : findings) {
      out.println(f.severity().label() + " [" + f.rule() + "] " + f.subject());
      out.println("  " + f.message());
      out.println("  fix: " + f.fix());
      out.println();
    }
    out.println(file + ": " + errors + " error(s), " + warnings + " warning(s), "
        + (findings.size() - errors - warnings) + " note(s)" + (failed ? "" : " - lint passed"));
    return failed ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
  }
}
