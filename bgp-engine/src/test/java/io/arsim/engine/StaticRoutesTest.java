package io.arsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.ExtensionKind;
import io.arsim.core.topology.Topology;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.spi.EngineExtension;
import io.arsim.engine.spi.NetworkAssembly;
import io.arsim.engine.trace.Branch;
import io.arsim.engine.trace.Outcome;
import io.arsim.engine.trace.Trace;
import io.arsim.engine.trace.Tracer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Static routes an extension gives a router outside Azure ({@link NetworkAssembly#addStaticRoute}):
 * traces forward by them with FRR's and IOS-XE's order — the longest prefix first, and at equal
 * length a static route (administrative distance 1) before a BGP path (20 eBGP), but never before
 * the router's own prefix (connected); BGP never sees them. The router is EngineExtensionTest's
 * on-premises router (10.0.3.4), which holds 10.0.0.0/16 and 192.168.0.0/16 from the route server.
 */
class StaticRoutesTest {
  private static final Ipv4Address NOWHERE = Ipv4Address.parse("10.99.0.1");

  /** The static peer, with three static routes toward an address nothing answers on. */
  static final class WithStaticRoutes implements EngineExtension {
    private final EngineExtensionTest.StaticPeerExtension peer = new EngineExtensionTest.StaticPeerExtension();

    @Override
    public String name() {
      return "static-routes";
    }

    @Override
    public List<ExtensionKind<?>> kinds() {
      return List.of();
    }

    @Override
    public void contribute(Topology topology, NetworkAssembly network) {
      peer.contribute(topology, network);
      String node = EngineExtensionTest.StaticPeerExtension.NODE;
      network.addStaticRoute(node, Ipv4Prefix.parse("10.0.0.0/16"), NOWHERE);
      network.addStaticRoute(node, Ipv4Prefix.parse("192.0.0.0/8"), NOWHERE);
      network.addStaticRoute(node, Ipv4Prefix.parse("172.16.0.0/16"), NOWHERE);
    }
  }

  private final Topology topology = Tiny.yaml(RouteServerRulesTest.SpokeYaml.TEXT.replace("NETWORKS",
      "[192.168.0.0/16]"));
  private final ConvergedDesign design = Scenarios.run().withExtensions(List.of(new WithStaticRoutes()))
      .converge(topology);
  private final ConvergedState state = design.state();

  private Branch only(String destination) {
    Tracer tracer = new Tracer(topology, state);
    Trace t = tracer.traceFrom(EngineExtensionTest.StaticPeerExtension.NODE,
        EngineExtensionTest.StaticPeerExtension.ADDRESS, Ipv4Address.parse(destination));
    assertThat(t.branches()).hasSize(1);
    return t.branches().get(0);
  }

  @Test
  void aStaticRouteWinsOverABgpPathOfTheSamePrefix() {
    Branch b = only("10.0.1.4");
    assertThat(b.hops().get(0).bgp().isStatic()).isTrue();
    assertThat(b.hops().get(0).bgp().describe()).isEqualTo("10.0.0.0/16 via 10.99.0.1 (static route)");
    assertThat(b.outcome()).isEqualTo(Outcome.BLACKHOLE);
    assertThat(b.detail()).contains("nothing of the design answers on next hop 10.99.0.1");
  }

  @Test
  void aLongerBgpPathWinsOverAShorterStaticRoute() {
    Branch b = only("192.168.1.1");
    assertThat(b.hops().get(0).bgp().isStatic()).isFalse();
    assertThat(b.hops().get(0).bgp().prefix()).hasToString("192.168.0.0/16");
  }

  @Test
  void theRoutersOwnPrefixWinsOverAStaticRouteOfTheSameLength() {
    assertThat(only("172.16.1.1").outcome()).isEqualTo(Outcome.DELIVERED);
  }

  @Test
  void staticRoutesAreNeverAdvertised() {
    assertThat(Scenarios.learned(state, "rs-hub/IN_0", EngineExtensionTest.StaticPeerExtension.NODE))
        .containsExactly("172.16.0.0/16 10.0.3.4 [65050]");
  }
}
