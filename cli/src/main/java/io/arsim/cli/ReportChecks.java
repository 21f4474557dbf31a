package io.arsim.cli;

import io.arsim.cli.report.Block;
import io.arsim.cli.report.Block.Group;
import io.arsim.cli.report.Block.Paragraph;
import io.arsim.cli.report.Block.Row;
import io.arsim.cli.report.Block.Table;
import io.arsim.cli.report.Block.Tone;
import io.arsim.cli.report.Section;
import io.arsim.engine.diff.DiffReport;
import io.arsim.engine.diff.FailureImpact;
import io.arsim.engine.diff.NicChange;
import io.arsim.engine.diff.RouteChange;
import io.arsim.engine.diff.TraceChange;
import io.arsim.engine.intent.IntentReport;
import io.arsim.engine.intent.IntentResult;
import io.arsim.engine.intent.IntentViolation;
import io.arsim.engine.spi.Finding;
import io.arsim.engine.spi.LintSeverity;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's sections of checks (docs/report.md): lint findings ({@code arsim lint}), the sweep's
 * worst failures ({@code arsim sweep}), intents ({@code arsim check}) and the difference from a
 * second design ({@code arsim diff}); the same results those commands print, as tables.
 */
final class ReportChecks {
  /** How many of the sweep's failures get a group with the pairs they affect. */
  static final int WORST_SHOWN = 10;

  /** How many affected pairs a failure's group lists; arsim sweep -f json lists them all. */
  static final int PAIRS_SHOWN = 200;

  private ReportChecks() {}

  static Section lint(List<Finding> findings) {
    List<Row> rows = new ArrayList<>();
    for (Finding f : findings) {
      Tone tone = f.severity() == LintSeverity.ERROR ? Tone.BAD : f.severity() == LintSeverity.WARNING ? Tone.WARN
          : Tone.NORMAL;
      rows.add(Row.toned(tone, f.severity().label(), f.rule(), f.subject(), f.message(), f.fix()));
    }
    return new Section("lint", "Lint findings", lintSummary(findings), rows.isEmpty()
        ? List.of(new Paragraph("No finding: the lint rules (docs/lint.md) have nothing to say.", Tone.GOOD))
        : List.of(new Table("", List.of("Severity", "Rule", "Subject", "What is wrong", "Fix"), rows, false)));
  }

  static String lintSummary(List<Finding> findings) {
    long errors = findings.stream().filter(f -> f.severity() == LintSeverity.ERROR).count();
    long warnings = findings.stream().filter(f -> f.severity() == LintSeverity.WARNING).count();
    return errors + " error(s), " + warnings + " warning(s), " + (findings.size() - errors - warnings) + " note(s)";
  }

  /** Every single failure's verdict, worst first, and the pairs the worst ones affect. */
  static Section sweep(List<String> baseProblems, List<FailureImpact> impacts) {
    List<Block> blocks = new ArrayList<>();
    if (baseProblems.isEmpty()) {
      blocks.add(new Paragraph("Before any failure: every traced pair reaches its destination.", Tone.GOOD));
    } else {
      blocks.add(new Table("Before any failure, " + baseProblems.size() + " traced pair(s) do not reach the destination",
          List.of("Pair"), baseProblems.stream().map(p -> Row.toned(Tone.BAD, p)).toList(), false));
    }
    List<Row> rows = new ArrayList<>();
    for (FailureImpact i : impacts) {
      rows.add(Row.toned(tone(i), i.failures().label(), i.verdict(), i.lost().size(), i.rerouted().size(),
          i.bypassed().size(), i.asymmetric().size(), i.sessionsDown()));
    }
    blocks.add(new Table("Each element failed in turn, worst first (as arsim sweep prints it)",
        List.of("Failure", "Verdict", "Lost", "Moved", "Bypass", "Asymmetric", "Sessions down"), rows, false));
    int shown = 0;
    for (FailureImpact i : impacts) {
      if (shown == WORST_SHOWN) {
        break;
      }
      if (i.error() == null && i.lost().isEmpty() && i.moved().isEmpty() && i.asymmetric().isEmpty()) {
        continue;
      }
      shown++;
      List<Row> changes = new ArrayList<>();
      addChanges(changes, "loses reachability", i.lost(), Tone.BAD);
      addChanges(changes, "moves", i.rerouted(), Tone.NORMAL);
      addChanges(changes, "bypasses the NVAs", i.bypassed(), Tone.WARN);
      addChanges(changes, "becomes asymmetric", i.asymmetric(), Tone.WARN);
      List<Block> inner = new ArrayList<>();
      if (i.error() != null) {
        inner.add(new Paragraph(i.error(), Tone.BAD));
      }
      inner.add(new Table("", List.of("Effect", "From", "To", "Before", "After"),
          changes.subList(0, Math.min(PAIRS_SHOWN, changes.size())), false));
      if (changes.size() > PAIRS_SHOWN) {
        inner.add(Paragraph.of("... and " + (changes.size() - PAIRS_SHOWN) + " more pairs; arsim sweep -f json"
            + " lists every one."));
      }
      blocks.add(new Group("failure-" + shown, i.failures().label() + ": " + i.verdict(), changes.size() + " pairs",
          tone(i), inner));
    }
    long losing = impacts.stream().filter(i -> !i.lost().isEmpty() || i.error() != null).count();
    return new Section("sweep", "Failures (sweep)", impacts.size() + " failures, " + losing
        + " lose reachability", blocks);
  }

  private static Tone tone(FailureImpact i) {
    if (i.error() != null || !i.lost().isEmpty()) {
      return Tone.BAD;
    }
    return i.bypassed().isEmpty() && i.asymmetric().isEmpty() ? Tone.NORMAL : Tone.WARN;
  }

  private static void addChanges(List<Row> rows, String effect, List<TraceChange> changes, Tone tone) {
    for (TraceChange c : changes) {
      rows.add(Row.toned(tone, effect, c.from(), to(c), c.before(), c.after()));
    }
  }

  private static String to(TraceChange c) {
    return c.to() + (c.to().contains("/") ? " (" + c.address() + ")" : "");
  }

  /** Each intent held or broken; each broken one with its violations and the commands that show why. */
  static Section intents(IntentReport report, String designFile) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Paragraph.of("Intents " + report.file() + ": " + report.held() + " of " + report.results().size()
        + " hold, checked in " + report.scenarios() + " design run(s) (nothing failed, and each failure scenario)."));
    report.warnings().forEach(w -> blocks.add(new Paragraph("warning: " + w, Tone.WARN)));
    List<Row> rows = new ArrayList<>();
    for (IntentResult r : report.results()) {
      rows.add(Row.toned(r.held() ? Tone.GOOD : Tone.BAD, r.held() ? "held" : "BROKEN", r.intent().name(),
          IntentsOutput.what(r), r.checked() + " traces in " + r.scenarios() + " runs"
              + (r.skipped() == 0 ? "" : ", " + r.skipped() + " skipped")));
    }
    blocks.add(new Table("", List.of("Result", "Intent", "What", "Checked"), rows, false));
    int n = 0;
    for (IntentResult r : report.results()) {
      if (r.held()) {
        continue;
      }
      n++;
      List<Row> violations = new ArrayList<>();
      for (IntentViolation v : r.violations()) {
        String explain = IntentsOutput.explainCommand(v, designFile);
        violations.add(Row.toned(Tone.BAD, v.failed().isEmpty() ? "-" : String.join(" + ", v.failed()), v.from(),
            v.to(), v.problem(), v.trace() == null ? "-" : IntentsOutput.paths(v.trace()),
            IntentsOutput.traceCommand(v, designFile, r.intent().symmetric()) + (explain.isEmpty() ? "" : "\n"
                + explain)));
      }
      blocks.add(new Group("intent-" + n, "BROKEN " + r.intent().name(), r.violations().size() + " violations",
          Tone.BAD, List.of(new Table(IntentsOutput.what(r), List.of("Failed", "From", "To", "Problem", "Path",
              "Commands that show why"), violations, false))));
    }
    return new Section("intents", "Intents", report.held() + " held, " + report.broken() + " broken", blocks);
  }

  /** What differs from this design to {@code other}: sessions, route-server routes, effective routes, traces. */
  static Section diff(String self, String other, DiffReport d, List<TraceChange> traces) {
    List<Block> blocks = new ArrayList<>();
    boolean identical = d.isEmpty() && traces.isEmpty();
    blocks.add(Paragraph.of(identical ? "No difference between " + self + " and " + other + "."
        : "Differences from " + self + " (this design) to " + other + ", as arsim diff prints them."));
    if (identical) {
      return new Section("diff", "Difference from " + other, "none", blocks);
    }
    blocks.add(new Table("Sessions", List.of("Speaker", "Peer", "Before", "After"),
        d.sessions().stream().map(s -> Row.of(s.a(), s.b(), s.before(), s.after())).toList(), false));
    List<Row> routes = new ArrayList<>();
    for (RouteChange c : d.routes()) {
      routes.add(Row.toned(c.change() == RouteChange.Change.LOST ? Tone.BAD : Tone.NORMAL, c.node(), c.direction(),
          c.peer(), c.prefix(), c.change().label(), dash(c.before()), dash(c.after()), c.reason()));
    }
    blocks.add(new Table("Route-server routes (learned and advertised)", List.of("Instance", "Direction", "Peer",
        "Prefix", "Change", "Before", "After", "Reason"), routes, false));
    List<Row> nics = new ArrayList<>();
    for (NicChange c : d.nics()) {
      nics.add(Row.of(c.nic(), c.owner(), c.prefix(), c.before().isEmpty() ? "-" : String.join("; ", c.before()),
          c.after().isEmpty() ? "-" : String.join("; ", c.after()), c.reason()));
    }
    blocks.add(new Table("Effective routes", List.of("NIC", "Owner", "Prefix", "Before", "After", "Why"), nics,
        false));
    blocks.add(new Table("Traces (from every VM present in both designs)", List.of("Change", "From", "To", "Before",
        "After"), traces.stream().map(c -> Row.of(c.kind().label(), c.from(), to(c), c.before(), c.after())).toList(),
        false));
    return new Section("diff", "Difference from " + other, d.sessions().size() + " sessions, " + d.routes().size()
        + " routes, " + d.nics().size() + " effective routes, " + traces.size() + " traces", blocks);
  }

  private static String dash(@org.jspecify.annotations.Nullable String s) {
    return s == null ? "-" : s;
  }
}
