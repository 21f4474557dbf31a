package io.arsim.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.arsim.cli.render.Json;
import io.arsim.core.problem.Problem;
import io.arsim.core.topology.TopologyException;
import io.arsim.core.topology.file.LoadedTopology;
import io.arsim.engine.DesignRun;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code arsim validate FILE...}: reads and checks topology files, reporting every problem. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
        "Checks topology files against the format and Azure's rules.",
        "Reads them strictly and checks them against Azure's documented rules, and checks each "
            + "policy's type and config against the plugins found (built-in and --plugins DIR). Every "
            + "problem is reported at once as file:line:column, what is wrong, and how to fix it."
    },
    footer = {
        "",
        "Examples:",
        "  arsim validate examples/s1-dual-homed-active-active.yaml",
        "  arsim validate --strict examples/*.yaml",
        "  arsim validate -f json examples/invalid/dangling-route-table.yaml",
        "  arsim validate - < examples/s1-dual-homed-active-active.yaml",
        "",
        "Exit codes: 0 valid, 1 warnings with --strict, 2 errors (bad input)."
    })
@Formats({OutputFormat.table, OutputFormat.json})
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "Topology files (.yaml, .yml or .json); - reads one from standard input.")
  List<Path> files;

  @Option(names = "--strict", description = "Treat warnings as failures (exit 1).")
  boolean strict;

  @picocli.CommandLine.Mixin InputOptions input;

  @picocli.CommandLine.Mixin OutputOptions output;

  @picocli.CommandLine.ParentCommand ArsimCommand parent;

  private final DesignLoader loader;
  private final Provider<DesignRun> run;

  @Inject
  ValidateCommand(DesignLoader loader, Provider<DesignRun> run) {
    this.loader = loader;
    this.run = run;
  }

  @Override
  public Integer call() {
    PrintWriter out = output.out();
    PrintWriter err = spec.commandLine().getErr();
    int exit = ExitCodes.OK;
    List<FileView> results = new ArrayList<>();
    for (Path file : files) {
      String name = StandardInput.display(file);
      List<Problem> problems;
      boolean valid;
      try {
        LoadedTopology loaded = loader.load(file);
        problems = loaded.warnings();
        valid = true;
        // Unknown policy types, bad configs, chains of the wrong direction and the plugins' own
        // warnings about configs; NVAs' unknown vendor profiles; all located.
        DesignRun designRun = run.get();
        List<Problem> found = new ArrayList<>(designRun.catalog().check(loaded.topology(), loaded.locations())
            .problems());
        designRun.vendorProfiles().check(loaded.topology()).forEach(p -> found.add(loaded.locations().locate(p)));
        if (!found.isEmpty()) {
          problems = merge(loaded.warnings(), found);
          valid = found.stream().noneMatch(Problem::isError);
        }
      } catch (TopologyException e) {
        problems = e.problems();
        valid = false;
      }
      long errors = problems.stream().filter(Problem::isError).count();
      long warnings = problems.size() - errors;
      if (!valid) {
        exit = Math.max(exit, ExitCodes.BAD_INPUT);
      } else if (strict && warnings > 0) {
        exit = Math.max(exit, ExitCodes.CHECK_FAILED);
      }
      if (output.format() == OutputFormat.json) {
        results.add(new FileView(name, valid, problems.stream().map(ProblemView::of).toList()));
        continue;
      }
      for (Problem problem : problems) {
        err.println(problem.render());
      }
      if (!valid || !parent.quiet || warnings > 0) {
        PrintWriter summary = valid ? out : err;
        summary.println(name + ": " + (valid ? "valid" : "invalid") + " (" + count(errors, "error") + ", "
            + count(warnings, "warning") + ")");
      }
    }
    if (output.format() == OutputFormat.json) {
      out.print(Json.render(new View(results)));
    }
    return exit;
  }

  private static List<Problem> merge(List<Problem> warnings, List<Problem> errors) {
    List<Problem> all = new java.util.ArrayList<>(warnings);
    all.addAll(errors);
    all.sort(java.util.Comparator.comparingInt((Problem p) -> p.location() == null ? 0 : p.location().line())
        .thenComparingInt(p -> p.location() == null ? 0 : p.location().column()));
    return all;
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** {@code arsim validate -f json} (docs/json.md): one entry per file argument, in order. */
  record View(List<FileView> files) {}

  /**
   * One file: whether it is valid and its problems.
   *
   * @param file the file as messages name it (the path as given, {@code <stdin>} for {@code -})
   * @param valid false when the file has at least one error
   * @param problems its errors and warnings
   */
  @JsonPropertyOrder({"file", "valid", "problems"})
  record FileView(String file, boolean valid, List<ProblemView> problems) {}

  /** One problem; {@code line} and {@code column} are left out when it has no place in the file. */
  @JsonPropertyOrder({"severity", "code", "line", "column", "path", "pointer", "message", "fix"})
  record ProblemView(String severity, String code, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer line,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer column, String path, String pointer, String message,
      String fix) {

    static ProblemView of(Problem problem) {
      return new ProblemView(problem.severity().label(), problem.code(),
          problem.location() == null ? null : problem.location().line(),
          problem.location() == null ? null : problem.location().column(), problem.path(), problem.pointer(),
          problem.message(), problem.fix());
    }
  }
}
