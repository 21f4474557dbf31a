package io.arsim.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arsim.cli.render.Json;
import io.arsim.cli.render.TextTable;
import io.arsim.engine.intent.Expectation;
import io.arsim.engine.intent.FailureScope;
import io.arsim.engine.intent.Intent;
import io.arsim.engine.intent.IntentReport;
import io.arsim.engine.intent.IntentResult;
import io.arsim.engine.intent.IntentViolation;
import io.arsim.engine.trace.Trace;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

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

  static ObjectNode json(IntentReport report, String designFile) {
    ObjectNode root = Json.object();
    root.put("design", report.design()).put("intents", report.file()).put("passed", report.passed())
        .put("held", report.held()).put("broken", report.broken()).put("scenarios", report.scenarios());
    report.warnings().forEach(root.putArray("warnings")::add);
    if (report.warnings().isEmpty()) {
      root.putArray("warnings");
    }
    ArrayNode results = root.putArray("results");
    for (IntentResult r : report.results()) {
      Intent i = r.intent();
      ObjectNode o = results.addObject();
      o.put("name", i.name()).put("from", i.from()).put("to", i.to()).put("expect", i.expect().label());
      o.putPOJO("through", i.through());
      o.putPOJO("notThrough", i.notThrough());
      o.put("symmetric", i.symmetric()).put("under", r.under().describe());
      o.putPOJO("failed", i.failed());
      o.put("held", r.held())
          .put("scenarios", r.scenarios()).put("checked", r.checked()).put("skipped", r.skipped());
      ArrayNode violations = o.putArray("violations");
      for (IntentViolation v : r.violations()) {
        ObjectNode vo = violations.addObject();
        vo.putPOJO("failed", v.failed());
        vo.put("from", v.from()).put("to", v.to()).put("address", v.address().toString()).put("problem", v.problem());
        if (v.trace() == null) {
          vo.putNull("trace");
        } else {
          vo.putPOJO("trace", DataPlaneViews.TraceView.of(v.trace()));
        }
        if (v.roundTrip() == null) {
          vo.putNull("roundTrip");
        } else {
          vo.putPOJO("roundTrip", DataPlaneViews.RoundTripView.of(v.roundTrip()));
        }
        vo.put("traceCommand", traceCommand(v, designFile, i.symmetric()));
        String explain = explainCommand(v, designFile);
        if (explain.isEmpty()) {
          vo.putNull("explainCommand");
        } else {
          vo.put("explainCommand", explain);
        }
      }
    }
    return root;
  }
}
