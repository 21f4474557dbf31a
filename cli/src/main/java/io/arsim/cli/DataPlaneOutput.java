package io.arsim.cli;

import io.arsim.cli.render.TextTable;
import io.arsim.core.topology.Topology;
import io.arsim.engine.bgp.Network;
import io.arsim.engine.diff.DiffReport;
import io.arsim.engine.diff.NicChange;
import io.arsim.engine.diff.RouteChange;
import io.arsim.engine.diff.TraceChange;
import io.arsim.engine.effective.EffectiveRoute;
import io.arsim.engine.failure.Failure;
import io.arsim.engine.failure.FailureSet;
import io.arsim.engine.failure.Failures;
import io.arsim.engine.forwarding.Egress;
import io.arsim.engine.forwarding.NvaRoute;
import io.arsim.engine.trace.BgpForwarding;
import io.arsim.engine.trace.Branch;
import io.arsim.engine.trace.Hop;
import io.arsim.engine.trace.NvaForwarding;
import io.arsim.engine.trace.Outcome;
import io.arsim.engine.trace.RoundTrip;
import io.arsim.engine.trace.Trace;
import io.arsim.engine.trace.Via;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Text renderings shared by trace, whatif, sweep and diff (their JSON: {@link DataPlaneViews}). */
final class DataPlaneOutput {
  private DataPlaneOutput() {}

  /** The failure set the --fail options name; a name nothing answers to is bad input. */
  static FailureSet failures(List<String> names, Topology topology, Network network) {
    List<Failure> failures = new ArrayList<>();
    for (String name : names) {
      try {
        failures.add(Failures.resolve(name, topology, network));
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
    return new FailureSet(failures);
  }

  static void printTrace(PrintWriter out, String title, Trace trace) {
    out.println(title + " " + trace.from() + " (" + trace.fromNic() + ", " + trace.source() + ") -> "
        + trace.destination() + ": " + trace.summary() + (trace.branches().size() > 1 ? " (" + trace.branches().size()
        + " branches: ECMP fans out into each)" : ""));
    int i = 0;
    for (Branch b : trace.branches()) {
      i++;
      out.println();
      out.println("  Branch " + i + " of " + trace.branches().size() + ": " + b.path());
      int n = 0;
      for (Hop hop : b.hops()) {
        n++;
        out.println("    " + n + ". " + hop.nic() + " (" + (hop.owner().equals(hop.nic()) ? "" : hop.owner() + ", ")
            + (hop.nva() ? "NVA, " : "") + hop.address() + ")");
        Via via = hop.via();
        if (via != null) {
          out.println("       through " + via.detail());
        }
        NvaForwarding forwarding = hop.forwarding();
        boolean leftAzure = forwarding != null && !(forwarding.route().egress() instanceof Egress.OutNic);
        if (forwarding != null && worthShowing(hop, forwarding)) {
          out.println("       " + hop.owner() + " routes " + forwarding.route().describe()
              + forwarding.translatedSource().map(a -> ", source translated to " + a).orElse(""));
        }
        BgpForwarding bgp = hop.bgp();
        if (bgp != null) {
          out.println("       " + hop.nic() + " routes " + bgp.describe());
        }
        EffectiveRoute r = hop.taken();
        if (r == null) {
          boolean last = n == b.hops().size();
          if (!leftAzure && bgp == null && !(last && b.outcome() == Outcome.DELIVERED)) {
            out.println("       no matching route");
          }
          continue;
        }
        out.println("       route " + r.prefix() + " -> " + r.nextHopType() + r.nextHopAddress().map(a -> " " + a)
            .orElse("") + " (source " + r.source() + (hop.ecmp() ? "; ECMP: one of " + hop.matched().size()
            + " equal routes" : "") + ")");
        out.println("       from " + r.origin());
      }
      out.println("    => " + b.outcome() + ": " + b.detail());
    }
    if (trace.truncated()) {
      out.println();
      out.println("  (stopped after " + trace.branches().size() + " branches)");
    }
  }

  /**
   * Whether a hop's NVA routing decision is worth a line in the text output: anything but handing the
   * packet back to Azure through the NIC it arrived on by a plain BGP or default route (the classic
   * single-NIC NVA, whose output stays as before). JSON always carries it.
   */
  private static boolean worthShowing(Hop hop, NvaForwarding forwarding) {
    NvaRoute route = forwarding.route();
    if (!(route.egress() instanceof Egress.OutNic out) || !out.nic().name().equals(hop.nic())) {
      return true;
    }
    return forwarding.sourceNat() != null || route.kind() == NvaRoute.Kind.STATIC;
  }

  /** A round trip as text: the forward trace, the return traces, and the verdict on symmetry. */
  static void printRoundTrip(PrintWriter out, RoundTrip r) {
    printTrace(out, "Trace", r.forward());
    out.println();
    if (r.back() != null) {
      printTrace(out, "Return", r.back());
      out.println();
    }
    for (Trace t : r.translated()) {
      printTrace(out, "Return (source translated)", t);
      out.println();
    }
    out.println(verdict(r));
    r.reasons().forEach(reason -> out.println("  " + reason));
  }

  /** The verdict line of a round trip. */
  static String verdict(RoundTrip r) {
    return switch (r.symmetry()) {
      case SYMMETRIC -> "Symmetric: every forward and return path crosses the same stateful NVAs.";
      case ASYMMETRIC -> "Asymmetric:";
      case NO_RETURN -> "No return trace:";
      case UNDECIDED -> "No symmetry verdict: " + (r.forward().reaches()
          ? "the return path does not get back (" + r.returnTrace().map(Trace::summary).orElse("") + ")"
          : "the forward path does not reach its destination (" + r.forward().summary() + ")")
          + ", so there is no round trip to compare.";
    };
  }

  static void printDiff(PrintWriter out, DiffReport d, boolean withDirection) {
    out.println("Sessions");
    if (d.sessions().isEmpty()) {
      out.println("  no change");
    } else {
      TextTable t = new TextTable("Speaker", "Peer", "Before", "After");
      d.sessions().forEach(s -> t.row(s.a(), s.b(), s.before(), s.after()));
      out.print(indent(t.render()));
    }
    out.println();
    out.println(withDirection ? "Route-server routes (learned and advertised)" : "Route-server learned routes");
    if (d.routes().isEmpty()) {
      out.println("  no change");
    } else {
      TextTable t = withDirection
          ? new TextTable("Instance", "Direction", "Peer", "Prefix", "Change", "Before", "After", "Reason")
          : new TextTable("Instance", "Peer", "Prefix", "Change", "Before", "After", "Reason");
      for (RouteChange c : d.routes()) {
        if (withDirection) {
          t.row(c.node(), c.direction(), c.peer(), c.prefix(), c.change().label(), dash(c.before()), dash(c.after()),
              c.reason());
        } else {
          t.row(c.node(), c.peer(), c.prefix(), c.change().label(), dash(c.before()), dash(c.after()), c.reason());
        }
      }
      out.print(indent(t.render()));
    }
    out.println();
    out.println("Effective routes");
    if (d.nics().isEmpty()) {
      out.println("  no change");
    } else {
      for (NicChange c : d.nics()) {
        out.println("  " + c.nic() + " (" + c.owner() + ") " + c.prefix());
        out.println("    before: " + (c.before().isEmpty() ? "-" : String.join("; ", c.before())));
        out.println("    after:  " + (c.after().isEmpty() ? "-" : String.join("; ", c.after())));
        out.println("    why:    " + c.reason());
      }
    }
  }

  static void printTraceChanges(PrintWriter out, List<TraceChange> changes) {
    if (changes.isEmpty()) {
      out.println("  no change");
      return;
    }
    TextTable t = new TextTable("Change", "From", "To", "Before", "After");
    changes.forEach(c -> t.row(c.kind().label(), c.from(), c.to() + (c.to().contains("/") ? " (" + c.address() + ")" : ""),
        c.before(), c.after()));
    out.print(indent(t.render()));
  }

  static String indent(String text) {
    StringBuilder out = new StringBuilder();
    text.lines().forEach(l -> out.append("  ").append(l).append(System.lineSeparator()));
    return out.toString();
  }

  private static String dash(@Nullable String s) {
    return s == null ? "-" : s;
  }
}
