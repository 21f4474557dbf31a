package io.arsim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.BgpConnection;
import io.arsim.core.topology.BgpNeighbor;
import io.arsim.core.topology.ExtensionResource;
import io.arsim.core.topology.NetworkInterface;
import io.arsim.core.topology.NetworkVirtualAppliance;
import io.arsim.core.topology.PolicyInstance;
import io.arsim.core.topology.RouteServer;
import io.arsim.core.topology.RouteTable;
import io.arsim.core.topology.Subnet;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.UserDefinedRoute;
import io.arsim.core.topology.VirtualMachine;
import io.arsim.core.topology.VirtualNetwork;
import io.arsim.core.topology.VirtualNetworkPeering;
import io.arsim.expressroute.model.ExpressRouteCircuit;
import io.arsim.expressroute.model.ExpressRouteGateway;
import io.arsim.expressroute.model.ExpressRouteKinds;
import io.arsim.expressroute.model.OnPremisesSite;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A test helper that writes a design the way Azure would hold it: an ARM template (the resource
 * shapes of the ARM template reference for Microsoft.Network virtualNetworks, virtualNetworks/
 * virtualNetworkPeerings, routeTables, networkInterfaces, virtualHubs (+ ipConfigurations,
 * bgpConnections), virtualNetworkGateways, expressRouteCircuits (+ peerings), connections and
 * Microsoft.Compute virtualMachines), plus one FRR configuration per NVA (FRR's bgpd commands), as
 * an engineer's deployment of the design would have them. Covers what the round trip needs:
 * VNets, subnets, peerings, route tables, VMs, route servers, NVAs with networks and neighbours
 * (ebgp-multihop, next-hop-self, as-override), ExpressRoute gateways, circuits and connections.
 */
final class ArmExport {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String NETWORK = "Microsoft.Network/";
  private static final String API = "2023-09-01";

  /** The template and the NVAs' FRR configurations (by NVA name). */
  record Exported(String template, Map<String, String> frrConfigs) {}

  private ArmExport() {}

  static Exported export(Topology topology) {
    ArrayNode resources = JSON.arrayNode();
    for (VirtualNetwork vnet : topology.virtualNetworks()) {
      ObjectNode r = resource(resources, "virtualNetworks", vnet.name(), vnet.location().isEmpty() ? "westeurope" : vnet.location());
      ObjectNode props = r.putObject("properties");
      ArrayNode space = props.putObject("addressSpace").putArray("addressPrefixes");
      vnet.addressSpace().forEach(p -> space.add(p.toString()));
      ArrayNode subnets = props.putArray("subnets");
      for (Subnet subnet : vnet.subnets()) {
        ObjectNode s = subnets.addObject();
        s.put("name", subnet.name());
        ObjectNode sp = s.putObject("properties");
        sp.put("addressPrefix", subnet.addressPrefix().toString());
        if (subnet.routeTable() != null) {
          sp.putObject("routeTable").put("id", id("routeTables", subnet.routeTable()));
        }
      }
      for (VirtualNetworkPeering peering : vnet.virtualNetworkPeerings()) {
        ObjectNode p = resource(resources, "virtualNetworks/virtualNetworkPeerings", vnet.name() + "/"
            + peering.name(), null);
        p.putArray("dependsOn").add(id("virtualNetworks", vnet.name()));
        ObjectNode pp = p.putObject("properties");
        pp.putObject("remoteVirtualNetwork").put("id", id("virtualNetworks", peering.remoteVirtualNetwork()));
        pp.put("allowVirtualNetworkAccess", peering.allowVirtualNetworkAccess());
        pp.put("allowForwardedTraffic", peering.allowForwardedTraffic());
        pp.put("allowGatewayTransit", peering.allowGatewayTransit());
        pp.put("useRemoteGateways", peering.useRemoteGateways());
      }
    }
    for (RouteTable table : topology.routeTables()) {
      ObjectNode r = resource(resources, "routeTables", table.name(), "westeurope");
      ObjectNode props = r.putObject("properties");
      props.put("disableBgpRoutePropagation", table.disableBgpRoutePropagation());
      ArrayNode routes = props.putArray("routes");
      for (UserDefinedRoute route : table.routes()) {
        ObjectNode rr = routes.addObject();
        rr.put("name", route.name());
        ObjectNode rp = rr.putObject("properties");
        rp.put("addressPrefix", route.addressPrefix().toString());
        rp.put("nextHopType", route.nextHopType().name());
        if (route.nextHopIpAddress() != null) {
          rp.put("nextHopIpAddress", route.nextHopIpAddress().toString());
        }
      }
    }
    List<Object[]> machines = new ArrayList<>();
    topology.virtualMachines().forEach(vm -> machines.add(new Object[] {vm.name(), vm.networkInterfaces()}));
    topology.networkVirtualAppliances().forEach(n -> machines.add(new Object[] {n.name(), n.networkInterfaces()}));
    for (Object[] machine : machines) {
      String name = (String) machine[0];
      @SuppressWarnings("unchecked")
      List<NetworkInterface> nics = (List<NetworkInterface>) machine[1];
      ArrayNode refs = JSON.arrayNode();
      for (int i = 0; i < nics.size(); i++) {
        NetworkInterface nic = nics.get(i);
        ObjectNode r = resource(resources, "networkInterfaces", nic.name(), "westeurope");
        ObjectNode props = r.putObject("properties");
        props.put("enableIPForwarding", nic.enableIpForwarding());
        ObjectNode config = props.putArray("ipConfigurations").addObject();
        config.put("name", "ipconfig1");
        ObjectNode cp = config.putObject("properties");
        cp.put("privateIPAllocationMethod", "Static");
        cp.put("privateIPAddress", nic.privateIpAddress().toString());
        cp.put("primary", true);
        cp.putObject("subnet").put("id", "[resourceId('Microsoft.Network/virtualNetworks/subnets', '"
            + nic.subnet().virtualNetwork() + "', '" + nic.subnet().subnet() + "')]");
        ObjectNode ref = refs.addObject();
        ref.put("id", id("networkInterfaces", nic.name()));
        ref.putObject("properties").put("primary", i == 0);
      }
      ObjectNode vm = resources.addObject();
      vm.put("type", "Microsoft.Compute/virtualMachines");
      vm.put("apiVersion", "2024-03-01");
      vm.put("name", name);
      vm.put("location", "westeurope");
      ObjectNode props = vm.putObject("properties");
      props.putObject("hardwareProfile").put("vmSize", "Standard_B2s");
      props.putObject("networkProfile").set("networkInterfaces", refs);
    }
    for (RouteServer rs : topology.routeServers()) {
      ObjectNode r = resource(resources, "virtualHubs", rs.name(), "westeurope");
      ObjectNode props = r.putObject("properties");
      props.put("sku", "Standard");
      props.put("allowBranchToBranchTraffic", rs.allowBranchToBranchTraffic());
      props.put("hubRoutingPreference", rs.hubRoutingPreference().name());
      ObjectNode config = resource(resources, "virtualHubs/ipConfigurations", rs.name() + "/ipconfig1", null);
      config.putObject("properties").putObject("subnet").put("id", "[resourceId('Microsoft.Network/virtualNetworks/"
          + "subnets', '" + rs.virtualNetwork() + "', 'RouteServerSubnet')]");
      for (BgpConnection c : rs.bgpConnections()) {
        ObjectNode b = resource(resources, "virtualHubs/bgpConnections", rs.name() + "/" + c.name(), null);
        b.putObject("properties").put("peerIp", c.peerIp().toString()).put("peerAsn", c.peerAsn().value());
      }
    }
    for (ExtensionResource e : topology.extensionResources(ExpressRouteKinds.EXPRESS_ROUTE_GATEWAYS)) {
      ExpressRouteGateway gw = (ExpressRouteGateway) e;
      ObjectNode r = resource(resources, "virtualNetworkGateways", gw.name(), "westeurope");
      ObjectNode props = r.putObject("properties");
      props.put("gatewayType", "ExpressRoute");
      props.putObject("sku").put("name", gw.sku()).put("tier", gw.sku());
      ObjectNode config = props.putArray("ipConfigurations").addObject();
      config.put("name", "default");
      config.putObject("properties").putObject("subnet").put("id", "[resourceId('Microsoft.Network/virtualNetworks/"
          + "subnets', '" + gw.virtualNetwork() + "', 'GatewaySubnet')]");
    }
    Map<String, Long> circuitAsn = new TreeMap<>();
    for (ExtensionResource e : topology.extensionResources(ExpressRouteKinds.ON_PREMISES_SITES)) {
      OnPremisesSite site = (OnPremisesSite) e;
      site.expressRouteCircuits().forEach(c -> circuitAsn.put(c, site.asn().value()));
    }
    for (ExtensionResource e : topology.extensionResources(ExpressRouteKinds.EXPRESS_ROUTE_CIRCUITS)) {
      ExpressRouteCircuit circuit = (ExpressRouteCircuit) e;
      ObjectNode r = resource(resources, "expressRouteCircuits", circuit.name(), "westeurope");
      r.putObject("sku").put("name", circuit.sku().name() + "_MeteredData").put("tier", circuit.sku().name())
          .put("family", "MeteredData");
      r.putObject("properties").putObject("serviceProviderProperties").put("serviceProviderName", "Equinix")
          .put("peeringLocation", circuit.peeringLocation()).put("bandwidthInMbps", 1000);
      ObjectNode peering = resource(resources, "expressRouteCircuits/peerings", circuit.name()
          + "/AzurePrivatePeering", null);
      ObjectNode pp = peering.putObject("properties");
      pp.put("peeringType", "AzurePrivatePeering");
      pp.put("peerASN", circuitAsn.getOrDefault(circuit.name(), 65000L));
      pp.put("primaryPeerAddressPrefix", circuit.primaryPeerAddressPrefix().toString());
      pp.put("secondaryPeerAddressPrefix", circuit.secondaryPeerAddressPrefix().toString());
      pp.put("vlanId", 100);
      for (String gateway : circuit.gateways()) {
        ObjectNode c = resource(resources, "connections", gateway + "-to-" + circuit.name(), "westeurope");
        ObjectNode cp = c.putObject("properties");
        cp.put("connectionType", "ExpressRoute");
        cp.putObject("virtualNetworkGateway1").put("id", id("virtualNetworkGateways", gateway));
        cp.putObject("peer").put("id", id("expressRouteCircuits", circuit.name()));
        cp.put("routingWeight", 0);
      }
    }
    ObjectNode template = JSON.objectNode();
    template.put("$schema", "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#");
    template.put("contentVersion", "1.0.0.0");
    template.set("resources", resources);
    Map<String, String> configs = new TreeMap<>();
    for (NetworkVirtualAppliance nva : topology.networkVirtualAppliances()) {
      configs.put(nva.name(), frr(topology, nva));
    }
    try {
      return new Exported(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(template),
          configs);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The NVA as FRR's vtysh "show running-config" prints it. */
  private static String frr(Topology topology, NetworkVirtualAppliance nva) {
    StringBuilder out = new StringBuilder("frr version 8.4.4\nfrr defaults traditional\nhostname " + nva.name()
        + "\n!\n");
    for (var route : nva.staticRoutes()) {
      out.append("ip route ").append(route.prefix()).append(' ').append(route.nextHop()).append('\n');
    }
    out.append("router bgp ").append(nva.asn().value()).append('\n');
    if (nva.routerId() != null) {
      out.append(" bgp router-id ").append(nva.routerId()).append('\n');
    }
    out.append(" no bgp ebgp-requires-policy\n");
    for (BgpNeighbor n : nva.bgpNeighbors()) {
      out.append(" neighbor ").append(n.peerIp()).append(" remote-as ").append(n.peerAsn().value()).append('\n');
      if (n.ebgpMultihop() != null) {
        out.append(" neighbor ").append(n.peerIp()).append(" ebgp-multihop ").append(n.ebgpMultihop()).append('\n');
      }
      if (n.description() != null) {
        out.append(" neighbor ").append(n.peerIp()).append(" description ").append(n.description()).append('\n');
      }
    }
    out.append(" !\n address-family ipv4 unicast\n");
    for (Ipv4Prefix network : nva.networks()) {
      out.append("  network ").append(network).append('\n');
    }
    for (BgpNeighbor n : nva.bgpNeighbors()) {
      if (n.nextHopSelf()) {
        out.append("  neighbor ").append(n.peerIp()).append(" next-hop-self\n");
      }
      for (String policy : n.exportPolicies()) {
        String type = topology.policy(policy).map(PolicyInstance::type).orElse("");
        if (!type.equals("as-override")) {
          throw new IllegalArgumentException("the export helper writes as-override only, not " + type);
        }
        out.append("  neighbor ").append(n.peerIp()).append(" as-override\n");
      }
    }
    if (nva.maximumPaths() != null) {
      out.append("  maximum-paths ").append(nva.maximumPaths()).append('\n');
    }
    out.append(" exit-address-family\nexit\n!\nend\n");
    return out.toString();
  }

  private static ObjectNode resource(ArrayNode resources, String type, String name, String location) {
    ObjectNode r = resources.addObject();
    r.put("type", NETWORK + type);
    r.put("apiVersion", API);
    r.put("name", name);
    if (location != null) {
      r.put("location", location);
    }
    return r;
  }

  private static String id(String type, String name) {
    return "[resourceId('Microsoft.Network/" + type + "', '" + name + "')]";
  }

}
