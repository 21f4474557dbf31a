package io.arsim.engine.lint.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.engine.spi.LintRule;
import java.util.List;
import org.apiguardian.api.API;

/** The engine's own lint rules. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BuiltInLintRules {
  private BuiltInLintRules() {}

  /** Every built-in rule. */
  public static List<LintRule> all() {
    return List.of(new MissingAsOverrideRule(), new NvaRouteToItselfRule(), new SingleInstancePeeringRule(),
        new SessionDownRule(), new GatewaySubnetRouteTableRule(), new ApplianceNextHopRule(),
        new StatefulActiveActiveRule(),
        new RouteServerMultihopRule());
  }
}
