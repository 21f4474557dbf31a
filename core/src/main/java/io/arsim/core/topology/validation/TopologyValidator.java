package io.arsim.core.topology.validation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.Asn;
import io.arsim.core.net.IpPrefix;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.problem.Problem;
import io.arsim.core.problem.ProblemSink;
import io.arsim.core.topology.BgpConnection;
import io.arsim.core.topology.BgpNeighbor;
import io.arsim.core.topology.ExtensionKind;
import io.arsim.core.topology.ExtensionResource;
import io.arsim.core.topology.NetworkInterface;
import io.arsim.core.topology.NetworkVirtualAppliance;
import io.arsim.core.topology.NextHopType;
import io.arsim.core.topology.RouteServer;
import io.arsim.core.topology.RouteTable;
import io.arsim.core.topology.Subnet;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.UserDefinedRoute;
import io.arsim.core.topology.VirtualMachine;
import io.arsim.core.topology.VirtualNetwork;
import io.arsim.core.topology.VirtualNetworkPeering;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Checks a bound topology against Azure's rules (azure-route-server-facts.md sections 1, 2 and 4)
 * and reports every problem at once. Each rule has a stable code documented in docs/topology.md.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TopologyValidator {

  /** Route servers accept at most this many BGP peers (facts 2.1). */
  public static final int MAX_ROUTE_SERVER_PEERS = 8;

  /**
   * What a wrong peer ASN does: a warning, not an error, so the design can still be simulated
   * (a user may want to see exactly that) — the engine brings the session up only when each side
   * expects the other's real ASN, and reports it down with the reason.
   */
  static final String SESSION_STAYS_DOWN = "; the BGP session stays down (simulate shows it with the reason)";

  private final List<ExtensionKind<?>> kinds;

  public TopologyValidator(List<? extends ExtensionKind<?>> kinds) {
    this.kinds = List.copyOf(kinds);
  }

  /** Every problem of {@code topology}, errors and warnings, unlocated (JSON pointers only). */
  public List<Problem> validate(Topology topology) {
    List<Problem> problems = new ArrayList<>();
    new Run(topology, problems::add).all();
    for (ExtensionKind<?> kind : kinds) {
      validateKind(kind, topology, problems::add);
    }
    return List.copyOf(problems);
  }

  private static <T extends ExtensionResource> void validateKind(
      ExtensionKind<T> kind, Topology topology, ProblemSink sink) {
    List<T> resources = topology.extensionResources(kind.kind()).stream()
        .filter(kind.type()::isInstance).map(kind.type()::cast).toList();
    Run.unique(sink, resources, ExtensionResource::name, "/extensions/" + kind.kind(), kind.kind());
    kind.validate(topology, resources, sink);
  }

  /** One validation pass over one topology. */
  private static final class Run {
    private final Topology topology;
    private final ProblemSink sink;
    /** VMs and NVAs whose names equal another's but for case (their default NIC names do too). */
    private final java.util.Set<String> caseClashOwners = new java.util.HashSet<>();
    /** NIC names without regard to case. */
    private final Map<String, String> foldedNics = new HashMap<>();
    /** VM and NVA names without regard to case, for names equal but for case. */
    private final Map<String, String> foldedOwners = new HashMap<>();
    /** VM and NVA names used more than once; their default NIC names clash as a consequence. */
    private final java.util.Set<String> duplicateOwners = new java.util.HashSet<>();
    /** Load balancers, branches, tunnels, static routes (DataPlaneChecks). */
    private final DataPlaneChecks dataPlane;

    // Lookups by name, built once: the topology's own lookups search its lists, which made reading
    // a design with thousands of VNets take time quadratic in their number.
    private final Map<String, VirtualNetwork> vnetsByName = new HashMap<>();
    private final Map<String, Integer> vnetIndex = new HashMap<>();
    private final java.util.Set<String> routeTableNames = new java.util.HashSet<>();
    private final java.util.Set<String> policyNames = new java.util.HashSet<>();
    private final Map<String, List<Integer>> routeServersByVnet = new HashMap<>();
    private final Map<RouteServer, List<Ipv4Address>> instanceIps = new java.util.IdentityHashMap<>();
    private final List<String> vnetNames;
    private final boolean someRouteServerWithoutInstances;

    Run(Topology topology, ProblemSink sink) {
      this.topology = topology;
      this.sink = sink;
      for (int v = 0; v < topology.virtualNetworks().size(); v++) {
        VirtualNetwork vnet = topology.virtualNetworks().get(v);
        vnetsByName.putIfAbsent(vnet.name(), vnet);
        vnetIndex.putIfAbsent(vnet.name(), v);
      }
      topology.routeTables().forEach(t -> routeTableNames.add(t.name()));
      topology.policies().forEach(p -> policyNames.add(p.name()));
      for (int r = 0; r < topology.routeServers().size(); r++) {
        RouteServer rs = topology.routeServers().get(r);
        routeServersByVnet.computeIfAbsent(rs.virtualNetwork(), k -> new ArrayList<>()).add(r);
        instanceIps.put(rs, instanceIpsOf(rs));
      }
      vnetNames = topology.virtualNetworks().stream().map(VirtualNetwork::name).toList();
      someRouteServerWithoutInstances = instanceIps.values().stream().anyMatch(List::isEmpty);
      this.dataPlane = new DataPlaneChecks(topology, sink);
    }

    private final Map<VirtualNetwork, Map<String, VirtualNetworkPeering>> peeringsByRemote =
        new java.util.IdentityHashMap<>();
    private final Map<NetworkVirtualAppliance, java.util.Set<Ipv4Address>> neighborIps =
        new java.util.IdentityHashMap<>();

    /** {@code vnet}'s first peering toward {@code remote}, by a map built once per VNet. */
    private Optional<VirtualNetworkPeering> peeringBack(VirtualNetwork vnet, String remote) {
      return Optional.ofNullable(peeringsByRemote.computeIfAbsent(vnet, v -> {
        Map<String, VirtualNetworkPeering> byRemote = new HashMap<>();
        v.virtualNetworkPeerings().forEach(p -> byRemote.putIfAbsent(p.remoteVirtualNetwork(), p));
        return byRemote;
      }).get(remote));
    }

    /** The addresses {@code nva} has neighbours at. */
    private java.util.Set<Ipv4Address> neighborIps(NetworkVirtualAppliance nva) {
      return neighborIps.computeIfAbsent(nva, n -> {
        java.util.Set<Ipv4Address> ips = new java.util.HashSet<>();
        n.bgpNeighbors().forEach(b -> ips.add(b.peerIp()));
        return ips;
      });
    }

    private Optional<VirtualNetwork> vnet(String name) {
      return Optional.ofNullable(vnetsByName.get(name));
    }

    private boolean hostsRouteServer(String vnet) {
      return routeServersByVnet.containsKey(vnet);
    }

    /** {@link Topology#routeServerInstanceIps}, with the VNet found by name in constant time. */
    private List<Ipv4Address> instanceIpsOf(RouteServer rs) {
      if (!rs.virtualRouterIps().isEmpty()) {
        return rs.virtualRouterIps();
      }
      VirtualNetwork vnet = vnetsByName.get(rs.virtualNetwork());
      return vnet == null ? List.of() : vnet.subnet(Subnet.ROUTE_SERVER_SUBNET)
          .filter(s -> s.addressPrefix().isIpv4() && s.addressPrefix().length() <= 29)
          .map(s -> {
            Ipv4Address first = ((Ipv4Prefix) s.addressPrefix()).first();
            return List.of(first.plus(4), first.plus(5));
          })
          .orElse(List.of());
    }

    void all() {
      names();
      for (int v = 0; v < topology.virtualNetworks().size(); v++) {
        virtualNetwork(v, topology.virtualNetworks().get(v));
      }
      peerings();
      for (int t = 0; t < topology.routeTables().size(); t++) {
        routeTable(t, topology.routeTables().get(t));
      }
      interfaces();
      for (int r = 0; r < topology.routeServers().size(); r++) {
        routeServer(r, topology.routeServers().get(r));
      }
      for (int n = 0; n < topology.networkVirtualAppliances().size(); n++) {
        nva(n, topology.networkVirtualAppliances().get(n));
      }
      speakerAddresses();
      bgpPairs();
      dataPlane.all();
    }

    // ---------------------------------------------------------------- names

    private void names() {
      unique(sink, topology.virtualNetworks(), VirtualNetwork::name, "/virtualNetworks", "VNet");
      unique(sink, topology.routeTables(), RouteTable::name, "/routeTables", "route table");
      unique(sink, topology.routeServers(), RouteServer::name, "/routeServers", "route server");
      unique(sink, topology.policies(), p -> p.name(), "/policies", "policy");
      // VMs and NVAs share one namespace: traces and explanations name them.
      Map<String, String> owners = new HashMap<>();
      for (int i = 0; i < topology.virtualMachines().size(); i++) {
        claim(owners, topology.virtualMachines().get(i).name(), "/virtualMachines/" + i, "virtualMachines");
      }
      for (int i = 0; i < topology.networkVirtualAppliances().size(); i++) {
        claim(owners, topology.networkVirtualAppliances().get(i).name(), "/networkVirtualAppliances/" + i,
            "networkVirtualAppliances");
      }
      for (int v = 0; v < topology.virtualNetworks().size(); v++) {
        VirtualNetwork vnet = topology.virtualNetworks().get(v);
        unique(sink, vnet.subnets(), Subnet::name, "/virtualNetworks/" + v + "/subnets", "subnet");
        for (int s = 0; s < vnet.subnets().size(); s++) {
          slashFree(vnet.subnets().get(s).name(), "/virtualNetworks/" + v + "/subnets/" + s + "/name", "subnet");
        }
        slashFree(vnet.name(), "/virtualNetworks/" + v + "/name", "VNet");
      }
    }

    private void claim(Map<String, String> owners, String name, String pointer, String section) {
      String entry = pointer.substring(pointer.lastIndexOf('/') + 1);
      String first = owners.putIfAbsent(name, "entry " + entry + " of " + section);
      if (first != null) {
        duplicateOwners.add(name);
        sink.error("duplicate-name", pointer + "/name",
            "the name \"" + name + "\" is already used by " + first
                + (first.endsWith(" of " + section) ? "" : "; VMs and NVAs share one namespace"),
            "give every VM and NVA its own name");
        return;
      }
      String same = foldedOwners.putIfAbsent(fold(name), name);
      if (same != null) {
        caseClashOwners.add(same);
        caseClashOwners.add(name);
        sink.error("duplicate-name", pointer + "/name",
            "the name \"" + name + "\" differs from \"" + same + "\" only in case; " + CASE_RULE,
            "give every VM and NVA a name that differs in more than case");
      }
    }

    private void slashFree(String name, String pointer, String what) {
      if (name.isEmpty() || name.contains("/")) {
        sink.error("invalid-name", pointer,
            "the " + what + " name \"" + name + "\" is empty or holds a '/'",
            "use letters, digits, '-', '_' and '.'; NICs refer to subnets as \"vnet/subnet\"");
      }
    }

    static <T> void unique(ProblemSink sink, List<T> items, Function<T, String> name, String base, String what) {
      Map<String, Integer> seen = new HashMap<>();
      Map<String, Integer> folded = new HashMap<>();
      for (int i = 0; i < items.size(); i++) {
        String n = name.apply(items.get(i));
        Integer first = seen.putIfAbsent(n, i);
        if (first != null) {
          sink.error("duplicate-name", base + "/" + i + "/name",
              "the " + what + " name \"" + n + "\" is already used by entry " + first + " of the same list",
              "give each " + what + " a unique name");
          continue;
        }
        Integer same = folded.putIfAbsent(fold(n), i);
        if (same != null) {
          sink.error("duplicate-name", base + "/" + i + "/name",
              "the " + what + " name \"" + n + "\" differs from \"" + name.apply(items.get(same)) + "\" (entry " + same
                  + " of the same list) only in case; " + CASE_RULE,
              "give each " + what + " a name that differs in more than case");
        }
      }
    }

    /** Why names equal but for case clash (docs/topology.md, "Names and references"). */
    static final String CASE_RULE = "Azure compares resource names without regard to case, so it sees one name twice";

    static String fold(String name) {
      return name.toLowerCase(java.util.Locale.ROOT);
    }

    // ---------------------------------------------------------------- VNets and subnets

    private void virtualNetwork(int v, VirtualNetwork vnet) {
      String at = "/virtualNetworks/" + v;
      if (vnet.addressSpace().isEmpty()) {
        sink.error("empty-address-space", at + "/addressSpace",
            "VNet \"" + vnet.name() + "\" has no address space",
            "add at least one prefix, e.g. addressSpace: [10.0.0.0/16]");
      }
      List<IpPrefix> space = vnet.addressSpace();
      for (int i = 0; i < space.size(); i++) {
        for (int j = 0; j < i; j++) {
          if (overlap(space.get(i), space.get(j))) {
            sink.error("overlapping-address-space", at + "/addressSpace/" + i,
                space.get(i) + " overlaps " + space.get(j) + " in the same VNet",
                "use address prefixes that do not overlap");
          }
        }
      }
      boolean hostsRouteServer = hostsRouteServer(vnet.name());
      for (int i = 0; i < space.size(); i++) {
        if (!space.get(i).isIpv4()) {
          if (hostsRouteServer) {
            sink.error("ipv6-with-route-server", at + "/addressSpace/" + i,
                "VNet \"" + vnet.name() + "\" hosts a route server and has the IPv6 prefix " + space.get(i)
                    + "; Azure Route Server does not support IPv6 and deploying it breaks IPv6 in the VNet",
                "remove the IPv6 address space or move the route server to an IPv4-only VNet");
          } else {
            sink.warning("ipv6-ignored", at + "/addressSpace/" + i,
                "IPv6 prefix " + space.get(i) + " is represented but not routed by arsim",
                "Azure Route Server routes IPv4 only");
          }
        }
      }
      for (int s = 0; s < vnet.subnets().size(); s++) {
        Subnet subnet = vnet.subnets().get(s);
        String sat = at + "/subnets/" + s;
        if (space.stream().noneMatch(p -> contains(p, subnet.addressPrefix()))) {
          sink.error("subnet-outside-vnet", sat + "/addressPrefix",
              "subnet prefix " + subnet.addressPrefix() + " is not inside the address space of VNet \""
                  + vnet.name() + "\" (" + join(space) + ")",
              "choose a prefix inside " + join(space) + " or add its range to addressSpace");
        }
        for (int o = 0; o < s; o++) {
          Subnet other = vnet.subnets().get(o);
          if (overlap(subnet.addressPrefix(), other.addressPrefix())) {
            sink.error("overlapping-subnets", sat + "/addressPrefix",
                "subnet \"" + subnet.name() + "\" (" + subnet.addressPrefix() + ") overlaps subnet \""
                    + other.name() + "\" (" + other.addressPrefix() + ")",
                "give each subnet its own, non-overlapping range");
          }
        }
        if (subnet.routeTable() != null) {
          if (!routeTableNames.contains(subnet.routeTable())) {
            dangling(sat + "/routeTable", "route table", subnet.routeTable(),
                topology.routeTables().stream().map(RouteTable::name).toList(), "routeTables");
          }
          if (subnet.name().equals(Subnet.ROUTE_SERVER_SUBNET)) {
            sink.error("route-table-on-route-server-subnet", sat + "/routeTable",
                "RouteServerSubnet may not have a route table (\"" + subnet.routeTable() + "\")",
                "remove routeTable from RouteServerSubnet; Azure forbids UDRs there");
          }
        }
      }
    }

    // ---------------------------------------------------------------- peerings

    private void peerings() {
      for (int v = 0; v < topology.virtualNetworks().size(); v++) {
        VirtualNetwork vnet = topology.virtualNetworks().get(v);
        String at = "/virtualNetworks/" + v + "/virtualNetworkPeerings";
        unique(sink, vnet.virtualNetworkPeerings(), VirtualNetworkPeering::name, at, "peering");
        List<Integer> remoteUsers = new ArrayList<>();
        Map<String, Integer> remotes = new HashMap<>();
        for (int p = 0; p < vnet.virtualNetworkPeerings().size(); p++) {
          VirtualNetworkPeering peering = vnet.virtualNetworkPeerings().get(p);
          String pat = at + "/" + p;
          Optional<VirtualNetwork> remote = vnet(peering.remoteVirtualNetwork());
          if (peering.useRemoteGateways()) {
            remoteUsers.add(p);
          }
          if (remote.isEmpty()) {
            dangling(pat + "/remoteVirtualNetwork", "VNet", peering.remoteVirtualNetwork(),
                vnetNames, "virtualNetworks");
            continue;
          }
          if (remote.get().name().equals(vnet.name())) {
            sink.error("self-peering", pat + "/remoteVirtualNetwork",
                "VNet \"" + vnet.name() + "\" is peered with itself", "peer it with another VNet");
            continue;
          }
          Integer earlier = remotes.putIfAbsent(peering.remoteVirtualNetwork(), p);
          if (earlier != null) {
            sink.error("duplicate-peering", pat + "/remoteVirtualNetwork",
                "VNet \"" + vnet.name() + "\" already has a peering with \"" + peering.remoteVirtualNetwork()
                    + "\" (entry " + earlier + ")", "keep one peering per pair of VNets");
          }
          for (IpPrefix mine : vnet.addressSpace()) {
            for (IpPrefix theirs : remote.get().addressSpace()) {
              if (overlap(mine, theirs)) {
                sink.error("overlapping-peered-address-space", pat + "/remoteVirtualNetwork",
                    "VNet \"" + vnet.name() + "\" (" + mine + ") and peered VNet \"" + remote.get().name()
                        + "\" (" + theirs + ") overlap; Azure refuses to peer overlapping VNets",
                    "renumber one of the VNets");
              }
            }
          }
          Optional<VirtualNetworkPeering> back = peeringBack(remote.get(), vnet.name());
          boolean backIsMisspelt = back.isEmpty() && remote.get().virtualNetworkPeerings().stream()
              .map(VirtualNetworkPeering::remoteVirtualNetwork)
              .anyMatch(name -> !vnetsByName.containsKey(name)
                  && io.arsim.core.problem.Suggestions.closest(name, List.of(vnet.name())).isPresent());
          if (back.isEmpty() && !backIsMisspelt) {
            sink.warning("one-sided-peering", pat,
                "VNet \"" + remote.get().name() + "\" has no peering back to \"" + vnet.name()
                    + "\"; Azure leaves this peering Initiated and arsim treats the VNets as not peered",
                "add a peering to \"" + vnet.name() + "\" under virtualNetworks[" + remote.get().name()
                    + "].virtualNetworkPeerings");
          } else if (back.isPresent() && peering.useRemoteGateways() && !back.get().allowGatewayTransit()) {
            sink.error("remote-gateways-without-transit", pat + "/useRemoteGateways",
                "useRemoteGateways is set toward \"" + remote.get().name() + "\", but its peering back to \""
                    + vnet.name() + "\" does not set allowGatewayTransit",
                "set allowGatewayTransit: true on virtualNetworks[" + remote.get().name()
                    + "].virtualNetworkPeerings[" + back.get().name() + "]");
          }
        }
        if (remoteUsers.size() > 1) {
          for (int p : remoteUsers.subList(1, remoteUsers.size())) {
            sink.error("multiple-remote-gateways", at + "/" + p + "/useRemoteGateways",
                "VNet \"" + vnet.name() + "\" sets useRemoteGateways on more than one peering; Azure allows one",
                "keep useRemoteGateways on one peering (a dual-homed spoke uses its own route server instead)");
          }
        }
        boolean ownRouteServer = hostsRouteServer(vnet.name());
        if (ownRouteServer) {
          for (int p : remoteUsers) {
            sink.error("route-server-vnet-uses-remote-gateways", at + "/" + p + "/useRemoteGateways",
                "VNet \"" + vnet.name() + "\" has its own route server and also uses the remote gateways of \""
                    + vnet.virtualNetworkPeerings().get(p).remoteVirtualNetwork() + "\"",
                "turn useRemoteGateways off; a VNet with a route server cannot use a remote gateway or route server");
          }
        }
      }
    }

    // ---------------------------------------------------------------- route tables

    private void routeTable(int t, RouteTable table) {
      String at = "/routeTables/" + t;
      unique(sink, table.routes(), UserDefinedRoute::name, at + "/routes", "route");
      Map<IpPrefix, Integer> prefixes = new HashMap<>();
      for (int r = 0; r < table.routes().size(); r++) {
        UserDefinedRoute route = table.routes().get(r);
        String rat = at + "/routes/" + r;
        Integer first = prefixes.putIfAbsent(route.addressPrefix(), r);
        if (first != null) {
          sink.error("route-conflict", rat + "/addressPrefix",
              "route \"" + route.name() + "\" repeats prefix " + route.addressPrefix() + " of route \""
                  + table.routes().get(first).name() + "\"; Azure rejects this as RouteConflict (a UDR cannot"
                  + " express ECMP)",
              "keep one route per prefix");
        }
        if (route.nextHopType() == NextHopType.VirtualAppliance && route.nextHopIpAddress() == null) {
          sink.error("missing-next-hop-ip", rat,
              "route \"" + route.name() + "\" has nextHopType VirtualAppliance but no nextHopIpAddress",
              "add nextHopIpAddress: the NVA's or load balancer frontend's address");
        }
        if (route.nextHopType() != NextHopType.VirtualAppliance && route.nextHopIpAddress() != null) {
          sink.error("unexpected-next-hop-ip", rat + "/nextHopIpAddress",
              "route \"" + route.name() + "\" has nextHopIpAddress " + route.nextHopIpAddress()
                  + " but nextHopType " + route.nextHopType() + "; only VirtualAppliance takes an address",
              "remove nextHopIpAddress or set nextHopType: VirtualAppliance");
        }
      }
    }

    // ---------------------------------------------------------------- NICs

    private void interfaces() {
      Map<String, String> names = new HashMap<>();
      Map<String, String> addresses = new HashMap<>();
      for (int i = 0; i < topology.virtualMachines().size(); i++) {
        VirtualMachine vm = topology.virtualMachines().get(i);
        String at = "/virtualMachines/" + i + "/networkInterfaces";
        if (vm.networkInterfaces().isEmpty()) {
          sink.error("no-network-interface", "/virtualMachines/" + i,
              "VM \"" + vm.name() + "\" has no NIC", "add a networkInterfaces entry with subnet and privateIpAddress");
        }
        for (int n = 0; n < vm.networkInterfaces().size(); n++) {
          nic(at + "/" + n, vm.name(), "virtualMachines[" + vm.name() + "]", vm.networkInterfaces().get(n),
              names, addresses);
        }
        oneVnet(at, "VM", vm.name(), vm.networkInterfaces());
      }
      for (int i = 0; i < topology.networkVirtualAppliances().size(); i++) {
        NetworkVirtualAppliance nva = topology.networkVirtualAppliances().get(i);
        String at = "/networkVirtualAppliances/" + i + "/networkInterfaces";
        if (nva.networkInterfaces().isEmpty()) {
          sink.error("no-network-interface", "/networkVirtualAppliances/" + i,
              "NVA \"" + nva.name() + "\" has no NIC", "add a networkInterfaces entry with subnet and privateIpAddress");
        }
        for (int n = 0; n < nva.networkInterfaces().size(); n++) {
          NetworkInterface nic = nva.networkInterfaces().get(n);
          nic(at + "/" + n, nva.name(), "networkVirtualAppliances[" + nva.name() + "]", nic, names, addresses);
          if (!nic.enableIpForwarding()) {
            sink.warning("ip-forwarding-disabled", at + "/" + n,
                "NVA \"" + nva.name() + "\" NIC \"" + nic.name() + "\" does not enable IP forwarding, so Azure"
                    + " drops traffic it should forward",
                "set enableIpForwarding: true");
          }
        }
        oneVnet(at, "NVA", nva.name(), nva.networkInterfaces());
      }
    }

    /** Azure's reserved addresses in every subnet, in words (Azure Virtual Network FAQ). */
    static final String RESERVED = "the first four addresses and the last one are reserved";

    /**
     * Whether Azure reserves {@code ip} in {@code subnet}: the network address, .1 (default
     * gateway), .2 and .3 (Azure DNS), and the broadcast address. Source: Azure Virtual Network FAQ,
     * "Are there any restrictions on using IP addresses within these subnets?"
     * (learn.microsoft.com/azure/virtual-network/virtual-networks-faq).
     */
    static boolean reserved(Ipv4Prefix subnet, Ipv4Address ip) {
      long offset = ip.unsigned() - subnet.first().unsigned();
      return offset < 4 || ip.equals(subnet.last());
    }

    /**
     * A VM's or NVA's NICs all in one VNet: "You can associate multiple NICs on a VM to multiple
     * subnets, but those subnets must all reside in the same virtual network" (Azure, "Create and
     * manage a Windows virtual machine that has multiple NICs",
     * learn.microsoft.com/azure/virtual-machines/windows/multiple-nics).
     */
    private void oneVnet(String at, String what, String owner, List<NetworkInterface> nics) {
      String first = null;
      for (int n = 0; n < nics.size(); n++) {
        String vnet = nics.get(n).subnet().virtualNetwork();
        if (!vnetsByName.containsKey(vnet)) {
          continue;
        }
        if (first == null) {
          first = vnet;
        } else if (!first.equals(vnet)) {
          sink.error("nics-in-several-vnets", at + "/" + n + "/subnet",
              what + " \"" + owner + "\" has NICs in VNet \"" + first + "\" and in VNet \"" + vnet
                  + "\"; Azure attaches all NICs of a machine to subnets of one VNet",
              "put every NIC of \"" + owner + "\" in a subnet of VNet \"" + first
                  + "\"; to reach another VNet, peer the two VNets");
          return;
        }
      }
    }

    // ---------------------------------------------------------------- one address, one speaker

    /** Who uses an address: for messages, and whether it speaks BGP. */
    private record AddressUser(String label, String vnet, boolean speaker) {}

    /**
     * Route-server instances and NVA NICs speak BGP, and BGP peers are found by address alone (an
     * NVA's {@code peerIp}, a route server's {@code bgpConnections}): an address of a speaker may
     * therefore belong to nothing else in the design. Two VM NICs in VNets that are not connected
     * may share an address, as Azure allows. NICs that share an address inside one VNet are
     * reported by {@link #nic} already.
     */
    private void speakerAddresses() {
      Map<Ipv4Address, AddressUser> users = new HashMap<>();
      for (int r = 0; r < topology.routeServers().size(); r++) {
        RouteServer rs = topology.routeServers().get(r);
        List<Ipv4Address> ips = instanceIps.get(rs);
        for (int i = 0; i < ips.size(); i++) {
          AddressUser user = new AddressUser("instance " + i + " of route server \"" + rs.name() + "\"",
              rs.virtualNetwork(), true);
          AddressUser earlier = users.putIfAbsent(ips.get(i), user);
          if (earlier != null && !earlier.label().endsWith("route server \"" + rs.name() + "\"")) {
            String at = "/routeServers/" + r + (rs.virtualRouterIps().isEmpty() ? "/virtualNetwork"
                : "/virtualRouterIps/" + i);
            sink.error("duplicate-address", at, "address " + ips.get(i) + " of " + user.label()
                    + " is also the address of " + earlier.label() + "; arsim finds BGP peers by address, so a"
                    + " speaker's address may belong to nothing else",
                "give the VNets different address ranges, or set virtualRouterIps");
          }
        }
      }
      nicAddresses(users, topology.virtualMachines(), "/virtualMachines/", false);
      nicAddresses(users, topology.networkVirtualAppliances(), "/networkVirtualAppliances/", true);
    }

    private void nicAddresses(Map<Ipv4Address, AddressUser> users, List<?> owners, String base, boolean speaker) {
      for (int o = 0; o < owners.size(); o++) {
        String owner = owners.get(o) instanceof VirtualMachine vm ? vm.name()
            : ((NetworkVirtualAppliance) owners.get(o)).name();
        List<NetworkInterface> nics = owners.get(o) instanceof VirtualMachine vm ? vm.networkInterfaces()
            : ((NetworkVirtualAppliance) owners.get(o)).networkInterfaces();
        for (int n = 0; n < nics.size(); n++) {
          NetworkInterface nic = nics.get(n);
          String vnet = nic.subnet().virtualNetwork();
          if (!vnetsByName.containsKey(vnet)) {
            continue;
          }
          AddressUser user = new AddressUser((speaker ? "NVA" : "VM") + " \"" + owner + "\" NIC \"" + nic.name() + "\"",
              vnet, speaker);
          AddressUser earlier = users.putIfAbsent(nic.privateIpAddress(), user);
          if (earlier == null || earlier.vnet().equals(vnet) && !earlier.label().startsWith("instance ")
              || !earlier.speaker() && !speaker) {
            continue;
          }
          sink.error("duplicate-address", base + o + "/networkInterfaces/" + n + "/privateIpAddress",
              "address " + nic.privateIpAddress() + " of " + user.label() + " in VNet \"" + vnet
                  + "\" is also the address of " + earlier.label() + " in VNet \"" + earlier.vnet()
                  + "\"; arsim finds BGP peers by address, so a speaker's address may belong to nothing else",
              "give the VNets different address ranges (peered VNets must not overlap anyway)");
        }
      }
    }

    private void nic(String at, String owner, String ownerPath, NetworkInterface nic, Map<String, String> names,
        Map<String, String> addresses) {
      String label = ownerPath + ".networkInterfaces[" + nic.name() + "]";
      String first = names.putIfAbsent(nic.name(), label);
      boolean defaultNameOfDuplicateOwner = duplicateOwners.contains(owner) && nic.name().startsWith(owner + "-nic");
      if (first != null && !defaultNameOfDuplicateOwner) {
        sink.error("duplicate-name", at + "/name",
            "the NIC name \"" + nic.name() + "\" is already used by " + first,
            "give every NIC its own name (NICs without a name are called <owner>-nic)");
      } else if (first == null) {
        String same = foldedNics.putIfAbsent(fold(nic.name()), nic.name() + "\" (" + label + ")");
        if (same != null && !duplicateOwners.contains(owner) && !caseClashOwners.contains(owner)) {
          sink.error("duplicate-name", at + "/name",
              "the NIC name \"" + nic.name() + "\" differs from \"" + same + " only in case; " + CASE_RULE,
              "give every NIC a name that differs in more than case");
        }
      }
      Optional<VirtualNetwork> vnet = vnet(nic.subnet().virtualNetwork());
      if (vnet.isEmpty()) {
        dangling(at + "/subnet", "VNet", nic.subnet().virtualNetwork(),
            vnetNames, "virtualNetworks");
        return;
      }
      Optional<Subnet> subnet = vnet.get().subnet(nic.subnet().subnet());
      if (subnet.isEmpty()) {
        dangling(at + "/subnet", "subnet of VNet \"" + vnet.get().name() + "\"", nic.subnet().subnet(),
            vnet.get().subnets().stream().map(Subnet::name).toList(), "virtualNetworks[" + vnet.get().name() + "].subnets");
        return;
      }
      if (!(subnet.get().addressPrefix() instanceof Ipv4Prefix prefix)) {
        return;
      }
      Ipv4Address ip = nic.privateIpAddress();
      if (!prefix.contains(ip)) {
        sink.error("address-outside-subnet", at + "/privateIpAddress",
            "NIC address " + ip + " is outside its subnet " + nic.subnet() + " (" + prefix + ")",
            "choose an address from " + prefix.first().plus(4) + " to " + prefix.last().plus(-1));
        return;
      }
      if (reserved(prefix, ip)) {
        sink.error("reserved-address", at + "/privateIpAddress",
            "NIC address " + ip + " is reserved by Azure in subnet " + prefix
                + " (the first four addresses and the last one are reserved)",
            "choose an address from " + prefix.first().plus(4) + " to " + prefix.last().plus(-1));
      }
      if (subnet.get().name().equals(Subnet.ROUTE_SERVER_SUBNET)) {
        sink.error("nic-in-route-server-subnet", at + "/subnet",
            "NIC \"" + nic.name() + "\" is placed in RouteServerSubnet, which only the route server may use",
            "put the NIC in another subnet");
      }
      // Addresses are unique within a VNet; unpeered VNets may reuse the same range.
      String user = addresses.putIfAbsent(vnet.get().name() + "/" + ip, label);
      if (user != null) {
        sink.error("duplicate-address", at + "/privateIpAddress",
            "address " + ip + " is already used in VNet \"" + vnet.get().name() + "\" by " + user,
            "give every NIC its own address");
      }
    }

    // ---------------------------------------------------------------- route servers

    private void routeServer(int r, RouteServer rs) {
      String at = "/routeServers/" + r;
      for (int o : routeServersByVnet.get(rs.virtualNetwork())) {
        if (o < r) {
          sink.error("multiple-route-servers", at + "/virtualNetwork",
              "VNet \"" + rs.virtualNetwork() + "\" already hosts route server \""
                  + topology.routeServers().get(o).name() + "\"; Azure allows one per VNet",
              "keep one route server per VNet");
        }
      }
      Optional<VirtualNetwork> vnet = vnet(rs.virtualNetwork());
      if (vnet.isEmpty()) {
        dangling(at + "/virtualNetwork", "VNet", rs.virtualNetwork(),
            vnetNames, "virtualNetworks");
      } else {
        routeServerSubnet(at, rs, vnet.get());
      }
      if (rs.bgpConnections().size() > MAX_ROUTE_SERVER_PEERS) {
        sink.error("too-many-peers", at + "/bgpConnections/" + MAX_ROUTE_SERVER_PEERS,
            "route server \"" + rs.name() + "\" has " + rs.bgpConnections().size()
                + " BGP peers; Azure allows at most " + MAX_ROUTE_SERVER_PEERS,
            "remove peers or put NVAs behind a load balancer next hop");
      }
      unique(sink, rs.bgpConnections(), BgpConnection::name, at + "/bgpConnections", "BGP connection");
      Map<Ipv4Address, Integer> peers = new HashMap<>();
      for (int c = 0; c < rs.bgpConnections().size(); c++) {
        BgpConnection connection = rs.bgpConnections().get(c);
        String cat = at + "/bgpConnections/" + c;
        Integer first = peers.putIfAbsent(connection.peerIp(), c);
        if (first != null) {
          sink.error("duplicate-peer", cat + "/peerIp",
              "route server \"" + rs.name() + "\" already has a connection to " + connection.peerIp(),
              "keep one connection per peer address");
        }
        connection.peerAsn().routeServerPeerRestriction().ifPresent(why ->
            sink.error("invalid-peer-asn", cat + "/peerAsn", "peer ASN " + why,
                "configure the NVA with a 2-byte private ASN such as 65001"));
      }
    }

    private void routeServerSubnet(String at, RouteServer rs, VirtualNetwork vnet) {
      Optional<Subnet> subnet = vnet.subnet(Subnet.ROUTE_SERVER_SUBNET);
      int v = vnetIndex.get(vnet.name());
      if (subnet.isEmpty()) {
        Optional<Subnet> lookalike = vnet.subnets().stream()
            .filter(s -> s.name().replaceAll("[-_ .]", "").equalsIgnoreCase(Subnet.ROUTE_SERVER_SUBNET))
            .findFirst();
        if (lookalike.isPresent()) {
          sink.error("misnamed-route-server-subnet",
              "/virtualNetworks/" + v + "/subnets/" + vnet.subnets().indexOf(lookalike.get()) + "/name",
              "route server \"" + rs.name() + "\" needs a subnet named exactly RouteServerSubnet; \""
                  + lookalike.get().name() + "\" does not count",
              "rename the subnet to RouteServerSubnet");
        } else {
          sink.error("missing-route-server-subnet", at + "/virtualNetwork",
              "VNet \"" + vnet.name() + "\" has no subnet named RouteServerSubnet for route server \"" + rs.name() + "\"",
              "add a subnet named RouteServerSubnet, /27 or larger, to VNet \"" + vnet.name() + "\"");
        }
        return;
      }
      int s = vnet.subnets().indexOf(subnet.get());
      IpPrefix prefix = subnet.get().addressPrefix();
      if (prefix.length() > 27) {
        sink.error("route-server-subnet-too-small", "/virtualNetworks/" + v + "/subnets/" + s + "/addressPrefix",
            "RouteServerSubnet " + prefix + " is smaller than /27", "make RouteServerSubnet a /27 or larger");
      }
      if (!rs.virtualRouterIps().isEmpty()) {
        if (rs.virtualRouterIps().size() != 2) {
          sink.error("route-server-instances", at + "/virtualRouterIps",
              "route server \"" + rs.name() + "\" lists " + rs.virtualRouterIps().size()
                  + " instance addresses; Azure Route Server always has two",
              "list two addresses or omit virtualRouterIps to use the .4 and .5 of RouteServerSubnet");
        }
        for (int i = 0; i < rs.virtualRouterIps().size(); i++) {
          Ipv4Address ip = rs.virtualRouterIps().get(i);
          if (prefix instanceof Ipv4Prefix p4 && !p4.contains(ip)) {
            sink.error("address-outside-subnet", at + "/virtualRouterIps/" + i,
                "instance address " + ip + " is outside RouteServerSubnet " + prefix,
                "use addresses inside " + prefix + " (Azure uses its .4 and .5)");
          } else if (prefix instanceof Ipv4Prefix p4 && reserved(p4, ip)) {
            sink.error("reserved-address", at + "/virtualRouterIps/" + i,
                "instance address " + ip + " is reserved by Azure in RouteServerSubnet " + prefix + " (" + RESERVED + ")",
                "use addresses from " + p4.first().plus(4) + " to " + p4.last().plus(-1) + " (Azure uses the .4 and .5)");
          }
          if (i > 0 && rs.virtualRouterIps().subList(0, i).contains(ip)) {
            sink.error("duplicate-address", at + "/virtualRouterIps/" + i,
                "route server \"" + rs.name() + "\" gives two instances the address " + ip
                    + "; each instance has its own address",
                "list two different addresses, or leave virtualRouterIps out to use the .4 and .5 of RouteServerSubnet");
          }
        }
      }
    }

    // ---------------------------------------------------------------- NVAs

    private void nva(int n, NetworkVirtualAppliance nva) {
      String at = "/networkVirtualAppliances/" + n;
      nvaAsn(at + "/asn", nva.asn());
      Integer maximumPaths = nva.maximumPaths();
      if (maximumPaths != null && (maximumPaths < 1 || maximumPaths > 256)) {
        sink.error("invalid-value", at + "/maximumPaths",
            "maximumPaths " + maximumPaths + " is out of range 1..256 (maximum-paths)",
            "use 1 for a single best path, the number of equal paths to install, or leave it out for the vendor"
                + " profile's default");
      }
      nvaBgpSettings(at, nva);
      if (nva.external()) {
        externalNva(at, nva);
      }
      Map<Ipv4Address, Integer> seen = new HashMap<>();
      for (int b = 0; b < nva.bgpNeighbors().size(); b++) {
        BgpNeighbor neighbor = nva.bgpNeighbors().get(b);
        String bat = at + "/bgpNeighbors/" + b;
        Integer first = seen.putIfAbsent(neighbor.peerIp(), b);
        if (first != null) {
          sink.error("duplicate-peer", bat + "/peerIp",
              "NVA \"" + nva.name() + "\" already has a neighbour " + neighbor.peerIp(),
              "keep one neighbour per address");
        }
        if (nva.ownAddresses().contains(neighbor.peerIp())) {
          sink.error("self-peer", bat + "/peerIp",
              "NVA \"" + nva.name() + "\" lists its own address " + neighbor.peerIp() + " as a neighbour",
              "use the neighbour's address");
        }
        policyRefs(bat + "/importPolicies", neighbor.importPolicies());
        policyRefs(bat + "/exportPolicies", neighbor.exportPolicies());
        neighborSettings(bat, neighbor);
      }
    }

    /**
     * An NVA a real router plays must be a peer of a route server: {@code arsim serve} accepts its
     * sessions only there, so an external NVA no route server peers with can never send a route.
     */
    private void externalNva(String at, NetworkVirtualAppliance nva) {
      boolean peered = topology.routeServers().stream().flatMap(rs -> rs.bgpConnections().stream())
          .anyMatch(c -> nva.ownAddresses().contains(c.peerIp()));
      if (!peered) {
        sink.warning("external-nva-unpeered", at + "/external",
            "NVA \"" + nva.name() + "\" is external, but no route server has a bgpConnection to its addresses ("
                + join(nva.ownAddresses()) + "), so arsim serve has no session to accept from it",
            "add a bgpConnection with peerIp " + (nva.ownAddresses().isEmpty() ? "the NVA's NIC address"
                : nva.ownAddresses().get(0).toString()) + " and peerAsn " + nva.asn()
                + " to its route server, or set external: false");
      }
    }

    /** A neighbour's session settings: the multihop TTL's range, next-hop settings that exclude each other. */
    private void neighborSettings(String at, BgpNeighbor neighbor) {
      Integer ttl = neighbor.ebgpMultihop();
      if (ttl != null && (ttl < 1 || ttl > 255)) {
        sink.error("invalid-value", at + "/ebgpMultihop", "ebgpMultihop " + ttl + " is out of range 1..255 (a TTL)",
            "use 2 or more toward a neighbour that is not on the NVA's subnet, such as a route server, or 255"
                + " for ebgp-multihop without a TTL");
      }
      if (neighbor.nextHopSelf() && neighbor.nextHopUnchanged()) {
        sink.error("conflicting-settings", at + "/nextHopUnchanged",
            "neighbour " + neighbor.peerIp() + " sets both nextHopSelf and nextHopUnchanged",
            "keep one: nextHopSelf sends the NVA's own address, nextHopUnchanged the next hop it learned");
      }
    }

    /** The arrival order, aggregates and static routes of an NVA. */
    private void nvaBgpSettings(String at, NetworkVirtualAppliance nva) {
      java.util.Set<Ipv4Address> neighbors = new java.util.HashSet<>();
      nva.bgpNeighbors().forEach(b -> neighbors.add(b.peerIp()));
      java.util.Set<Ipv4Address> ordered = new java.util.HashSet<>();
      for (int i = 0; i < nva.arrivalOrder().size(); i++) {
        Ipv4Address address = nva.arrivalOrder().get(i);
        if (!neighbors.contains(address)) {
          sink.error("unknown-reference", at + "/arrivalOrder/" + i, "NVA \"" + nva.name() + "\" has no neighbour "
              + address, "list the peerIp of neighbours in bgpNeighbors, oldest first: "
              + String.join(", ", nva.bgpNeighbors().stream().map(b -> b.peerIp().toString()).toList()));
        } else if (!ordered.add(address)) {
          sink.error("duplicate-peer", at + "/arrivalOrder/" + i, "neighbour " + address
              + " appears twice in the arrival order of NVA \"" + nva.name() + "\"", "list each neighbour once");
        }
      }
      java.util.Set<Ipv4Prefix> aggregates = new java.util.HashSet<>();
      for (int i = 0; i < nva.aggregateAddresses().size(); i++) {
        Ipv4Prefix prefix = nva.aggregateAddresses().get(i).prefix();
        if (!aggregates.add(prefix)) {
          sink.error("duplicate-name", at + "/aggregateAddresses/" + i + "/prefix", "NVA \"" + nva.name()
              + "\" aggregates " + prefix + " twice", "keep one aggregateAddresses entry per prefix");
        }
        if (prefix.length() == 32) {
          sink.error("invalid-value", at + "/aggregateAddresses/" + i + "/prefix", "aggregate " + prefix
              + " is a /32, which has no more specific route to summarise", "aggregate a shorter prefix");
        }
      }
    }

    private void nvaAsn(String pointer, Asn asn) {
      asn.routeServerPeerRestriction().ifPresent(why -> sink.error("invalid-nva-asn", pointer,
          "NVA ASN " + why, "use a 2-byte private ASN 64512..65514 or 65521..65534, e.g. 65001"));
    }

    private void policyRefs(String at, List<String> names) {
      for (int i = 0; i < names.size(); i++) {
        if (!policyNames.contains(names.get(i))) {
          dangling(at + "/" + i, "policy", names.get(i),
              topology.policies().stream().map(p -> p.name()).toList(), "policies");
        }
      }
    }

    // ---------------------------------------------------------------- both sides of each BGP session

    private void bgpPairs() {
      Map<Ipv4Address, NvaAddress> nvaByIp = new LinkedHashMap<>();
      for (int n = 0; n < topology.networkVirtualAppliances().size(); n++) {
        NetworkVirtualAppliance nva = topology.networkVirtualAppliances().get(n);
        for (Ipv4Address own : nva.ownAddresses()) {
          nvaByIp.putIfAbsent(own, new NvaAddress(n, nva));
        }
      }
      Map<Ipv4Address, Integer> rsByIp = new HashMap<>();
      for (int r = 0; r < topology.routeServers().size(); r++) {
        for (Ipv4Address ip : instanceIps.get(topology.routeServers().get(r))) {
          rsByIp.putIfAbsent(ip, r);
        }
      }
      // Route server side: each connection needs an NVA that peers with both instances.
      java.util.Set<String> warned = new java.util.HashSet<>();
      for (int r = 0; r < topology.routeServers().size(); r++) {
        RouteServer rs = topology.routeServers().get(r);
        List<Ipv4Address> instances = instanceIps.get(rs);
        for (int c = 0; c < rs.bgpConnections().size(); c++) {
          BgpConnection connection = rs.bgpConnections().get(c);
          String cat = "/routeServers/" + r + "/bgpConnections/" + c;
          NvaAddress peer = nvaByIp.get(connection.peerIp());
          if (peer == null) {
            if (!isExtensionAddress(connection.peerIp())) {
              sink.warning("one-sided-bgp", cat + "/peerIp",
                  "route server \"" + rs.name() + "\" peers with " + connection.peerIp()
                      + ", which is no NVA NIC in this design; the session stays down",
                  "add the NVA with a NIC at " + connection.peerIp() + ", or fix peerIp");
            }
            continue;
          }
          if (!peer.nva.asn().equals(connection.peerAsn())) {
            sink.warning("peer-asn-mismatch", cat + "/peerAsn",
                "route server \"" + rs.name() + "\" expects ASN " + connection.peerAsn() + " at "
                    + connection.peerIp() + ", but NVA \"" + peer.nva.name() + "\" uses " + peer.nva.asn()
                    + SESSION_STAYS_DOWN,
                "set peerAsn: " + peer.nva.asn() + " (or change the NVA's asn)");
          }
          List<Ipv4Address> missing = instances.stream()
              .filter(ip -> !neighborIps(peer.nva).contains(ip)).toList();
          if (!missing.isEmpty() && missing.size() < instances.size() && warned.add(rs.name() + "\u0000" + peer.nva.name())) {
            sink.warning("single-instance-peering", "/networkVirtualAppliances/" + peer.index + "/bgpNeighbors",
                "NVA \"" + peer.nva.name() + "\" peers with only one instance of route server \"" + rs.name()
                    + "\"; it has no neighbour " + join(missing)
                    + ", so some VMs will not get its routes (Azure requires peering both instances)",
                "add a neighbour " + join(missing) + " with peerAsn 65515 and the same policies");
          } else if (!missing.isEmpty()) {
            sink.warning("one-sided-bgp", cat,
                "route server \"" + rs.name() + "\" peers with NVA \"" + peer.nva.name()
                    + "\", but the NVA has no neighbour " + join(instances) + "; the sessions stay down",
                "add neighbours " + join(instances) + " with peerAsn 65515 to NVA \"" + peer.nva.name() + "\"");
          }
        }
      }
      // NVA side: a neighbour at a route server instance needs the route server's connection back.
      for (int n = 0; n < topology.networkVirtualAppliances().size(); n++) {
        NetworkVirtualAppliance nva = topology.networkVirtualAppliances().get(n);
        for (int b = 0; b < nva.bgpNeighbors().size(); b++) {
          BgpNeighbor neighbor = nva.bgpNeighbors().get(b);
          String bat = "/networkVirtualAppliances/" + n + "/bgpNeighbors/" + b;
          Integer r = rsByIp.get(neighbor.peerIp());
          if (r != null) {
            RouteServer rs = topology.routeServers().get(r);
            if (neighbor.peerAsn().value() != RouteServer.ASN) {
              sink.warning("peer-asn-mismatch", bat + "/peerAsn",
                  neighbor.peerIp() + " is an instance of route server \"" + rs.name()
                      + "\", whose ASN is 65515, not " + neighbor.peerAsn() + SESSION_STAYS_DOWN,
                  "set peerAsn: 65515");
            }
            boolean connected = nva.networkInterfaces().stream().anyMatch(nic ->
                rs.bgpConnections().stream().anyMatch(c -> c.peerIp().equals(nic.privateIpAddress())));
            if (!connected) {
              sink.warning("one-sided-bgp", bat,
                  "NVA \"" + nva.name() + "\" peers with route server \"" + rs.name()
                      + "\", but the route server has no bgpConnection to the NVA; the session stays down",
                  "add to routeServers[" + rs.name() + "].bgpConnections: {name: " + nva.name() + ", peerIp: "
                      + bgpAddress(nva) + ", peerAsn: " + nva.asn() + "}");
            }
            continue;
          }
          NvaAddress other = nvaByIp.get(neighbor.peerIp());
          if (other != null) {
            if (!other.nva.asn().equals(neighbor.peerAsn())) {
              sink.warning("peer-asn-mismatch", bat + "/peerAsn",
                  "NVA \"" + nva.name() + "\" expects ASN " + neighbor.peerAsn() + " at " + neighbor.peerIp()
                      + ", but NVA \"" + other.nva.name() + "\" uses " + other.nva.asn() + SESSION_STAYS_DOWN,
                  "set peerAsn: " + other.nva.asn());
            }
            boolean back = other.nva.bgpNeighbors().stream().anyMatch(x -> nva.ownAddresses().contains(x.peerIp()));
            if (!back) {
              sink.warning("one-sided-bgp", bat,
                  "NVA \"" + nva.name() + "\" peers with NVA \"" + other.nva.name()
                      + "\", which has no neighbour back; the session stays down",
                  "add a neighbour " + bgpAddress(nva) + " to NVA \"" + other.nva.name() + "\"");
            }
          } else if (dataPlane.branchNeighbor(nva, neighbor, bat)) {
            continue;
          } else if (!isExtensionAddress(neighbor.peerIp()) && !anyRouteServerWithoutInstances()) {
            sink.warning("one-sided-bgp", bat + "/peerIp",
                "NVA \"" + nva.name() + "\" has a neighbour " + neighbor.peerIp()
                    + " that is no route server instance or NVA in this design; the session stays down",
                "fix peerIp, or add the peer to the design");
          }
        }
      }
    }

    /**
     * Whether some route server's instance addresses are unknown because its VNet or RouteServerSubnet
     * is missing (already an error); a neighbour address may then be one of them.
     */
    private boolean anyRouteServerWithoutInstances() {
      return someRouteServerWithoutInstances;
    }

    /** The address an NVA speaks BGP from: its first NIC's (the router id may be any address). */
    private static Ipv4Address bgpAddress(NetworkVirtualAppliance nva) {
      return nva.networkInterfaces().isEmpty() ? nva.effectiveRouterId()
          : nva.networkInterfaces().get(0).privateIpAddress();
    }

    /** Whether an address might belong to an extension resource (gateways, on-premises). */
    private boolean isExtensionAddress(Ipv4Address ip) {
      return !topology.extensions().isEmpty();
    }

    private record NvaAddress(int index, NetworkVirtualAppliance nva) {}

    // ---------------------------------------------------------------- helpers

    private void dangling(String pointer, String what, String name, Collection<String> known, String section) {
      String fix = io.arsim.core.problem.Suggestions.closest(name, known)
          .map(s -> "did you mean \"" + s + "\"?")
          .orElse(known.isEmpty() ? "define it under " + section
              : "define it under " + section + ", or use one of: " + String.join(", ", known.stream().sorted().toList()));
      sink.error("unknown-reference", pointer, "no " + what + " named \"" + name + "\"", fix);
    }

    private static boolean overlap(IpPrefix a, IpPrefix b) {
      if (a instanceof Ipv4Prefix a4 && b instanceof Ipv4Prefix b4) {
        return a4.overlaps(b4);
      }
      if (a instanceof io.arsim.core.net.Ipv6Prefix a6 && b instanceof io.arsim.core.net.Ipv6Prefix b6) {
        return a6.contains(b6) || b6.contains(a6);
      }
      return false;
    }

    private static boolean contains(IpPrefix outer, IpPrefix inner) {
      if (outer instanceof Ipv4Prefix o4 && inner instanceof Ipv4Prefix i4) {
        return o4.contains(i4);
      }
      if (outer instanceof io.arsim.core.net.Ipv6Prefix o6 && inner instanceof io.arsim.core.net.Ipv6Prefix i6) {
        return o6.contains(i6);
      }
      return false;
    }

    private static String join(Collection<?> items) {
      return String.join(", ", items.stream().map(Object::toString).toList());
    }
  }
}
