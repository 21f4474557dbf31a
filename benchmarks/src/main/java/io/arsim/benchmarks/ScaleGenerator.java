package io.arsim.benchmarks;

import io.arsim.core.bgp.Asn;
import io.arsim.core.net.IpPrefix;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.BgpConnection;
import io.arsim.core.topology.BgpNeighbor;
import io.arsim.core.topology.HubRoutingPreference;
import io.arsim.core.topology.NetworkInterface;
import io.arsim.core.topology.NetworkVirtualAppliance;
import io.arsim.core.topology.RouteServer;
import io.arsim.core.topology.Subnet;
import io.arsim.core.topology.SubnetRef;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.VirtualMachine;
import io.arsim.core.topology.VirtualNetwork;
import io.arsim.core.topology.VirtualNetworkPeering;
import io.arsim.core.topology.file.TopologyFormat;
import io.arsim.core.topology.file.TopologyWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds large designs for the benchmarks.
 *
 * <p><b>Hub and spoke</b> ({@link #hubAndSpoke}): {@code H} hub VNets ({@code 10.h.0.0/16}), each with
 * two NVAs ({@code 10.h.1.4}, {@code .5}; ASNs {@code 65001 + 2h}, {@code 65002 + 2h}); {@code S}
 * spoke VNets ({@code /24}s from {@code 10.64.0.0}), each with its own route server (instances at
 * the {@code .4} and {@code .5} of its RouteServerSubnet {@code x.y.z.0/27}) and one VM in
 * {@code x.y.z.128/25}. Spoke {@code s} is homed on {@code K} hubs, {@code s mod H} .. {@code
 * (s + K - 1) mod H} (default {@code K = 2}: dual-homed; {@code K = H} peers every spoke with every
 * hub). Each homed hub's VNet is peered both ways with the spoke, and both of its NVAs peer with
 * both instances of the spoke's route server. A route server takes at most 8 peers, so {@code K <=
 * 4}. Each NVA originates {@code P} distinct {@code /27}s from 172.16.0.0/12 then 100.64.0.0/10,
 * none overlapping VNet space.
 *
 * <p><b>A route server at its limits</b> ({@link #routeServerAtLimits}): one VNet {@code 10.0.0.0/16}
 * with a route server, 8 NVAs (distinct ASNs) that each peer both instances and advertise {@code
 * routes} prefixes (4,000: Azure's per-peer limit), and {@code nics} VMs spread over workload
 * subnets of up to 1,000 NICs each.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.arsim.benchmarks.ScaleGenerator \
 *     --hubs 4 --spokes 50 --prefixes 1000 [--hubs-per-spoke 2] [--out design.yaml]
 * java -cp benchmarks/target/benchmarks.jar io.arsim.benchmarks.ScaleGenerator \
 *     --limits [--prefixes 4000] [--nics 4000] [--out design.yaml]
 * </pre>
 */
public final class ScaleGenerator {
  /** Route servers accept at most 8 BGP peers. */
  public static final int MAX_ROUTE_SERVER_PEERS = 8;

  private static final String REGION = "westeurope";

  private ScaleGenerator() {}

  /** {@code hubAndSpoke(hubs, spokes, prefixes, min(2, hubs))}: dual-homed spokes. */
  public static Topology hubAndSpoke(int hubs, int spokes, int prefixes) {
    return hubAndSpoke(hubs, spokes, prefixes, Math.min(2, hubs));
  }

  /** The hub-and-spoke design described in the class comment. */
  public static Topology hubAndSpoke(int hubs, int spokes, int prefixes, int hubsPerSpoke) {
    if (hubs < 1 || hubs > 60 || spokes < 1 || spokes > 16_000 || prefixes < 0) {
      throw new IllegalArgumentException("need 1..60 hubs, 1..16000 spokes and 0 or more prefixes");
    }
    if (hubsPerSpoke < 1 || hubsPerSpoke > hubs || 2 * hubsPerSpoke > MAX_ROUTE_SERVER_PEERS) {
      throw new IllegalArgumentException("hubs per spoke must be 1.." + Math.min(hubs, MAX_ROUTE_SERVER_PEERS / 2)
          + ": a route server takes at most 8 peers and every hub brings 2 NVAs");
    }
    PrefixPool pool = new PrefixPool();
    List<List<VirtualNetworkPeering>> hubPeerings = new ArrayList<>();
    List<List<BgpNeighbor>> nvaNeighbors = new ArrayList<>();
    for (int h = 0; h < hubs; h++) {
      hubPeerings.add(new ArrayList<>());
      nvaNeighbors.add(new ArrayList<>());
    }
    List<VirtualNetwork> spokeVnets = new ArrayList<>();
    List<RouteServer> routeServers = new ArrayList<>();
    List<VirtualMachine> vms = new ArrayList<>();
    for (int s = 0; s < spokes; s++) {
      String spoke = "spoke" + s;
      int base = Ipv4Address.of(10, 64, 0, 0).bits() + s * 256;
      Ipv4Prefix space = new Ipv4Prefix(base, 24);
      Ipv4Prefix rsSubnet = new Ipv4Prefix(base, 27);
      Ipv4Prefix workload = new Ipv4Prefix(base + 128, 25);
      List<VirtualNetworkPeering> peerings = new ArrayList<>();
      List<BgpConnection> connections = new ArrayList<>();
      Ipv4Address in0 = rsSubnet.first().plus(4);
      Ipv4Address in1 = rsSubnet.first().plus(5);
      for (int k = 0; k < hubsPerSpoke; k++) {
        int h = (s + k) % hubs;
        String hub = hubName(h);
        peerings.add(new VirtualNetworkPeering("to-" + hub, hub, true, true, false, false));
        hubPeerings.get(h).add(new VirtualNetworkPeering("to-" + spoke, spoke, true, true, false, false));
        for (int n = 0; n < 2; n++) {
          connections.add(new BgpConnection(nvaName(h, n), nvaAddress(h, n), nvaAsn(h, n)));
        }
        nvaNeighbors.get(h).add(routeServer(in0));
        nvaNeighbors.get(h).add(routeServer(in1));
      }
      spokeVnets.add(new VirtualNetwork(spoke, REGION, List.of(space),
          List.of(new Subnet(Subnet.ROUTE_SERVER_SUBNET, rsSubnet, null), new Subnet("workload", workload, null)),
          peerings));
      routeServers.add(new RouteServer("rs-" + spoke, spoke, false, HubRoutingPreference.ExpressRoute, List.of(),
          connections));
      vms.add(new VirtualMachine("vm-" + spoke, List.of(new NetworkInterface("vm-" + spoke + "-nic",
          new SubnetRef(spoke, "workload"), workload.first().plus(4), false))));
    }
    List<VirtualNetwork> vnets = new ArrayList<>();
    List<NetworkVirtualAppliance> nvas = new ArrayList<>();
    for (int h = 0; h < hubs; h++) {
      String hub = hubName(h);
      Ipv4Prefix nvaSubnet = new Ipv4Prefix(Ipv4Address.of(10, h, 1, 0).bits(), 24);
      vnets.add(new VirtualNetwork(hub, REGION, List.of(new Ipv4Prefix(Ipv4Address.of(10, h, 0, 0).bits(), 16)),
          List.of(new Subnet("nva", nvaSubnet, null)), hubPeerings.get(h)));
      for (int n = 0; n < 2; n++) {
        nvas.add(new NetworkVirtualAppliance(nvaName(h, n), nvaAsn(h, n), null,
            List.of(new NetworkInterface(nvaName(h, n) + "-nic", new SubnetRef(hub, "nva"), nvaAddress(h, n), true)),
            pool.take(prefixes), 1, nvaNeighbors.get(h)));
      }
    }
    vnets.addAll(spokeVnets);
    String name = "scale-h" + hubs + "-s" + spokes + "-p" + prefixes + (hubsPerSpoke == 2 ? "" : "-k" + hubsPerSpoke);
    return new Topology(null, name, "Generated by io.arsim.benchmarks.ScaleGenerator: " + hubs + " hubs x 2 NVAs, "
        + spokes + " spokes homed on " + hubsPerSpoke + " hubs each, " + prefixes + " prefixes per NVA.",
        vnets, List.of(), vms, routeServers, nvas, List.of(), Map.of());
  }

  /** One route server with 8 NVA peers of {@code routes} prefixes each and {@code nics} VM NICs. */
  public static Topology routeServerAtLimits(int routes, int nics) {
    if (nics < 0 || nics > 16_000 || routes < 0) {
      throw new IllegalArgumentException("need 0..16000 NICs and 0 or more routes");
    }
    PrefixPool pool = new PrefixPool();
    Ipv4Prefix rsSubnet = Ipv4Prefix.parse("10.0.0.0/27");
    Ipv4Prefix nvaSubnet = Ipv4Prefix.parse("10.0.1.0/24");
    Ipv4Address in0 = rsSubnet.first().plus(4);
    Ipv4Address in1 = rsSubnet.first().plus(5);
    List<Subnet> subnets = new ArrayList<>();
    subnets.add(new Subnet(Subnet.ROUTE_SERVER_SUBNET, rsSubnet, null));
    subnets.add(new Subnet("nva", nvaSubnet, null));
    List<VirtualMachine> vms = new ArrayList<>();
    int perSubnet = 1000;
    for (int i = 0; i < nics; i++) {
      int index = i / perSubnet;
      String subnet = "workload" + index;
      // workload<k> is 10.0.(16 + 4k).0/22: 1,019 usable addresses.
      Ipv4Prefix prefix = new Ipv4Prefix(Ipv4Address.of(10, 0, 16 + 4 * index, 0).bits(), 22);
      if (i % perSubnet == 0) {
        subnets.add(new Subnet(subnet, prefix, null));
      }
      vms.add(new VirtualMachine("vm" + i, List.of(new NetworkInterface("vm" + i + "-nic",
          new SubnetRef("hub", subnet), prefix.first().plus(4 + i % perSubnet), false))));
    }
    List<BgpConnection> connections = new ArrayList<>();
    List<NetworkVirtualAppliance> nvas = new ArrayList<>();
    for (int n = 0; n < MAX_ROUTE_SERVER_PEERS; n++) {
      String name = "nva" + n;
      Ipv4Address address = nvaSubnet.first().plus(4 + n);
      Asn asn = Asn.of(65001 + n);
      connections.add(new BgpConnection(name, address, asn));
      nvas.add(new NetworkVirtualAppliance(name, asn, null,
          List.of(new NetworkInterface(name + "-nic", new SubnetRef("hub", "nva"), address, true)),
          pool.take(routes), 1,
          List.of(routeServer(in0),
              routeServer(in1))));
    }
    VirtualNetwork hub = new VirtualNetwork("hub", REGION, List.<IpPrefix>of(Ipv4Prefix.parse("10.0.0.0/16")), subnets,
        List.of());
    RouteServer rs = new RouteServer("rs-hub", "hub", false, HubRoutingPreference.ExpressRoute, List.of(), connections);
    return new Topology(null, "route-server-at-limits-r" + routes + "-n" + nics, "Generated by"
        + " io.arsim.benchmarks.ScaleGenerator: one route server, 8 NVA peers x " + routes + " routes, " + nics
        + " VM NICs.", List.of(hub), List.of(), vms, List.of(rs), nvas, List.of(), Map.of());
  }

  static String hubName(int h) {
    return "hub" + h;
  }

  static String nvaName(int h, int n) {
    return "nva" + h + (n == 0 ? "a" : "b");
  }

  static Ipv4Address nvaAddress(int h, int n) {
    return Ipv4Address.of(10, h, 1, 4 + n);
  }

  static Asn nvaAsn(int h, int n) {
    return Asn.of(65001 + 2L * h + n);
  }

  /** Distinct /27s from 172.16.0.0/12 (32,768), then from 100.64.0.0/10 (131,072). */
  static final class PrefixPool {
    private static final int FIRST = 1 << 15;
    private static final int SECOND = 1 << 17;
    private int next;

    List<Ipv4Prefix> take(int count) {
      List<Ipv4Prefix> result = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        result.add(prefix(next++));
      }
      return result;
    }

    static Ipv4Prefix prefix(int index) {
      if (index < FIRST) {
        return new Ipv4Prefix(Ipv4Address.of(172, 16, 0, 0).bits() + (index << 5), 27);
      }
      if (index < FIRST + SECOND) {
        return new Ipv4Prefix(Ipv4Address.of(100, 64, 0, 0).bits() + ((index - FIRST) << 5), 27);
      }
      throw new IllegalArgumentException("more than " + (FIRST + SECOND) + " prefixes");
    }
  }

  /** Command line: see the class comment. */
  public static void main(String[] args) throws IOException {
    Map<String, String> options = Cli.parse(args, List.of("--limits"));
    Topology topology;
    if (options.containsKey("--limits")) {
      topology = routeServerAtLimits(Cli.intOption(options, "--prefixes", 4000), Cli.intOption(options, "--nics", 4000));
    } else {
      int hubs = Cli.intOption(options, "--hubs", 4);
      topology = hubAndSpoke(hubs, Cli.intOption(options, "--spokes", 50), Cli.intOption(options, "--prefixes", 1000),
          Cli.intOption(options, "--hubs-per-spoke", Math.min(2, hubs)));
    }
    String out = options.get("--out");
    TopologyFormat format = out == null ? TopologyFormat.YAML
        : TopologyFormat.ofFileName(out).orElse(TopologyFormat.YAML);
    String text = new TopologyWriter().write(topology, format);
    if (out == null) {
      System.out.print(text);
    } else {
      Files.writeString(Path.of(out), text, StandardCharsets.UTF_8);
      System.err.println("wrote " + out + ": " + topology.virtualNetworks().size() + " VNets, "
          + topology.routeServers().size() + " route servers, " + topology.networkVirtualAppliances().size()
          + " NVAs, " + topology.virtualMachines().size() + " VMs");
    }
  }

  /**
   * A neighbour at a route-server instance as a real NVA configures it: eBGP multihop 2, because
   * a route server is never on the NVA's subnet (real-deployments R3; without it FRR holds every
   * path from the route server as invalid).
   */
  private static BgpNeighbor routeServer(Ipv4Address instance) {
    return new BgpNeighbor(instance, Asn.AZURE_ROUTE_SERVER, null, false, List.of(), List.of(), null, null, false, 2,
        false, false);
  }
}
