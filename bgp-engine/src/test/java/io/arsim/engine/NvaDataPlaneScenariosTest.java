package io.arsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.net.Ipv4Address;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.Topology.AttachedInterface;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.EngineSettings;
import io.arsim.engine.bgp.SessionState;
import io.arsim.engine.convergence.Simulation;
import io.arsim.engine.diff.WhatIf;
import io.arsim.engine.diff.WhatIfReport;
import io.arsim.engine.failure.FailedDesign;
import io.arsim.engine.failure.Failure;
import io.arsim.engine.failure.FailureSet;
import io.arsim.engine.failure.Failures;
import io.arsim.engine.lint.rules.ApplianceNextHopRule;
import io.arsim.engine.lint.rules.NvaRouteToItselfRule;
import io.arsim.engine.lint.rules.StatefulActiveActiveRule;
import io.arsim.engine.spi.Finding;
import io.arsim.engine.spi.LintContext;
import io.arsim.engine.trace.Branch;
import io.arsim.engine.trace.Hop;
import io.arsim.engine.trace.Outcome;
import io.arsim.engine.trace.RoundTrip;
import io.arsim.engine.trace.Trace;
import io.arsim.engine.trace.Tracer;
import io.arsim.engine.trace.Via;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * NVAs in the data plane, on the two examples that show them: a stateful firewall pair behind an
 * HA-ports internal load balancer advertised with next hop IP (S6, S28, S29), and SD-WAN NVAs with
 * tunnels to a branch and to an NVA in a VNet they are not peered with (real deployments R3; facts
 * 7.1, 7.2). Expected values come from the documented behaviour cited on each test, not from what
 * arsim printed.
 */
class NvaDataPlaneScenariosTest {
  private static final String ILB = "nva-firewalls-behind-ilb.yaml";
  private static final String SDWAN = "sdwan-tunnels.yaml";

  static String text(String example) {
    try {
      return Files.readString(Scenarios.root().resolve("examples").resolve(example));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The example with {@code from} replaced by {@code to} (which must occur). */
  static Topology variant(String example, String from, String to) {
    String text = text(example);
    assertThat(text).as("%s holds the text to replace", example).contains(from);
    return Tiny.yaml(text.replace(from, to));
  }

  static AttachedInterface at(Topology topology, String owner) {
    return DataPlaneScenariosTest.at(topology, owner);
  }

  static Ipv4Address address(Topology topology, String owner) {
    return at(topology, owner).networkInterface().privateIpAddress();
  }

  static List<String> paths(Trace trace) {
    return trace.branches().stream().map(b -> b.path() + " " + b.outcome()).toList();
  }

  static Tracer tracer(Topology topology, FailureSet failures) {
    ConvergedDesign design = Scenarios.run().converge(topology);
    if (failures.isEmpty()) {
      return design.tracer();
    }
    FailedDesign failed = Failures.apply(topology, design.network(), failures);
    return Tracer.of(failed, Simulation.converge(failed.network(), EngineSettings.defaults()));
  }

  static List<Finding> lint(Topology topology, io.arsim.engine.spi.LintRule rule) {
    ConvergedDesign design = Scenarios.run().converge(topology);
    return rule.check(new LintContext(topology, design.network(), design.state()));
  }

  /** The NVA the (single) branch of a trace crossed. */
  static String firewall(Trace trace) {
    assertThat(trace.branches()).hasSize(1);
    return trace.branches().get(0).nvas().get(0);
  }

  @Nested
  class FirewallsBehindAnHaPortsLoadBalancer {
    private final Topology topology = Scenarios.topology(ILB);

    @Test
    void spokesAreProgrammedWithTheFrontendAsNextHop() {
      // Facts 3.3 (S6, S28, S29): the next hop programmed in VMs is the BGP next hop the NVA sends,
      // the internal load balancer's frontend with Next Hop IP. Both NVAs send the same next hop,
      // so there is one route per prefix (facts 3.1: one copy per next hop).
      ConvergedState state = Scenarios.converge(topology);
      assertThat(Scenarios.effective(topology, state, "vm-spoke1")).filteredOn(l -> l.startsWith("VirtualNetworkGateway"))
          .containsExactly("VirtualNetworkGateway Active 0.0.0.0/0 VirtualNetworkGateway 10.0.0.166",
              "VirtualNetworkGateway Active 10.0.0.0/16 VirtualNetworkGateway 10.0.0.166");
    }

    @Test
    void bothDirectionsOfAFlowCrossTheSameFirewall() {
      // "When both directions of a traffic flow traverse the same Azure load balancer, the load
      // balancer selects the same NVA instance for both directions" (Architecture Center, Deploy
      // highly available NVAs); S29: next hop IP removes the lab's asymmetry.
      RoundTrip round = tracer(topology, FailureSet.none()).roundTrip(at(topology, "vm-spoke1"),
          address(topology, "vm-spoke2"));
      assertThat(round.asymmetric()).as(round.reasons().toString()).isFalse();
      assertThat(round.back()).isNotNull();
      assertThat(firewall(round.forward())).isEqualTo(firewall(round.back()));
      Branch forward = round.forward().branches().get(0);
      assertThat(forward.outcome()).isEqualTo(Outcome.DELIVERED);
      assertThat(forward.path()).startsWith("vm-spoke1 -> ilb-fw -> fw");
      Hop backend = forward.hops().get(1);
      assertThat(backend.via()).isNotNull();
      assertThat(backend.via().kind()).isEqualTo(Via.Kind.LOAD_BALANCER);
      assertThat(backend.via().name()).isEqualTo("ilb-fw");
    }

    @Test
    void failingTheFirewallOfAFlowMovesItToTheOtherAndFailingTheOtherMovesNothing() {
      // The probe takes a failed NVA out of the pool and the load balancer sends new flows to the
      // healthy instance (facts 6, S6, S29; health probe overview: "the load balancer stops sending
      // new connections to the respective unhealthy instance"); flows on healthy instances stay.
      AttachedInterface from = at(topology, "vm-spoke1");
      Ipv4Address to = address(topology, "vm-spoke2");
      String used = firewall(tracer(topology, FailureSet.none()).trace(from, to));
      String other = used.equals("fw1") ? "fw2" : "fw1";
      Trace moved = tracer(topology, FailureSet.of(Failure.nva(used))).trace(from, to);
      assertThat(moved.reaches()).isTrue();
      assertThat(firewall(moved)).isEqualTo(other);
      assertThat(firewall(tracer(topology, FailureSet.of(Failure.nva(other))).trace(from, to))).isEqualTo(used);
    }

    @Test
    void withBothFirewallsDownTheLoadBalancerHasNoHealthyBackend() {
      // Health probe overview: when all instances are probed down, no new flows are sent to the pool
      // (NoHealthyBackendsBehavior AllProbedDown, the default). Both NVAs down also withdraw their
      // routes, so the spokes lose 10.0.0.0/16 altogether; the UDR-free hub VM shows the frontend.
      Trace trace = tracer(topology, FailureSet.of(Failure.nva("fw1"), Failure.nva("fw2")))
          .trace(at(topology, "vm-spoke1"), address(topology, "vm-spoke2"));
      assertThat(trace.reaches()).isFalse();
      Topology withTable = Tiny.yaml(text(ILB).replace("      - name: workload\n        addressPrefix: 10.0.0.0/27\n",
          "      - name: workload\n        addressPrefix: 10.0.0.0/27\n        routeTable: rt-workload\n")
          .replace("routeTables:\n", "routeTables:\n  - name: rt-workload\n    routes:\n      - {name: to-fw, addressPrefix:"
              + " 10.0.2.0/24, nextHopType: VirtualAppliance, nextHopIpAddress: 10.0.0.166}\n"));
      Trace viaUdr = tracer(withTable, FailureSet.of(Failure.nva("fw1"), Failure.nva("fw2")))
          .trace(at(withTable, "vm-hub"), address(withTable, "vm-spoke2"));
      assertThat(viaUdr.branches()).extracting(Branch::outcome).containsExactly(Outcome.BLACKHOLE);
      assertThat(viaUdr.branches().get(0).detail()).contains("load balancer ilb-fw (10.0.0.166) has no healthy backend");
    }

    @Test
    void theSummaryComesBackToTheFirewallThroughTheLoadBalancer() {
      // Facts 3.4: the route server programs the NVAs' own subnet too (S7, gotcha 7.2); through the
      // load balancer the same flow hashes to the same firewall, so an unused address of the summary
      // loops, and lint says so as it does for a next hop that is the NIC itself.
      Trace unused = tracer(topology, FailureSet.none()).trace(at(topology, "vm-spoke1"), Ipv4Address.parse("10.0.3.9"));
      assertThat(unused.branches()).extracting(Branch::outcome).containsExactly(Outcome.LOOP);
      assertThat(lint(topology, new NvaRouteToItselfRule())).extracting(Finding::subject)
          .containsExactly("NIC fw1-nic of fw1 (10.0.0.164)", "NIC fw2-nic of fw2 (10.0.0.165)");
      assertThat(lint(topology, new NvaRouteToItselfRule()).get(0).message())
          .contains("10.0.0.0/16 -> 10.0.0.166, itself through load balancer ilb-fw");
    }

    @Test
    void aFailedLoadBalancerAnswersNothing() {
      Trace trace = tracer(topology, FailureSet.of(Failure.loadBalancer("ilb-fw")))
          .trace(at(topology, "vm-spoke1"), address(topology, "vm-spoke2"));
      assertThat(paths(trace)).containsExactly("vm-spoke1 -> ilb-fw DOWN");
    }

    @Test
    void whatIfFailingAFirewallReportsTheFlowsThatMoved() {
      WhatIfReport report = new WhatIf(topology, Scenarios.network(topology), EngineSettings.defaults())
          .run(FailureSet.of(Failure.nva("fw2")));
      assertThat(report.lost()).isEmpty();
      assertThat(report.traces()).filteredOn(c -> c.kind().equals("moved"))
          .allSatisfy(c -> assertThat(c.after()).contains("ilb-fw -> fw1"));
    }

    @Test
    void withoutNextHopIpTheStatefulPairIsAsymmetricAndLintSaysSo() {
      // Facts 6 (S8, S6): active/active NVAs with equal paths give ECMP; stateful NVAs then need
      // SNAT (or an ILB next hop) because each side's VM host picks its own ECMP path. S29's lab
      // shows the failing flows.
      Topology ecmp = Tiny.yaml(text(ILB).replace(", exportPolicies: [next-hop-ilb]", ""));
      ConvergedState state = Scenarios.converge(ecmp);
      assertThat(Scenarios.effective(ecmp, state, "vm-spoke1")).filteredOn(l -> l.contains("10.0.0.0/16"))
          .containsExactly("VirtualNetworkGateway Active 10.0.0.0/16 VirtualNetworkGateway 10.0.0.164",
              "VirtualNetworkGateway Active 10.0.0.0/16 VirtualNetworkGateway 10.0.0.165");
      RoundTrip round = new Tracer(ecmp, state).roundTrip(at(ecmp, "vm-spoke1"), address(ecmp, "vm-spoke2"));
      assertThat(round.asymmetric()).isTrue();
      List<Finding> findings = lint(ecmp, new StatefulActiveActiveRule());
      assertThat(findings).extracting(Finding::subject).containsExactly("fw1 + fw2 (stateful, active/active)");
      assertThat(findings.get(0).message()).contains("vm-spoke1 (spoke1/subnet1) -> vm-spoke2 (spoke2/subnet1)");
      assertThat(lint(topology, new StatefulActiveActiveRule())).isEmpty();
    }

    @Test
    void aNextHopNothingAnswersOnOrALoadBalancerWithoutHaPortsIsReported() {
      // Facts 3.3: Azure programs whatever next hop the NVA sent; S17: a VirtualAppliance next hop
      // must be a NIC that forwards or an internal load balancer; HA ports balance every flow.
      assertThat(lint(topology, new ApplianceNextHopRule())).isEmpty();
      Topology typo = Tiny.yaml(text(ILB).replace("config: {address: 10.0.0.166}", "config: {address: 10.0.0.167}"));
      List<Finding> nothing = lint(typo, new ApplianceNextHopRule());
      assertThat(nothing).extracting(Finding::subject).containsExactly("BGP next hop 10.0.0.167");
      assertThat(nothing.get(0).message()).contains("nothing of the design answers on 10.0.0.167");
      Topology portRule = Tiny.yaml(text(ILB).replace("{name: ha-ports, protocol: All, frontendPort: 0, backendPort: 0}",
          "{name: https, protocol: Tcp, frontendPort: 443}"));
      List<Finding> https = lint(portRule, new ApplianceNextHopRule());
      assertThat(https).extracting(Finding::subject).containsExactly("BGP next hop 10.0.0.166");
      assertThat(https.get(0).message()).contains("load balancer ilb-fw has no HA-ports rule", "(Tcp/443)");
    }

    @Test
    void sourceNatMakesTheEcmpPairSymmetric() {
      // Facts 6 (S8): SNAT on the NVAs restores symmetry: the reply goes to the translating NVA.
      Topology snat = Tiny.yaml(text(ILB).replace(", exportPolicies: [next-hop-ilb]", "")
          .replace("    stateful: true\n", "    stateful: true\n    sourceNat: true\n"));
      RoundTrip round = tracer(snat, FailureSet.none()).roundTrip(at(snat, "vm-spoke1"), address(snat, "vm-spoke2"));
      assertThat(round.asymmetric()).as(round.reasons().toString()).isFalse();
      assertThat(round.forward().branches()).hasSize(2);
      assertThat(round.translated()).extracting(Trace::destination).extracting(Object::toString)
          .contains("10.0.0.164", "10.0.0.165");
      assertThat(lint(snat, new StatefulActiveActiveRule())).isEmpty();
    }
  }

  @Nested
  class SdWanTunnels {
    private final Topology topology = Scenarios.topology(SDWAN);

    @Test
    void sessionsOverTunnelsNeedNoVnetPeering() {
      // R3: NVAs peer with each other and with branches over tunnels that need no VNet peering;
      // facts 7.1: two route servers give NVA-to-NVA no transit, "use a tunnel".
      List<SessionState> sessions = Scenarios.converge(topology).sessions();
      assertThat(sessions).extracting(s -> s.a() + " - " + s.b() + " " + (s.up() ? "up" : s.reason()))
          .contains("branch1 - sdwan1 up", "sdwan1 - sdwan2 up");
      assertThat(sessions).allMatch(SessionState::up);
      SessionState loopbacks = sessions.stream().filter(s -> s.a().equals("sdwan1") && s.b().equals("sdwan2"))
          .findFirst().orElseThrow();
      assertThat(loopbacks.aAddress() + " - " + loopbacks.bAddress()).isEqualTo("10.255.0.1 - 10.255.0.2");
    }

    @Test
    void withoutTheTunnelTheSameSessionIsDown() {
      // The NVAs' NICs are in VNets that are not peered: a session between them cannot come up.
      Topology nics = Tiny.yamlUnchecked(text(SDWAN).replace("{peerIp: 10.255.0.2, peerAsn: 65020",
          "{peerIp: 10.2.1.4, peerAsn: 65020").replace("{peerIp: 10.255.0.1, peerAsn: 65010",
          "{peerIp: 10.1.1.4, peerAsn: 65010"));
      SessionState session = Scenarios.converge(nics).sessions().stream()
          .filter(s -> s.a().equals("sdwan1") && s.b().equals("sdwan2")).findFirst().orElseThrow();
      assertThat(session.up()).isFalse();
      assertThat(session.reason()).contains("the VNets are neither the same nor peered");
    }

    @Test
    void routesLearnedOverTunnelsReachTheRouteServerLikeAnyOther() {
      // R3: what NVAs learn over tunnels is re-advertised to the route server like any other route;
      // each eBGP hop prepends its ASN (RFC 4271 5.1.2).
      ConvergedState state = Scenarios.converge(topology);
      assertThat(Scenarios.learned(state, "rs-hub1/IN_0", "sdwan1")).containsExactly("10.1.0.0/16 10.1.1.4 [65010]",
          "10.2.0.0/16 10.1.1.4 [65010 65020]", "192.168.10.0/24 10.1.1.4 [65010 65100]");
      assertThat(Scenarios.effective(topology, state, "vm-hub1")).contains(
          "VirtualNetworkGateway Active 192.168.10.0/24 VirtualNetworkGateway 10.1.1.4",
          "VirtualNetworkGateway Active 10.2.0.0/16 VirtualNetworkGateway 10.1.1.4");
    }

    @Test
    void trafficToTheBranchLeavesIntoTheTunnelNotAFalseLoop() {
      Trace trace = tracer(topology, FailureSet.none()).trace(at(topology, "vm-hub1"), Ipv4Address.parse("192.168.10.5"));
      assertThat(paths(trace)).containsExactly("vm-hub1 -> sdwan1 -> beyond sdwan1 via tunnel to-branch1 BEYOND_NVA");
      Hop sdwan1 = trace.branches().get(0).hops().get(1);
      assertThat(sdwan1.forwarding()).isNotNull();
      assertThat(sdwan1.forwarding().route().describe())
          .isEqualTo("192.168.10.0/24 via 169.254.0.2 (eBGP from branch1 [65100], distance 20) into tunnel to-branch1");
      // The NIC itself is programmed back to sdwan1 (facts 3.4): without the NVA's own table this was a loop.
      assertThat(lint(topology, new NvaRouteToItselfRule())).isEmpty();
    }

    @Test
    void trafficToTheOtherHubCrossesTheTunnelAndIsDeliveredThere() {
      Trace trace = tracer(topology, FailureSet.none()).trace(at(topology, "vm-hub1"), address(topology, "vm-hub2"));
      assertThat(paths(trace)).containsExactly("vm-hub1 -> sdwan1 -> sdwan2 -> vm-hub2-nic DELIVERED");
      Hop arrival = trace.branches().get(0).hops().get(2);
      assertThat(arrival.nic()).isEqualTo("to-sdwan1");
      assertThat(arrival.via().kind()).isEqualTo(Via.Kind.TUNNEL);
    }

    @Test
    void failingTheFarNvaOrTheBranchWithdrawsWhatTheyAdvertised() {
      WhatIfReport sdwan2 = new WhatIf(topology, Scenarios.network(topology), EngineSettings.defaults())
          .run(FailureSet.of(Failure.nva("sdwan2")));
      assertThat(sdwan2.lost()).extracting(c -> c.from() + " -> " + c.to()).contains("vm-hub1 -> vm-hub2");
      Trace branchDown = tracer(topology, FailureSet.of(Failure.node("branch1")))
          .trace(at(topology, "vm-hub1"), Ipv4Address.parse("192.168.10.5"));
      assertThat(branchDown.reaches()).isFalse();
    }

    @Test
    void plainGreCarriesNothingInAzure() {
      // Azure Virtual Network FAQ: GRE packets are blocked in virtual networks.
      Topology gre = Tiny.yamlUnchecked(text(SDWAN).replace("{name: to-branch1, type: IPsec",
          "{name: to-branch1, type: GRE"));
      ConvergedState state = Scenarios.converge(gre);
      SessionState branch = state.sessions().stream().filter(s -> s.a().equals("branch1")).findFirst().orElseThrow();
      assertThat(branch.up()).isFalse();
      assertThat(branch.reason()).contains("plain GRE, which Azure blocks inside virtual networks");
    }

    @Test
    void aLoopbackSessionWithoutARouteIntoTheTunnelIsDown() {
      Topology noStatic = Tiny.yamlUnchecked(text(SDWAN).replace("    staticRoutes:\n      - {prefix: 10.255.0.2/32,"
          + " tunnel: to-sdwan2}\n", ""));
      SessionState session = Scenarios.converge(noStatic).sessions().stream()
          .filter(s -> s.a().equals("sdwan1") && s.b().equals("sdwan2")).findFirst().orElseThrow();
      assertThat(session.up()).isFalse();
      assertThat(session.reason()).contains("has no route through a tunnel to 10.255.0.2");
    }

    @Test
    void aStaticRouteBeatsTheSameBgpPrefixByAdministrativeDistance() {
      // FRR (zebra route_info: static 1, eBGP 20) and IOS-XE agree: for the same prefix the static
      // route wins. Sent out of the NIC, the packet follows the NIC's routes, which point back at
      // sdwan1: a loop, as the static route says.
      Topology staticFirst = Tiny.yaml(text(SDWAN).replace("      - {prefix: 10.255.0.2/32, tunnel: to-sdwan2}\n",
          "      - {prefix: 10.255.0.2/32, tunnel: to-sdwan2}\n      - {prefix: 192.168.10.0/24, nextHop: 10.1.1.1}\n"));
      Trace trace = tracer(staticFirst, FailureSet.none()).trace(at(staticFirst, "vm-hub1"),
          Ipv4Address.parse("192.168.10.5"));
      assertThat(trace.branches()).extracting(Branch::outcome).containsExactly(Outcome.LOOP);
      assertThat(trace.branches().get(0).hops().get(1).forwarding().route().describe())
          .isEqualTo("192.168.10.0/24 via 10.1.1.1 (static route, distance 1) out of sdwan1-nic");
      // With distance 250 it floats behind eBGP (20) and the tunnel carries the traffic again.
      Topology floating = Tiny.yaml(text(SDWAN).replace("      - {prefix: 10.255.0.2/32, tunnel: to-sdwan2}\n",
          "      - {prefix: 10.255.0.2/32, tunnel: to-sdwan2}\n      - {prefix: 192.168.10.0/24, nextHop: 10.1.1.1,"
              + " distance: 250}\n"));
      assertThat(paths(tracer(floating, FailureSet.none()).trace(at(floating, "vm-hub1"),
          Ipv4Address.parse("192.168.10.5")))).containsExactly(
          "vm-hub1 -> sdwan1 -> beyond sdwan1 via tunnel to-branch1 BEYOND_NVA");
    }
  }

  @Nested
  class MultiNicFirewall {
    /** A firewall with an untrusted (first, primary) and a trusted NIC; workloads point 0.0.0.0/0 at its trusted NIC. */
    private final Topology topology = Tiny.yaml("""
        name: multi-nic
        virtualNetworks:
          - name: hub
            location: westeurope
            addressSpace: [10.1.0.0/16]
            subnets:
              - {name: untrusted, addressPrefix: 10.1.1.0/24, routeTable: rt-untrusted}
              - {name: trusted, addressPrefix: 10.1.2.0/24}
              - {name: workload, addressPrefix: 10.1.3.0/24, routeTable: rt-workload}
        routeTables:
          - name: rt-untrusted
            routes:
              - {name: internet, addressPrefix: 0.0.0.0/0, nextHopType: Internet}
          - name: rt-workload
            routes:
              - {name: via-fw, addressPrefix: 0.0.0.0/0, nextHopType: VirtualAppliance, nextHopIpAddress: 10.1.2.4}
              - {name: internal-via-fw, addressPrefix: 10.0.0.0/8, nextHopType: VirtualAppliance,
                 nextHopIpAddress: 10.1.2.4}
        virtualMachines:
          - name: vm
            networkInterfaces: [{subnet: hub/workload, privateIpAddress: 10.1.3.4}]
        networkVirtualAppliances:
          - name: fw
            asn: 65010
            stateful: true
            networkInterfaces:
              - {name: fw-untrust, subnet: hub/untrusted, privateIpAddress: 10.1.1.4, enableIpForwarding: true}
              - {name: fw-trust, subnet: hub/trusted, privateIpAddress: 10.1.2.4, enableIpForwarding: true}
            staticRoutes:
              - {prefix: 10.0.0.0/8, nextHop: 10.1.2.1}
        """);

    @Test
    void trafficEntersOnTheTrustedNicAndLeavesByTheUntrustedNicsRoutes() {
      // The firewall's own table decides the NIC (Azure's DHCP gives the primary NIC the default
      // gateway); Azure then applies that NIC's effective routes, here its subnet's UDR.
      Trace trace = tracer(topology, FailureSet.none()).trace(at(topology, "vm"), Ipv4Address.parse("8.8.8.8"));
      assertThat(paths(trace)).containsExactly("vm -> fw -> Internet INTERNET");
      Hop fw = trace.branches().get(0).hops().get(1);
      assertThat(fw.nic()).isEqualTo("fw-trust");
      assertThat(fw.forwarding().route().describe())
          .isEqualTo("0.0.0.0/0 via 10.1.1.1 (Azure's default gateway of fw-untrust, distance 254) out of fw-untrust");
      assertThat(fw.taken().origin()).contains("rt-untrusted");
    }

    @Test
    void aStaticRouteSendsInternalTrafficOutOfTheTrustedNic() {
      // 10.9.0.5 is nowhere in Azure: the firewall sends it out of fw-trust by its static route, and
      // that NIC's system route 10.0.0.0/8 -> None drops it (facts 4.4: the None ranges).
      Trace trace = tracer(topology, FailureSet.none()).trace(at(topology, "vm"), Ipv4Address.parse("10.9.0.5"));
      assertThat(paths(trace)).containsExactly("vm -> fw -> fw-trust BLACKHOLE");
      Hop fw = trace.branches().get(0).hops().get(1);
      assertThat(fw.forwarding().route().describe())
          .isEqualTo("10.0.0.0/8 via 10.1.2.1 (static route, distance 1) out of fw-trust");
      assertThat(trace.branches().get(0).detail()).contains("10.0.0.0/8 has next hop None");
    }
  }
}
