package io.arsim.importer.nva;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.problem.Problem;
import io.arsim.core.problem.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * What reading one NVA configuration gave: the model, every problem, and the lines left out as not
 * relevant to routing. Reading never fails on content: each line it does not understand is a
 * warning {@code file:line: TEXT — not understood, ignored}.
 *
 * @param config the configuration
 * @param problems every problem in line order: syntax errors, lines not understood, invalid values,
 *     references to undefined lists and route maps, and one warning per ignored line
 * @param ignoredLines the lines understood but not relevant to routing, in line order
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record NvaParseResult(NvaConfig config, List<Problem> problems, List<IgnoredLine> ignoredLines) {

  /** The code of the warning for a line not understood. */
  public static final String NOT_UNDERSTOOD = "nva-line-not-understood";

  /** The code of the warning for a line understood but not relevant to routing. */
  public static final String IGNORED = "nva-line-ignored";

  public NvaParseResult {
    Objects.requireNonNull(config, "config");
    problems = List.copyOf(problems);
    ignoredLines = List.copyOf(ignoredLines);
  }

  /**
   * The problems for people in a hurry: every problem except the per-line warnings of ignored lines,
   * which become one warning per kind, e.g. "42 lines of crypto configuration ignored (lines 12..80)".
   * {@link #problems()} still lists each ignored line.
   */
  public List<Problem> summary() {
    List<Problem> out = new ArrayList<>();
    for (Problem p : problems) {
      if (!p.code().equals(IGNORED)) {
        out.add(p);
      }
    }
    Map<String, List<IgnoredLine>> byKind =
        ignoredLines.stream().collect(Collectors.groupingBy(IgnoredLine::kind, TreeMap::new, Collectors.toList()));
    byKind.forEach((kind, lines) -> {
      int first = lines.get(0).location().line();
      int last = lines.get(lines.size() - 1).location().line();
      String where = first == last ? "line " + first : "lines " + first + ".." + last;
      out.add(Problem.warning(IGNORED, "",
              lines.size() + " line" + (lines.size() == 1 ? "" : "s") + " of " + kind
                  + " configuration ignored (" + where + "); they do not affect routing",
              "")
          .located(SourceLocation.ofFile(config.file()), ""));
    });
    return List.copyOf(out);
  }

  /** The warnings for lines not understood. */
  public List<Problem> notUnderstood() {
    return problems.stream().filter(p -> p.code().equals(NOT_UNDERSTOOD)).toList();
  }
}
