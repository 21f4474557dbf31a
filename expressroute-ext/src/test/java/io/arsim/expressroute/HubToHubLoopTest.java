package io.arsim.expressroute;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.net.Ipv4Address;
import io.arsim.core.topology.Topology;
import io.arsim.engine.diff.WhatIf;
import io.arsim.engine.trace.Outcome;
import io.arsim.engine.trace.Trace;
import io.arsim.engine.trace.Tracer;
import io.arsim.engine.bgp.EngineSettings;
import org.junit.jupiter.api.Test;

/**
 * The dual-homed hub-to-hub loop with one ExpressRoute circuit per hub (facts section 7, gotchas 2
 * and 3; lab S24): each hub route server programs the other hub's prefix with the local NVA as next
 * hop, including into the NVA's own NIC, so hub-to-hub packets loop at the NVA.
 */
class HubToHubLoopTest {
  private final Er.Run run = Er.run(Er.example("hub-to-hub-loop-two-circuits.yaml"));

  @Test
  void traceFromHub1ToHub2LoopsAtNva1() {
    Topology topology = run.topology();
    Tracer tracer = new Tracer(topology, run.state());
    Topology.AttachedInterface from = topology.allInterfaces().stream()
        .filter(a -> a.owner().equals("vm-hub1")).findFirst().orElseThrow();
    Trace trace = tracer.trace(from, Ipv4Address.parse("10.2.2.4"));
    assertThat(trace.reaches()).isFalse();
    assertThat(trace.branches()).singleElement().satisfies(b -> assertThat(b.outcome()).isEqualTo(Outcome.LOOP));
    assertThat(run.effective("nva1")).contains("VirtualNetworkGateway Active 10.2.0.0/16 VirtualNetworkGateway 10.1.1.4");
  }

  @Test
  void theSweepReportsTheLoopBeforeAnyFailure() {
    WhatIf whatIf = new WhatIf(run.topology(), run.network(), EngineSettings.defaults(), run.state());
    assertThat(whatIf.baseProblems()).contains("vm-hub1 -> vm-hub2: loop", "vm-hub2 -> vm-hub1: loop");
  }

  @Test
  void withOneSharedCircuitTheHubsReachEachOtherThroughTheMicrosoftEdgeInstead() {
    // S5: one circuit for both gateways; the ExpressRoute route [12076 12076] wins (routing
    // preference ExpressRoute), so there is no loop.
    Er.Run s5 = Er.run(Er.example("s5-expressroute-with-as-override.yaml"));
    WhatIf whatIf = new WhatIf(s5.topology(), s5.network(), EngineSettings.defaults(), s5.state());
    assertThat(whatIf.baseProblems()).noneMatch(p -> p.startsWith("vm-hub1 -> vm-hub2"));
  }
}
