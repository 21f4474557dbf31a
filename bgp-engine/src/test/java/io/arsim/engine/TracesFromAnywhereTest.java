package io.arsim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arsim.core.net.Ipv4Address;
import io.arsim.core.topology.Topology;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.trace.Branch;
import io.arsim.engine.trace.Hop;
import io.arsim.engine.trace.Outcome;
import io.arsim.engine.trace.RoundTrip;
import io.arsim.engine.trace.Trace;
import io.arsim.engine.trace.Tracer;
import io.arsim.engine.trace.Via;
import org.junit.jupiter.api.Test;

/**
 * Traces that start outside Azure (a branch behind an SD-WAN NVA), returns toward them, and the
 * symmetry verdict of round trips that do not get there (issue 17). The ExpressRoute side (sites,
 * circuits, gateways) is tested in expressroute-ext, which installs those nodes.
 */
class TracesFromAnywhereTest {

  private static Tracer tracer(String example) {
    Topology topology = Scenarios.topology(example);
    ConvergedState state = Scenarios.converge(topology);
    return new Tracer(topology, state);
  }

  /**
   * branch1 holds 10.1.0.0/16 from sdwan1 over the IPsec tunnel (next hop sdwan1's tunnel address
   * 169.254.0.1): the packet goes into the tunnel and arrives on sdwan1's tunnel interface, whose
   * routing table hands it to Azure out of its NIC, where the VNet route delivers it (docs/whatif.md).
   */
  @Test
  void aBranchReachesAVmThroughItsTunnelAndTheSdwanNva() {
    Tracer tracer = tracer("sdwan-tunnels.yaml");
    Ipv4Address source = tracer.defaultSource("branch1");
    assertThat(source).isEqualTo(Ipv4Address.parse("192.168.10.1"));
    Trace t = tracer.traceFrom("branch1", source, Ipv4Address.parse("10.1.2.4"));
    assertThat(t.reaches()).isTrue();
    Branch b = t.branches().get(0);
    assertThat(b.path()).isEqualTo("branch1 -> sdwan1 -> vm-hub1-nic");
    assertThat(b.outcome()).isEqualTo(Outcome.DELIVERED);
    Hop first = b.hops().get(0);
    assertThat(first.bgp()).isNotNull();
    assertThat(first.bgp().describe()).isEqualTo("10.1.0.0/16 via 169.254.0.1 (BGP from sdwan1, AS path [65010])");
    Hop second = b.hops().get(1);
    assertThat(second.nic()).isEqualTo("to-branch1");
    assertThat(second.via()).isNotNull();
    assertThat(second.via().kind()).isEqualTo(Via.Kind.TUNNEL);
  }

  /** The return from a VM to a branch prefix starts at the branch that originates it. */
  @Test
  void theReturnToABranchPrefixStartsAtTheBranch() {
    Tracer tracer = tracer("sdwan-tunnels.yaml");
    Topology topology = Scenarios.topology("sdwan-tunnels.yaml");
    RoundTrip r = tracer.roundTrip(DataPlaneScenariosTest.at(topology, "vm-hub1"), Ipv4Address.parse("192.168.10.5"));
    assertThat(r.forward().branches()).extracting(Branch::outcome).containsExactly(Outcome.BEYOND_NVA);
    assertThat(r.back()).isNotNull();
    assertThat(r.back().from()).isEqualTo("branch1");
    assertThat(r.back().branches()).extracting(Branch::path).containsExactly("branch1 -> sdwan1 -> vm-hub1-nic");
    assertThat(r.symmetry()).isEqualTo(RoundTrip.Symmetry.SYMMETRIC);
  }

  /**
   * S7: hub1 and hub2 are not peered and nothing advertises 10.2.0.0/16 into hub1, so vm-hub1's
   * packet to vm-hub2 meets the None route 10.0.0.0/8 (a blackhole), and so does the reply. A round
   * trip that never gets there is not "symmetric".
   */
  @Test
  void aBlackholedForwardPathHasNoSymmetryVerdict() {
    Topology topology = Scenarios.topology("s7-nva-default-route-own-nic.yaml");
    Tracer tracer = new Tracer(topology, Scenarios.converge(topology));
    RoundTrip r = tracer.roundTrip(DataPlaneScenariosTest.at(topology, "vm-hub1"), Ipv4Address.parse("10.2.2.4"));
    assertThat(r.forward().branches()).extracting(Branch::outcome).containsExactly(Outcome.BLACKHOLE);
    assertThat(r.asymmetric()).isFalse();
    assertThat(r.symmetry()).isEqualTo(RoundTrip.Symmetry.UNDECIDED);
  }

  /** S7: nva1's Internet traffic loops on its own NIC; there is nothing to trace back from. */
  @Test
  void aLoopToTheInternetHasNoReturn() {
    Topology topology = Scenarios.topology("s7-nva-default-route-own-nic.yaml");
    Tracer tracer = new Tracer(topology, Scenarios.converge(topology));
    RoundTrip r = tracer.roundTrip(DataPlaneScenariosTest.at(topology, "nva1"), Ipv4Address.parse("8.8.8.8"));
    assertThat(r.forward().branches()).extracting(Branch::outcome).containsExactly(Outcome.LOOP);
    assertThat(r.symmetry()).isEqualTo(RoundTrip.Symmetry.NO_RETURN);
  }

  @Test
  void routeServersAndNvasAreNoStartingRouters() {
    Tracer tracer = tracer("sdwan-tunnels.yaml");
    Ipv4Address to = Ipv4Address.parse("10.1.2.4");
    assertThatThrownBy(() -> tracer.traceFrom("rs-hub1/IN_0", to, to)).hasMessageContaining("not in the data path");
    assertThatThrownBy(() -> tracer.traceFrom("sdwan1", to, to)).hasMessageContaining("trace from its NIC");
    assertThatThrownBy(() -> tracer.traceFrom("nowhere", to, to)).hasMessageContaining("no BGP speaker named nowhere");
  }
}
