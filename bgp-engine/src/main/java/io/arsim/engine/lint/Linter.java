package io.arsim.engine.lint;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.engine.spi.Finding;
import io.arsim.engine.spi.LintContext;
import io.arsim.engine.spi.LintRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apiguardian.api.API;

/** Runs lint rules and orders their findings: severity, then rule id, then subject. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Linter {
  private Linter() {}

  /** Every finding of every rule, ordered. */
  public static List<Finding> run(List<LintRule> rules, LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (LintRule rule : rules) {
      findings.addAll(rule.check(context));
    }
    findings.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::rule)
        .thenComparing(Finding::subject).thenComparing(Finding::message));
    return List.copyOf(findings);
  }
}
