package io.arsim.engine.lint.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.engine.bgp.SessionState;
import io.arsim.engine.spi.Finding;
import io.arsim.engine.spi.LintContext;
import io.arsim.engine.spi.LintRule;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/** {@code session-down}: a configured BGP session is down after convergence, with the reason. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SessionDownRule implements LintRule {

  @Override
  public String id() {
    return "session-down";
  }

  @Override
  public String description() {
    return "A configured BGP session is down (one-sided, ASN mismatch, unreachable, route limit exceeded).";
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (SessionState s : context.state().sessions()) {
      if (!s.up()) {
        findings.add(Finding.error(id(), s.a() + " - " + s.b(), "session " + s.describe() + " is down: " + s.reason(),
            "fix the cause above; `arsim explain` shows what the session would have carried"));
      }
    }
    return findings;
  }
}
