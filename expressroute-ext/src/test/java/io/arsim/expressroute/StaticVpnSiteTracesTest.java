package io.arsim.expressroute;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.net.Ipv4Address;
import io.arsim.core.topology.Topology;
import io.arsim.engine.trace.Branch;
import io.arsim.engine.trace.Outcome;
import io.arsim.engine.trace.RoundTrip;
import io.arsim.engine.trace.Trace;
import io.arsim.engine.trace.Tracer;
import org.junit.jupiter.api.Test;

/**
 * Traces from a site connected to a VPN gateway without BGP (examples/vpn-static-site-and-vnet-to-
 * vnet.yaml). Such a device routes the Azure side statically into its tunnels; by arsim's
 * documented default (docs/expressroute.md "Static VPN sites") the address space of the gateway's
 * VNet (hub, 10.1.0.0/16) and of the VNets that use its gateway (spoke, 10.5.0.0/16), one route
 * per gateway instance (vpngw-hub/IN_0 at 10.1.254.4, IN_1 at 10.1.254.5: active-active, ECMP).
 * Entering Azure at a gateway instance, the GatewaySubnet's routes decide (docs/whatif.md).
 */
class StaticVpnSiteTracesTest {
  private static final Er.Run RUN = Er.run(Er.example("vpn-static-site-and-vnet-to-vnet.yaml"));

  @Test
  void theStaticSitesRouterIdIsTheFirstHostOfItsFirstPrefix() {
    // docs/expressroute.md: a site with no BGP address takes the first host of its first prefix
    // (192.168.20.0/24 -> 192.168.20.1), never 0.0.0.0.
    assertThat(RUN.network().node("branch").orElseThrow().routerId()).hasToString("192.168.20.1");
  }

  @Test
  void theStaticSiteRoutesTheGatewaysVnetAndItsSpokesIntoBothTunnels() {
    assertThat(RUN.network().node("branch").orElseThrow().staticRoutes())
        .extracting(r -> r.prefix() + " via " + r.nextHop())
        .containsExactlyInAnyOrder(
            "10.1.0.0/16 via 10.1.254.4", "10.1.0.0/16 via 10.1.254.5",
            "10.5.0.0/16 via 10.1.254.4", "10.5.0.0/16 via 10.1.254.5");
    // The static routes are not BGP: the branch originates only its own prefix.
    assertThat(RUN.best("branch")).containsExactly("192.168.20.0/24 local");
  }

  @Test
  void aSiteWithBgpHasNoStaticRoutes() {
    Er.Run s5 = Er.run(Er.example("s5-expressroute-with-as-override.yaml"));
    assertThat(s5.network().node("onprem").orElseThrow().staticRoutes()).isEmpty();
  }

  @Test
  void fromTheStaticSiteToTheSpokeOverBothInstances() {
    Tracer tracer = new Tracer(RUN.topology(), RUN.state());
    Trace t = tracer.traceFrom("branch", tracer.defaultSource("branch"), Ipv4Address.parse("10.5.1.4"));
    assertThat(t.source()).hasToString("192.168.20.1");
    assertThat(t.branches()).hasSize(2).allSatisfy(b -> {
      assertThat(b.outcome()).isEqualTo(Outcome.DELIVERED);
      assertThat(b.path()).isEqualTo("branch -> vpngw-hub -> vm-spoke-nic");
      assertThat(b.hops().get(0).bgp().isStatic()).isTrue();
      // In hub's GatewaySubnet the hub - spoke peering's system route delivers it.
      assertThat(b.hops().get(1).taken().origin()).isEqualTo("peering hub-to-spoke with VNet spoke");
    });
    assertThat(t.branches()).extracting(b -> b.hops().get(0).bgp().describe()).containsExactlyInAnyOrder(
        "10.5.0.0/16 via 10.1.254.4 (static route; ECMP: one of 2 equal routes)",
        "10.5.0.0/16 via 10.1.254.5 (static route; ECMP: one of 2 equal routes)");
    assertThat(t.branches()).extracting(b -> b.hops().get(1).nic())
        .containsExactlyInAnyOrder("vpngw-hub/IN_0", "vpngw-hub/IN_1");
  }

  @Test
  void withOneInstanceDownTheSiteUsesTheOtherTunnel() {
    // An instance that fails takes its tunnel down with it; the device's static route over that
    // tunnel leaves the table (route-based VPN: the tunnel interface goes down, dead-peer
    // detection), so the site's traffic takes the other instance's tunnel alone.
    Tracer tracer = new Tracer(RUN.topology(), RUN.state(), java.util.Map.of(), java.util.Set.of("vpngw-hub/IN_0"));
    Trace t = tracer.traceFrom("branch", tracer.defaultSource("branch"), Ipv4Address.parse("10.5.1.4"));
    assertThat(t.branches()).singleElement().satisfies(b -> {
      assertThat(b.outcome()).isEqualTo(Outcome.DELIVERED);
      assertThat(b.hops().get(0).bgp().describe()).isEqualTo("10.5.0.0/16 via 10.1.254.5 (static route)");
      assertThat(b.hops().get(1).nic()).isEqualTo("vpngw-hub/IN_1");
    });
  }

  @Test
  void theReplyToTheSpokeComesBackThroughTheTunnels() {
    Topology.AttachedInterface spoke = RUN.topology().allInterfaces().stream()
        .filter(a -> a.owner().equals("vm-spoke")).findFirst().orElseThrow();
    RoundTrip trip = new Tracer(RUN.topology(), RUN.state()).roundTrip(spoke, Ipv4Address.parse("192.168.20.5"));
    // Forward: the static prefix is programmed once per instance (R2), each handed to its gateway.
    assertThat(trip.forward().branches()).extracting(Branch::outcome).containsOnly(Outcome.GATEWAY).hasSize(2);
    // Back: the branch's static routes into both tunnels, delivered to vm-spoke.
    assertThat(trip.back().branches()).hasSize(2).allSatisfy(b -> {
      assertThat(b.outcome()).isEqualTo(Outcome.DELIVERED);
      assertThat(b.path()).isEqualTo("branch -> vpngw-hub -> vm-spoke-nic");
    });
    assertThat(trip.symmetry()).isEqualTo(RoundTrip.Symmetry.SYMMETRIC);
  }

  @Test
  void theRemoteVnetIsOutsideTheDefaultStaticRoutes() {
    // The default covers the gateway's VNet and its useRemoteGateways spokes only; remote
    // (10.20.0.0/16) is behind a VNet-to-VNet connection and needs the owner's own static route.
    Tracer tracer = new Tracer(RUN.topology(), RUN.state());
    Trace t = tracer.traceFrom("branch", tracer.defaultSource("branch"), Ipv4Address.parse("10.20.1.4"));
    assertThat(t.branches()).singleElement().satisfies(b -> {
      assertThat(b.outcome()).isEqualTo(Outcome.BLACKHOLE);
      assertThat(b.detail()).contains("branch has no route to 10.20.1.4");
    });
  }
}
