package io.arsim.core.topology;

import io.arsim.core.bgp.Asn;
import io.arsim.core.net.IpPrefix;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import java.util.List;
import java.util.Map;

/** Small topologies built in code, for tests. */
public final class TestTopologies {
  private TestTopologies() {}

  /** One VNet {@code spoke} (10.1.0.0/16) with subnet {@code workload} and VM {@code vm1} at 10.1.1.4. */
  public static Topology mini() {
    return new Topology(null, "mini", null,
        List.of(vnet("spoke", "10.1.0.0/16", List.of(subnet("workload", "10.1.1.0/24")), List.of())),
        List.of(), List.of(vm("vm1", "spoke/workload", "10.1.1.4")), List.of(), List.of(), List.of(), Map.of());
  }

  /**
   * A hub with a route server and one NVA peering both instances, a peered spoke with a VM, a
   * route table with a UDR to the NVA and a policy on the NVA's neighbours: every section filled.
   */
  public static Topology full() {
    VirtualNetwork hub = new VirtualNetwork("hub", "westeurope", List.of(IpPrefix.parse("10.1.0.0/16")),
        List.of(subnet("RouteServerSubnet", "10.1.255.0/27"), subnet("nva", "10.1.1.0/24")),
        List.of(new VirtualNetworkPeering("hub-to-spoke", "spoke", true, true, true, false)));
    VirtualNetwork spoke = new VirtualNetwork("spoke", "northeurope", List.of(IpPrefix.parse("10.2.0.0/16")),
        List.of(new Subnet("workload", IpPrefix.parse("10.2.1.0/24"), "rt-spoke")),
        List.of(new VirtualNetworkPeering("spoke-to-hub", "hub", true, true, false, false)));
    RouteTable table = new RouteTable("rt-spoke", true, List.of(
        new UserDefinedRoute("default", IpPrefix.parse("0.0.0.0/0"), NextHopType.VirtualAppliance, ip("10.1.1.4")),
        new UserDefinedRoute("blackhole", IpPrefix.parse("192.0.2.0/24"), NextHopType.None, null)));
    RouteServer rs = new RouteServer("rs-hub", "hub", true, HubRoutingPreference.ASPath, List.of(),
        List.of(new BgpConnection("nva1", ip("10.1.1.4"), Asn.of(65001))));
    NetworkVirtualAppliance nva = new NetworkVirtualAppliance("nva1", Asn.of(65001), null,
        List.of(new NetworkInterface("nva1-eth0", SubnetRef.parse("hub/nva"), ip("10.1.1.4"), true)),
        List.of(Ipv4Prefix.parse("0.0.0.0/0")), 2,
        List.of(neighbor("10.1.255.4"), neighbor("10.1.255.5")));
    return new Topology(null, "full", "every section", List.of(hub, spoke), List.of(table),
        List.of(vm("vm1", "spoke/workload", "10.2.1.4")), List.of(rs), List.of(nva),
        List.of(PolicyInstance.of("prepend", "as-path-prepend")), Map.of());
  }

  public static VirtualNetwork vnet(String name, String prefix, List<Subnet> subnets,
      List<VirtualNetworkPeering> peerings) {
    return new VirtualNetwork(name, "westeurope", List.of(IpPrefix.parse(prefix)), subnets, peerings);
  }

  public static Subnet subnet(String name, String prefix) {
    return new Subnet(name, IpPrefix.parse(prefix), null);
  }

  public static VirtualMachine vm(String name, String subnet, String address) {
    return new VirtualMachine(name, List.of(new NetworkInterface(null, SubnetRef.parse(subnet), ip(address), false)));
  }

  public static Ipv4Address ip(String text) {
    return Ipv4Address.parse(text);
  }

  private static BgpNeighbor neighbor(String peerIp) {
    return new BgpNeighbor(ip(peerIp), Asn.of(65515), "route server instance", true,
        List.of("prepend"), List.of("prepend"));
  }
}
