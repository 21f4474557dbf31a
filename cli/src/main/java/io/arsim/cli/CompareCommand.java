package io.arsim.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.arsim.cli.compare.CompareInputException;
import io.arsim.cli.compare.CompareManifest.ObservedFile;
import io.arsim.cli.compare.CompareRow;
import io.arsim.cli.compare.Comparison;
import io.arsim.cli.compare.Difference;
import io.arsim.cli.compare.LoadedManifest;
import io.arsim.cli.compare.ManifestReader;
import io.arsim.cli.compare.Observations;
import io.arsim.cli.compare.Predictions;
import io.arsim.cli.render.Json;
import io.arsim.cli.render.TextTable;
import io.arsim.core.problem.Problem;
import io.arsim.core.topology.file.ReadLimits;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code arsim compare DESIGN --observed DIR}: arsim's prediction next to what a deployment shows
 * (docs/compare.md), row by row, for CI and change windows.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
        "Compares a design's prediction with what the deployment really shows.",
        "The folder holds the outputs of az network routeserver peering list-learned-routes /"
            + " list-advertised-routes (or Get-AzRouteServerPeerLearnedRoute / ...AdvertisedRoute | ConvertTo-Json),"
            + " az network nic show-effective-route-table, az network vnet-gateway list-learned-routes and the NVAs'"
            + " show bgp ipv4 unicast json (FRR) or show ip bgp (IOS-XE), and observed.yaml, which says which file is what (docs/compare.md; its JSON Schema:"
            + " docs/compare-manifest.schema.json). Each row arsim predicts is matched with the deployment's by"
            + " prefix (and next hop or source where a prefix has several): missing, extra, or a different next hop,"
            + " AS path, origin, weight or state, each with the arsim explain command that shows why arsim predicts"
            + " its row. A difference that depends on what the design does not state (the order paths arrived in,"
            + " an address Microsoft assigns) is shown as depends-on, not as drift."
    },
    footer = {
        "",
        "Examples:",
        "  arsim compare examples/s1-dual-homed-active-active.yaml \\",
        "      --observed examples/observed/s1-dual-homed-active-active/match",
        "  arsim compare examples/s1-dual-homed-active-active.yaml \\",
        "      --observed examples/observed/s1-dual-homed-active-active/drift",
        "  arsim compare examples/s5-expressroute-with-as-override.yaml \\",
        "      --observed examples/observed/s5-expressroute-with-as-override -f json",
        "",
        "Exit codes: 0 no drift, 1 drift (or, with --strict, a depends-on),",
        "2 bad input (the design, the manifest or an observed file)."
    })
@Formats({OutputFormat.table, OutputFormat.json})
final class CompareCommand implements Callable<Integer> {

  @Mixin DesignArguments args;

  @Option(names = "--observed", required = true, paramLabel = "DIR",
      description = "The folder of collected outputs, with observed.yaml (docs/compare.md).")
  Path observed;

  @Option(names = "--strict", description = "Count depends-on differences as drift too (exit 1).")
  boolean strict;

  private final DesignLoader loader;

  @Inject
  CompareCommand(DesignLoader loader) {
    this.loader = loader;
  }

  @Override
  public Integer call() {
    ReadLimits limits = args.input.maxInputSize == null ? ReadLimits.defaults()
        : ReadLimits.defaults().withMaxInputBytes(args.input.maxInputSize);
    LoadedManifest manifest = new ManifestReader(limits).read(observed);
    Design design = loader.simulate(args.file, args.engine.settings());
    Predictions predictions = new Predictions(design.topology(), design.network(), design.state());
    List<ObservedFile> files = manifest.manifest().files();
    List<Problem> problems = new ArrayList<>();
    List<List<CompareRow>> predicted = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      predicted.add(predictions.rows(files.get(i), i, problems));
    }
    if (!problems.isEmpty()) {
      throw new CompareInputException(manifest.file(), manifest.locate(problems));
    }
    List<String> warnings = new ArrayList<>();
    String name = design.topology().name();
    if (manifest.manifest().design() != null && !manifest.manifest().design().equals(name)) {
      warnings.add("warning: " + manifest.file() + " was collected from design \"" + manifest.manifest().design()
          + "\", and this is \"" + name + "\"");
    }
    Comparison comparison = new Comparison(predictions.assignedByMicrosoft());
    Observations observations = new Observations(limits);
    List<FileView> fileViews = new ArrayList<>();
    List<Difference> differences = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      ObservedFile entry = files.get(i);
      List<Problem> readerWarnings = new ArrayList<>();
      String at = predicted.get(i).isEmpty() ? explainTarget(entry) : predicted.get(i).get(0).at();
      List<CompareRow> seen = observations.rows(manifest.folder(), entry, at,
          predictions.instanceAddresses(entry), readerWarnings);
      readerWarnings.forEach(p -> warnings.add(p.render()));
      Comparison.Result result = comparison.compare(predicted.get(i), seen);
      differences.addAll(result.differences());
      fileViews.add(new FileView(entry.file(), entry.shows().label(), entry.subject(), result.predicted(),
          result.observed(), result.matching(), result.differences().size()));
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Difference.Kind kind : Difference.Kind.values()) {
      counts.put(kind.label(), (int) differences.stream().filter(d -> d.kind() == kind).count());
    }
    int matching = fileViews.stream().mapToInt(FileView::matching).sum();
    boolean drift = differences.stream().anyMatch(d -> strict || d.isDrift());
    PrintWriter out = args.output.out();
    if (args.json()) {
      List<DifferenceView> views = differences.stream().map(d -> new DifferenceView(d.kind().label(), d.where(),
          d.prefix().toString(), d.key(), d.field(), d.predicted(), d.observed(), d.note(), explain(d))).toList();
      out.print(Json.render(new CompareView(args.fileName(), observed.toString(), drift, matching, counts, fileViews,
          views, warnings)));
    } else {
      print(out, fileViews, differences, warnings, counts, matching, drift);
    }
    return drift ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
  }

  private void print(PrintWriter out, List<FileView> files, List<Difference> differences, List<String> warnings,
      Map<String, Integer> counts, int matching, boolean drift) {
    out.println("Comparing " + args.fileName() + " with " + observed + " (" + files.size()
        + (files.size() == 1 ? " file)" : " files)"));
    warnings.forEach(out::println);
    out.println();
    TextTable fileTable = new TextTable("File", "Shows", "Predicted", "Observed", "Match", "Differences");
    files.forEach(f -> fileTable.row(f.file(), f.subject(), f.predicted(), f.observed(), f.matching(),
        f.differences()));
    out.print(fileTable.render());
    if (!differences.isEmpty()) {
      out.println();
      TextTable table = new TextTable("#", "Difference", "Where", "Prefix", "Key", "Field", "Predicted", "Observed");
      Map<String, List<Integer>> hints = new LinkedHashMap<>();
      Map<String, List<Integer>> notes = new LinkedHashMap<>();
      for (int i = 0; i < differences.size(); i++) {
        Difference d = differences.get(i);
        table.row(i + 1, d.kind().label(), d.where(), d.prefix(), d.key(), d.field(), d.predicted(), d.observed());
        hints.computeIfAbsent(explain(d), k -> new ArrayList<>()).add(i + 1);
        if (!d.note().isEmpty()) {
          notes.computeIfAbsent(d.note(), k -> new ArrayList<>()).add(i + 1);
        }
      }
      out.print(table.render());
      out.println();
      out.println("Why arsim predicts its row:");
      hints.forEach((hint, rows) -> out.println("  " + numbers(rows) + ": " + hint));
      if (!notes.isEmpty()) {
        out.println("Depends on what the design does not state:");
        notes.forEach((note, rows) -> out.println("  " + numbers(rows) + ": " + note));
      }
    }
    out.println();
    int dependsOn = counts.get(Difference.Kind.DEPENDS_ON.label());
    int certain = differences.size() - dependsOn;
    String tail = dependsOn == 0 ? "" : "; " + dependsOn + (dependsOn == 1 ? " difference depends" : " differences"
        + " depend") + " on what the design does not state" + (strict ? " (drift under --strict)" : "");
    if (certain == 0) {
      out.println((drift ? "Drift" : "No drift") + ": " + matching + " rows match" + tail + ".");
    } else {
      out.println("Drift: " + certain + (certain == 1 ? " difference" : " differences") + " ("
          + counts.get("missing") + " missing, " + counts.get("extra") + " extra, " + counts.get("different")
          + " different), " + matching + " rows match" + tail + ".");
    }
  }

  /** Row numbers, runs of three or more as ranges: {@code #1, #2}, {@code #3-#9, #12}. */
  static String numbers(List<Integer> rows) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < rows.size();) {
      int j = i;
      while (j + 1 < rows.size() && rows.get(j + 1) == rows.get(j) + 1) {
        j++;
      }
      if (j - i >= 2) {
        parts.add("#" + rows.get(i) + "-#" + rows.get(j));
      } else {
        for (int k = i; k <= j; k++) {
          parts.add("#" + rows.get(k));
        }
      }
      i = j + 1;
    }
    return String.join(", ", parts);
  }

  /** The explain command that shows why arsim predicts its row (or lacks it). */
  private String explain(Difference d) {
    return "arsim explain " + args.fileName() + " --at " + d.at() + " --prefix " + d.prefix();
  }

  private static String explainTarget(ObservedFile entry) {
    return switch (entry.shows()) {
      case LEARNED_ROUTES, ADVERTISED_ROUTES -> entry.routeServer() + "/IN_0";
      case EFFECTIVE_ROUTES -> entry.vm() != null ? entry.vm() : String.valueOf(entry.nic());
      case BGP_TABLE -> String.valueOf(entry.nva());
      case GATEWAY_LEARNED_ROUTES -> entry.gateway() + "/IN_0";
    };
  }

  /**
   * {@code arsim compare -f json} (docs/json.md).
   *
   * @param design the design as named on the command line
   * @param observed the observed folder
   * @param drift whether the exit code is 1
   * @param matching how many predicted rows the deployment shows exactly
   * @param counts the differences by kind
   * @param files each file with its counts
   * @param differences every difference
   * @param warnings what the readers skipped, a manifest written for another design
   */
  @JsonPropertyOrder({"design", "observed", "drift", "matching", "counts", "files", "differences", "warnings"})
  record CompareView(String design, String observed, boolean drift, int matching, Map<String, Integer> counts,
      List<FileView> files, List<DifferenceView> differences, List<String> warnings) {}

  /**
   * One observed file in {@code -f json}.
   *
   * @param file the file, relative to the folder
   * @param shows the manifest's kind
   * @param subject what it is of
   * @param predicted arsim's rows
   * @param observed the file's rows
   * @param matching the rows that match
   * @param differences the differences found
   */
  @JsonPropertyOrder({"file", "shows", "subject", "predicted", "observed", "matching", "differences"})
  record FileView(String file, String shows, String subject, int predicted, int observed, int matching,
      int differences) {}

  /**
   * One difference in {@code -f json}.
   *
   * @param kind missing, extra, different or depends-on
   * @param where the table
   * @param prefix the prefix
   * @param key the row's key within the prefix
   * @param field the field that differs
   * @param predicted arsim's value or row
   * @param observed the deployment's value or row
   * @param note what a depends-on depends on
   * @param explain the command that shows why arsim predicts its row
   */
  @JsonPropertyOrder({"kind", "where", "prefix", "key", "field", "predicted", "observed", "note", "explain"})
  record DifferenceView(String kind, String where, String prefix, String key, String field, String predicted,
      String observed, String note, String explain) {}
}
