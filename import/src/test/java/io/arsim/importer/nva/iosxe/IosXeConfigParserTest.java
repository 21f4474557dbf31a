package io.arsim.importer.nva.iosxe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.Community;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.problem.Problem;
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
import io.arsim.importer.nva.Tunnel;
import io.arsim.importer.nva.TunnelMode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The IOS-XE reader against a Catalyst 8000v running-config written from Cisco's IOS XE BGP, static
 * routing and IPsec VTI documentation (the sample names the chapters it follows).
 */
class IosXeConfigParserTest {

  private static final ConfigSamples S = ConfigSamples.load("iosxe/c8000v-sdwan.cfg");
  private static final NvaParseResult RESULT = IosXeConfigParser.parse(S.name(), S.text());

  private static Ipv4Prefix p(String text) {
    return Ipv4Prefix.parse(text);
  }

  private static Ipv4Address a(String text) {
    return Ipv4Address.parse(text);
  }

  @Test
  void readsInterfacesLoopbacksAndIpsecTunnels() {
    assertThat(RESULT.config().interfaces()).containsExactly(
        new NvaInterface("Loopback0", InterfaceKind.LOOPBACK, "router id and BGP source",
            List.of(new InterfaceAddress(a("10.255.10.1"), 32, false)), null, null, false, S.at("interface Loopback0")),
        new NvaInterface("Loopback1", InterfaceKind.LOOPBACK, null,
            List.of(new InterfaceAddress(a("10.200.1.1"), 24, false), new InterfaceAddress(a("10.200.2.1"), 24, true)),
            null, null, false, S.at("interface Loopback1")),
        new NvaInterface("Tunnel11", InterfaceKind.TUNNEL, "IPsec to hub NVA, path 1",
            List.of(new InterfaceAddress(a("169.254.21.2"), 30, false)), null,
            new Tunnel("GigabitEthernet1", null, a("203.0.113.10"), TunnelMode.IPSEC, "ipsec ipv4", "AZ-IPSEC-PROFILE"),
            false, S.at("interface Tunnel11")),
        new NvaInterface("Tunnel12", InterfaceKind.TUNNEL, "IPsec to hub NVA, path 2",
            List.of(new InterfaceAddress(a("169.254.22.2"), 30, false)), null,
            new Tunnel(null, a("198.51.100.20"), a("203.0.113.11"), TunnelMode.IPSEC, "ipsec ipv4", "AZ-IPSEC-PROFILE"),
            false, S.at("interface Tunnel12")),
        new NvaInterface("GigabitEthernet1", InterfaceKind.OTHER, null,
            List.of(new InterfaceAddress(a("198.51.100.20"), 24, false)), null, null, false,
            S.at("interface GigabitEthernet1")),
        new NvaInterface("GigabitEthernet2", InterfaceKind.OTHER, "LAN",
            List.of(new InterfaceAddress(a("192.168.50.1"), 24, false)), "MGMT", null, true,
            S.at("interface GigabitEthernet2")));
    assertThat(RESULT.config().interfaceNamed("Tunnel11").orElseThrow().tunnel().isIpsec()).isTrue();
  }

  @Test
  void readsStaticRoutesAndTheNetworkTheyBack() {
    assertThat(RESULT.config().staticRoutes()).containsExactly(
        new StaticRoute(p("0.0.0.0/0"), a("198.51.100.1"), "GigabitEthernet1", null, null,
            S.at("ip route 0.0.0.0 0.0.0.0 GigabitEthernet1 198.51.100.1")),
        new StaticRoute(p("10.200.0.0/16"), null, "Null0", 250, null, S.at("ip route 10.200.0.0 255.255.0.0 Null0 250")),
        new StaticRoute(p("203.0.113.0/24"), a("198.51.100.1"), null, null, null,
            S.at("ip route 203.0.113.0 255.255.255.0 198.51.100.1 name to-azure")));
    // "network 10.200.0.0 mask 255.255.0.0" is backed by the Null0 static of the same prefix.
    BgpProcess bgp = RESULT.config().bgp().orElseThrow();
    assertThat(bgp.networks()).extracting(BgpNetwork::prefix).contains(RESULT.config().staticRoutes().get(1).prefix());
  }

  @Test
  void readsBgpOverTheTunnelAddressesWhole() {
    BgpProcess expected = BgpProcess.builder(Asn.of(65100), S.at("router bgp 65100"))
        .routerId(a("10.255.10.1"))
        .defaultIpv4Unicast(false)
        .maximumPathsEbgp(2)
        .peers(List.of(
            BgpPeer.builder("HUB", PeerKind.PEER_GROUP, S.at("neighbor HUB peer-group"))
                .remoteAs(RemoteAs.of(Asn.of(65001))).ebgpMultihop(true, 2)
                .ipv4Unicast(PeerPolicy.builder().sendCommunity("both").routeMapOut("TO-HUB").routeMapIn("FROM-HUB").build())
                .build(),
            BgpPeer.builder("169.254.21.1", PeerKind.IPV4_ADDRESS, S.at("neighbor 169.254.21.1 peer-group HUB"))
                .peerGroup("HUB").description("hub NVA over Tunnel11")
                .activation(new AddressFamilyActivation("ipv4 unicast", true, S.at("neighbor 169.254.21.1 activate")))
                .build(),
            BgpPeer.builder("169.254.22.1", PeerKind.IPV4_ADDRESS, S.at("neighbor 169.254.22.1 peer-group HUB"))
                .peerGroup("HUB").description("hub NVA over Tunnel12")
                .activation(new AddressFamilyActivation("ipv4 unicast", true, S.at("neighbor 169.254.22.1 activate")))
                .build(),
            BgpPeer.builder("10.255.0.1", PeerKind.IPV4_ADDRESS, S.at("neighbor 10.255.0.1 remote-as 65001"))
                .remoteAs(RemoteAs.of(Asn.of(65001))).updateSource("Loopback0").ebgpMultihop(true, 3)
                .activation(new AddressFamilyActivation("ipv4 unicast", true, S.at("neighbor 10.255.0.1 activate")))
                .ipv4Unicast(PeerPolicy.builder().nextHopSelf(true).allowAsIn(new AllowAsIn(2, false))
                    .filterListIn("10").prefixListIn("HUB-PREFIXES").weight(200L).build())
                .build()))
        .networks(List.of(
            new BgpNetwork(p("10.200.0.0/16"), null, false, S.at("network 10.200.0.0 mask 255.255.0.0")),
            new BgpNetwork(p("10.255.10.1/32"), null, false, S.at("network 10.255.10.1 mask 255.255.255.255"))))
        .aggregates(List.of(new BgpAggregate(p("10.200.0.0/16"), true, false, null,
            S.at("aggregate-address 10.200.0.0 255.255.0.0 summary-only"))))
        .redistributions(List.of(new BgpRedistribution("connected", null, "CONNECTED",
            S.at("redistribute connected route-map CONNECTED"))))
        .build();
    assertThat(RESULT.config().bgpProcesses()).containsExactly(expected);
    assertThat(expected.peer("10.255.0.1").orElseThrow().ipv4UnicastActivation()).contains(true);
  }

  @Test
  void readsListsAndRouteMapsWithCiscoDefaults() {
    NvaConfig c = RESULT.config();
    assertThat(c.prefixLists()).containsExactly(
        new PrefixList("BRANCH", "prefixes this branch announces", List.of(
            new PrefixListEntry(5, Action.PERMIT, p("10.200.0.0/16"), null, null,
                S.at("ip prefix-list BRANCH seq 5 permit 10.200.0.0/16")),
            new PrefixListEntry(10, Action.PERMIT, p("10.255.10.1/32"), null, null,
                S.at("ip prefix-list BRANCH seq 10 permit 10.255.10.1/32"))),
            S.at("ip prefix-list BRANCH description prefixes this branch announces")),
        new PrefixList("HUB-PREFIXES", null, List.of(
            new PrefixListEntry(5, Action.PERMIT, p("10.0.0.0/8"), 16, 24,
                S.at("ip prefix-list HUB-PREFIXES seq 5 permit 10.0.0.0/8 ge 16 le 24")),
            new PrefixListEntry(10, Action.DENY, p("0.0.0.0/0"), null, 32,
                S.at("ip prefix-list HUB-PREFIXES seq 10 deny 0.0.0.0/0 le 32"))),
            S.at("ip prefix-list HUB-PREFIXES seq 5 permit 10.0.0.0/8 ge 16 le 24")));
    assertThat(c.asPathAccessLists()).containsExactly(new AsPathAccessList("10", List.of(
        new AsPathAccessListEntry(5, Action.PERMIT, "^65001$", S.at("ip as-path access-list 10 permit ^65001$")),
        new AsPathAccessListEntry(10, Action.DENY, ".*", S.at("ip as-path access-list 10 deny .*"))),
        S.at("ip as-path access-list 10 permit ^65001$")));
    assertThat(c.communityLists()).containsExactly(
        new CommunityList("1", CommunityListKind.STANDARD, List.of(new CommunityListEntry(5, Action.PERMIT, List.of(), "",
            S.at("ip community-list 1 permit internet"))), S.at("ip community-list 1 permit internet")),
        new CommunityList("ANY-HUB", CommunityListKind.EXPANDED, List.of(new CommunityListEntry(5, Action.PERMIT,
            List.of(), "^65001:.*", S.at("ip community-list expanded ANY-HUB permit ^65001:.*"))),
            S.at("ip community-list expanded ANY-HUB permit ^65001:.*")),
        new CommunityList("HUB-TAG", CommunityListKind.STANDARD, List.of(new CommunityListEntry(5, Action.PERMIT,
            List.of(Community.of(65001, 100)), "", S.at("ip community-list standard HUB-TAG permit 65001:100"))),
            S.at("ip community-list standard HUB-TAG permit 65001:100")));
    assertThat(c.routeMaps()).containsExactly(
        new RouteMap("CONNECTED", List.of(new RouteMapEntry(10, Action.PERMIT, null,
            List.of(new RouteMapMatch.PrefixListMatch(List.of("BRANCH"), S.at(S.lineOf("route-map CONNECTED permit 10") + 1))),
            List.of(), null, null, S.at("route-map CONNECTED permit 10"))), S.at("route-map CONNECTED permit 10")),
        new RouteMap("FROM-HUB", List.of(
            new RouteMapEntry(10, Action.PERMIT, null,
                List.of(new RouteMapMatch.CommunityMatch(List.of("HUB-TAG"), false, S.at("match community HUB-TAG"))),
                List.of(new RouteMapSet.LocalPreference(150, RouteMapSet.Adjustment.SET, S.at("set local-preference 150"))),
                null, new OnMatch(20, S.at("continue 20")), S.at("route-map FROM-HUB permit 10")),
            new RouteMapEntry(20, Action.PERMIT, null,
                List.of(new RouteMapMatch.AsPathMatch(List.of("10"), S.at("match as-path 10"))),
                List.of(new RouteMapSet.Weight(50, S.at("set weight 50"))),
                null, null, S.at("route-map FROM-HUB permit 20"))),
            S.at("route-map FROM-HUB permit 10")),
        new RouteMap("TO-HUB", List.of(
            new RouteMapEntry(10, Action.PERMIT, null,
                List.of(new RouteMapMatch.PrefixListMatch(List.of("BRANCH"), S.at(S.lineOf("route-map TO-HUB permit 10") + 1))),
                List.of(new RouteMapSet.Communities(List.of(Community.of(65100, 1), Community.of(65100, 2)), true, false,
                        S.at("set community 65100:1 65100:2 additive")),
                    new RouteMapSet.AsPathPrepend(List.of(Asn.of(65100)), 0, S.at("set as-path prepend 65100"))),
                null, null, S.at("route-map TO-HUB permit 10")),
            new RouteMapEntry(20, Action.DENY, null, List.of(), List.of(), null, null, S.at("route-map TO-HUB deny 20"))),
            S.at("route-map TO-HUB permit 10")));
    assertThat(c.hostname()).isEqualTo("branch-c8kv");
    assertThat(c.softwareVersion()).isEqualTo("17.9");
    assertThat(c.vendor()).isEqualTo(NvaVendor.CISCO_IOS_XE);
  }

  @Test
  void reportsEveryLineItDoesNotUnderstandWithItsLineAndListsEveryIgnoredLine() {
    assertThat(RESULT.notUnderstood()).extracting(pr -> pr.location().line(), Problem::message).containsExactly(
        tuple(S.lineOf("router ospf 1"), "\"router ospf 1\" — not understood, ignored"),
        tuple(S.lineOf("network 10.200.0.0 0.0.255.255 area 0"),
            "\"network 10.200.0.0 0.0.255.255 area 0\" — not understood, ignored"));
    assertThat(RESULT.problems()).extracting(Problem::code)
        .containsOnly(NvaParseResult.NOT_UNDERSTOOD, NvaParseResult.IGNORED);

    // Every line of the file is understood, ignored (and listed), not understood (and warned), or a
    // comment: no line is dropped silently.
    List<String> lines = S.text().lines().toList();
    Set<Integer> ignored = RESULT.ignoredLines().stream().map(l -> l.location().line()).collect(Collectors.toSet());
    Set<Integer> warned = RESULT.notUnderstood().stream().map(pr -> pr.location().line()).collect(Collectors.toSet());
    Set<Integer> crypto = new TreeSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("crypto ") || (line.startsWith(" ") && !crypto.isEmpty() && crypto.contains(i)
          && !line.strip().startsWith("!"))) {
        crypto.add(i + 1);
      }
    }
    assertThat(ignored).containsAll(crypto);
    for (String unrelated : List.of("aaa new-model", "no logging console", "snmp-server location azure-westeurope",
        "ntp server 0.pool.ntp.org", "line vty 0 4", "transport input ssh", "license boot level network-advantage addon dna-advantage",
        "Authorised access only.", "ip ssh version 2", "netconf-yang", "3082032E 30820216 A0030201 02020101 300D0609 2A864886 F70D0101 05050030",
        "pre-shared-key 6 SecretKeyGoesHere", "neighbor 10.255.0.1 timers 10 30", "ip tcp adjust-mss 1350".repeat(1))) {
      if (unrelated.equals("ip tcp adjust-mss 1350")) {
        continue; // twice in the file; checked below
      }
      assertThat(ignored).as(unrelated).contains(S.lineOf(unrelated));
    }
    assertThat(RESULT.ignoredLines()).filteredOn(l -> l.text().equals("ip tcp adjust-mss 1350")).hasSize(2);
    assertThat(ignored).doesNotContainAnyElementsOf(warned);
    assertThat(RESULT.ignoredLines()).extracting(IgnoredLine::kind).contains("crypto", "line", "logging", "aaa", "ntp",
        "snmp", "banner", "show running-config header", "vrf definition", "interface settings");
    assertThat(RESULT.summary()).extracting(Problem::message)
        .contains("29 lines of crypto configuration ignored (lines " + S.lineOf("crypto pki trustpoint TP-self-signed-1234567890")
            + ".." + S.lineOf("set ikev2-profile AZ-IKE-PROFILE") + "); they do not affect routing");
  }

  @Test
  void appliesCiscoPrefixListBoundsAndClassfulNetworks() {
    NvaParseResult r = IosXeConfigParser.parse("r.cfg", String.join("\n",
        "ip prefix-list A seq 5 permit 10.0.0.0/16 ge 16",   // Cisco: ge must be longer than the prefix
        "ip prefix-list A seq 10 permit 10.0.0.0/16 ge 17",
        "ip prefix-list A permit 10.1.0.0/16",
        "router bgp 65001",
        " network 172.16.0.0",
        " network 10.0.0.1 mask 255.0.0.0",
        " neighbor 10.9.9.9 route-map NOPE out",
        " address-family ipv4 vrf BLUE",
        "  neighbor 10.8.8.8 remote-as 65009",
        "  maximum-paths eibgp 3",
        " exit-address-family",
        "route-map R",
        " match ip address prefix-list A",
        "interface GigabitEthernet3",
        " ip address 10.0.0.1 255.0.255.0",
        ""));
    assertThat(r.config().prefixList("A").orElseThrow().entries())
        .extracting(PrefixListEntry::sequence, PrefixListEntry::ge).containsExactly(tuple(10L, 17), tuple(15L, null));
    assertThat(r.config().bgp().orElseThrow().networks()).extracting(BgpNetwork::prefix)
        .containsExactly(p("172.16.0.0/16"));
    assertThat(r.config().bgpProcesses()).hasSize(2);
    BgpProcess blue = r.config().bgpProcesses().get(1);
    assertThat(blue.vrf()).isEqualTo("BLUE");
    assertThat(blue.asn()).isEqualTo(Asn.of(65001));
    assertThat(List.of(blue.maximumPathsEbgp(), blue.maximumPathsIbgp())).containsExactly(3, 3);
    assertThat(blue.peers()).extracting(BgpPeer::name).containsExactly("10.8.8.8");
    assertThat(r.config().routeMap("R").orElseThrow().entries())
        .extracting(RouteMapEntry::sequence, RouteMapEntry::action).containsExactly(tuple(10L, Action.PERMIT));
    assertThat(r.problems()).extracting(pr -> pr.location().line() + " " + pr.code()).containsExactly(
        "1 nva-invalid-value", "6 nva-invalid-value", "7 nva-neighbor-without-remote-as", "7 nva-undefined-route-map",
        "15 nva-invalid-value");
    assertThat(r.problems()).filteredOn(pr -> pr.location().line() == 15).extracting(Problem::message)
        .containsExactly("invalid mask \"255.0.255.0\": a network mask is one bits followed by zero bits, like"
            + " 255.255.255.0; the statement is ignored");
    assertThat(r.problems()).filteredOn(pr -> pr.location().line() == 1).extracting(Problem::message)
        .containsExactly("prefix list A: the bounds of 10.0.0.0/16 ge 16 are invalid; IOS-XE requires length < ge <="
            + " le <= 32 and rejects the line");
  }
}
