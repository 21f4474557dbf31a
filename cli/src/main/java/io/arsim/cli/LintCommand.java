package io.arsim.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
        "  arsim lint -f json examples/er-route-limit-standard.yaml",
        "",
        "Exit codes: 0 no error finding (warnings too with --strict), 1 findings that",
        "fail, 2 bad input."
    })
@Formats({OutputFormat.table, OutputFormat.json})
final class LintCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "The design (.yaml, .yml or .json), or - to read it from standard input.")
  Path file;

  @Mixin EngineOptions engine;

  @Mixin InputOptions input;

  @Mixin OutputOptions output;

  @Option(names = "--strict", description = "Fail (exit 1) on warnings too, not only on errors.")
  boolean strict;

  private final DesignLoader loader;

  @Inject
  LintCommand(DesignLoader loader) {
    this.loader = loader;
  }

  @Override
  public Integer call() {
    Design design = loader.simulate(file, engine.settings());
    List<Finding> findings = design.converged().lint();
    long errors = findings.stream().filter(f -> f.severity() == LintSeverity.ERROR).count();
    long warnings = findings.stream().filter(f -> f.severity() == LintSeverity.WARNING).count();
    boolean failed = errors > 0 || (strict && warnings > 0);
    PrintWriter out = output.out();
    if (output.format() == OutputFormat.json) {
      out.print(Json.render(new View(design.topology().name(), errors, warnings, failed,
          findings.stream().map(f -> new FindingView(f.severity().label(), f.rule(), f.subject(), f.message(), f.fix()))
              .toList())));
      return failed ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
    }
    for (Finding f : findings) {
      out.println(f.severity().label() + " [" + f.rule() + "] " + f.subject());
      out.println("  " + f.message());
      out.println("  fix: " + f.fix());
      out.println();
    }
    out.println(StandardInput.display(file) + ": " + errors + " error(s), " + warnings + " warning(s), "
        + (findings.size() - errors - warnings) + " note(s)" + (failed ? "" : " - lint passed"));
    return failed ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
  }

  /**
   * {@code arsim lint -f json} (docs/json.md).
   *
   * @param design the design's name
   * @param errors how many findings are errors
   * @param warnings how many are warnings
   * @param failed whether lint fails (exit 1)
   * @param findings every finding
   */
  @JsonPropertyOrder({"design", "errors", "warnings", "failed", "findings"})
  record View(String design, long errors, long warnings, boolean failed, List<FindingView> findings) {}

  /** One finding: its severity, rule, subject, what is wrong and the fix. */
  @JsonPropertyOrder({"severity", "rule", "subject", "message", "fix"})
  record FindingView(String severity, String rule, String subject, String message, String fix) {}
}
