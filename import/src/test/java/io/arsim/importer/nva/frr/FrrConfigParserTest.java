package io.arsim.importer.nva.frr;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.Community;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.problem.Problem;
import io.arsim.core.problem.SourceLocation;
import io.arsim.importer.nva.Action;
import io.arsim.importer.nva.AddressFamilyActivation;
import io.arsim.importer.nva.AllowAsIn;
import io.arsim.importer.nva.AsPathAccessList;
import io.arsim.importer.nva.AsPathAccessListEntry;
import io.arsim.importer.nva.BgpAggregate;
import io.arsim.importer.nva.BgpNetwork;
import io.arsim.importer.nva.BgpPeer;
import io.arsim.importer.nva.BgpProcess;
import io.arsim.importer.nva.BgpRedistribution;
import io.arsim.importer.nva.CommunityList;
import io.arsim.importer.nva.CommunityListEntry;
import io.arsim.importer.nva.CommunityListKind;
import io.arsim.importer.nva.ConfigSamples;
import io.arsim.importer.nva.IgnoredLine;
import io.arsim.importer.nva.InterfaceAddress;
import io.arsim.importer.nva.InterfaceKind;
import io.arsim.importer.nva.MaximumPrefix;
import io.arsim.importer.nva.NvaConfig;
import io.arsim.importer.nva.NvaInterface;
import io.arsim.importer.nva.NvaParseResult;
import io.arsim.importer.nva.NvaVendor;
import io.arsim.importer.nva.OnMatch;
import io.arsim.importer.nva.PeerKind;
import io.arsim.importer.nva.PeerPolicy;
import io.arsim.importer.nva.PrefixList;
import io.arsim.importer.nva.PrefixListEntry;
import io.arsim.importer.nva.RemoteAs;
import io.arsim.importer.nva.RouteMap;
import io.arsim.importer.nva.RouteMapEntry;
import io.arsim.importer.nva.RouteMapMatch;
import io.arsim.importer.nva.RouteMapSet;
import io.arsim.importer.nva.StaticRoute;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The FRR reader against samples written from the FRR user guide (each sample names the pages it
 * follows). Expected values are what those pages say each statement means.
 */
class FrrConfigParserTest {

  private static Ipv4Prefix p(String text) {
    return Ipv4Prefix.parse(text);
  }

  private static Ipv4Address a(String text) {
    return Ipv4Address.parse(text);
  }

  @Test
  void readsTheRouteServerNvaWhole() {
    ConfigSamples s = ConfigSamples.load("frr/nva-route-server.conf");
    NvaParseResult result = FrrConfigParser.parse(s.name(), s.text());

    SourceLocation rsLine = s.at("neighbor RS peer-group");
    BgpProcess bgp = BgpProcess.builder(Asn.of(65001), s.at("router bgp 65001"))
        .routerId(a("10.0.1.4"))
        .ebgpRequiresPolicyDisabled(true)
        .asPathMultipathRelax(true)
        .maximumPathsEbgp(4)
        .peers(List.of(
            BgpPeer.builder("RS", PeerKind.PEER_GROUP, rsLine)
                .remoteAs(RemoteAs.of(Asn.of(65515)))
                .ebgpMultihop(true, 2)
                .ipv4Unicast(PeerPolicy.builder().asOverride(true).softReconfigurationInbound(true)
                    .routeMapIn("RS-IN").routeMapOut("RS-OUT").build())
                .build(),
            BgpPeer.builder("10.0.2.4", PeerKind.IPV4_ADDRESS, s.at("neighbor 10.0.2.4 peer-group RS"))
                .peerGroup("RS").description("route server instance 0").build(),
            BgpPeer.builder("10.0.2.5", PeerKind.IPV4_ADDRESS, s.at("neighbor 10.0.2.5 peer-group RS"))
                .peerGroup("RS").description("route server instance 1").build()))
        .networks(List.of(new BgpNetwork(p("10.1.1.0/24"), null, false, s.at("network 10.1.1.0/24"))))
        .aggregates(List.of(new BgpAggregate(p("10.1.0.0/16"), true, false, null,
            s.at("aggregate-address 10.1.0.0/16 summary-only"))))
        .build();
    NvaConfig expected = new NvaConfig(s.name(), NvaVendor.FRR, "nva1", "8.4.4", "traditional",
        List.of(
            new NvaInterface("eth0", InterfaceKind.OTHER, "trusted side",
                List.of(new InterfaceAddress(a("10.0.1.4"), 24, false)), null, null, false, s.at("interface eth0")),
            new NvaInterface("lo", InterfaceKind.LOOPBACK, null,
                List.of(new InterfaceAddress(a("10.255.0.1"), 32, false)), null, null, false, s.at("interface lo"))),
        List.of(
            new StaticRoute(p("10.1.1.0/24"), a("10.0.1.1"), null, null, null, s.at("ip route 10.1.1.0/24 10.0.1.1")),
            new StaticRoute(p("10.1.2.0/24"), a("10.0.1.1"), "eth0", 20, null,
                s.at("ip route 10.1.2.0/24 10.0.1.1 eth0 20"))),
        List.of(bgp),
        List.of(
            new PrefixList("DEFAULT", null, List.of(new PrefixListEntry(5, Action.PERMIT, p("0.0.0.0/0"), null, null,
                s.at("ip prefix-list DEFAULT seq 5 permit 0.0.0.0/0"))), s.at("ip prefix-list DEFAULT seq 5 permit 0.0.0.0/0")),
            new PrefixList("ONPREM", null, List.of(
                new PrefixListEntry(5, Action.PERMIT, p("10.1.0.0/16"), null, 24,
                    s.at("ip prefix-list ONPREM seq 5 permit 10.1.0.0/16 le 24")),
                new PrefixListEntry(10, Action.PERMIT, p("192.168.0.0/16"), 24, 32,
                    s.at("ip prefix-list ONPREM seq 10 permit 192.168.0.0/16 ge 24 le 32"))),
                s.at("ip prefix-list ONPREM seq 5 permit 10.1.0.0/16 le 24"))),
        List.of(
            new RouteMap("RS-IN", List.of(new RouteMapEntry(10, Action.PERMIT, null, List.of(),
                List.of(new RouteMapSet.LocalPreference(200, RouteMapSet.Adjustment.SET, s.at("set local-preference 200"))),
                null, null, s.at("route-map RS-IN permit 10"))), s.at("route-map RS-IN permit 10")),
            new RouteMap("RS-OUT", List.of(
                new RouteMapEntry(10, Action.PERMIT, null,
                    List.of(new RouteMapMatch.PrefixListMatch(List.of("ONPREM"), s.at("match ip address prefix-list ONPREM"))),
                    List.of(new RouteMapSet.NextHop(RouteMapSet.NextHopKind.ADDRESS, a("10.0.1.10"),
                        s.at("set ip next-hop 10.0.1.10"))),
                    null, null, s.at("route-map RS-OUT permit 10")),
                new RouteMapEntry(20, Action.PERMIT, null,
                    List.of(new RouteMapMatch.PrefixListMatch(List.of("DEFAULT"), s.at("match ip address prefix-list DEFAULT"))),
                    List.of(
                        new RouteMapSet.NextHop(RouteMapSet.NextHopKind.ADDRESS, a("10.0.1.11"), s.at("set ip next-hop 10.0.1.11")),
                        new RouteMapSet.AsPathPrepend(List.of(Asn.of(65001), Asn.of(65001)), 0,
                            s.at("set as-path prepend 65001 65001"))),
                    null, null, s.at("route-map RS-OUT permit 20"))),
                s.at("route-map RS-OUT permit 10"))),
        List.of(),
        List.of());

    assertThat(result.config()).isEqualTo(expected);
    assertThat(result.problems()).extracting(Problem::code).containsOnly(NvaParseResult.IGNORED);
    assertThat(result.ignoredLines()).containsExactly(
        new IgnoredLine("show running-config header", "Building configuration...", s.at("Building configuration...")),
        new IgnoredLine("show running-config header", "Current configuration:", s.at("Current configuration:")),
        new IgnoredLine("logging", "log syslog informational", s.at("log syslog informational")),
        new IgnoredLine("service", "service integrated-vtysh-config", s.at("service integrated-vtysh-config")),
        new IgnoredLine("line", "line vty", s.at("line vty")));
    // The peer group's members take as-override and the route maps from it (bgp.rst "Peer Groups").
    assertThat(result.config().bgp().orElseThrow().peer("10.0.2.4").orElseThrow().peerGroup()).isEqualTo("RS");
  }

  @Test
  void readsTheFirewallWithNextHopUnchangedAndSaysWhatUndefinedReferencesDo() {
    ConfigSamples s = ConfigSamples.load("frr/firewall-next-hop-unchanged.conf");
    NvaParseResult result = FrrConfigParser.parse(s.name(), s.text());
    NvaConfig config = result.config();

    assertThat(config.interfaces()).containsExactly(
        new NvaInterface("eth0", InterfaceKind.OTHER, null, List.of(new InterfaceAddress(a("10.10.1.4"), 24, false)),
            null, null, false, s.at("interface eth0")),
        new NvaInterface("eth1", InterfaceKind.OTHER, null, List.of(new InterfaceAddress(a("10.10.2.4"), 24, false)),
            null, null, false, s.at("interface eth1")),
        new NvaInterface("eth2", InterfaceKind.OTHER, null,
            List.of(new InterfaceAddress(a("192.168.100.4"), 24, false)), "mgmt", null, true,
            s.at("interface eth2 vrf mgmt")));
    assertThat(config.staticRoutes()).containsExactly(
        new StaticRoute(p("0.0.0.0/0"), a("192.168.100.1"), null, null, "mgmt", s.at("ip route 0.0.0.0/0 192.168.100.1")),
        new StaticRoute(p("0.0.0.0/0"), a("10.10.1.1"), null, null, null, s.at("ip route 0.0.0.0/0 10.10.1.1")),
        new StaticRoute(p("10.20.0.0/16"), a("10.10.2.1"), "eth1", 10, null, s.at("ip route 10.20.0.0/16 10.10.2.1 eth1 10")),
        new StaticRoute(p("10.99.0.0/16"), null, "blackhole", null, null, s.at("ip route 10.99.0.0/16 blackhole")));

    BgpProcess bgp = config.bgp().orElseThrow();
    assertThat(bgp.maximumPathsEbgp()).as("no maximum-paths line: absent, not FRR's default").isNull();
    assertThat(bgp.maximumPathsIbgp()).isEqualTo(2);
    assertThat(List.of(bgp.ebgpRequiresPolicyDisabled(), bgp.networkImportCheckDisabled(), bgp.deterministicMed(),
        bgp.alwaysCompareMed(), bgp.asPathMultipathRelax())).containsExactly(true, true, true, true, false);
    assertThat(bgp.peer("10.10.0.4").orElseThrow()).isEqualTo(
        BgpPeer.builder("10.10.0.4", PeerKind.IPV4_ADDRESS, s.at("neighbor 10.10.0.4 remote-as 65515"))
            .remoteAs(RemoteAs.of(Asn.of(65515))).ebgpMultihop(true, null)
            .ipv4Unicast(PeerPolicy.builder().routeMapOut("RS-OUT").allowAsIn(new AllowAsIn(null, true)).build())
            .build());
    assertThat(bgp.peer("10.30.0.1").orElseThrow()).isEqualTo(
        BgpPeer.builder("10.30.0.1", PeerKind.IPV4_ADDRESS, s.at("neighbor 10.30.0.1 remote-as 65020"))
            .remoteAs(RemoteAs.of(Asn.of(65020))).updateSource("eth1").disableConnectedCheck(true).port(1179)
            .activation(new AddressFamilyActivation("ipv6 unicast", true, s.at("neighbor 10.30.0.1 activate")))
            .ipv4Unicast(PeerPolicy.builder().routeMapOut("PASS-THROUGH").prefixListIn("FROM-BRANCH")
                .filterListIn("BRANCH").maximumPrefix(new MaximumPrefix(1000, 90, true, null)).removePrivateAs("all")
                .sendCommunityDisabled(true).build())
            .build());
    assertThat(bgp.peer("10.30.0.1").orElseThrow().ipv4UnicastActivation()).isEmpty();
    assertThat(bgp.networks()).containsExactly(
        new BgpNetwork(p("0.0.0.0/0"), "DEFAULT-NH", false, s.at("network 0.0.0.0/0 route-map DEFAULT-NH")));
    assertThat(bgp.redistributions()).containsExactly(
        new BgpRedistribution("static", null, "STATIC-TO-BGP", s.at("redistribute static route-map STATIC-TO-BGP")));

    assertThat(config.asPathAccessLists()).containsExactly(new AsPathAccessList("BRANCH", List.of(
        new AsPathAccessListEntry(5, Action.PERMIT, "^65020_", s.at("bgp as-path access-list BRANCH seq 5 permit ^65020_")),
        new AsPathAccessListEntry(10, Action.DENY, ".*", s.at("bgp as-path access-list BRANCH seq 10 deny .*"))),
        s.at("bgp as-path access-list BRANCH seq 5 permit ^65020_")));
    String expandedLine = "bgp community-list expanded BRANCH-TAGS seq 5 permit ^65020:[0-9]+ 65010:1$";
    String standardLine = "bgp community-list standard NO-EXPORT-ALL seq 5 permit 65010:666 no-export";
    assertThat(config.communityLists()).containsExactly(
        new CommunityList("BRANCH-TAGS", CommunityListKind.EXPANDED, List.of(new CommunityListEntry(5, Action.PERMIT,
            List.of(), "^65020:[0-9]+ 65010:1$", s.at(expandedLine))), s.at(expandedLine)),
        new CommunityList("NO-EXPORT-ALL", CommunityListKind.STANDARD, List.of(new CommunityListEntry(5, Action.PERMIT,
            List.of(Community.of(65010, 666), Community.NO_EXPORT), "", s.at(standardLine))), s.at(standardLine)));

    RouteMap passThrough = config.routeMap("PASS-THROUGH").orElseThrow();
    assertThat(passThrough.entries()).containsExactly(
        new RouteMapEntry(10, Action.PERMIT, null,
            List.of(new RouteMapMatch.AsPathMatch(List.of("BRANCH"), s.at("match as-path BRANCH"))),
            List.of(new RouteMapSet.NextHop(RouteMapSet.NextHopKind.UNCHANGED, null, s.at("set ip next-hop unchanged"))),
            null, new OnMatch(0, s.at("on-match next")), s.at("route-map PASS-THROUGH permit 10")),
        new RouteMapEntry(20, Action.PERMIT, null,
            List.of(new RouteMapMatch.CommunityMatch(List.of("BRANCH-TAGS"), false, s.at("match community BRANCH-TAGS"))),
            List.of(new RouteMapSet.Communities(List.of(Community.of(65010, 100)), true, false,
                    s.at("set community 65010:100 additive")),
                new RouteMapSet.Metric(10, RouteMapSet.Adjustment.ADD, s.at("set metric +10"))),
            null, null, s.at("route-map PASS-THROUGH permit 20")),
        new RouteMapEntry(30, Action.DENY, null, List.of(), List.of(), null, null, s.at("route-map PASS-THROUGH deny 30")));
    assertThat(config.routeMap("RS-OUT").orElseThrow().entries().get(0).sets()).containsExactly(
        new RouteMapSet.NextHop(RouteMapSet.NextHopKind.ADDRESS, a("10.10.1.100"), s.at("set ip next-hop 10.10.1.100")),
        new RouteMapSet.AsPathReplace(Asn.of(65020), null, s.at("set as-path replace 65020")));
    RouteMapEntry defaultNh = config.routeMap("DEFAULT-NH").orElseThrow().entries().get(0);
    assertThat(defaultNh.sets()).containsExactly(
        new RouteMapSet.NextHop(RouteMapSet.NextHopKind.PEER_ADDRESS, null, s.at("set ip next-hop peer-address")));
    assertThat(defaultNh.call()).isEqualTo("COMMON");

    // References to what is not defined, each with what FRR does then (bgp_route.c, bgp_routemap.c).
    assertThat(result.problems()).filteredOn(pr -> !pr.code().equals(NvaParseResult.IGNORED))
        .extracting(pr -> pr.location().line() + " " + pr.code())
        .containsExactly(
            s.lineOf("neighbor 10.30.0.1 remote-as 65020") + " nva-undefined-prefix-list",
            s.lineOf("match ip address prefix-list STATIC-ALLOWED") + " nva-undefined-prefix-list",
            s.lineOf("route-map DEFAULT-NH permit 10") + " nva-undefined-route-map");
    assertThat(result.problems()).filteredOn(pr -> pr.code().equals("nva-undefined-prefix-list"))
        .extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("FROM-BRANCH").contains("permits every route"))
        .anySatisfy(m -> assertThat(m).contains("STATIC-ALLOWED").contains("no match"));
    assertThat(result.ignoredLines()).extracting(IgnoredLine::kind, IgnoredLine::text).containsExactly(
        org.assertj.core.groups.Tuple.tuple("IPv6 (arsim models IPv4 only)", "ipv6 nd suppress-ra"),
        org.assertj.core.groups.Tuple.tuple("BGP session options (password, timers, BFD, capabilities)",
            "neighbor 10.30.0.1 password s3cret"),
        org.assertj.core.groups.Tuple.tuple("address-family ipv6 unicast", "address-family ipv6 unicast"),
        org.assertj.core.groups.Tuple.tuple("address-family ipv6 unicast", "redistribute connected"),
        org.assertj.core.groups.Tuple.tuple("address-family ipv6 unicast", "exit-address-family"));
  }

  @Test
  void reportsEveryLineNotUnderstoodAndEveryInvalidValueWithItsLine() {
    String text = String.join("\n",
        "hostname r1",                                      // 1
        "router ospf",                                      // 2  not understood
        " ospf router-id 1.1.1.1",                          // 3  not understood (indented, in no known block)
        "ip nht resolve-via-default",                       // 4  not understood
        "interface eth0",                                   // 5
        " ip address 10.0.0.4/24",                          // 6
        " ip ospf cost 10",                                 // 7  not understood inside a known block
        "ip route 10.0.0.1/8 10.0.0.1",                     // 8  host bits set
        "ip prefix-list P seq 5 permit 10.0.0.0/16 ge 8",   // 9  ge shorter than the prefix
        "ip prefix-list P seq 10 permit 10.1.0.0/16 le 20", // 10
        "router bgp 65001",                                 // 11
        " neighbor G1 peer-group",                          // 12
        " neighbor G1 remote-as 65002",                     // 13
        " neighbor G2 peer-group",                          // 14
        " neighbor G2 remote-as 65003",                     // 15
        " neighbor 10.0.0.9 peer-group G1",                 // 16
        " neighbor 10.0.0.9 peer-group G2",                 // 17 second peer group
        " neighbor 10.0.0.9 route-map MISSING in",          // 18
        " bgp bestpath compare-routerid",                   // 19 not understood
        "exit",                                             // 20
        "route-map RM permit 10",                           // 21
        " match ip address 10",                             // 22 an access list: not modelled
        " on-match goto 5",                                 // 23 backwards
        "exit",
        "");
    NvaParseResult result = FrrConfigParser.parse("r1.conf", text);

    assertThat(result.notUnderstood()).extracting(Problem::render).containsExactly(
        "r1.conf:2: warning: \"router ospf\" — not understood, ignored [nva-line-not-understood]\n"
            + "  fix: check the statement's spelling; statements arsim does not model do not change the simulation",
        "r1.conf:3: warning: \"ospf router-id 1.1.1.1\" — not understood, ignored [nva-line-not-understood]\n"
            + "  fix: check the statement's spelling; statements arsim does not model do not change the simulation",
        "r1.conf:4: warning: \"ip nht resolve-via-default\" — not understood, ignored [nva-line-not-understood]\n"
            + "  fix: check the statement's spelling; statements arsim does not model do not change the simulation",
        "r1.conf:7: warning: \"ip ospf cost 10\" — not understood, ignored [nva-line-not-understood]\n"
            + "  fix: check the statement's spelling; statements arsim does not model do not change the simulation",
        "r1.conf:19: warning: \"bgp bestpath compare-routerid\" — not understood, ignored [nva-line-not-understood]\n"
            + "  fix: check the statement's spelling; statements arsim does not model do not change the simulation",
        "r1.conf:22: warning: \"match ip address 10\" — not understood, ignored [nva-line-not-understood]\n"
            + "  fix: check the statement's spelling; statements arsim does not model do not change the simulation");
    assertThat(result.problems()).filteredOn(pr -> !pr.code().equals(NvaParseResult.NOT_UNDERSTOOD))
        .extracting(pr -> pr.location().line() + " " + pr.code())
        .containsExactly("8 nva-invalid-value", "9 nva-invalid-value", "16 nva-undefined-route-map",
            "17 nva-neighbor-in-two-peer-groups", "23 nva-route-map-goto-backwards");
    assertThat(result.problems()).filteredOn(pr -> pr.location().line() == 8).extracting(Problem::message)
        .containsExactly("invalid prefix: \"10.0.0.1/8\" has host bits set; the network address of a /8 is 10.0.0.0,"
            + " so write 10.0.0.0/8; the statement is ignored");
    assertThat(result.problems()).filteredOn(pr -> pr.location().line() == 17).extracting(Problem::message)
        .containsExactly("neighbor 10.0.0.9 is already in peer group G1 (line 16); a neighbour belongs to one peer"
            + " group and the router refuses the second one, so it stays in G1");
    assertThat(result.problems()).filteredOn(pr -> pr.location().line() == 16).extracting(Problem::message)
        .containsExactly("neighbor 10.0.0.9 route-map in refers to route map MISSING, which is not defined; FRR"
            + " treats a missing route map as deny-all, so no route is accepted from 10.0.0.9");
    NvaConfig config = result.config();
    assertThat(config.staticRoutes()).isEmpty();
    assertThat(config.prefixList("P").orElseThrow().entries()).extracting(PrefixListEntry::sequence).containsExactly(10L);
    assertThat(config.bgp().orElseThrow().peer("10.0.0.9").orElseThrow().peerGroup()).isEqualTo("G1");
    assertThat(config.interfaceNamed("eth0").orElseThrow().addresses())
        .containsExactly(new InterfaceAddress(a("10.0.0.4"), 24, false));
  }

  @Test
  void numbersEntriesWithoutSequenceAsFrrDoes() {
    // filter.rst: without seq, the next multiple of 5 above the highest number so far.
    NvaParseResult result = FrrConfigParser.parse("f.conf", String.join("\n",
        "ip prefix-list A permit 10.0.0.0/8",
        "ip prefix-list A seq 7 permit 10.1.0.0/16",
        "ip prefix-list A deny any",
        "bgp as-path access-list L permit _65001_",
        "bgp as-path access-list L deny .*"));
    assertThat(result.config().prefixList("A").orElseThrow().entries())
        .extracting(PrefixListEntry::sequence, PrefixListEntry::prefix, PrefixListEntry::le)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(5L, p("10.0.0.0/8"), null),
            org.assertj.core.groups.Tuple.tuple(7L, p("10.1.0.0/16"), null),
            org.assertj.core.groups.Tuple.tuple(10L, p("0.0.0.0/0"), 32));
    assertThat(result.config().asPathAccessList("L").orElseThrow().entries())
        .extracting(AsPathAccessListEntry::sequence).containsExactly(5L, 10L);
    assertThat(result.problems()).isEmpty();
  }
}
