package io.arsim.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.arsim.cli.render.Json;
import io.arsim.engine.diff.WhatIf;
import io.arsim.engine.diff.WhatIfReport;
import io.arsim.engine.failure.Failure;
import io.arsim.engine.failure.FailureSet;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code arsim whatif}: the design with and without failures, and what differs. */
@Command(
    name = "whatif",
    mixinStandardHelpOptions = true,
    description = {
        "Fails elements of a design and shows what changes.",
        "Converges the design with and without the failures and prints: the sessions that go down, "
            + "the routes each route-server instance gains or loses, the effective routes that change on "
            + "each NIC, and the traces that change (from every VM to every other VM and to every prefix "
            + "VMs route through BGP): reachability lost, traffic moving to another hub, or bypassing the "
            + "NVAs. A failure is an NVA, a route server (both instances) or one instance (rs/IN_0), a VNet "
            + "(vnet:NAME: everything in it and its peerings), a session (A,B), an internal load balancer "
            + "(lb:NAME) or any other node by name (extension gateways and circuits, branches). A failed NVA "
            + "fails its load balancer's probe: its flows move to the other backends. Prefix nva:, rs:, "
            + "vnet:, lb: or node: when a name is ambiguous."
    },
    footer = {
        "",
        "Examples:",
        "  arsim whatif examples/s3-failover.yaml --fail nva1",
        "  arsim whatif examples/s1-dual-homed-active-active.yaml --fail rs-spoke/IN_0",
        "  arsim whatif examples/s1-dual-homed-active-active.yaml --fail vnet:hub1 \\",
        "      -f json",
        "  arsim whatif examples/s1-dual-homed-active-active.yaml \\",
        "      --fail nva1,rs-spoke/IN_0",
        "  arsim whatif examples/nva-firewalls-behind-ilb.yaml --fail fw2",
        "  arsim whatif examples/sdwan-tunnels.yaml --fail branch1",
        "",
        "Exit codes: 0 compared, 1 the failed design does not converge, 2 bad input."
    })
@Formats({OutputFormat.table, OutputFormat.json})
final class WhatIfCommand implements Callable<Integer> {

  @Mixin DesignArguments args;

  @Option(names = "--fail", required = true, paramLabel = "NAME",
      description = "An element that fails: NVA, route server, rs/IN_0, vnet:NAME, A,B (a session), lb:NAME or a node;"
          + " repeatable.")
  List<String> fail = new ArrayList<>();


  private final DesignLoader loader;

  @Inject
  WhatIfCommand(DesignLoader loader) {
    this.loader = loader;
  }

  @Override
  public Integer call() {
    Design design = loader.simulate(args.file, args.engine.settings());
    FailureSet failures = DataPlaneOutput.failures(fail, design.topology(), design.network());
    WhatIfReport report = DesignRunException.in(args.fileName(), () -> new WhatIf(design.topology(), design.network(),
        args.engine.settings(), design.state()).run(failures));
    PrintWriter out = args.output.out();
    if (args.json()) {
      out.print(Json.render(new View(design.topology().name(),
          failures.failures().stream().map(Failure::label).toList(), List.copyOf(report.design().downNodes()),
          report.design().downMachines(), DataPlaneViews.DiffView.of(report.diff()),
          DataPlaneViews.TraceChangeView.all(report.traces()), report.lost().size())));
      return ExitCodes.OK;
    }
    out.println("What if " + String.join(" and ", failures.failures().stream().map(Failure::describe).toList())
        + " failed? (design " + design.topology().name() + ")");
    out.println();
    DataPlaneOutput.printDiff(out, report.diff(), false);
    out.println();
    out.println("Traces (from every VM to every other VM and to every prefix VMs route through BGP)");
    DataPlaneOutput.printTraceChanges(out, report.traces());
    out.println();
    out.println("Reachability lost: " + (report.lost().isEmpty() ? "none"
        : String.join(", ", report.lost().stream().map(c -> c.from() + " -> " + c.to()).toList())));
    return ExitCodes.OK;
  }

  /**
   * {@code arsim whatif -f json} (docs/json.md).
   *
   * @param design the design's name
   * @param failures the failed elements, as labels
   * @param downNodes the speakers that are down
   * @param downMachines the VMs and NVAs that are down
   * @param diff sessions, route-server routes and effective routes that change (written inline)
   * @param traces the traced pairs whose outcome changes
   * @param reachabilityLost how many pairs lose reachability
   */
  @JsonPropertyOrder({"design", "failures", "downNodes", "downMachines", "diff", "traces", "reachabilityLost"})
  record View(String design, List<String> failures, List<String> downNodes, Map<String, String> downMachines,
      @JsonUnwrapped DataPlaneViews.DiffView diff, List<DataPlaneViews.TraceChangeView> traces, int reachabilityLost) {}
}
