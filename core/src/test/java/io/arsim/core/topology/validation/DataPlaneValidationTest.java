package io.arsim.core.topology.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.arsim.core.problem.Problem;
import io.arsim.core.topology.LoadBalancer;
import io.arsim.core.topology.NetworkVirtualAppliance;
import io.arsim.core.topology.StaticRoute;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.TopologyException;
import io.arsim.core.topology.TunnelType;
import io.arsim.core.topology.file.TopologyFormat;
import io.arsim.core.topology.file.TopologyJson;
import io.arsim.core.topology.file.TopologyReader;
import io.arsim.core.topology.file.TopologyWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The validation rules of load balancers, branches, tunnels, static routes and SNAT: one small
 * design per rule, and where it is reported.
 */
class DataPlaneValidationTest {
  private final TopologyValidator validator = new TopologyValidator(List.of());

  /**
   * A hub with a firewall pair behind an HA-ports load balancer, an SD-WAN NVA with a tunnel to a
   * branch (BGP over the tunnel) and a tunnel to an NVA in another, unpeered VNet.
   */
  private static final String BASE = """
      name: base
      virtualNetworks:
        - name: hub
          location: westeurope
          addressSpace: [10.1.0.0/16]
          subnets:
            - name: RouteServerSubnet
              addressPrefix: 10.1.255.0/27
            - name: nva
              addressPrefix: 10.1.1.0/24
            - name: trusted
              addressPrefix: 10.1.2.0/24
        - name: remote
          location: northeurope
          addressSpace: [10.9.0.0/16]
          subnets:
            - name: nva
              addressPrefix: 10.9.1.0/24
      virtualMachines:
        - name: vm1
          networkInterfaces:
            - subnet: hub/trusted
              privateIpAddress: 10.1.2.10
      networkVirtualAppliances:
        - name: fw1
          asn: 65010
          stateful: true
          networkInterfaces:
            - {name: fw1-untrust, subnet: hub/nva, privateIpAddress: 10.1.1.4, enableIpForwarding: true}
            - {name: fw1-trust, subnet: hub/trusted, privateIpAddress: 10.1.2.4, enableIpForwarding: true,
               sourceNat: true}
          staticRoutes:
            - {prefix: 10.0.0.0/8, nextHop: 10.1.2.1}
        - name: fw2
          asn: 65010
          stateful: true
          sourceNat: true
          networkInterfaces:
            - {name: fw2-untrust, subnet: hub/nva, privateIpAddress: 10.1.1.5, enableIpForwarding: true}
        - name: sdwan1
          asn: 65020
          loopbacks: [10.255.0.1]
          networkInterfaces:
            - {subnet: hub/nva, privateIpAddress: 10.1.1.10, enableIpForwarding: true}
          tunnels:
            - {name: to-branch, type: IPsec, localAddress: 169.254.0.1, remoteAddress: 169.254.0.2, remote: branch1}
            - {name: to-remote, type: VXLAN, localAddress: 169.254.1.1, remoteAddress: 169.254.1.2, remote: sdwan9}
          staticRoutes:
            - {prefix: 10.255.0.9/32, tunnel: to-remote}
            - {prefix: 192.168.0.0/16, nextHop: 169.254.0.2, distance: 250}
          bgpNeighbors:
            - {peerIp: 169.254.0.2, peerAsn: 65100}
            - {peerIp: 10.255.0.9, peerAsn: 65090}
        - name: sdwan9
          asn: 65090
          loopbacks: [10.255.0.9]
          networkInterfaces:
            - {subnet: remote/nva, privateIpAddress: 10.9.1.4, enableIpForwarding: true}
          tunnels:
            - {name: to-hub, type: VXLAN, localAddress: 169.254.1.2, remoteAddress: 169.254.1.1, remote: sdwan1}
          staticRoutes:
            - {prefix: 10.255.0.1/32, tunnel: to-hub}
          bgpNeighbors:
            - {peerIp: 10.255.0.1, peerAsn: 65020}
      loadBalancers:
        - name: ilb-fw
          frontend: {subnet: hub/nva, privateIpAddress: 10.1.1.100}
          backendPool: [fw1-untrust, fw2-untrust]
          rules:
            - {name: ha-ports, protocol: All}
          healthProbe: {protocol: Tcp, port: 22}
      branches:
        - name: branch1
          asn: 65100
          prefixes: [192.168.10.0/24]
          tunnelEndpoint: 203.0.113.10
      """;

  private List<Problem> validate(String yaml) {
    try {
      Topology topology = TopologyJson.mapper(TopologyFormat.YAML, List.of()).readValue(yaml, Topology.class);
      return validator.validate(topology);
    } catch (JsonProcessingException e) {
      throw new AssertionError("test design does not bind: " + e.getOriginalMessage(), e);
    }
  }

  private static String base(String from, String to) {
    assertThat(BASE).as("BASE holds the text to replace").contains(from);
    return BASE.replace(from, to);
  }

  private static List<String> codesAndPointers(List<Problem> problems) {
    return problems.stream().map(p -> p.severity().label() + " " + p.code() + " " + p.pointer()).toList();
  }

  private Problem only(String yaml, String severityCodeAndPointer) {
    List<Problem> problems = validate(yaml);
    assertThat(codesAndPointers(problems)).containsExactly(severityCodeAndPointer);
    assertThat(problems.get(0).fix()).as("fix of %s", problems.get(0).code()).isNotBlank();
    return problems.get(0);
  }

  @Test
  void theBaseDesignIsValidAndBindsEveryNewElement() throws JsonProcessingException {
    assertThat(validate(BASE)).isEmpty();
    Topology t = TopologyJson.mapper(TopologyFormat.YAML, List.of()).readValue(BASE, Topology.class);
    LoadBalancer lb = t.loadBalancer("ilb-fw").orElseThrow();
    assertThat(lb.haPorts()).isTrue();
    assertThat(t.loadBalancerAt(lb.frontend().privateIpAddress())).contains(lb);
    NetworkVirtualAppliance sdwan = t.networkVirtualAppliance("sdwan1").orElseThrow();
    assertThat(sdwan.tunnel("to-branch").orElseThrow().type()).isEqualTo(TunnelType.IPsec);
    assertThat(sdwan.staticRoutes()).extracting(StaticRoute::distance).containsExactly(1, 250);
    assertThat(sdwan.ownAddresses()).extracting(Object::toString)
        .containsExactly("10.1.1.10", "10.255.0.1", "169.254.0.1", "169.254.1.1");
    NetworkVirtualAppliance fw1 = t.networkVirtualAppliance("fw1").orElseThrow();
    assertThat(fw1.translatesSourceOn(fw1.networkInterfaces().get(0))).isFalse();
    assertThat(fw1.translatesSourceOn(fw1.networkInterfaces().get(1))).isTrue();
    NetworkVirtualAppliance fw2 = t.networkVirtualAppliance("fw2").orElseThrow();
    assertThat(fw2.translatesSourceOn(fw2.networkInterfaces().get(0))).isTrue();
    assertThat(t.branch("branch1").orElseThrow().prefixes()).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(TopologyFormat.class)
  void everyNewElementSurvivesARoundTrip(TopologyFormat format) {
    Topology read = new TopologyReader().read("base.yaml", TopologyFormat.YAML, BASE).topology();
    String written = new TopologyWriter().write(read, format);
    Topology again = new TopologyReader().read("again." + format.name().toLowerCase(java.util.Locale.ROOT), format,
        written).topology();
    assertThat(again).isEqualTo(read);
    assertThat(again.hashCode()).isEqualTo(read.hashCode());
  }

  @Test
  void aTunnelWithoutItsAddressesIsReportedAtItsPlace() {
    String yaml = base("{name: to-branch, type: IPsec, localAddress: 169.254.0.1, remoteAddress: 169.254.0.2,",
        "{name: to-branch, type: IPsec,");
    TopologyException e = org.assertj.core.api.Assertions.catchThrowableOfType(TopologyException.class,
        () -> new TopologyReader().read("t.yaml", TopologyFormat.YAML, yaml));
    assertThat(e.problems()).extracting(p -> p.code() + " " + p.pointer() + " " + p.message()).contains(
        "missing-property /networkVirtualAppliances/2/tunnels/0 required property `localAddress` is missing",
        "missing-property /networkVirtualAppliances/2/tunnels/0 required property `remoteAddress` is missing");
  }

  @Test
  void anUnknownTunnelTypeNamesTheChoices() {
    String yaml = base("{name: to-branch, type: IPsec", "{name: to-branch, type: wireguard");
    TopologyException e = org.assertj.core.api.Assertions.catchThrowableOfType(TopologyException.class,
        () -> new TopologyReader().read("t.yaml", TopologyFormat.YAML, yaml));
    assertThat(e.problems()).extracting(p -> p.code() + " " + p.message())
        .containsExactly("invalid-value \"wireguard\" is not one of IPsec, VXLAN, GRE");
  }

  // ---------------------------------------------------------------- load balancers

  @Test
  void frontendOutsideItsSubnet() {
    Problem p = only(base("privateIpAddress: 10.1.1.100}", "privateIpAddress: 10.1.3.100}"),
        "error address-outside-subnet /loadBalancers/0/frontend/privateIpAddress");
    assertThat(p.message()).isEqualTo("frontend address 10.1.3.100 is outside its subnet hub/nva (10.1.1.0/24)");
  }

  @Test
  void frontendOnAReservedAddress() {
    only(base("privateIpAddress: 10.1.1.100}", "privateIpAddress: 10.1.1.1}"),
        "error reserved-address /loadBalancers/0/frontend/privateIpAddress");
  }

  @Test
  void frontendOnANicAddress() {
    Problem p = only(base("privateIpAddress: 10.1.1.100}", "privateIpAddress: 10.1.1.5}"),
        "error duplicate-address /loadBalancers/0/frontend/privateIpAddress");
    assertThat(p.message()).contains("already used by NIC \"fw2-untrust\" of fw2");
  }

  @Test
  void frontendInRouteServerSubnet() {
    only(base("frontend: {subnet: hub/nva, privateIpAddress: 10.1.1.100}",
        "frontend: {subnet: hub/RouteServerSubnet, privateIpAddress: 10.1.255.20}"),
        "error frontend-in-reserved-subnet /loadBalancers/0/frontend/subnet");
  }

  @Test
  void frontendInAnUnknownSubnetSuggestsTheClosest() {
    Problem p = only(base("frontend: {subnet: hub/nva,", "frontend: {subnet: hub/nvas,"),
        "error unknown-reference /loadBalancers/0/frontend/subnet");
    assertThat(p.fix()).isEqualTo("did you mean \"nva\"?");
  }

  @Test
  void backendThatIsNoNic() {
    Problem p = only(base("backendPool: [fw1-untrust, fw2-untrust]", "backendPool: [fw1-untrust, fw2-untrusted]"),
        "error unknown-reference /loadBalancers/0/backendPool/1");
    assertThat(p.fix()).isEqualTo("did you mean \"fw2-untrust\"?");
  }

  @Test
  void backendInAnotherVnet() {
    Problem p = only(base("backendPool: [fw1-untrust, fw2-untrust]", "backendPool: [fw1-untrust, sdwan9-nic]"),
        "error backend-outside-vnet /loadBalancers/0/backendPool/1");
    assertThat(p.message()).contains("Azure scopes a backend pool to one virtual network");
  }

  @Test
  void backendListedTwice() {
    only(base("backendPool: [fw1-untrust, fw2-untrust]", "backendPool: [fw1-untrust, fw1-untrust]"),
        "error duplicate-backend /loadBalancers/0/backendPool/1");
  }

  @Test
  void emptyBackendPoolAndNoRulesAreWarnings() {
    List<Problem> problems = validate(base("    backendPool: [fw1-untrust, fw2-untrust]\n", "")
        .replace("    rules:\n      - {name: ha-ports, protocol: All}\n", ""));
    assertThat(codesAndPointers(problems)).containsExactly("warning empty-backend-pool /loadBalancers/0/backendPool",
        "warning no-load-balancing-rules /loadBalancers/0/rules");
  }

  @Test
  void protocolAllTakesPortZeroOnly() {
    Problem p = only(base("{name: ha-ports, protocol: All}", "{name: ha-ports, protocol: All, frontendPort: 443}"),
        "error invalid-value /loadBalancers/0/rules/0");
    assertThat(p.message()).contains("protocol All is the HA-ports rule and takes port 0 on both sides");
  }

  @Test
  void aPortRuleNeedsAPortAndItsBackendPortDefaultsToIt() throws JsonProcessingException {
    List<Problem> problems = validate(base("{name: ha-ports, protocol: All}", "{name: https, protocol: Tcp}"));
    assertThat(codesAndPointers(problems)).containsExactly("error invalid-value /loadBalancers/0/rules/0/frontendPort",
        "error invalid-value /loadBalancers/0/rules/0/backendPort");
    String https = base("{name: ha-ports, protocol: All}", "{name: https, protocol: Tcp, frontendPort: 443}");
    assertThat(validate(https)).isEmpty();
    Topology t = TopologyJson.mapper(TopologyFormat.YAML, List.of()).readValue(https, Topology.class);
    LoadBalancer lb = t.loadBalancers().get(0);
    assertThat(lb.rules().get(0).backendPort()).isEqualTo(443);
    assertThat(lb.haPorts()).isFalse();
  }

  @Test
  void anHttpProbeNeedsARequestPath() {
    only(base("healthProbe: {protocol: Tcp, port: 22}", "healthProbe: {protocol: Http, port: 80}"),
        "error invalid-value /loadBalancers/0/healthProbe");
    only(base("healthProbe: {protocol: Tcp, port: 22}", "healthProbe: {protocol: Tcp, port: 0}"),
        "error invalid-value /loadBalancers/0/healthProbe/port");
  }

  @Test
  void rulesWithoutAHealthProbe() {
    only(base("    healthProbe: {protocol: Tcp, port: 22}\n", ""), "warning missing-health-probe /loadBalancers/0");
  }

  @Test
  void duplicateLoadBalancerNames() {
    String second = """
          - name: ilb-fw
            frontend: {subnet: hub/nva, privateIpAddress: 10.1.1.101}
            backendPool: [fw1-untrust]
            rules: [{name: ha-ports, protocol: All}]
            healthProbe: {protocol: Tcp, port: 22}
        branches:
        """;
    only(base("branches:\n", second), "error duplicate-name /loadBalancers/1/name");
  }

  // ---------------------------------------------------------------- branches

  @Test
  void aBranchNamedLikeAnNva() {
    List<Problem> problems = validate(base("  - name: branch1\n", "  - name: sdwan9\n")
        .replace("remote: branch1}", "remote: sdwan9}"));
    assertThat(codesAndPointers(problems)).contains("error duplicate-name /branches/0/name");
  }

  @Test
  void aBranchNoTunnelReaches() {
    List<Problem> problems = validate(base("remote: branch1}", "}"));
    assertThat(codesAndPointers(problems)).containsExactly(
        "warning one-sided-bgp /networkVirtualAppliances/2/bgpNeighbors/0/peerIp", "warning unreachable-branch /branches/0");
  }

  @Test
  void aBranchWithTheRouteServersAsn() {
    List<Problem> problems = validate(base("asn: 65100", "asn: 65515").replace("peerAsn: 65100", "peerAsn: 65515"));
    assertThat(codesAndPointers(problems)).containsExactly("warning reserved-branch-asn /branches/0/asn");
  }

  @Test
  void aNeighbourAtTheBranchWithTheWrongAsn() {
    Problem p = only(base("{peerIp: 169.254.0.2, peerAsn: 65100}", "{peerIp: 169.254.0.2, peerAsn: 65101}"),
        "warning peer-asn-mismatch /networkVirtualAppliances/2/bgpNeighbors/0/peerAsn");
    assertThat(p.message()).isEqualTo(
        "NVA \"sdwan1\" expects ASN 65101 at 169.254.0.2, but branch \"branch1\" uses 65100; the BGP session stays"
            + " down (simulate shows it with the reason)");
  }

  // ---------------------------------------------------------------- tunnels

  @Test
  void greIsBlockedInsideVirtualNetworks() {
    Problem p = only(base("{name: to-branch, type: IPsec", "{name: to-branch, type: GRE"),
        "warning gre-blocked /networkVirtualAppliances/2/tunnels/0/type");
    assertThat(p.message()).contains("Azure blocks inside virtual networks (VNet FAQ)");
  }

  @Test
  void aTunnelToAnNvaNeedsTheMirrorTunnel() {
    List<Problem> problems = validate(base("localAddress: 169.254.1.2, remoteAddress: 169.254.1.1",
        "localAddress: 169.254.1.6, remoteAddress: 169.254.1.5"));
    assertThat(codesAndPointers(problems)).containsExactly("warning one-sided-tunnel /networkVirtualAppliances/2/tunnels/1",
        "warning one-sided-tunnel /networkVirtualAppliances/3/tunnels/0");
    assertThat(problems.get(0).fix()).contains("localAddress: 169.254.1.2, remoteAddress: 169.254.1.1, remote: sdwan1");
  }

  @Test
  void aTunnelToNothingKnown() {
    Problem p = only(base("remote: sdwan9}", "remote: sdwan-9}").replace("remote: sdwan1}", "}"),
        "error unknown-reference /networkVirtualAppliances/2/tunnels/1/remote");
    assertThat(p.fix()).isEqualTo("did you mean \"sdwan9\"?");
  }

  @Test
  void aTunnelToItself() {
    List<Problem> problems = validate(base("remote: sdwan9}", "remote: sdwan1}").replace("remote: sdwan1}\n"
        + "          staticRoutes:\n            - {prefix: 10.255.0.1/32", "}\n          staticRoutes:\n"
        + "            - {prefix: 10.255.0.1/32"));
    assertThat(codesAndPointers(problems)).contains("error self-tunnel /networkVirtualAppliances/2/tunnels/1/remote");
  }

  @Test
  void aTunnelAddressUsedTwice() {
    Problem p = only(base("loopbacks: [10.255.0.9]", "loopbacks: [169.254.0.1]")
            .replace("{prefix: 10.255.0.9/32, tunnel: to-remote}", "{prefix: 169.254.0.1/32, tunnel: to-remote}")
            .replace("{peerIp: 10.255.0.9, peerAsn: 65090}", "{peerIp: 169.254.1.2, peerAsn: 65090}")
            .replace("{peerIp: 10.255.0.1, peerAsn: 65020}", "{peerIp: 169.254.1.1, peerAsn: 65020}"),
        "error duplicate-address /networkVirtualAppliances/3/loopbacks/0");
    assertThat(p.message()).isEqualTo(
        "address 169.254.0.1 of the loopback of NVA \"sdwan9\" is already used by tunnel \"to-branch\" of NVA \"sdwan1\"");
  }

  @Test
  void aNeighbourAtAnotherNvasLoopbackNeedsOneBack() {
    Problem p = only(base("    bgpNeighbors:\n      - {peerIp: 10.255.0.1, peerAsn: 65020}\n", ""),
        "warning one-sided-bgp /networkVirtualAppliances/2/bgpNeighbors/1");
    assertThat(p.message()).isEqualTo(
        "NVA \"sdwan1\" peers with NVA \"sdwan9\", which has no neighbour back; the session stays down");
  }

  // ---------------------------------------------------------------- static routes

  @Test
  void aStaticRouteNeedsExactlyOneTarget() {
    only(base("{prefix: 10.255.0.9/32, tunnel: to-remote}", "{prefix: 10.255.0.9/32}"),
        "error static-route-next-hop /networkVirtualAppliances/2/staticRoutes/0");
    only(base("{prefix: 10.255.0.9/32, tunnel: to-remote}", "{prefix: 10.255.0.9/32, tunnel: to-remote,"
        + " nextHop: 169.254.1.2}"), "error static-route-next-hop /networkVirtualAppliances/2/staticRoutes/0");
  }

  @Test
  void aStaticRouteIntoAnUnknownTunnel() {
    Problem p = only(base("{prefix: 10.255.0.9/32, tunnel: to-remote}", "{prefix: 10.255.0.9/32, tunnel: to-remot}"),
        "error unknown-reference /networkVirtualAppliances/2/staticRoutes/0/tunnel");
    assertThat(p.fix()).isEqualTo("did you mean \"to-remote\"?");
  }

  @Test
  void aStaticRouteWhoseNextHopNothingConnectedReaches() {
    Problem p = only(base("{prefix: 10.0.0.0/8, nextHop: 10.1.2.1}", "{prefix: 10.0.0.0/8, nextHop: 10.1.3.1}"),
        "warning static-route-unresolved /networkVirtualAppliances/0/staticRoutes/0/nextHop");
    assertThat(p.message()).contains("FRR and IOS-XE do not resolve a next hop through the default route");
  }

  @Test
  void aStaticRouteWithADistanceOutOfRangeOrRepeated() {
    only(base("distance: 250}", "distance: 256}"), "error invalid-value /networkVirtualAppliances/2/staticRoutes/1/distance");
    only(base("      - {prefix: 10.0.0.0/8, nextHop: 10.1.2.1}\n",
        "      - {prefix: 10.0.0.0/8, nextHop: 10.1.2.1}\n      - {prefix: 10.0.0.0/8, nextHop: 10.1.2.1}\n"),
        "error duplicate-static-route /networkVirtualAppliances/0/staticRoutes/1");
  }

  // ---------------------------------------------------------------- SNAT

  @Test
  void sourceNatOnAVmIsIgnoredWithAWarning() {
    only(base("privateIpAddress: 10.1.2.10\n", "privateIpAddress: 10.1.2.10\n        sourceNat: true\n"),
        "warning source-nat-on-vm /virtualMachines/0/networkInterfaces/0/sourceNat");
  }
}
