package io.arsim.cli;

import io.arsim.cli.report.Block.Row;
import io.arsim.cli.report.Block.Tone;
import io.arsim.cli.report.HtmlReportWriter;
import io.arsim.cli.report.ReportPage;
import io.arsim.cli.report.Section;
import io.arsim.cli.report.SvgMarkup;
import io.arsim.core.topology.file.ReadLimits;
import io.arsim.engine.diff.DesignDiff;
import io.arsim.engine.diff.DiffReport;
import io.arsim.engine.diff.FailureImpact;
import io.arsim.engine.diff.Sweep;
import io.arsim.engine.diff.TraceChange;
import io.arsim.engine.diff.WhatIf;
import io.arsim.engine.intent.IntentChecker;
import io.arsim.engine.intent.IntentReport;
import io.arsim.engine.intent.IntentReader;
import io.arsim.engine.intent.LoadedIntents;
import io.arsim.engine.spi.Finding;
import io.arsim.engine.spi.LintSeverity;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code arsim report}: one self-contained HTML page a reviewer reads in a browser. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
        "Writes a design-review report: one self-contained HTML page (docs/report.md).",
        "The page holds the diagram (SVG drawn by Graphviz `dot`; each node links to its tables), the BGP "
            + "sessions, each route-server instance's learned and advertised routes per peer, the NVAs' BGP "
            + "tables, the gateways' and circuits' tables, every NIC's effective routes (with a search box and "
            + "a Source filter), the lint findings, the sweep's failures worst first, the intents with "
            + "--intents, and the difference from a second design with --diff. Its style and script are inline "
            + "and it loads nothing, so it opens without a network. Without Graphviz the diagram is included "
            + "as DOT text. The same input gives the same bytes."
    },
    footer = {
        "",
        "Examples:",
        "  arsim report examples/s1-dual-homed-active-active.yaml -O s1.html",
        "  arsim report examples/s5-expressroute-with-as-override.yaml -O s5.html \\",
        "      --intents examples/intents/s5-expressroute-with-as-override.yaml",
        "  arsim report examples/s4-expressroute-without-as-override.yaml -O s4.html \\",
        "      --diff examples/s5-expressroute-with-as-override.yaml",
        "",
        "Exit codes: 0 written (whatever the findings), 2 bad input."
    })
@Formats({OutputFormat.html})
final class ReportCommand implements Callable<Integer> {

  @Mixin DesignArguments args;

  @Option(names = "--intents", paramLabel = "FILE",
      description = "Also check this intents file (.yaml, .yml or .json; docs/intents.md) and show each intent.")
  @Nullable Path intents;

  @Option(names = "--diff", paramLabel = "OTHER",
      description = "Also show what differs from this design to OTHER, as arsim diff does.")
  @Nullable Path other;

  @Option(names = "--no-svg", description = "Do not run Graphviz: include the diagram as DOT text.")
  boolean noSvg;

  @Option(names = "--no-sweep", description = "Leave out the sweep (each element failed in turn), the slow part "
      + "on big designs.")
  boolean noSweep;

  private final DesignLoader loader;

  @Inject
  ReportCommand(DesignLoader loader) {
    this.loader = loader;
  }

  @Override
  public Integer call() {
    ReadLimits limits = args.input.maxInputSize == null ? ReadLimits.defaults()
        : ReadLimits.defaults().withMaxInputBytes(args.input.maxInputSize);
    Optional<LoadedIntents> loadedIntents = Optional.ofNullable(intents)
        .map(f -> new IntentReader(limits).read(f.toString(), CheckCommand.text(f, limits)));
    Design design = loader.simulate(args.file, args.engine.settings());
    Optional<Design> second = Optional.ofNullable(other).map(f -> loader.simulate(f, args.engine.settings()));
    ReportIds ids = new ReportIds();
    ReportContent content = new ReportContent(design, ids);
    ReportSpeakers speakers = new ReportSpeakers(design, ids);
    List<Row> glance = new ArrayList<>();
    List<Section> sections = new ArrayList<>();
    sections.add(content.diagram(noSvg ? dot -> ReportContent.Picture.none("--no-svg was given")
        : ReportCommand::svg));
    sections.add(speakers.sessions());
    long down = design.state().sessions().stream().filter(s -> !s.up()).count();
    glance.add(Row.toned(down == 0 ? Tone.GOOD : Tone.BAD, "BGP sessions", design.state().sessions().size()
        + " sessions, " + down + " down"));
    sections.add(speakers.routeServers());
    sections.add(speakers.appliances());
    sections.add(speakers.gateways());
    sections.add(content.effectiveRoutes());
    List<Finding> findings = design.converged().lint();
    sections.add(ReportChecks.lint(findings));
    glance.add(Row.toned(findings.stream().anyMatch(f -> f.severity() == LintSeverity.ERROR)
        ? Tone.BAD : Tone.GOOD, "Lint", ReportChecks.lintSummary(findings)));
    if (!noSweep) {
      WhatIf whatIf = new WhatIf(design.topology(), design.network(), args.engine.settings(), design.state());
      List<String> baseProblems = whatIf.baseProblems();
      List<FailureImpact> impacts = DesignRunException.in(args.fileName(), () -> Sweep.run(whatIf, 1, s -> { }));
      sections.add(ReportChecks.sweep(baseProblems, impacts));
      glance.add(Row.toned(impacts.stream().anyMatch(i -> !i.lost().isEmpty() || i.error() != null) ? Tone.WARN
          : Tone.GOOD, "Sweep", impacts.isEmpty() ? "nothing to fail" : impacts.size() + " single failures; worst: "
          + impacts.get(0).failures().label() + " " + impacts.get(0).verdict()));
    }
    loadedIntents.ifPresent(loaded -> {
      IntentReport report = IntentChecker.check(design.converged(), loaded, s -> { });
      sections.add(ReportChecks.intents(report, args.fileName()));
      glance.add(Row.toned(report.passed() ? Tone.GOOD : Tone.BAD, "Intents", report.held() + " of "
          + report.results().size() + " hold"));
    });
    second.ifPresent(b -> {
      DiffReport diff = DesignDiff.compare(design.topology(), design.state(), b.topology(), b.state(), true);
      List<TraceChange> traces = DesignDiff.traces(design.topology(), design.state(), b.topology(), b.state());
      String otherName = b.topology().name() + " (" + StandardInput.display(other) + ")";
      sections.add(ReportChecks.diff(design.topology().name(), otherName, diff, traces));
      glance.add(Row.of("Difference from " + otherName, diff.isEmpty() && traces.isEmpty() ? "none"
          : diff.sessions().size() + " sessions, " + diff.routes().size() + " routes, " + diff.nics().size()
              + " effective routes, " + traces.size() + " traces"));
    });
    sections.add(0, content.overview(args.fileName(), glance));
    ReportPage page = new ReportPage(design.topology().name(), List.of("Design file: " + args.fileName(),
        design.topology().virtualNetworks().size() + " VNets, " + design.network().nodes().size() + " BGP speakers, "
            + design.topology().allInterfaces().size() + " NICs; converged after " + design.state().rounds()
            + " rounds", "Written by arsim report; docs/report.md says what each section shows."), sections);
    args.output.write(HtmlReportWriter.write(page).getBytes(StandardCharsets.UTF_8));
    return ExitCodes.OK;
  }

  /** The diagram drawn by Graphviz {@code dot -Tsvg}, or none with why (Graphviz missing, say). */
  private static ReportContent.Picture svg(String dot) {
    try {
      String document = new String(DiagramCommand.graphviz(dot, "svg"), StandardCharsets.UTF_8);
      return SvgMarkup.fromGraphviz(document).map(svg -> new ReportContent.Picture(svg, ""))
          .orElse(ReportContent.Picture.none("Graphviz `dot` did not write plain SVG"));
    } catch (UsageException e) {
      return ReportContent.Picture.none(e.getMessage().replaceFirst("^arsim: ", ""));
    } catch (IOException e) {
      return ReportContent.Picture.none("Graphviz `dot` could not be run: " + e.getMessage());
    }
  }
}
