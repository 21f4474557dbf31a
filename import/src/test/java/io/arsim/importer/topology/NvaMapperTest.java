package io.arsim.importer.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.problem.Problem;
import io.arsim.core.topology.BgpNeighbor;
import io.arsim.core.topology.NetworkVirtualAppliance;
import io.arsim.importer.arm.ArmOptions;
import io.arsim.importer.arm.ArmTemplateReader;
import io.arsim.importer.inventory.AzureInventory;
import io.arsim.importer.nva.NvaVendor;
import io.arsim.importer.nva.frr.FrrConfigParser;
import io.arsim.importer.nva.iosxe.IosXeConfigParser;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A VM with a router configuration becomes an NVA: the statements of FRR's bgpd and staticd
 * ("Defining Peers", "Peer Groups", neighbor ... as-override / allowas-in / prefix-list / route-map,
 * ip route) and of Cisco IOS-XE (router bgp, tunnel interfaces) land in the NVA's fields.
 */
class NvaMapperTest {
  private static final String TEMPLATE = "{\"resources\": [{\"type\": \"Microsoft.Network/virtualNetworks\", \"name\":"
      + " \"hub\", \"location\": \"westeurope\", \"properties\": {\"addressSpace\": {\"addressPrefixes\":"
      + " [\"10.1.0.0/16\"]}, \"subnets\": [{\"name\": \"RouteServerSubnet\", \"properties\": {\"addressPrefix\":"
      + " \"10.1.255.0/27\"}}, {\"name\": \"nva\", \"properties\": {\"addressPrefix\": \"10.1.1.0/24\"}}]}},"
      + " {\"type\": \"Microsoft.Network/virtualHubs\", \"name\": \"rs\", \"kind\": \"RouteServer\", \"properties\": {}},"
      + " {\"type\": \"Microsoft.Network/virtualHubs/ipConfigurations\", \"name\": \"rs/c\", \"properties\": {\"subnet\":"
      + " {\"id\": \"[resourceId('Microsoft.Network/virtualNetworks/subnets', 'hub', 'RouteServerSubnet')]\"}}},"
      + " {\"type\": \"Microsoft.Network/virtualHubs/bgpConnections\", \"name\": \"rs/fw\", \"properties\": {\"peerIp\":"
      + " \"10.1.1.4\", \"peerAsn\": 65001}},"
      + " {\"type\": \"Microsoft.Network/networkInterfaces\", \"name\": \"fw-nic\", \"properties\": {\"enableIPForwarding\":"
      + " true, \"ipConfigurations\": [{\"name\": \"c\", \"properties\": {\"privateIPAddress\": \"10.1.1.4\", \"subnet\":"
      + " {\"id\": \"[resourceId('Microsoft.Network/virtualNetworks/subnets', 'hub', 'nva')]\"}}}]}},"
      + " {\"type\": \"Microsoft.Compute/virtualMachines\", \"name\": \"fw\", \"properties\": {\"networkProfile\":"
      + " {\"networkInterfaces\": [{\"id\": \"[resourceId('Microsoft.Network/networkInterfaces', 'fw-nic')]\"}]}}}]}";

  private static MappedTopology mapped() {
    AzureInventory inventory = new ArmTemplateReader().read("t.json", TEMPLATE.getBytes(StandardCharsets.UTF_8),
        ArmOptions.defaults());
    return new TopologyMapper().map(inventory, "t");
  }

  private static final String FRR = String.join("\n",
      "frr version 9.1",
      "hostname fw",
      "ip route 172.16.0.0/12 10.1.1.1 30",
      "router bgp 65001",
      " neighbor RS peer-group",
      " neighbor RS remote-as external",
      " neighbor RS ebgp-multihop",
      " neighbor 10.1.255.4 peer-group RS",
      " neighbor 10.1.255.5 peer-group RS",
      " neighbor 10.1.255.5 ebgp-multihop 3",
      " !",
      " address-family ipv4 unicast",
      "  network 10.100.0.0/16",
      "  aggregate-address 10.100.0.0/14 summary-only",
      "  neighbor RS as-override",
      "  neighbor RS allowas-in 2",
      "  neighbor RS prefix-list ONLY-10 in",
      "  neighbor 10.1.255.4 route-map OUT out",
      "  maximum-paths 8",
      " exit-address-family",
      "exit",
      "ip prefix-list ONLY-10 seq 5 permit 10.0.0.0/8 le 24",
      "bgp community-list standard TAGGED seq 5 permit 65001:100",
      "route-map OUT permit 10",
      " match community TAGGED",
      " set local-preference 300",
      " set community 65001:200 additive",
      " set weight 100",
      "exit",
      "");

  @Test
  void anFrrConfigurationMakesTheVmAnNvaWithPeerGroupSettingsInherited() {
    MappedTopology result = new NvaMapper().apply(mapped(), Map.of("fw", FrrConfigParser.parse("fw.conf", FRR)));

    assertThat(result.topology().virtualMachines()).isEmpty();
    NetworkVirtualAppliance nva = result.topology().networkVirtualAppliance("fw").orElseThrow();
    assertThat(nva.asn().value()).isEqualTo(65001);
    assertThat(nva.vendor()).isEqualTo("frr");
    assertThat(nva.networkInterfaces()).singleElement().satisfies(n -> {
      assertThat(n.name()).isEqualTo("fw-nic");
      assertThat(n.enableIpForwarding()).isTrue();
    });
    assertThat(nva.networks()).extracting(Object::toString).containsExactly("10.100.0.0/16");
    assertThat(nva.aggregateAddresses()).singleElement().satisfies(a -> assertThat(a.summaryOnly()).isTrue());
    assertThat(nva.maximumPaths()).isEqualTo(8);
    assertThat(nva.staticRoutes()).singleElement().satisfies(s -> {
      assertThat(s.prefix()).hasToString("172.16.0.0/12");
      assertThat(s.distance()).isEqualTo(30);
    });
    BgpNeighbor first = nva.bgpNeighbors().get(0);
    BgpNeighbor second = nva.bgpNeighbors().get(1);
    // remote-as external toward a route server instance is 65515; ebgp-multihop without a TTL is 255.
    assertThat(first.peerAsn().value()).isEqualTo(65515);
    assertThat(first.ebgpMultihop()).isEqualTo(255);
    assertThat(second.ebgpMultihop()).isEqualTo(3);
    assertThat(first.allowAsIn().count()).isEqualTo(2);
    assertThat(first.importPolicies()).containsExactly("fw-prefix-list-ONLY-10");
    assertThat(first.exportPolicies()).containsExactly("fw-OUT", "as-override");
    assertThat(second.exportPolicies()).containsExactly("as-override");
    assertThat(result.topology().policies()).extracting(p -> p.name() + " " + p.type()).containsExactly(
        "as-override as-override", "fw-OUT route-map", "fw-prefix-list-ONLY-10 route-map");
    assertThat(result.topology().policy("fw-OUT").orElseThrow().config()).hasToString("{\"communityLists\":"
        + "{\"TAGGED\":[{\"action\":\"permit\",\"communities\":[\"65001:100\"]}]},\"clauses\":[{\"seq\":10,\"action\":"
        + "\"permit\",\"match\":{\"communityList\":\"TAGGED\"},\"set\":{\"localPreference\":300,\"community\":"
        + "[\"65001:200\"],\"communityAdditive\":true}}]}");
    // set weight is not modelled: a warning at its line.
    assertThat(result.problems()).filteredOn(p -> p.code().equals("not-modelled")).singleElement()
        .satisfies(p -> {
          assertThat(p.location().file()).isEqualTo("fw.conf");
          assertThat(p.location().line()).isEqualTo(28);
          assertThat(p.message()).contains("set weight 100");
        });
    assertThat(result.sources()).containsKeys("networkVirtualAppliances[fw]",
        "networkVirtualAppliances[fw].bgpNeighbors[10.1.255.4]", "policies[fw-OUT]");
    assertThat(result.problems()).extracting(Problem::code).doesNotContain(NvaMapper.CONFIG_MISSING);
  }

  @Test
  void anIosXeTunnelGetsItsFarEndFromTheSlash30AndAConfigForAnUnknownVmIsAnError() {
    String iosxe = String.join("\n",
        "version 17.9",
        "hostname fw",
        "interface Tunnel1",
        " ip address 169.254.21.1 255.255.255.252",
        " tunnel source GigabitEthernet1",
        " tunnel destination 203.0.113.10",
        " tunnel mode ipsec ipv4",
        "!",
        "router bgp 65001",
        " neighbor 10.1.255.4 remote-as 65515",
        " neighbor 10.1.255.4 ebgp-multihop 2",
        "!",
        "ip route 192.168.10.0 255.255.255.0 Tunnel1",
        "end",
        "");
    MappedTopology result = new NvaMapper().apply(mapped(), Map.of("fw", IosXeConfigParser.parse("fw.cfg", iosxe),
        "ghost", IosXeConfigParser.parse("ghost.cfg", iosxe)));

    NetworkVirtualAppliance nva = result.topology().networkVirtualAppliance("fw").orElseThrow();
    assertThat(nva.vendor()).isEqualTo("cisco-iosxe");
    assertThat(nva.tunnels()).singleElement().satisfies(t -> {
      assertThat(t.name()).isEqualTo("Tunnel1");
      assertThat(t.type().name()).isEqualTo("IPsec");
      assertThat(t.localAddress()).hasToString("169.254.21.1");
      assertThat(t.remoteAddress()).hasToString("169.254.21.2");
    });
    assertThat(nva.staticRoutes()).singleElement().satisfies(s -> assertThat(s.tunnel()).isEqualTo("Tunnel1"));
    assertThat(result.problems()).filteredOn(Problem::isError).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("unknown-vm");
      assertThat(p.message()).contains("no VM named ghost");
      assertThat(p.fix()).contains("fw");
    });
  }

  @Test
  void aRouteServerPeerWithoutConfigurationStaysAVmWithAWarning() {
    MappedTopology result = new NvaMapper().apply(mapped(), Map.of());

    assertThat(result.topology().networkVirtualAppliances()).isEmpty();
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(NvaMapper.CONFIG_MISSING);
      assertThat(p.path()).isEqualTo("virtualMachines[fw]");
      assertThat(p.message()).contains("VM fw peers with route server rs (AS 65001) from 10.1.1.4");
    });
  }

  @Test
  void theVendorIsToldFromTheText() {
    assertThat(NvaMapper.detectVendor("frr version 8.4\nhostname a\n")).contains(NvaVendor.FRR);
    assertThat(NvaMapper.detectVendor("!\nversion 17.9\nhostname b\n")).contains(NvaVendor.CISCO_IOS_XE);
    assertThat(NvaMapper.detectVendor("interface GigabitEthernet1\n ip address 10.0.0.1 255.255.255.0\n"))
        .contains(NvaVendor.CISCO_IOS_XE);
    assertThat(NvaMapper.detectVendor("hostname c\n")).isEmpty();
  }
}
