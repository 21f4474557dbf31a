package io.arsim.engine;

import static io.arsim.engine.Tiny.nva;
import static io.arsim.engine.Tiny.peer;
import static io.arsim.engine.Tiny.px;
import static io.arsim.engine.Tiny.rewrite;
import static io.arsim.engine.Tiny.routeServer;
import static io.arsim.engine.Tiny.through;
import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.bgp.Communities;
import io.arsim.core.bgp.Community;
import io.arsim.core.bgp.PathAttributes;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.topology.HubRoutingPreference;
import io.arsim.core.topology.Topology;
import io.arsim.engine.bgp.Candidate;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.DecisionStep;
import io.arsim.engine.bgp.EcmpAdvertisement;
import io.arsim.engine.bgp.EngineSettings;
import io.arsim.engine.bgp.NodeSpec;
import io.arsim.engine.bgp.NodeState;
import io.arsim.engine.bgp.Rejection;
import io.arsim.engine.bgp.Selection;
import io.arsim.engine.bgp.SessionState;
import io.arsim.engine.convergence.NetworkBuilder;
import io.arsim.engine.convergence.Simulation;
import io.arsim.policy.catalog.ConfiguredPolicy;
import io.arsim.policy.spi.SpeakerKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Azure Route Server's rules (azure-route-server-facts.md sections 3-4, Appendix B), one small
 * network per rule. Each test names its fact source key. The networks are one route-server instance
 * {@code rs/IN_0} (10.0.255.4, VNet 10.0.0.0/16) and NVAs nva1 (AS 65001, 10.1.1.4), nva2 (AS
 * 65002, 10.2.1.4) and nva3 (AS 65003, 10.3.1.4).
 */
class RouteServerRulesTest {
  static final String RS = "rs/IN_0";
  static final String RS_IP = "10.0.255.4";
  static final String ONPREM = "172.16.0.0/16";
  static final String BRANCH = "192.168.0.0/16";

  private static NetworkBuilder hub(HubRoutingPreference preference, boolean b2b, EngineSettings settings) {
    NetworkBuilder b = new NetworkBuilder();
    routeServer(b, RS, RS_IP, preference, b2b, settings, "10.0.0.0/16");
    return b;
  }

  private static NetworkBuilder hub() {
    return hub(HubRoutingPreference.ExpressRoute, false, EngineSettings.defaults());
  }

  /** nvaN at 10.N.1.4, AS 6500N, peered with rs/IN_0, exporting through {@code export}. */
  private static void nvaPeered(NetworkBuilder b, int n, List<ConfiguredPolicy> export, String... networks) {
    String name = "nva" + n;
    String address = "10." + n + ".1.4";
    nva(b, name, 65000 + n, address, networks);
    peer(b, name, address, RS, RS_IP, List.of(), export);
  }

  private static ConvergedState converge(NetworkBuilder b) {
    return converge(b, EngineSettings.defaults());
  }

  private static ConvergedState converge(NetworkBuilder b, EngineSettings settings) {
    return Simulation.converge(b.build(), settings);
  }

  private static Selection at(ConvergedState state, String node, String prefix) {
    return state.node(node).orElseThrow().table().get(px(prefix));
  }

  private static List<String> peers(List<Candidate> candidates) {
    return candidates.stream().map(Candidate::peer).toList();
  }

  private static BgpRoute sent(ConvergedState state, String from, String to, String prefix) {
    return state.node(from).orElseThrow().advertisedTo(to).get(px(prefix));
  }

  @Test
  void rejectsAPathHolding65515() {
    // S23a, S3, S9 (Appendix B rule 2): a path that already holds 65515 is dropped, not installed,
    // not propagated.
    NetworkBuilder b = hub();
    nvaPeered(b, 1, List.of(through(65515)), BRANCH);
    nvaPeered(b, 2, List.of());
    ConvergedState state = converge(b);
    NodeState rs = state.node(RS).orElseThrow();
    assertThat(rs.table()).doesNotContainKey(px(BRANCH));
    assertThat(rs.learnedFrom("nva1")).doesNotContainKey(px(BRANCH));
    assertThat(rs.rejections()).filteredOn(r -> r.route().prefix().equals(px(BRANCH))).singleElement().satisfies(r -> {
      assertThat(r.stage()).isEqualTo(Rejection.Stage.INBOUND_RULE);
      assertThat(r.route().attributes().asPath()).isEqualTo(AsPath.of(65001, 65515));
      assertThat(r.reason()).contains("holds 65515");
    });
    // The NVAs (FRR) also send the route server's own VNet prefix back to it, which the same check
    // drops (real-deployments.md R3).
    assertThat(rs.rejections()).filteredOn(r -> !r.route().prefix().equals(px(BRANCH)))
        .isNotEmpty().allSatisfy(r -> assertThat(r.reason()).contains("holds 65515"));
    assertThat(rs.advertisedTo("nva2")).doesNotContainKey(px(BRANCH));
    assertThat(state.sessions()).allMatch(SessionState::up);
  }

  @Test
  void equalLengthsFromDifferentNvasAreEcmp() {
    // S1 (facts 3.1): equal AS-path length from several NVAs -> one copy per next hop (ECMP).
    NetworkBuilder b = hub();
    nvaPeered(b, 1, List.of(), BRANCH);
    nvaPeered(b, 2, List.of(), BRANCH);
    Selection s = at(converge(b), RS, BRANCH);
    assertThat(peers(s.best())).containsExactly("nva1", "nva2");
    assertThat(s.best()).extracting(c -> c.route().attributes().nextHop().toString())
        .containsExactly("10.1.1.4", "10.2.1.4");
  }

  @Test
  void shorterAsPathWins() {
    // S1, S7, S8, S9, S15 (facts 3.1): prepending makes an NVA passive.
    NetworkBuilder b = hub();
    nvaPeered(b, 1, List.of(), BRANCH);
    nvaPeered(b, 2, List.of(through(65002, 65002)), BRANCH);
    Selection s = at(converge(b), RS, BRANCH);
    assertThat(peers(s.best())).containsExactly("nva1");
    assertThat(s.lost().keySet()).extracting(Candidate::peer).containsExactly("nva2");
    assertThat(s.lost().values()).containsExactly(DecisionStep.AS_PATH_LENGTH);
  }

  @Test
  void medIsIgnored() {
    // S27 (facts 3.1, Appendix B rule 3): MED 10 vs 50 still gives ECMP.
    NetworkBuilder b = hub();
    nvaPeered(b, 1, List.of(rewrite("med10", a -> a.med(10))), BRANCH);
    nvaPeered(b, 2, List.of(rewrite("med50", a -> a.med(50))), BRANCH);
    ConvergedState state = converge(b);
    Selection s = at(state, RS, BRANCH);
    assertThat(peers(s.best())).containsExactly("nva1", "nva2");
    assertThat(s.best()).extracting(c -> c.route().attributes().medOr(-1)).containsExactly(10L, 50L);
  }

  @Test
  void originAndLocalPreferenceAreIgnoredToo() {
    // S27 (only AS-path length is a lever) and Appendix B rule 3.
    NetworkBuilder b = hub();
    nvaPeered(b, 1, List.of(rewrite("incomplete", a -> a.origin(io.arsim.core.bgp.Origin.INCOMPLETE))), BRANCH);
    nvaPeered(b, 2, List.of(), BRANCH);
    assertThat(peers(at(converge(b), RS, BRANCH).best())).containsExactly("nva1", "nva2");
  }

  @Test
  void noAdvertiseRouteIsKeptButNotAdvertised() {
    // S1, S8 (facts 3.1): NO_ADVERTISE is programmed into VMs but sent to no peer.
    NetworkBuilder b = hub();
    nvaPeered(b, 1, List.of(rewrite("no-advertise", a -> a.addCommunity(Community.NO_ADVERTISE))), BRANCH);
    nvaPeered(b, 2, List.of());
    nvaPeered(b, 3, List.of());
    ConvergedState state = converge(b);
    assertThat(peers(at(state, RS, BRANCH).best())).containsExactly("nva1");
    for (String nva : List.of("nva1", "nva2", "nva3")) {
      assertThat(state.node(RS).orElseThrow().advertisedTo(nva)).doesNotContainKey(px(BRANCH));
    }
  }

  @Test
  void noAdvertiseRouteIsProgrammedIntoVms() {
    // S1, S8: the same through a topology; the VM's effective routes hold the NVA's route.
    Topology topology = Tiny.yaml(SpokeYaml.TEXT.replace("NETWORKS", "[192.168.0.0/16]")
        .replace("nextHopSelf: true}", "nextHopSelf: true, exportPolicies: [no-advertise]}")
        + "policies:\n  - {name: no-advertise, type: test-no-advertise}\n");
    Map<String, ConfiguredPolicy> policies = Map.of("no-advertise", new ConfiguredPolicy("no-advertise",
        "test-no-advertise", (context, route) -> io.arsim.policy.spi.PolicyResult.accept(route.withAttributes(
            route.attributes().toBuilder().addCommunity(Community.NO_ADVERTISE).build()))));
    ConvergedState state = Simulation.converge(
        new NetworkFactory(List.of(), EngineSettings.defaults()).build(topology, policies), EngineSettings.defaults());
    assertThat(Scenarios.effective(topology, state, "vm-hub"))
        .contains("VirtualNetworkGateway Active 192.168.0.0/16 VirtualNetworkGateway 10.0.1.4");
    assertThat(Scenarios.effective(topology, state, "vm-spoke1"))
        .contains("VirtualNetworkGateway Active 192.168.0.0/16 VirtualNetworkGateway 10.0.1.4");
    assertThat(at(state, "rs-hub/IN_0", BRANCH).primary().route().attributes().communities()
        .contains(Community.NO_ADVERTISE)).isTrue();
    assertThat(state.node("rs-hub/IN_0").orElseThrow().advertisedTo("nva1")).doesNotContainKey(px(BRANCH));
  }

  @Test
  void neverSendsAPeerItsOwnRouteBack() {
    // S24 (facts 3.1): a peer's own routes are not sent back to it.
    NetworkBuilder b = hub();
    nvaPeered(b, 1, List.of(), BRANCH);
    nvaPeered(b, 2, List.of());
    ConvergedState state = converge(b);
    assertThat(state.node(RS).orElseThrow().advertisedTo("nva1")).containsOnlyKeys(px("10.0.0.0/16"));
    assertThat(state.node(RS).orElseThrow().advertisedTo("nva2")).containsOnlyKeys(px("10.0.0.0/16"), px(BRANCH));
  }

  @Test
  void aPathHoldingTheReceivingPeersAsnIsNotSentToIt() {
    // real-deployments R1 (sender-side AS check): two NVAs with the same ASN do not receive each
    // other's routes from the route server; an NVA in another AS does.
    NetworkBuilder b = hub();
    nvaPeered(b, 1, List.of(), BRANCH);
    nva(b, "nva1b", 65001, "10.4.1.4", "192.168.4.0/24");
    peer(b, "nva1b", "10.4.1.4", RS, RS_IP, List.of(), List.of());
    nvaPeered(b, 2, List.of());
    ConvergedState state = converge(b);
    assertThat(Scenarios.advertised(state, RS, "nva1")).containsExactly("10.0.0.0/16 10.0.255.4 [65515]");
    assertThat(Scenarios.advertised(state, RS, "nva2")).containsExactly("10.0.0.0/16 10.0.255.4 [65515]",
        "192.168.0.0/16 10.0.255.4 [65515 65001]", "192.168.4.0/24 10.0.255.4 [65515 65001]");
  }

  @Test
  void anInstanceIgnoresARouteWhoseNextHopIsItsOwnAddress() {
    // real-deployments R1: an NVA passing the next hop on unchanged sends an instance's routes back
    // with the instance's own address as next hop; that instance ignores them, the other keeps them.
    NetworkBuilder b = hub();
    routeServer(b, "rs/IN_1", "10.0.255.5", HubRoutingPreference.ExpressRoute, false, EngineSettings.defaults(),
        "10.0.0.0/16");
    nva(b, "nva1", 65001, "10.1.1.4", BRANCH);
    var toRs = Tiny.rewrite("next-hop-rs", a -> a.nextHop(Tiny.ip(RS_IP)));
    peer(b, "nva1", "10.1.1.4", RS, RS_IP, List.of(), List.of(toRs));
    peer(b, "nva1", "10.1.1.4", "rs/IN_1", "10.0.255.5", List.of(), List.of(toRs));
    ConvergedState state = converge(b);
    assertThat(Scenarios.learned(state, RS, "nva1")).isEmpty();
    assertThat(state.node(RS).orElseThrow().rejections()).extracting(r -> r.rule() + ": " + r.reason()).contains(
        "own next hop: the next hop 10.0.255.4 is this instance's own address; an instance ignores such a route"
            + " (the other instance, whose address differs, keeps it; real-deployments R1)");
    assertThat(Scenarios.learned(state, "rs/IN_1", "nva1")).containsExactly("192.168.0.0/16 10.0.255.4 [65001]");
  }

  @Nested
  class EcmpAdvertisementRule {
    // S24 (facts 3.1, Appendix C: undocumented which ECMP member is advertised; EcmpAdvertisement).
    private ConvergedState state(EcmpAdvertisement rule) {
      EngineSettings settings = EngineSettings.defaults().withEcmpAdvertisement(rule);
      NetworkBuilder b = hub(HubRoutingPreference.ExpressRoute, false, settings);
      nvaPeered(b, 1, List.of(), BRANCH);
      nvaPeered(b, 2, List.of(), BRANCH);
      nvaPeered(b, 3, List.of());
      return converge(b, settings);
    }

    @Test
    void perPeerSendsEachNvaTheOtherMember() {
      ConvergedState state = state(EcmpAdvertisement.PER_PEER);
      assertThat(sent(state, RS, "nva1", BRANCH).attributes().asPath()).isEqualTo(AsPath.of(65515, 65002));
      assertThat(sent(state, RS, "nva2", BRANCH).attributes().asPath()).isEqualTo(AsPath.of(65515, 65001));
      assertThat(sent(state, RS, "nva3", BRANCH).attributes().asPath()).isEqualTo(AsPath.of(65515, 65001));
    }

    @Test
    void singleBestSendsTheFirstMemberToEveryoneButItsSource() {
      ConvergedState state = state(EcmpAdvertisement.SINGLE_BEST);
      assertThat(sent(state, RS, "nva1", BRANCH)).isNull();
      assertThat(sent(state, RS, "nva2", BRANCH).attributes().asPath()).isEqualTo(AsPath.of(65515, 65001));
      assertThat(sent(state, RS, "nva3", BRANCH).attributes().asPath()).isEqualTo(AsPath.of(65515, 65001));
    }
  }

  @Test
  void nextHopTowardNvasIsAlwaysTheInstanceAddressWhileVmsGetTheNvaNextHop() {
    // S24, S25, S38 (facts 3.3): toward NVAs the next hop is the instance IP; S6, S8: the next hop
    // programmed into VMs is the one the NVA sent (here an ILB frontend).
    NetworkBuilder b = hub();
    nvaPeered(b, 1, List.of(rewrite("ilb", a -> a.nextHop(Ipv4Address.parse("10.1.1.100")))), BRANCH);
    nvaPeered(b, 2, List.of());
    ConvergedState state = converge(b);
    assertThat(at(state, RS, BRANCH).primary().route().attributes().nextHop()).hasToString("10.1.1.100");
    assertThat(state.node(RS).orElseThrow().advertised().values()).allSatisfy(routes ->
        assertThat(routes.values()).allSatisfy(r -> assertThat(r.attributes().nextHop()).hasToString(RS_IP)));
  }

  @Test
  void asPathAndCommunitiesAreKeptAndOnly65515IsPrepended() {
    // S1 (facts 3.1: AS path and communities intact), S25 (reflected as [65515 <peer path>]).
    NetworkBuilder b = hub();
    nvaPeered(b, 1, List.of(through(65010), rewrite("tag", a -> a.addCommunity(Community.of(65001, 100))
        .addCommunity(Community.NO_EXPORT))), BRANCH);
    nvaPeered(b, 2, List.of());
    BgpRoute route = sent(converge(b), RS, "nva2", BRANCH);
    assertThat(route.attributes().asPath()).isEqualTo(AsPath.of(65515, 65001, 65010));
    assertThat(route.attributes().communities()).isEqualTo(Communities.of(Community.of(65001, 100),
        Community.NO_EXPORT));
    assertThat(route.attributes().hasMed()).isFalse();
  }

  @Test
  void vnetPrefixesAndRemoteGatewaySpokesAreAdvertisedAs65515() {
    // S1, S15, S24, S25 (facts 4.1): one route per address-space prefix of the VNet and of spokes
    // peered with useRemoteGateways, AS path [65515], next hop the instance; S24: a spoke peered
    // without useRemoteGateways is not advertised.
    Topology topology = Tiny.yaml(SpokeYaml.TEXT.replace("NETWORKS", "[]"));
    ConvergedState state = Scenarios.converge(topology);
    assertThat(Scenarios.advertised(state, "rs-hub/IN_0", "nva1")).containsExactly(
        "10.0.0.0/16 10.0.255.4 [65515]",
        "10.50.0.0/16 10.0.255.4 [65515]",
        "10.60.0.0/16 10.0.255.4 [65515]");
    assertThat(Scenarios.advertised(state, "rs-hub/IN_1", "nva1")).containsExactly(
        "10.0.0.0/16 10.0.255.5 [65515]",
        "10.50.0.0/16 10.0.255.5 [65515]",
        "10.60.0.0/16 10.0.255.5 [65515]");
  }

  /** A hub with a route server, an NVA, a useRemoteGateways spoke and a plainly peered spoke. */
  static final class SpokeYaml {
    static final String TEXT = """
        name: rules
        virtualNetworks:
          - name: hub
            location: westeurope
            addressSpace: [10.0.0.0/16, 10.50.0.0/16]
            subnets:
              - {name: RouteServerSubnet, addressPrefix: 10.0.255.0/27}
              - {name: nva, addressPrefix: 10.0.1.0/24}
              - {name: workload, addressPrefix: 10.0.2.0/24}
            virtualNetworkPeerings:
              - {name: hub-to-spoke1, remoteVirtualNetwork: spoke1, allowGatewayTransit: true}
              - {name: hub-to-spoke2, remoteVirtualNetwork: spoke2}
          - name: spoke1
            location: westeurope
            addressSpace: [10.60.0.0/16]
            subnets:
              - {name: workload, addressPrefix: 10.60.1.0/24}
            virtualNetworkPeerings:
              - {name: spoke1-to-hub, remoteVirtualNetwork: hub, useRemoteGateways: true}
          - name: spoke2
            location: westeurope
            addressSpace: [10.70.0.0/16]
            subnets:
              - {name: workload, addressPrefix: 10.70.1.0/24}
            virtualNetworkPeerings:
              - {name: spoke2-to-hub, remoteVirtualNetwork: hub}
        virtualMachines:
          - name: vm-hub
            networkInterfaces:
              - {subnet: hub/workload, privateIpAddress: 10.0.2.4}
          - name: vm-spoke1
            networkInterfaces:
              - {subnet: spoke1/workload, privateIpAddress: 10.60.1.4}
        routeServers:
          - name: rs-hub
            virtualNetwork: hub
            bgpConnections:
              - {name: nva1, peerIp: 10.0.1.4, peerAsn: 65001}
        networkVirtualAppliances:
          - name: nva1
            asn: 65001
            networkInterfaces:
              - {subnet: hub/nva, privateIpAddress: 10.0.1.4, enableIpForwarding: true}
            networks: NETWORKS
            bgpNeighbors:
              - {peerIp: 10.0.255.4, peerAsn: 65515, nextHopSelf: true}
              - {peerIp: 10.0.255.5, peerAsn: 65515, nextHopSelf: true}
        """;
  }

  @Nested
  class HubRoutingPreferenceWithAGateway {
    // S5, S11, S36 (facts 3.2), S1, S4, S8: hub routing preference between an ExpressRoute
    // gateway's routes and an NVA's. The gateway is iBGP to the route server (65515, S32).
    private static final String GW = "ergw";
    private static final String GW_IP = "10.0.254.4";

    private ConvergedState state(HubRoutingPreference preference, boolean b2b, long[] gatewayPath, long[] nvaPath) {
      NetworkBuilder b = hub(preference, b2b, EngineSettings.defaults());
      b.addNode(NodeSpec.of(GW, Asn.AZURE_ROUTE_SERVER, Tiny.ip(GW_IP), SpeakerKind.GATEWAY, GW,
          new Tiny.StaticSpeaker()).withPreferredUnder(HubRoutingPreference.ExpressRoute));
      b.addAddress(Tiny.ip(GW_IP), GW);
      b.addOriginated(GW, new BgpRoute(px(ONPREM), BgpRoute.LOCAL, PathAttributes.builder()
          .asPath(AsPath.of(gatewayPath)).nextHop(Tiny.ip(GW_IP)).build()));
      peer(b, GW, GW_IP, RS, RS_IP);
      nvaPeered(b, 1, List.of(through(nvaPath)), ONPREM);
      return converge(b);
    }

    /** On-premises path via ExpressRoute: [12076 65020], length 2. */
    private final long[] er = {12076, 65020};
    /** The NVA's path after its own ASN: [65001 65020], length 2. */
    private final long[] nvaEqual = {65020};

    @Test
    void expressRoutePreferenceProgramsTheGatewayOverAnEqualLengthNvaRoute() {
      Selection s = at(state(HubRoutingPreference.ExpressRoute, false, er, nvaEqual), RS, ONPREM);
      assertThat(peers(s.best())).containsExactly(GW);
      assertThat(s.lost()).containsValue(DecisionStep.ROUTING_PREFERENCE);
    }

    @Test
    void expressRoutePreferenceWinsEvenOverAShorterNvaPath() {
      Selection s = at(state(HubRoutingPreference.ExpressRoute, false, new long[] {12076, 65020, 65020}, new long[0]),
          RS, ONPREM);
      assertThat(peers(s.best())).containsExactly(GW);
    }

    @Test
    void vpnGatewayPreferenceProgramsTheNva() {
      Selection s = at(state(HubRoutingPreference.VpnGateway, false, er, nvaEqual), RS, ONPREM);
      assertThat(peers(s.best())).containsExactly("nva1");
      assertThat(s.lost()).containsValue(DecisionStep.ROUTING_PREFERENCE);
    }

    @Test
    void asPathPreferenceProgramsTheShorterPathWhateverTheSource() {
      Selection nvaShorter = at(state(HubRoutingPreference.ASPath, false, new long[] {12076, 65020, 65020},
          nvaEqual), RS, ONPREM);
      assertThat(peers(nvaShorter.best())).containsExactly("nva1");
      assertThat(nvaShorter.lost()).containsValue(DecisionStep.AS_PATH_LENGTH);
      Selection gatewayShorter = at(state(HubRoutingPreference.ASPath, false, new long[] {12076}, nvaEqual), RS,
          ONPREM);
      assertThat(peers(gatewayShorter.best())).containsExactly(GW);
      Selection equal = at(state(HubRoutingPreference.ASPath, false, er, nvaEqual), RS, ONPREM);
      assertThat(peers(equal.best())).containsExactlyInAnyOrder(GW, "nva1");
    }

    @Test
    void gatewayRoutesReachNvasOnlyWithBranchToBranch() {
      // S1, S4, S11 (facts 4.2, Appendix B rule 5): default off.
      ConvergedState off = state(HubRoutingPreference.ExpressRoute, false, er, new long[] {65020, 65020});
      assertThat(sent(off, RS, "nva1", ONPREM)).isNull();
      assertThat(off.node(RS).orElseThrow().advertisedTo(GW)).isEmpty();
      ConvergedState on = state(HubRoutingPreference.ExpressRoute, true, er, new long[] {65020, 65020});
      assertThat(sent(on, RS, "nva1", ONPREM).attributes().asPath()).isEqualTo(AsPath.of(65515, 12076, 65020));
      assertThat(sent(on, RS, "nva1", ONPREM).attributes().nextHop()).hasToString(RS_IP);
    }

    @Test
    void towardItsGatewayTheRouteServerReflectsNvaRoutesUnchangedAndNeverItsOwnVnet() {
      // real-deployments R1: toward the gateways of its VNet (iBGP) the route server reflects like a
      // route reflector, next hop and AS path unchanged; it never sends them its VNet's address space,
      // nor the gateway's own route back.
      NetworkBuilder b = hub(HubRoutingPreference.ExpressRoute, true, EngineSettings.defaults());
      b.addNode(NodeSpec.of(GW, Asn.AZURE_ROUTE_SERVER, Tiny.ip(GW_IP), SpeakerKind.GATEWAY, GW,
          new Tiny.StaticSpeaker()).withPreferredUnder(HubRoutingPreference.ExpressRoute));
      b.addAddress(Tiny.ip(GW_IP), GW);
      b.addOriginated(GW, new BgpRoute(px(ONPREM), BgpRoute.LOCAL, PathAttributes.builder()
          .asPath(AsPath.of(12076, 65020)).nextHop(Tiny.ip(GW_IP)).build()));
      peer(b, GW, GW_IP, RS, RS_IP);
      nvaPeered(b, 1, List.of(), BRANCH);
      ConvergedState state = converge(b);
      assertThat(Scenarios.advertised(state, RS, GW)).containsExactly("192.168.0.0/16 10.1.1.4 [65001]");
      assertThat(Scenarios.advertised(state, RS, "nva1")).containsExactly(
          "10.0.0.0/16 10.0.255.4 [65515]", "172.16.0.0/16 10.0.255.4 [65515 12076 65020]");
    }
  }

  @Nested
  class RouteLimit {
    // S1, S2, S31 (facts 2.1, Appendix B rule 2): routes held + routes in the update > limit tears
    // the session down.
    private ConvergedState withRoutes(int routes, int limit) {
      EngineSettings settings = EngineSettings.defaults().withRouteLimit(limit);
      NetworkBuilder b = hub(HubRoutingPreference.ExpressRoute, false, settings);
      String[] networks = new String[routes];
      for (int i = 0; i < routes; i++) {
        networks[i] = "192.168." + i + ".0/24";
      }
      nvaPeered(b, 1, List.of(), networks);
      return converge(b, settings);
    }

    @Test
    void exactlyTheLimitStaysUp() {
      ConvergedState state = withRoutes(3, 3);
      assertThat(state.session("nva1", RS).orElseThrow().up()).isTrue();
      assertThat(state.node(RS).orElseThrow().learnedFrom("nva1")).hasSize(3);
    }

    @Test
    void oneMoreThanTheLimitTearsTheSessionDownWithTheCountingRule() {
      ConvergedState state = withRoutes(4, 3);
      SessionState session = state.session("nva1", RS).orElseThrow();
      assertThat(session.up()).isFalse();
      assertThat(session.reason()).contains("nva1 advertised 4 routes to rs/IN_0", "the limit is 3 routes per peer",
          "routes held 0 + routes in the update 4 = 4 > 3", "torn down");
      assertThat(state.node(RS).orElseThrow().table()).containsOnlyKeys(px("10.0.0.0/16"));
    }
  }
}
