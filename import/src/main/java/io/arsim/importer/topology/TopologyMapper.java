package io.arsim.importer.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arsim.core.bgp.Asn;
import io.arsim.core.net.IpPrefix;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.problem.Problem;
import io.arsim.core.topology.BgpConnection;
import io.arsim.core.topology.HubRoutingPreference;
import io.arsim.core.topology.LoadBalancer;
import io.arsim.core.topology.NetworkInterface;
import io.arsim.core.topology.NextHopType;
import io.arsim.core.topology.RouteServer;
import io.arsim.core.topology.RouteTable;
import io.arsim.core.topology.Subnet;
import io.arsim.core.topology.SubnetRef;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.UserDefinedRoute;
import io.arsim.core.topology.VirtualMachine;
import io.arsim.core.topology.VirtualNetwork;
import io.arsim.core.topology.VirtualNetworkPeering;
import io.arsim.importer.inventory.AzureInventory;
import io.arsim.importer.inventory.AzureResource;
import io.arsim.importer.inventory.ImportNote;
import io.arsim.importer.inventory.InventoryBuilder;
import io.arsim.importer.inventory.ResourceIds;
import io.arsim.importer.inventory.ResourceTypes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Maps an inventory to the elements the topology model has: VNets (address space, location),
 * subnets (prefix, route table; NSGs are ignored), peerings (the four flags, ARM defaults when
 * absent), route tables and routes, VMs with their NICs (primary IP configuration, IP forwarding),
 * and route servers ({@code Microsoft.Network/virtualHubs} of kind RouteServer, or with an IP
 * configuration in a RouteServerSubnet) with their BGP connections, routing preference and
 * branch-to-branch flag. Names are the Azure names; references are followed by resolved id.
 *
 * <p>Gateways, connections, circuits (with their private peering) and local network gateways become
 * the ExpressRoute/VPN extension's entries ({@link MappedTopology#extensions()}), internal load
 * balancers the topology's load balancers ({@link GatewayMapping}); a Virtual WAN hub gets a
 * {@code not-mapped} note.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class TopologyMapper {
  /** Maps {@code inventory}; the topology is named {@code designName}. */
  public MappedTopology map(AzureInventory inventory, String designName) {
    return new Run(inventory).map(designName);
  }

  private static final class Run {
    private final AzureInventory inventory;
    private final Map<String, SourceResource> sources = new TreeMap<>();
    private final List<ImportNote> notes = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<NvaCandidate> candidates = new ArrayList<>();
    private final Map<String, String> vnetNames = new HashMap<>();
    private final Map<String, String> routeTableNames = new HashMap<>();

    Run(AzureInventory inventory) {
      this.inventory = inventory;
    }

    MappedTopology map(String designName) {
      List<VirtualNetwork> vnets = virtualNetworks();
      List<RouteTable> routeTables = routeTables();
      List<RouteServer> routeServers = routeServers();
      List<VirtualMachine> vms = virtualMachines(routeServers);
      GatewayMapping gateways = new GatewayMapping(inventory, vnetNames, new GatewayMapping.Sink() {
        @Override
        public void source(String path, AzureResource resource) {
          Run.this.source(path, resource);
        }

        @Override
        public void note(ImportNote note) {
          notes.add(note);
        }

        @Override
        public void warning(AzureResource resource, String path, String code, String message, String fix) {
          Run.this.warning(resource, path, code, message, fix);
        }

        @Override
        public void error(AzureResource resource, String path, String code, String message, String fix) {
          Run.this.error(resource, path, code, message, fix);
        }
      });
      Map<String, List<ObjectNode>> extensions = gateways.map();
      List<LoadBalancer> balancers = gateways.loadBalancers(vms);
      Topology topology = new Topology(null, designName, null, vnets, routeTables, vms, routeServers,
          List.of(), List.of(), Map.of()).withDataPlane(balancers, List.of());
      return new MappedTopology(topology, sources, candidates, notes, problems, extensions);
    }

    // ---- VNets, subnets, peerings -----------------------------------------------------------

    private List<VirtualNetwork> virtualNetworks() {
      for (AzureResource table : inventory.ofType(ResourceTypes.ROUTE_TABLE)) {
        routeTableNames.put(ResourceIds.key(table.id()), table.name());
      }
      Map<String, AzureResource> byName = new HashMap<>();
      for (AzureResource vnet : inventory.ofType(ResourceTypes.VIRTUAL_NETWORK)) {
        AzureResource first = byName.putIfAbsent(vnet.name().toLowerCase(Locale.ROOT), vnet);
        if (first != null) {
          error(vnet, "virtualNetworks[" + vnet.name() + "]", "duplicate-name", "two virtual networks are named "
              + vnet.name() + " (" + first.id() + " and " + vnet.id() + "); arsim names VNets by their Azure name",
              "import one of them, or rename one");
          continue;
        }
        vnetNames.put(ResourceIds.key(vnet.id()), vnet.name());
      }
      List<VirtualNetwork> out = new ArrayList<>();
      for (AzureResource vnet : inventory.ofType(ResourceTypes.VIRTUAL_NETWORK)) {
        if (!vnetNames.containsKey(ResourceIds.key(vnet.id()))) {
          continue;
        }
        String path = "virtualNetworks[" + vnet.name() + "]";
        source(path, vnet);
        List<IpPrefix> space = new ArrayList<>();
        for (JsonNode prefix : vnet.property("/addressSpace/addressPrefixes")) {
          prefix(vnet, path + ".addressSpace", prefix.asText()).ifPresent(space::add);
        }
        if (space.isEmpty()) {
          error(vnet, path, "missing-property", "virtual network " + vnet.name() + " has no address space",
              "give properties.addressSpace.addressPrefixes");
        }
        if (vnet.location().isEmpty()) {
          warning(vnet, path, "missing-property", "virtual network " + vnet.name() + " has no location",
              "set location; peerings across regions are global peerings");
        }
        out.add(new VirtualNetwork(vnet.name(), vnet.location(), space, subnets(vnet, path), peerings(vnet, path)));
      }
      return out;
    }

    private List<Subnet> subnets(AzureResource vnet, String vnetPath) {
      List<Subnet> out = new ArrayList<>();
      for (AzureResource subnet : inventory.children(vnet.id(), ResourceTypes.SUBNET)) {
        String path = vnetPath + ".subnets[" + subnet.name() + "]";
        String text = subnet.text("/addressPrefix");
        JsonNode many = subnet.property("/addressPrefixes");
        if (text.isEmpty() && many.isArray() && many.size() > 0) {
          text = many.get(0).asText();
          if (many.size() > 1) {
            warning(subnet, path, "several-prefixes", "subnet " + subnet.name() + " has " + many.size()
                + " address prefixes; arsim uses the first, " + text, "");
          }
        }
        if (text.isEmpty()) {
          error(subnet, path, "missing-property", "subnet " + subnet.name() + " has no address prefix",
              "give properties.addressPrefix");
          continue;
        }
        Optional<IpPrefix> prefix = prefix(subnet, path + ".addressPrefix", text);
        if (prefix.isEmpty()) {
          continue;
        }
        String table = null;
        String tableId = subnet.text("/routeTable/id");
        if (!tableId.isEmpty()) {
          table = routeTableNames.get(ResourceIds.key(tableId));
          if (table == null) {
            warning(subnet, path + ".routeTable", "unresolved-reference", "subnet " + subnet.name()
                + " uses route table " + tableId + ", which is not among the imported resources; left out",
                "import the route table as well");
          }
        }
        source(path, subnet);
        out.add(new Subnet(subnet.name(), prefix.get(), table));
      }
      return out;
    }

    private List<VirtualNetworkPeering> peerings(AzureResource vnet, String vnetPath) {
      List<VirtualNetworkPeering> out = new ArrayList<>();
      for (AzureResource peering : inventory.children(vnet.id(), ResourceTypes.PEERING)) {
        String path = vnetPath + ".virtualNetworkPeerings[" + peering.name() + "]";
        String remoteId = peering.text("/remoteVirtualNetwork/id");
        String remote = vnetNames.get(ResourceIds.key(remoteId));
        if (remote == null) {
          warning(peering, path, "unresolved-reference", "peering " + peering.name() + " of " + vnet.name()
              + " goes to " + (remoteId.isEmpty() ? "no VNet" : remoteId)
              + ", which is not among the imported virtual networks; left out", "import the remote VNet as well");
          continue;
        }
        source(path, peering);
        out.add(new VirtualNetworkPeering(peering.name(), remote,
            flag(peering, "allowVirtualNetworkAccess", true), flag(peering, "allowForwardedTraffic", false),
            flag(peering, "allowGatewayTransit", false), flag(peering, "useRemoteGateways", false)));
      }
      return out;
    }

    // ---- route tables -------------------------------------------------------------------------

    private List<RouteTable> routeTables() {
      List<RouteTable> out = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (AzureResource table : inventory.ofType(ResourceTypes.ROUTE_TABLE)) {
        String path = "routeTables[" + table.name() + "]";
        if (!seen.add(table.name().toLowerCase(Locale.ROOT))) {
          error(table, path, "duplicate-name", "two route tables are named " + table.name(),
              "import one of them, or rename one");
          continue;
        }
        source(path, table);
        List<UserDefinedRoute> routes = new ArrayList<>();
        for (AzureResource route : inventory.children(table.id(), ResourceTypes.ROUTE)) {
          route(route, path + ".routes[" + route.name() + "]").ifPresent(routes::add);
        }
        out.add(new RouteTable(table.name(), flag(table, "disableBgpRoutePropagation", false), routes));
      }
      return out;
    }

    private Optional<UserDefinedRoute> route(AzureResource route, String path) {
      String prefixText = route.text("/addressPrefix");
      Optional<IpPrefix> prefix;
      if (!prefixText.isEmpty() && Character.isLetter(prefixText.charAt(0))) {
        warning(route, path, "unsupported-value", "route " + route.name() + " is for the service tag "
            + prefixText + "; arsim models routes to address prefixes only; left out", "");
        return Optional.empty();
      }
      prefix = prefix(route, path + ".addressPrefix", prefixText);
      if (prefix.isEmpty()) {
        return Optional.empty();
      }
      String typeText = route.text("/nextHopType");
      NextHopType type = null;
      for (NextHopType candidate : NextHopType.values()) {
        if (candidate.name().equalsIgnoreCase(typeText)) {
          type = candidate;
        }
      }
      if (type == null) {
        error(route, path + ".nextHopType", "invalid-value", "route " + route.name() + " has next hop type '"
            + typeText + "'", "use VirtualAppliance, VirtualNetworkGateway, VnetLocal, Internet or None");
        return Optional.empty();
      }
      Ipv4Address hop = null;
      String hopText = route.text("/nextHopIpAddress");
      if (!hopText.isEmpty()) {
        Optional<Ipv4Address> parsed = address(route, path + ".nextHopIpAddress", hopText);
        if (parsed.isEmpty()) {
          return Optional.empty();
        }
        hop = parsed.get();
      }
      source(path, route);
      return Optional.of(new UserDefinedRoute(route.name(), prefix.get(), type, hop));
    }

    // ---- route servers ------------------------------------------------------------------------

    private List<RouteServer> routeServers() {
      List<RouteServer> out = new ArrayList<>();
      for (AzureResource hub : inventory.ofType(ResourceTypes.VIRTUAL_HUB)) {
        String path = "routeServers[" + hub.name() + "]";
        if (!hub.text("/virtualWan/id").isEmpty()) {
          notes.add(new ImportNote("not-mapped", "not mapped: virtual hub '" + hub.name()
              + "' belongs to a Virtual WAN; arsim models Azure Route Server only", hub.origin()));
          continue;
        }
        String vnet = routeServerNetwork(hub);
        boolean kind = hub.kind().equalsIgnoreCase("RouteServer");
        if (vnet == null) {
          if (kind) {
            error(hub, path, "unresolved-reference", "cannot tell which virtual network hosts route server "
                + hub.name() + ": it has no IP configuration in a RouteServerSubnet among the imported resources",
                "import its IP configuration (az network routeserver show) or the VNet holding its virtualRouterIps");
          } else {
            notes.add(new ImportNote("not-mapped", "not mapped: virtual hub '" + hub.name() + "' has neither kind"
                + " RouteServer nor an IP configuration in a RouteServerSubnet", hub.origin()));
          }
          continue;
        }
        source(path, hub);
        List<Ipv4Address> ips = new ArrayList<>();
        for (JsonNode ip : hub.property("/virtualRouterIps")) {
          address(hub, path + ".virtualRouterIps", ip.asText()).ifPresent(ips::add);
        }
        HubRoutingPreference preference = HubRoutingPreference.ExpressRoute;
        String preferenceText = hub.text("/hubRoutingPreference");
        if (!preferenceText.isEmpty()) {
          preference = null;
          for (HubRoutingPreference candidate : HubRoutingPreference.values()) {
            if (candidate.name().equalsIgnoreCase(preferenceText)) {
              preference = candidate;
            }
          }
          if (preference == null) {
            error(hub, path + ".hubRoutingPreference", "invalid-value", "route server " + hub.name()
                + " has hubRoutingPreference '" + preferenceText + "'", "use ExpressRoute, VpnGateway or ASPath");
            preference = HubRoutingPreference.ExpressRoute;
          }
        }
        List<BgpConnection> connections = new ArrayList<>();
        for (AzureResource connection : inventory.children(hub.id(), ResourceTypes.BGP_CONNECTION)) {
          String cpath = path + ".bgpConnections[" + connection.name() + "]";
          String peerIp = connection.text("/peerIp");
          JsonNode asnNode = connection.property("/peerAsn");
          if (peerIp.isEmpty() || asnNode.isMissingNode() || asnNode.isNull()) {
            warning(connection, cpath, "missing-property", "BGP connection " + connection.name() + " of route server "
                + hub.name() + " is known by id only (no peerIp or peerAsn); left out",
                "add the output of `az network routeserver peering list` for " + hub.name());
            continue;
          }
          Optional<Ipv4Address> ip = address(connection, cpath + ".peerIp", peerIp);
          Optional<Asn> asn = asn(connection, cpath + ".peerAsn", asnNode);
          if (ip.isPresent() && asn.isPresent()) {
            source(cpath, connection);
            connections.add(new BgpConnection(connection.name(), ip.get(), asn.get()));
          }
        }
        out.add(new RouteServer(hub.name(), vnet, flag(hub, "allowBranchToBranchTraffic", false), preference, ips,
            connections));
      }
      return out;
    }

    /** The VNet of a hub: from its IP configuration's subnet, else from its virtualRouterIps. */
    private String routeServerNetwork(AzureResource hub) {
      for (AzureResource config : inventory.children(hub.id(), ResourceTypes.HUB_IP_CONFIGURATION)) {
        String subnetId = config.text("/subnet/id");
        if (ResourceIds.name(subnetId).equalsIgnoreCase(Subnet.ROUTE_SERVER_SUBNET)) {
          String vnetId = ResourceIds.parent(subnetId);
          String name = vnetNames.get(ResourceIds.key(vnetId));
          if (name == null) {
            warning(config, "routeServers[" + hub.name() + "]", "unresolved-reference", "route server "
                + hub.name() + " is in " + vnetId + ", which is not among the imported virtual networks",
                "import the VNet as well");
            return ResourceIds.name(vnetId);
          }
          return name;
        }
      }
      for (JsonNode ip : hub.property("/virtualRouterIps")) {
        for (AzureResource subnet : inventory.ofType(ResourceTypes.SUBNET)) {
          if (!subnet.name().equalsIgnoreCase(Subnet.ROUTE_SERVER_SUBNET)) {
            continue;
          }
          try {
            if (Ipv4Prefix.parse(subnet.text("/addressPrefix")).contains(Ipv4Address.parse(ip.asText()))) {
              String name = vnetNames.get(ResourceIds.key(subnet.parentId()));
              if (name != null) {
                return name;
              }
            }
          } catch (IllegalArgumentException e) {
            // reported where the subnet itself is mapped
          }
        }
      }
      return null;
    }

    // ---- VMs and NICs -----------------------------------------------------------------------

    private List<VirtualMachine> virtualMachines(List<RouteServer> routeServers) {
      Map<Ipv4Address, List<String[]>> peers = new HashMap<>();
      for (RouteServer rs : routeServers) {
        for (BgpConnection c : rs.bgpConnections()) {
          peers.computeIfAbsent(c.peerIp(), k -> new ArrayList<>())
              .add(new String[] {rs.name(), Long.toString(c.peerAsn().value())});
        }
      }
      Set<String> attached = new HashSet<>();
      List<VirtualMachine> out = new ArrayList<>();
      Set<String> names = new HashSet<>();
      for (AzureResource vm : inventory.ofType(ResourceTypes.VIRTUAL_MACHINE)) {
        String path = "virtualMachines[" + vm.name() + "]";
        if (!names.add(vm.name().toLowerCase(Locale.ROOT))) {
          error(vm, path, "duplicate-name", "two virtual machines are named " + vm.name(),
              "import one of them, or rename one");
          continue;
        }
        List<NetworkInterface> nics = new ArrayList<>();
        for (JsonNode ref : vm.property("/networkProfile/networkInterfaces")) {
          String nicId = ref.path("id").asText("");
          attached.add(ResourceIds.key(nicId));
          Optional<AzureResource> nic = inventory.resource(nicId);
          if (nic.isEmpty()) {
            warning(vm, path, "unresolved-reference", "VM " + vm.name() + " uses NIC " + nicId
                + ", which is not among the imported resources; left out", "import the NIC as well");
            continue;
          }
          networkInterface(nic.get(), path).ifPresent(n -> {
            nics.add(n);
            for (String[] peer : peers.getOrDefault(n.privateIpAddress(), List.of())) {
              candidates.add(new NvaCandidate(vm.name(), n.name(), n.privateIpAddress(), peer[0],
                  Long.parseLong(peer[1])));
              notes.add(new ImportNote("nva-candidate", "VM '" + vm.name() + "' peers with route server '" + peer[0]
                  + "' (ASN " + peer[1] + ") from " + n.privateIpAddress() + ": it is an NVA; give its router"
                  + " configuration to model it as one", vm.origin()));
            }
          });
        }
        if (nics.isEmpty()) {
          warning(vm, path, "missing-property", "VM " + vm.name() + " has no NIC arsim can model; left out",
              "import its NICs with static private addresses");
          continue;
        }
        source(path, vm);
        out.add(new VirtualMachine(vm.name(), nics));
      }
      for (AzureResource nic : inventory.ofType(ResourceTypes.NETWORK_INTERFACE)) {
        if (!attached.contains(ResourceIds.key(nic.id()))) {
          notes.add(new ImportNote("not-mapped", "not mapped: NIC '" + nic.name() + "' is attached to no imported"
              + " VM; arsim models NICs as part of a VM or an NVA", nic.origin()));
        }
      }
      return out;
    }

    private Optional<NetworkInterface> networkInterface(AzureResource nic, String vmPath) {
      String path = vmPath + ".networkInterfaces[" + nic.name() + "]";
      JsonNode configs = nic.property("/ipConfigurations");
      JsonNode chosen = null;
      for (JsonNode config : configs) {
        if (chosen == null || config.path("properties").path("primary").asBoolean(false)) {
          chosen = config;
        }
      }
      if (chosen == null) {
        warning(nic, path, "missing-property", "NIC " + nic.name() + " has no IP configuration; left out",
            "give it an ipConfiguration");
        return Optional.empty();
      }
      if (configs.size() > 1) {
        notes.add(new ImportNote("several-ip-configurations", "NIC '" + nic.name() + "' has " + configs.size()
            + " IP configurations; arsim uses the primary one, " + chosen.path("name").asText(), nic.origin()));
      }
      JsonNode props = chosen.path("properties");
      String ipText = props.path("privateIPAddress").asText("");
      if (ipText.isEmpty()) {
        warning(nic, path, "unknown-address", "NIC " + nic.name() + " has no private IP address in the source"
            + " (dynamic allocation: Azure picks it at deployment); left out",
            "allocate it statically, or import the deployed state (az network nic list)");
        return Optional.empty();
      }
      Optional<Ipv4Address> ip = address(nic, path + ".privateIpAddress", ipText);
      String subnetId = props.path("subnet").path("id").asText("");
      Optional<AzureResource> subnet = inventory.resource(subnetId);
      String vnet = subnet.map(s -> vnetNames.get(ResourceIds.key(s.parentId()))).orElse(null);
      if (subnet.isEmpty() || vnet == null) {
        warning(nic, path, "unresolved-reference", "NIC " + nic.name() + " is in subnet "
            + (subnetId.isEmpty() ? "(none)" : subnetId) + ", which is not among the imported subnets; left out",
            "import its VNet as well");
        return Optional.empty();
      }
      if (ip.isEmpty()) {
        return Optional.empty();
      }
      source(path, nic);
      return Optional.of(new NetworkInterface(nic.name(), new SubnetRef(vnet, subnet.get().name()), ip.get(),
          flag(nic, "enableIPForwarding", false)));
    }

    // ---- helpers ------------------------------------------------------------------------------

    private void source(String path, AzureResource resource) {
      sources.put(path, new SourceResource(resource.id(), resource.type(), resource.origin()));
    }

    /** A boolean property, by name ignoring case (az prints {@code enableIpForwarding}), or its default. */
    private static boolean flag(AzureResource resource, String name, boolean fallback) {
      for (Map.Entry<String, JsonNode> field : resource.properties().properties()) {
        if (field.getKey().equalsIgnoreCase(name) && field.getValue().isBoolean()) {
          return field.getValue().booleanValue();
        }
      }
      return fallback;
    }

    private Optional<IpPrefix> prefix(AzureResource resource, String path, String text) {
      try {
        return Optional.of(IpPrefix.parse(text));
      } catch (IllegalArgumentException e) {
        error(resource, path, "invalid-value", e.getMessage(), "write the prefix in CIDR notation, e.g. 10.0.0.0/16");
        return Optional.empty();
      }
    }

    private Optional<Ipv4Address> address(AzureResource resource, String path, String text) {
      try {
        return Optional.of(Ipv4Address.parse(text));
      } catch (IllegalArgumentException e) {
        error(resource, path, "invalid-value", e.getMessage(), "write an IPv4 address, e.g. 10.0.1.4");
        return Optional.empty();
      }
    }

    private Optional<Asn> asn(AzureResource resource, String path, JsonNode node) {
      try {
        return Optional.of(node.isNumber() ? Asn.of(node.longValue()) : Asn.parse(node.asText()));
      } catch (IllegalArgumentException e) {
        error(resource, path, "invalid-value", e.getMessage(), "write the ASN as a number, e.g. 65001");
        return Optional.empty();
      }
    }

    private void error(AzureResource resource, String path, String code, String message, String fix) {
      problems.add(InventoryBuilder.locate(Problem.error(code, resource.origin().pointer(), message, fix),
          resource.origin()).located(resource.origin().location(), path));
    }

    private void warning(AzureResource resource, String path, String code, String message, String fix) {
      problems.add(Problem.warning(code, resource.origin().pointer(), message, fix)
          .located(resource.origin().location(), path));
    }
  }
}
