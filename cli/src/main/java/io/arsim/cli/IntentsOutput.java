package io.arsim.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.arsim.cli.render.TextTable;
import io.arsim.engine.intent.Expectation;
import io.arsim.engine.intent.FailureScope;
import io.arsim.engine.intent.Intent;
import io.arsim.engine.intent.IntentReport;
import io.arsim.engine.intent.IntentResult;
import io.arsim.engine.intent.IntentViolation;
import io.arsim.engine.trace.RoundTrip;
import io.arsim.engine.trace.Trace;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The text and JSON of {@code arsim check} (docs/intents.md, docs/json.md). */
final class IntentsOutput {
  /** How many violations of a broken intent the text shows without {@code --all}. */
  static final int SHOWN = 3;

  private IntentsOutput() {}

  static void print(PrintWriter out, IntentReport report, String designFile, boolean all) {
    out.println("Intents " + report.file() + " on design " + report.design() + ": " + report.held() + " of "
        + report.results().size() + " hold" + (report.broken() == 0 ? "" : ", " + report.broken() + " broken")
        + " (" + report.scenarios() + (report.scenarios() == 1 ? " design run: nothing failed)"
            : " design runs: nothing failed, and " + (report.scenarios() - 1) + " failure scenario"
                + (report.scenarios() == 2 ? "" : "s") + ")"));
    report.warnings().forEach(w -> out.println("warning: " + w));
    out.println();
    TextTable table = new TextTable("Result", "Intent", "What", "Checked");
    for (IntentResult r : report.results()) {
      table.row(r.held() ? "held" : "BROKEN", r.intent().name(), what(r), checked(r));
    }
    out.print(table.render());
    for (IntentResult r : report.results()) {
      if (r.held()) {
        continue;
      }
      out.println();
      out.println("BROKEN " + r.intent().name() + ": " + what(r));
      // The same problem in several runs is shown once, with the runs it happens in.
      java.util.Map<String, List<IntentViolation>> groups = new java.util.LinkedHashMap<>();
      r.violations().forEach(v -> groups.computeIfAbsent(v.from() + "\u0000" + v.to() + "\u0000" + v.problem(),
          k -> new ArrayList<>()).add(v));
      List<List<IntentViolation>> shown = all ? List.copyOf(groups.values())
          : groups.values().stream().limit(SHOWN).toList();
      for (List<IntentViolation> group : shown) {
        IntentViolation v = group.get(0);
        out.println("  " + scenarios(group) + ": " + v.from() + " -> " + v.to() + ": " + v.problem());
        if (v.trace() != null && !v.problem().contains(" -> ")) {
          out.println("    path:    " + paths(v.trace()));
        }
        out.println("    trace:   " + traceCommand(v, designFile, r.intent().symmetric()));
        String explain = explainCommand(v, designFile);
        if (!explain.isEmpty()) {
          out.println("    explain: " + explain);
        }
      }
      if (shown.size() < groups.size()) {
        out.println("  ... and " + (groups.size() - shown.size()) + " more (--all shows them, -o json lists every"
            + " violation with its trace)");
      }
    }
  }

  /** "with nothing failed", "with nva1 failed", "with nothing failed, and with nva1, nva2 or 3 more failed". */
  private static String scenarios(List<IntentViolation> group) {
    boolean base = group.get(0).failed().isEmpty();
    List<String> failures = group.stream().filter(v -> !v.failed().isEmpty())
        .map(v -> String.join(" + ", v.failed())).toList();
    if (failures.isEmpty()) {
      return "with nothing failed";
    }
    String listed = failures.size() <= 4 ? join(failures)
        : String.join(", ", failures.subList(0, 3)) + " or " + (failures.size() - 3) + " more";
    return (base ? "with nothing failed, and with " : "with ") + listed + " failed";
  }

  private static String join(List<String> items) {
    return items.size() == 1 ? items.get(0)
        : String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
  }

  /** "vm-spoke -> internet, through nva1 or nva2, under any-single-failure". */
  static String what(IntentResult r) {
    Intent i = r.intent();
    StringBuilder out = new StringBuilder(i.from()).append(" -> ").append(i.to());
    if (i.expect() == Expectation.ISOLATED) {
      out.append(", isolated");
    }
    if (!i.through().isEmpty()) {
      out.append(", through ").append(String.join(" or ", i.through()));
    }
    if (!i.notThrough().isEmpty()) {
      out.append(", not through ").append(String.join(" nor ", i.notThrough()));
    }
    if (i.symmetric()) {
      out.append(", symmetric");
    }
    if (!i.failed().isEmpty()) {
      out.append(", with ").append(String.join(" + ", i.failed())).append(" failed");
    }
    if (r.under().kind() != FailureScope.Kind.NONE) {
      String under = r.under().describe();
      out.append(", under ").append(under.length() <= 40 ? under : r.under().failures().size() + " listed failures");
    }
    return out.toString();
  }

  private static String checked(IntentResult r) {
    return r.checked() + " trace" + (r.checked() == 1 ? "" : "s") + " in " + r.scenarios() + " run"
        + (r.scenarios() == 1 ? "" : "s") + (r.skipped() == 0 ? "" : " (" + r.skipped() + " skipped: the failure"
            + " takes the endpoint down)");
  }

  static String paths(Trace trace) {
    List<String> paths = new ArrayList<>();
    trace.branches().forEach(b -> {
      String p = b.path() + (b.outcome().reaches() ? "" : " (" + b.outcome().name().toLowerCase(java.util.Locale.ROOT)
          .replace('_', ' ') + ")");
      if (!paths.contains(p)) {
        paths.add(p);
      }
    });
    return paths.isEmpty() ? "-" : String.join(" | ", paths);
  }

  /** "arsim trace DESIGN --from vm-spoke --to 172.16.0.1 --fail nva1". */
  static String traceCommand(IntentViolation v, String designFile, boolean back) {
    StringBuilder out = new StringBuilder("arsim trace ").append(designFile).append(" --from ").append(v.traceFrom())
        .append(" --to ").append(v.address());
    if (back) {
      out.append(" --return");
    }
    v.failed().forEach(f -> out.append(" --fail ").append(f));
    return out.toString();
  }

  /** "arsim explain DESIGN --at vm-spoke-nic --prefix 172.16.0.0/16", or empty. */
  static String explainCommand(IntentViolation v, String designFile) {
    if (v.explainAt() == null || v.explainPrefix() == null || !v.failed().isEmpty()) {
      return "";
    }
    return "arsim explain " + designFile + " --at " + v.explainAt() + " --prefix " + v.explainPrefix();
  }

  /** The report as {@code arsim check -f json} prints it (docs/json.md). */
  static ReportView json(IntentReport report, String designFile) {
    return new ReportView(report.design(), report.file(), report.passed(), report.held(), report.broken(),
        report.scenarios(), List.copyOf(report.warnings()),
        report.results().stream().map(r -> ResultView.of(r, designFile)).toList());
  }

  /** The whole check: which design and intents file, how many intents held, and each result. */
  @JsonPropertyOrder({"design", "intents", "passed", "held", "broken", "scenarios", "warnings", "results"})
  record ReportView(String design, String intents, boolean passed, long held, long broken, int scenarios,
      List<String> warnings, List<ResultView> results) {}

  /** One intent as written, whether it held, how much was checked, and every violation. */
  @JsonPropertyOrder({"name", "from", "to", "expect", "through", "notThrough", "symmetric", "under", "failed", "held",
      "scenarios", "checked", "skipped", "violations"})
  record ResultView(String name, String from, String to, String expect, List<String> through,
      List<String> notThrough, boolean symmetric, String under, List<String> failed, boolean held, int scenarios,
      int checked, int skipped, List<ViolationView> violations) {

    static ResultView of(IntentResult r, String designFile) {
      Intent i = r.intent();
      return new ResultView(i.name(), i.from(), i.to(), i.expect().label(), List.copyOf(i.through()),
          List.copyOf(i.notThrough()), i.symmetric(), r.under().describe(), List.copyOf(i.failed()), r.held(),
          r.scenarios(), r.checked(), r.skipped(),
          r.violations().stream().map(v -> ViolationView.of(v, designFile, i.symmetric())).toList());
    }
  }

  /** One violation: in which run, between which endpoints, the problem, its trace and the commands to look closer. */
  @JsonPropertyOrder({"failed", "from", "to", "address", "problem", "trace", "roundTrip", "traceCommand",
      "explainCommand"})
  record ViolationView(List<String> failed, String from, String to, String address, String problem,
      DataPlaneViews.@Nullable TraceView trace, DataPlaneViews.@Nullable RoundTripView roundTrip, String traceCommand,
      @Nullable String explainCommand) {

    static ViolationView of(IntentViolation v, String designFile, boolean symmetric) {
      Trace trace = v.trace();
      RoundTrip roundTrip = v.roundTrip();
      String explain = IntentsOutput.explainCommand(v, designFile);
      return new ViolationView(List.copyOf(v.failed()), v.from(), v.to(), v.address().toString(), v.problem(),
          trace == null ? null : DataPlaneViews.TraceView.of(trace),
          roundTrip == null ? null : DataPlaneViews.RoundTripView.of(roundTrip),
          IntentsOutput.traceCommand(v, designFile, symmetric), explain.isEmpty() ? null : explain);
    }
  }
}
