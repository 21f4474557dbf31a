package io.arsim.importer.nva.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.core.problem.Problem;
import io.arsim.core.problem.SourceLocation;
import io.arsim.importer.nva.IgnoredLine;
import io.arsim.importer.nva.NvaParseResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apiguardian.api.API;

/** Collects the problems and ignored lines of one configuration file. */
@API(status = INTERNAL, since = "0.2")
public final class ConfigReport {
  private final String file;
  private final List<Problem> problems = new ArrayList<>();
  private final List<IgnoredLine> ignored = new ArrayList<>();

  public ConfigReport(String file) {
    this.file = file;
  }

  public String file() {
    return file;
  }

  /** The location of {@code line} (and {@code column}, 0 when not known) in this file. */
  public SourceLocation at(int line, int column) {
    return new SourceLocation(file, line, column);
  }

  /** The location of {@code line} in this file. */
  public SourceLocation at(int line) {
    return new SourceLocation(file, line, 0);
  }

  /** A line the parser does not understand: {@code file:line: TEXT — not understood, ignored}. */
  public void notUnderstood(int line, String text) {
    warn(NvaParseResult.NOT_UNDERSTOOD, line, 0, "\"" + text + "\" — not understood, ignored",
        "check the statement's spelling; statements arsim does not model do not change the simulation");
  }

  /** A line understood but not relevant to routing. */
  public void ignored(String kind, int line, String text) {
    ignored.add(new IgnoredLine(kind, text, at(line)));
    warn(NvaParseResult.IGNORED, line, 0, "\"" + text + "\" — " + kind + " configuration, not relevant to routing, ignored", "");
  }

  /** A warning at {@code line:column}. */
  public void warn(String code, int line, int column, String message, String fix) {
    problems.add(Problem.warning(code, "", message, fix).located(at(line, column), ""));
  }

  /** The problems so far, in line order (stable for problems on one line). */
  public List<Problem> problems() {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt((Problem p) -> p.location() == null ? 0 : p.location().line())
        .thenComparingInt(p -> p.location() == null ? 0 : p.location().column()));
    return sorted;
  }

  /** The ignored lines so far, in line order. */
  public List<IgnoredLine> ignoredLines() {
    List<IgnoredLine> sorted = new ArrayList<>(ignored);
    sorted.sort(Comparator.comparingInt(l -> l.location().line()));
    return sorted;
  }
}
