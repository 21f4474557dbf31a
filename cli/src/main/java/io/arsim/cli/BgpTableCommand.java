package io.arsim.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.arsim.cli.render.Json;
import io.arsim.core.bgp.PathAttributes;
import io.arsim.engine.bgp.Candidate;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.NodeState;
import io.arsim.engine.bgp.Selection;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code arsim bgp-table}: an NVA's BGP table like FRR's {@code show bgp ipv4 unicast}. */
@Command(
    name = "bgp-table",
    mixinStandardHelpOptions = true,
    description = {
        "Shows a speaker's BGP table like FRR's 'show bgp ipv4 unicast'.",
        "For an NVA or any speaker (a route-server instance such as rs-spoke/IN_0): best path '>', "
            + "multipath '=', next hop, MED, local preference, weight and AS path."
    },
    footer = {
        "",
        "Examples:",
        "  arsim bgp-table examples/s1-dual-homed-active-active.yaml --nva nva1",
        "  arsim bgp-table examples/s1-dual-homed-active-active.yaml \\",
        "      --speaker rs-spoke/IN_0"
    })
@Formats({OutputFormat.table, OutputFormat.json, OutputFormat.tsv})
final class BgpTableCommand implements Callable<Integer> {

  @Mixin DesignArguments args;

  @Option(names = {"--nva", "--speaker"}, required = true, paramLabel = "NAME",
      description = "The NVA, or any speaker such as a route-server instance (rs-spoke/IN_0).")
  String speaker;


  private final DesignLoader loader;

  @Inject
  BgpTableCommand(DesignLoader loader) {
    this.loader = loader;
  }

  @Override
  public Integer call() {
    Design design = loader.simulate(args.file, args.engine.settings());
    Node node = design.network().node(speaker).orElseThrow(() -> new UsageException("no speaker named \"" + speaker
        + "\" in " + args.fileName() + "; " + RoutesCommand.known(design.network().nodes().stream().map(Node::name).toList(),
        speaker)));
    NodeState state = design.state().node(node.name()).orElseThrow();
    PrintWriter out = args.output.out();
    if (args.json()) {
      List<PathView> paths = new ArrayList<>();
      for (Selection s : state.table().values()) {
        for (Candidate c : candidates(s)) {
          paths.add(PathView.of(s, c));
        }
      }
      out.print(Json.render(paths));
      return ExitCodes.OK;
    }
    if (args.tsv()) {
      io.arsim.cli.render.TextTable rows = new io.arsim.cli.render.TextTable("Status", "Network", "Next Hop", "Metric",
          "LocPrf", "Weight", "Path");
      for (Selection s : state.table().values()) {
        for (Candidate c : candidates(s)) {
          PathAttributes a = c.route().attributes();
          rows.row(status(s, c).strip(), s.prefix(), a.nextHop(),
              a.hasMed() ? Long.toString(a.med()) : "", c.isLocal() ? "" : Long.toString(a.localPreference()),
              c.weight(), (a.asPath().isEmpty() ? "" : a.asPath() + " ") + a.origin().code());
        }
      }
      out.print(rows.renderTsv());
      return ExitCodes.OK;
    }
    out.println("BGP table of " + node.name() + ", local router ID is " + node.routerId() + ", local AS " + node.asn());
    out.println("Default local pref 100");
    out.println("Status codes:  * valid, > best, = multipath, ~ best depends on the order paths arrived in");
    out.println("Origin codes:  i - IGP, e - EGP, ? - incomplete");
    out.println();
    out.println(String.format("    %-18s %-16s %6s %6s %6s %s", "Network", "Next Hop", "Metric", "LocPrf", "Weight",
        "Path"));
    int paths = 0;
    int dependent = 0;
    for (Selection s : state.table().values()) {
      boolean first = true;
      dependent += s.arrivalOrderDependent() ? 1 : 0;
      for (Candidate c : candidates(s)) {
        PathAttributes a = c.route().attributes();
        String status = status(s, c);
        String path = (a.asPath().isEmpty() ? "" : a.asPath() + " ") + a.origin().code();
        out.println(String.format("%-3s %-18s %-16s %6s %6s %6d %s", status, first ? s.prefix() : "",
            a.nextHop(), a.hasMed() ? Long.toString(a.med()) : "", c.isLocal() ? "" : Long.toString(a.localPreference()),
            c.weight(), path).stripTrailing());
        first = false;
        paths++;
      }
    }
    out.println();
    out.println("Displayed " + state.table().size() + " routes and " + paths + " total paths");
    if (dependent > 0) {
      out.println(dependent + (dependent == 1 ? " route has" : " routes have") + " a best path (~) that depends on the"
          + " order equal eBGP paths arrived in: FRR and Cisco keep the oldest, arsim shows the lowest router id;"
          + " 'arsim explain' lists the tied paths, the NVA's arrivalOrder pins the order");
    }
    return ExitCodes.OK;
  }

  /** FRR's status column, {@code ~} marking the paths whose order of arrival decides the best. */
  static String status(Selection s, Candidate c) {
    return "*" + (s.primary() == c ? ">" : s.isSelected(c) ? "=" : " ") + (tiedOnArrival(s, c) ? "~" : "");
  }

  /** Whether {@code c} is the best path or one of the paths tied with it on arrival order. */
  private static boolean tiedOnArrival(Selection s, Candidate c) {
    return s.arrivalOrderDependent() && (s.primary() == c || s.arrivalOrderAlternatives().contains(c));
  }

  static List<Candidate> candidates(Selection s) {
    List<Candidate> all = new ArrayList<>(s.best());
    all.addAll(s.lost().keySet());
    return all;
  }

  /**
   * One path of the table as {@code arsim bgp-table -f json} prints it (docs/json.md).
   *
   * @param network the prefix
   * @param best whether it is the best path
   * @param multipath whether it is selected beside the best one (ECMP)
   * @param nextHop its next hop
   * @param from the neighbour it came from
   * @param localPreference its local preference
   * @param weight its weight
   * @param asPath its AS path
   * @param origin its origin code
   * @param lostAt the decision step that ruled it out, if it is not selected
   * @param arrivalOrderDependent whether it is the best path or tied with it on arrival order
   */
  @JsonPropertyOrder({"network", "best", "multipath", "nextHop", "from", "localPreference", "weight", "asPath", "origin",
      "lostAt", "arrivalOrderDependent"})
  record PathView(String network, boolean best, boolean multipath, String nextHop, String from, long localPreference,
      int weight, String asPath, String origin, @org.jspecify.annotations.Nullable String lostAt,
      boolean arrivalOrderDependent) {

    static PathView of(Selection s, Candidate c) {
      PathAttributes a = c.route().attributes();
      return new PathView(s.prefix().toString(), s.primary() == c, s.isSelected(c) && s.primary() != c,
          a.nextHop().toString(), c.peer(), a.localPreference(), c.weight(), a.asPath().toString(), a.origin().code(),
          s.lost().containsKey(c) ? s.lost().get(c).label() : null, tiedOnArrival(s, c));
    }
  }
}
