package io.arsim.engine;

import static io.arsim.engine.Tiny.ip;
import static io.arsim.engine.Tiny.px;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.arsim.core.bgp.Asn;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.EngineSettings;
import io.arsim.engine.bgp.Neighbor;
import io.arsim.engine.bgp.NeighborSettings;
import io.arsim.engine.bgp.Network;
import io.arsim.engine.convergence.NetworkBuilder;
import io.arsim.engine.convergence.NonConvergenceException;
import io.arsim.engine.convergence.Simulation;
import io.arsim.policy.catalog.ConfiguredPolicy;
import io.arsim.policy.catalog.PolicyChain;
import io.arsim.policy.spi.PolicyResult;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Griffin, Shepherd and Wilfong's "bad gadget" (The stable paths problem and interdomain routing,
 * 2002): three ASes around an origin, each preferring the two-hop path through its clockwise
 * neighbour over its direct path. There is no stable state, so a run must stop with
 * {@link NonConvergenceException} instead of looping. The "good gadget" with consistent
 * preferences converges.
 */
class BadGadgetTest {
  static final String PREFIX = "10.99.0.0/16";

  /** nva0 (AS 65000, 10.0.0.10) originates PREFIX; nva1..3 (AS 6500i, 10.0.0.1i) all peer with each other and nva0. */
  private static Network gadget(Set<Integer> preferClockwise) {
    NetworkBuilder b = new NetworkBuilder();
    Tiny.nva(b, "nva0", 65000, "10.0.0.10", PREFIX);
    for (int i = 1; i <= 3; i++) {
      Tiny.nva(b, "nva" + i, 65000 + i, "10.0.0.1" + i);
    }
    List<String> names = List.of("nva0", "nva1", "nva2", "nva3");
    for (int i = 0; i <= 3; i++) {
      for (int j = 0; j <= 3; j++) {
        if (i == j) {
          continue;
        }
        List<ConfiguredPolicy> chain = i > 0 && j == clockwise(i) && preferClockwise.contains(i)
            ? List.of(preferTwoHopVia(65000 + j)) : List.of();
        b.addNeighbor(names.get(i), new Neighbor(names.get(j), ip("10.0.0.1" + i), ip("10.0.0.1" + j),
            Asn.of(65000 + j), NeighborSettings.NONE, new PolicyChain(chain), PolicyChain.EMPTY));
      }
    }
    return b.build();
  }

  private static int clockwise(int i) {
    return i % 3 + 1;
  }

  /**
   * Import policy from the clockwise neighbour: its direct path [cw 65000] gets local preference
   * 200 (above the direct path's 100). The gadget permits no longer path through the neighbour, so
   * those get 50, below the direct path.
   */
  private static ConfiguredPolicy preferTwoHopVia(long clockwiseAsn) {
    return new ConfiguredPolicy("prefer-" + clockwiseAsn, "test-local-pref", (context, route) -> {
      var path = route.attributes().asPath();
      boolean viaClockwise = path.first().filter(a -> a.value() == clockwiseAsn).isPresent();
      long preference = !viaClockwise ? route.attributes().localPreference() : path.length() == 2 ? 200 : 50;
      return PolicyResult.accept(route.withAttributes(
          route.attributes().toBuilder().localPreference(preference).build()));
    });
  }

  @Test
  void theBadGadgetDoesNotConvergeAndTheRunSaysWhere() {
    Network network = gadget(Set.of(1, 2, 3));
    assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
        assertThatThrownBy(() -> Simulation.converge(network, EngineSettings.defaults()))
            .isInstanceOfSatisfying(NonConvergenceException.class, e -> {
              assertThat(e.prefixes()).containsExactly(px(PREFIX));
              assertThat(e.nodes()).containsExactly("nva1", "nva2", "nva3");
              assertThat(e.getMessage()).contains("does not converge", PREFIX, "nva1", "nva2", "nva3",
                  "dispute wheel");
              assertThat(e.getMessage()).doesNotContain("(limit reached)");
              // Synchronous rounds: all three take the two-hop path, then all fall back to the
              // direct path because the neighbour's path is now three hops, and so on.
              assertThat(e.getMessage()).contains("repeats every 2 rounds");
            }));
  }

  @Test
  void theBadGadgetStopsWithinTheRoundLimit() {
    Network network = gadget(Set.of(1, 2, 3));
    int max = Simulation.maxRounds(network, EngineSettings.defaults());
    assertThatThrownBy(() -> Simulation.converge(network, EngineSettings.defaults()))
        .isInstanceOf(NonConvergenceException.class)
        .hasMessageMatching("(?s)the network does not converge: after (\\d+) rounds.*")
        .satisfies(e -> {
          java.util.regex.Matcher m = java.util.regex.Pattern.compile("after (\\d+) rounds").matcher(e.getMessage());
          assertThat(m.find()).isTrue();
          assertThat(Integer.parseInt(m.group(1))).isLessThanOrEqualTo(max);
        });
  }

  @Test
  void aGoodGadgetWithConsistentPreferencesConverges() {
    // Only nva1 prefers the path through nva2; nva2 and nva3 keep the default (shortest path).
    ConvergedState state = Simulation.converge(gadget(Set.of(1)), EngineSettings.defaults());
    assertThat(Scenarios.table(state, "nva1")).first().isEqualTo(PREFIX + ": nva2 [65002 65000] best");
    assertThat(Scenarios.table(state, "nva2")).first().isEqualTo(PREFIX + ": nva0 [65000] best");
    assertThat(Scenarios.table(state, "nva3")).first().isEqualTo(PREFIX + ": nva0 [65000] best");
  }
}
