package io.arsim.core.topology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.arsim.core.net.Ipv4Address;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A whole design: everything one topology file describes.
 *
 * @param schema the JSON Schema the file declares for editors ({@code $schema}), if any
 * @param name short name of the design, used in reports
 * @param description free text
 * @param virtualNetworks the VNets
 * @param routeTables route tables (UDRs), associated with subnets by name
 * @param virtualMachines workload VMs and their NICs
 * @param routeServers Azure Route Servers, each in the RouteServerSubnet of a VNet
 * @param networkVirtualAppliances NVAs: BGP routers with NICs in a VNet
 * @param policies named routing-policy instances that BGP neighbours reference in their chains
 * @param extensions resources of kinds contributed by extensions (ExpressRoute, VPN, ...), by kind
 * @param loadBalancers internal load balancers in front of NVAs (next hops of routes and UDRs)
 * @param branches sites outside Azure that NVAs reach over tunnels (SD-WAN, IPsec)
 */
@API(status = EXPERIMENTAL, since = "0.1")
@JsonPropertyOrder({"$schema", "name", "description", "virtualNetworks", "routeTables", "virtualMachines",
    "routeServers", "networkVirtualAppliances", "loadBalancers", "branches", "policies", "extensions"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Topology(
    @JsonProperty("$schema") @JsonPropertyDescription("URL or path of the JSON Schema, for editors.")
        @Nullable String schema,
    @JsonProperty(required = true) @JsonPropertyDescription("Short name of the design, used in reports.")
        String name,
    @JsonPropertyDescription("Free text describing the design.") @Nullable String description,
    @JsonPropertyDescription("The virtual networks.") List<VirtualNetwork> virtualNetworks,
    @JsonPropertyDescription("Route tables holding user-defined routes; subnets reference them by name.")
        List<RouteTable> routeTables,
    @JsonPropertyDescription("Workload virtual machines and their NICs.") List<VirtualMachine> virtualMachines,
    @JsonPropertyDescription("Azure Route Servers.") List<RouteServer> routeServers,
    @JsonPropertyDescription("Network virtual appliances: BGP routers with NICs in a VNet.")
        List<NetworkVirtualAppliance> networkVirtualAppliances,
    @JsonPropertyDescription("Named routing-policy instances that BGP neighbours reference.")
        List<PolicyInstance> policies,
    @JsonPropertyDescription("Resources of kinds contributed by extensions, keyed by kind.")
        Map<String, List<ExtensionResource>> extensions,
    @JsonPropertyDescription("Internal load balancers in front of NVAs: the next hop of routes and UDRs.")
        List<LoadBalancer> loadBalancers,
    @JsonPropertyDescription("Sites outside Azure (SD-WAN, IPsec) that NVAs reach over tunnels.")
        List<BranchSite> branches) {

  public Topology {
    Names.required(name, "name");
    virtualNetworks = Names.list(virtualNetworks);
    routeTables = Names.list(routeTables);
    virtualMachines = Names.list(virtualMachines);
    routeServers = Names.list(routeServers);
    networkVirtualAppliances = Names.list(networkVirtualAppliances);
    policies = Names.list(policies);
    TreeMap<String, List<ExtensionResource>> sorted = new TreeMap<>();
    if (extensions != null) {
      extensions.forEach((kind, resources) -> sorted.put(kind, resources == null ? List.of()
          : resources.stream().filter(java.util.Objects::nonNull).toList()));
    }
    extensions = Collections.unmodifiableMap(sorted);
    loadBalancers = Names.list(loadBalancers);
    branches = Names.list(branches);
  }

  /** A design without load balancers and branches (the form before they existed). */
  public Topology(@Nullable String schema, String name, @Nullable String description,
      List<VirtualNetwork> virtualNetworks, List<RouteTable> routeTables, List<VirtualMachine> virtualMachines,
      List<RouteServer> routeServers, List<NetworkVirtualAppliance> networkVirtualAppliances,
      List<PolicyInstance> policies, Map<String, List<ExtensionResource>> extensions) {
    this(schema, name, description, virtualNetworks, routeTables, virtualMachines, routeServers,
        networkVirtualAppliances, policies, extensions, List.of(), List.of());
  }

  /** This design with other VNets (everything else kept). */
  public Topology withVirtualNetworks(List<VirtualNetwork> vnets) {
    return new Topology(schema, name, description, vnets, routeTables, virtualMachines, routeServers,
        networkVirtualAppliances, policies, extensions, loadBalancers, branches);
  }

  /** This design with other NVAs (everything else kept). */
  public Topology withNetworkVirtualAppliances(List<NetworkVirtualAppliance> nvas) {
    return new Topology(schema, name, description, virtualNetworks, routeTables, virtualMachines, routeServers,
        nvas, policies, extensions, loadBalancers, branches);
  }

  /** This design with other policy instances (everything else kept). */
  public Topology withPolicies(List<PolicyInstance> instances) {
    return new Topology(schema, name, description, virtualNetworks, routeTables, virtualMachines, routeServers,
        networkVirtualAppliances, instances, extensions, loadBalancers, branches);
  }

  /** This design with other load balancers and branches (everything else kept). */
  public Topology withDataPlane(List<LoadBalancer> balancers, List<BranchSite> sites) {
    return new Topology(schema, name, description, virtualNetworks, routeTables, virtualMachines, routeServers,
        networkVirtualAppliances, policies, extensions, balancers, sites);
  }

  /** The VNet named {@code name}. */
  public Optional<VirtualNetwork> virtualNetwork(String name) {
    return virtualNetworks.stream().filter(v -> v.name().equals(name)).findFirst();
  }

  /** The subnet a {@code "vnet/subnet"} reference names. */
  public Optional<Subnet> subnet(SubnetRef ref) {
    return virtualNetwork(ref.virtualNetwork()).flatMap(v -> v.subnet(ref.subnet()));
  }

  /** The route table named {@code name}. */
  public Optional<RouteTable> routeTable(String name) {
    return routeTables.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** The route server named {@code name}. */
  public Optional<RouteServer> routeServer(String name) {
    return routeServers.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  /** The NVA named {@code name}. */
  public Optional<NetworkVirtualAppliance> networkVirtualAppliance(String name) {
    return networkVirtualAppliances.stream().filter(n -> n.name().equals(name)).findFirst();
  }

  /** The policy instance named {@code name}. */
  public Optional<PolicyInstance> policy(String name) {
    return policies.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** The load balancer named {@code name}. */
  public Optional<LoadBalancer> loadBalancer(String name) {
    return loadBalancers.stream().filter(b -> b.name().equals(name)).findFirst();
  }

  /** The load balancer whose frontend is {@code address}, if any. */
  public Optional<LoadBalancer> loadBalancerAt(Ipv4Address address) {
    return loadBalancers.stream().filter(b -> b.frontend().privateIpAddress().equals(address)).findFirst();
  }

  /** The branch named {@code name}. */
  public Optional<BranchSite> branch(String name) {
    return branches.stream().filter(b -> b.name().equals(name)).findFirst();
  }

  /** The resources of one extension kind, empty when there are none. */
  public List<ExtensionResource> extensionResources(String kind) {
    return extensions.getOrDefault(kind, List.of());
  }

  /**
   * The two BGP peer addresses of a route server: its {@code virtualRouterIps} when given, otherwise
   * the .4 and .5 host addresses of its VNet's RouteServerSubnet (observed in every published lab;
   * Azure does not document the choice). Empty when the VNet or subnet is missing.
   */
  public List<Ipv4Address> routeServerInstanceIps(RouteServer routeServer) {
    if (!routeServer.virtualRouterIps().isEmpty()) {
      return routeServer.virtualRouterIps();
    }
    return virtualNetwork(routeServer.virtualNetwork())
        .flatMap(v -> v.subnet(Subnet.ROUTE_SERVER_SUBNET))
        .filter(s -> s.addressPrefix().isIpv4() && s.addressPrefix().length() <= 29)
        .map(s -> {
          Ipv4Address first = ((io.arsim.core.net.Ipv4Prefix) s.addressPrefix()).first();
          return List.of(first.plus(4), first.plus(5));
        })
        .orElse(List.of());
  }

  /**
   * Whether VNets {@code a} and {@code b} are peered and can reach each other: both sides declare
   * the peering (Azure's "Connected" state) and both allow virtual network access.
   */
  public boolean arePeered(String a, String b) {
    if (a.equals(b)) {
      return false;
    }
    Optional<VirtualNetworkPeering> ab = peering(a, b);
    Optional<VirtualNetworkPeering> ba = peering(b, a);
    return ab.isPresent() && ba.isPresent() && ab.get().allowVirtualNetworkAccess()
        && ba.get().allowVirtualNetworkAccess();
  }

  /** VNet {@code from}'s side of its peering with {@code to}. */
  public Optional<VirtualNetworkPeering> peering(String from, String to) {
    return virtualNetwork(from).flatMap(v -> v.virtualNetworkPeerings().stream()
        .filter(p -> p.remoteVirtualNetwork().equals(to)).findFirst());
  }

  /**
   * The VNet whose gateways and route server {@code vnet} uses: the remote end of its peering with
   * useRemoteGateways, when the peering is connected and the remote side allows gateway transit.
   */
  public Optional<String> remoteGatewayVirtualNetwork(String vnet) {
    return virtualNetwork(vnet).flatMap(v -> v.virtualNetworkPeerings().stream()
        .filter(VirtualNetworkPeering::useRemoteGateways)
        .map(VirtualNetworkPeering::remoteVirtualNetwork)
        .filter(remote -> arePeered(vnet, remote))
        .filter(remote -> peering(remote, vnet).map(VirtualNetworkPeering::allowGatewayTransit).orElse(false))
        .findFirst());
  }

  /** Every NIC of the design, VM NICs first then NVA NICs, each with its owner. */
  @JsonIgnore
  public List<AttachedInterface> allInterfaces() {
    List<AttachedInterface> result = new java.util.ArrayList<>();
    for (VirtualMachine vm : virtualMachines) {
      vm.networkInterfaces().forEach(nic -> result.add(new AttachedInterface(vm.name(), false, nic)));
    }
    for (NetworkVirtualAppliance nva : networkVirtualAppliances) {
      nva.networkInterfaces().forEach(nic -> result.add(new AttachedInterface(nva.name(), true, nic)));
    }
    return List.copyOf(result);
  }

  /**
   * A NIC with the name of the VM or NVA it belongs to.
   *
   * @param owner VM or NVA name
   * @param ownerIsNva whether the owner is an NVA
   * @param networkInterface the NIC
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record AttachedInterface(String owner, boolean ownerIsNva, NetworkInterface networkInterface) {}
}
