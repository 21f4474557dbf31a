package io.arsim.engine.forwarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.net.Ipv4Address;
import io.arsim.core.topology.NetworkVirtualAppliance;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.file.TopologyFormat;
import io.arsim.core.topology.file.TopologyReader;
import io.arsim.engine.DesignRun;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.EngineSettings;
import io.arsim.policy.catalog.PolicyCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An NVA's own routing table: longest prefix first, then the administrative distance FRR and
 * IOS-XE use by default (connected 0, static 1, eBGP 20, iBGP 200: FRR {@code zebra_rib.c}
 * {@code route_info[]}; Cisco "What Is Administrative Distance?"), static routes resolved through
 * connected routes only (FRR without {@code ip nht resolve-via-default}), and Azure's DHCP default
 * route last.
 */
class NvaRoutingTableTest {

  /** A firewall with an untrusted and a trusted NIC, a tunnel to a branch, static routes, and BGP. */
  private static final String DESIGN = """
      name: table
      virtualNetworks:
        - name: hub
          location: westeurope
          addressSpace: [10.1.0.0/16]
          subnets:
            - {name: RouteServerSubnet, addressPrefix: 10.1.255.0/27}
            - {name: untrusted, addressPrefix: 10.1.1.0/24}
            - {name: trusted, addressPrefix: 10.1.2.0/24}
      routeServers:
        - name: rs
          virtualNetwork: hub
          bgpConnections: [{name: fw, peerIp: 10.1.1.4, peerAsn: 65010}]
      networkVirtualAppliances:
        - name: fw
          asn: 65010
          loopbacks: [10.255.0.1]
          networkInterfaces:
            - {name: fw-untrust, subnet: hub/untrusted, privateIpAddress: 10.1.1.4, enableIpForwarding: true}
            - {name: fw-trust, subnet: hub/trusted, privateIpAddress: 10.1.2.4, enableIpForwarding: true}
          tunnels:
            - {name: t1, type: IPsec, localAddress: 169.254.0.1, remoteAddress: 169.254.0.2, remote: branch1}
          staticRoutes:
            - {prefix: 10.0.0.0/8, nextHop: 10.1.2.1}
            - {prefix: 10.9.0.0/16, nextHop: 10.7.7.7}
            - {prefix: 10.7.0.0/16, nextHop: 10.1.2.1}
            - {prefix: 172.16.0.0/12, nextHop: 10.1.2.1}
            - {prefix: 172.16.0.0/12, nextHop: 10.1.2.2}
            - {prefix: 192.168.10.0/24, tunnel: t1, distance: 250}
            - {prefix: 10.99.0.0/16, nextHop: 10.50.0.1}
          bgpNeighbors:
            - {peerIp: 10.1.255.4, peerAsn: 65515}
            - {peerIp: 10.1.255.5, peerAsn: 65515}
            - {peerIp: 169.254.0.2, peerAsn: 65100}
      branches:
        - name: branch1
          asn: 65100
          prefixes: [192.168.10.0/24, 0.0.0.0/0]
      """;

  private final Topology topology = new TopologyReader().read("table.yaml", TopologyFormat.YAML, DESIGN).topology();
  private final NetworkVirtualAppliance fw = topology.networkVirtualAppliance("fw").orElseThrow();
  private final ConvergedState state = DesignRun.of(PolicyCatalog.builtIns(), List.of(), EngineSettings.defaults())
      .converge(topology).state();

  private NvaRoutingTable table(boolean tunnelUp) {
    return NvaRoutingTable.of(topology, fw, state.node("fw").orElseThrow(), AdministrativeDistances.defaults(),
        t -> tunnelUp);
  }

  private List<String> lookup(NvaRoutingTable table, String address) {
    return table.lookup(Ipv4Address.parse(address)).stream().map(NvaRoute::describe).toList();
  }

  @Test
  void theLongestPrefixWinsBeforeTheDistance() {
    // 10.1.2.0/24 connected (distance 0) and 10.0.0.0/8 static (1) both match; /24 is longer.
    assertThat(lookup(table(true), "10.1.2.50")).containsExactly("10.1.2.0/24 (connected fw-trust, distance 0) out of"
        + " fw-trust");
    assertThat(lookup(table(true), "10.3.0.1")).containsExactly("10.0.0.0/8 via 10.1.2.1 (static route, distance 1) out"
        + " of fw-trust");
  }

  @Test
  void aFloatingStaticLosesToEbgpForTheSamePrefix() {
    // The branch advertises 192.168.10.0/24 over the tunnel: eBGP 20 beats the static's 250.
    assertThat(lookup(table(true), "192.168.10.9")).containsExactly(
        "192.168.10.0/24 via 169.254.0.2 (eBGP from branch1 [65100], distance 20) into tunnel t1");
  }

  @Test
  void aDefaultRouteLearnedOverTheTunnelBeatsAzuresDhcpDefault() {
    assertThat(lookup(table(true), "8.8.8.8")).containsExactly(
        "0.0.0.0/0 via 169.254.0.2 (eBGP from branch1 [65100], distance 20) into tunnel t1");
    assertThat(table(true).routes()).filteredOn(r -> r.kind() == NvaRoute.Kind.DEFAULT_GATEWAY)
        .extracting(NvaRoute::describe)
        .containsExactly("0.0.0.0/0 via 10.1.1.1 (Azure's default gateway of fw-untrust, distance 254) out of fw-untrust");
  }

  @Test
  void aDownTunnelWithdrawsItsRoutesAndTheDhcpDefaultRemains() {
    NvaRoutingTable down = table(false);
    assertThat(lookup(down, "8.8.8.8")).containsExactly(
        "0.0.0.0/0 via 10.1.1.1 (Azure's default gateway of fw-untrust, distance 254) out of fw-untrust");
    assertThat(down.routes()).noneMatch(r -> r.egress() instanceof Egress.IntoTunnel);
  }

  @Test
  void staticRoutesResolveThroughConnectedAndOtherStaticRoutesButNotTheDefault() {
    NvaRoutingTable table = table(true);
    // 10.9.0.0/16 via 10.7.7.7, which 10.7.0.0/16 via 10.1.2.1 (trusted) resolves.
    assertThat(lookup(table, "10.9.1.1")).containsExactly("10.9.0.0/16 via 10.7.7.7 (static route, distance 1) out of"
        + " fw-trust");
    // 10.99.0.0/16 via 10.50.0.1: only the 10.0.0.0/8 static covers 10.50.0.1, so it resolves through it.
    assertThat(lookup(table, "10.99.0.1")).containsExactly("10.99.0.0/16 via 10.50.0.1 (static route, distance 1) out of"
        + " fw-trust");
  }

  @Test
  void equalStaticRoutesAreEcmp() {
    assertThat(lookup(table(true), "172.16.5.5")).containsExactly(
        "172.16.0.0/12 via 10.1.2.1 (static route, distance 1) out of fw-trust",
        "172.16.0.0/12 via 10.1.2.2 (static route, distance 1) out of fw-trust");
  }

  @Test
  void ownAddressesAreLocal() {
    assertThat(table(true).lookup(Ipv4Address.parse("10.255.0.1"))).extracting(NvaRoute::egress)
        .containsExactly(new Egress.Local());
    assertThat(table(true).isOverlayAddress(Ipv4Address.parse("169.254.0.1"))).isTrue();
    assertThat(table(true).isOverlayAddress(Ipv4Address.parse("10.1.1.4"))).isFalse();
  }

  @Test
  void tunnelToFollowsConnectedAndStaticRoutesOnly() {
    NvaRoutingTable control = NvaRoutingTable.of(topology, fw, null, AdministrativeDistances.defaults(), t -> true);
    assertThat(control.tunnelTo(Ipv4Address.parse("169.254.0.2"))).map(t -> t.name()).contains("t1");
    assertThat(control.tunnelTo(Ipv4Address.parse("192.168.10.1"))).map(t -> t.name()).contains("t1");
    assertThat(control.tunnelTo(Ipv4Address.parse("8.8.8.8"))).isEmpty();
    assertThat(control.routes()).noneMatch(r -> r.kind() == NvaRoute.Kind.EBGP);
  }
}
