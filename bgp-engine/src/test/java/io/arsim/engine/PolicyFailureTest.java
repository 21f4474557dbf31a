package io.arsim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.Topology;
import io.arsim.engine.bgp.EngineSettings;
import io.arsim.engine.convergence.Simulation;
import io.arsim.policy.catalog.ConfiguredPolicy;
import io.arsim.policy.catalog.PolicyEvaluationException;
import io.arsim.policy.spi.PolicyResult;
import io.arsim.policy.spi.RoutingPolicy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A plugin that fails stops the run with an error naming the plugin, the session and the route. */
class PolicyFailureTest {
  private final Topology topology = Scenarios.topology("s2-dual-homed-active-passive.yaml");

  private Runnable run(RoutingPolicy policy) {
    EngineSettings settings = EngineSettings.defaults();
    return () -> Simulation.converge(new NetworkFactory(List.of(), settings)
        .build(topology, Map.of("prepend-nva2", new ConfiguredPolicy("prepend-nva2", "as-path-prepend", policy))),
        settings);
  }

  @Test
  void aPolicyThatThrowsIsNamedWithItsSessionAndRoute() {
    assertThatThrownBy(() -> run((context, route) -> {
      throw new IllegalStateException("boom");
    }).run())
        .isInstanceOf(PolicyEvaluationException.class)
        .hasMessageContaining("policy `prepend-nva2` (plugin as-path-prepend) failed on nva2 -> rs-spoke/IN_0 (export)")
        .hasMessageContaining("for route 0.0.0.0/0")
        .hasMessageContaining("IllegalStateException: boom")
        .hasMessageContaining("fix or remove the plugin");
  }

  @Test
  void aPolicyThatChangesThePrefixIsRejected() {
    RoutingPolicy wrong = (context, route) -> PolicyResult.accept(
        new BgpRoute(Ipv4Prefix.parse("203.0.113.0/24"), route.receivedFrom(), route.attributes()));
    assertThatThrownBy(() -> run(wrong).run())
        .isInstanceOf(PolicyEvaluationException.class)
        .hasMessageContaining("it changed the prefix to 203.0.113.0/24; a policy may change path attributes only");
  }

  @Test
  void aPolicyThatReturnsNothingIsRejected() {
    assertThatThrownBy(() -> run((context, route) -> null).run())
        .isInstanceOf(PolicyEvaluationException.class)
        .hasMessageContaining("it returned null");
  }

  @Test
  void aFailedRunLeavesNoStateBehindAndTheSameDesignStillConverges() {
    assertThatThrownBy(() -> run((context, route) -> {
      throw new IllegalStateException("boom");
    }).run()).isInstanceOf(PolicyEvaluationException.class);
    assertThat(Scenarios.converge(topology).sessions()).hasSize(4);
  }
}
