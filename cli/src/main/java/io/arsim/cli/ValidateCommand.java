package io.arsim.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arsim.core.problem.Problem;
import io.arsim.core.topology.TopologyException;
import io.arsim.core.topology.file.LoadedTopology;
import io.arsim.core.topology.file.TopologyReader;
import io.arsim.engine.DesignRun;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
        "  arsim validate --output json examples/invalid/dangling-route-table.yaml",
        "",
        "Exit codes: 0 valid, 1 warnings with --strict, 2 errors (bad input)."
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Topology files (.yaml, .yml or .json).")
  List<Path> files;

  @Option(names = "--strict", description = "Treat warnings as failures (exit 1).")
  boolean strict;

  @picocli.CommandLine.Mixin InputOptions input;

  @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table",
      description = "table (default) or json.")
  OutputFormat output;

  @picocli.CommandLine.ParentCommand ArsimCommand parent;

  private final TopologyReader reader;
  private final Provider<DesignRun> run;

  @Inject
  ValidateCommand(TopologyReader reader, Provider<DesignRun> run) {
    this.reader = reader;
    this.run = run;
  }

  @Override
  public Integer call() {
    output.requireTableOrJson("validate");
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int exit = ExitCodes.OK;
    ArrayNode results = JsonNodeFactory.instance.arrayNode();
    for (Path file : files) {
      List<Problem> problems;
      boolean valid;
      try {
        LoadedTopology loaded = reader.read(file);
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
      if (output == OutputFormat.json) {
        results.add(json(file.toString(), valid, problems));
        continue;
      }
      for (Problem problem : problems) {
        err.println(problem.render());
      }
      if (!valid || !parent.quiet || warnings > 0) {
        PrintWriter summary = valid ? out : err;
        summary.println(file + ": " + (valid ? "valid" : "invalid") + " (" + count(errors, "error") + ", "
            + count(warnings, "warning") + ")");
      }
    }
    if (output == OutputFormat.json) {
      ObjectNode root = JsonNodeFactory.instance.objectNode();
      root.set("files", results);
      try {
        out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(root));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
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

  private static ObjectNode json(String file, boolean valid, List<Problem> problems) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("file", file);
    node.put("valid", valid);
    ArrayNode list = node.putArray("problems");
    for (Problem problem : problems) {
      ObjectNode p = list.addObject();
      p.put("severity", problem.severity().label());
      p.put("code", problem.code());
      if (problem.location() != null) {
        p.put("line", problem.location().line());
        p.put("column", problem.location().column());
      }
      p.put("path", problem.path());
      p.put("pointer", problem.pointer());
      p.put("message", problem.message());
      p.put("fix", problem.fix());
    }
    return node;
  }
}
