package io.arsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.topology.Topology;
import io.arsim.engine.diff.DesignDiff;
import io.arsim.engine.diff.TraceChange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Trace differences between two designs: S1 (active/active) against S2 (active/passive). */
class DesignTraceDiffTest {

  @Test
  void activeActiveToActivePassiveMovesTheSpokeTrafficOntoNva1Only() {
    Topology s1 = Scenarios.topology("s1-dual-homed-active-active.yaml");
    Topology s2 = Scenarios.topology("s2-dual-homed-active-passive.yaml");
    List<TraceChange> changes = DesignDiff.traces(s1, Scenarios.converge(s1), s2, Scenarios.converge(s2));
    assertThat(changes).extracting(c -> c.kind().label() + " " + c.from() + " " + c.to() + ": " + c.after())
        .containsExactly(
            "moved vm-spoke 0.0.0.0/0: vm-spoke -> nva1 -> Internet",
            "moved vm-spoke 192.168.0.0/16: vm-spoke -> nva1 -> beyond nva1");
  }

  @Test
  void aDesignComparedWithItselfHasNoTraceChange() {
    Topology s1 = Scenarios.topology("s1-dual-homed-active-active.yaml");
    assertThat(DesignDiff.traces(s1, Scenarios.converge(s1), s1, Scenarios.converge(s1))).isEmpty();
  }
}
