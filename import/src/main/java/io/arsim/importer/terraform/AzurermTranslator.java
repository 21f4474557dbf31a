package io.arsim.importer.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arsim.importer.inventory.AzureResource;
import io.arsim.importer.inventory.InventoryBuilder;
import io.arsim.importer.inventory.ResourceIds;
import io.arsim.importer.inventory.ResourceTypes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * azurerm resources in ARM's shape. Attribute names follow the azurerm provider documentation;
 * where provider 3.x and 4.x differ, both are read (4.x {@code ip_forwarding_enabled}, 3.x
 * {@code enable_ip_forwarding}; 4.x {@code bgp_route_propagation_enabled}, 3.x
 * {@code disable_bgp_route_propagation}; 4.x {@code bgp_enabled}, 3.x {@code enable_bgp}).
 *
 * <table>
 *   <caption>azurerm resource to ARM type</caption>
 *   <tr><th>azurerm</th><th>ARM</th></tr>
 *   <tr><td>azurerm_virtual_network (+ inline subnet blocks)</td><td>Microsoft.Network/virtualNetworks</td></tr>
 *   <tr><td>azurerm_subnet</td><td>Microsoft.Network/virtualNetworks/subnets</td></tr>
 *   <tr><td>azurerm_virtual_network_peering</td><td>Microsoft.Network/virtualNetworks/virtualNetworkPeerings</td></tr>
 *   <tr><td>azurerm_network_interface</td><td>Microsoft.Network/networkInterfaces</td></tr>
 *   <tr><td>azurerm_route_table (+ inline route blocks), azurerm_route</td><td>Microsoft.Network/routeTables(/routes)</td></tr>
 *   <tr><td>azurerm_subnet_route_table_association</td><td>the subnet's routeTable.id</td></tr>
 *   <tr><td>azurerm_route_server</td><td>Microsoft.Network/virtualHubs + ipConfigurations/ipConfig1</td></tr>
 *   <tr><td>azurerm_route_server_bgp_connection</td><td>Microsoft.Network/virtualHubs/bgpConnections</td></tr>
 *   <tr><td>azurerm_virtual_network_gateway(_connection)</td><td>Microsoft.Network/virtualNetworkGateways, connections</td></tr>
 *   <tr><td>azurerm_express_route_circuit(_peering)</td><td>Microsoft.Network/expressRouteCircuits(/peerings)</td></tr>
 *   <tr><td>azurerm_local_network_gateway</td><td>Microsoft.Network/localNetworkGateways</td></tr>
 *   <tr><td>azurerm_lb (+ _backend_address_pool, _rule, _probe)</td><td>Microsoft.Network/loadBalancers</td></tr>
 *   <tr><td>azurerm_linux/windows_virtual_machine, azurerm_virtual_machine</td><td>Microsoft.Compute/virtualMachines</td></tr>
 * </table>
 */
final class AzurermTranslator {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Map<String, String> SKIPPED = Map.of(
      "azurerm_resource_group", "Microsoft.Resources/resourceGroups",
      "azurerm_public_ip", "Microsoft.Network/publicIPAddresses",
      "azurerm_network_security_group", "Microsoft.Network/networkSecurityGroups",
      "azurerm_subnet_network_security_group_association", "the subnet's networkSecurityGroup",
      "azurerm_network_interface_security_group_association", "the NIC's networkSecurityGroup");

  private final TerraformJsonReader.Parsed parsed;
  private final InventoryBuilder builder;
  private final String subscription;
  private final Map<String, TfResource> byAddress = new HashMap<>();
  private final Map<String, List<TfResource>> byBase = new HashMap<>();
  private final Map<String, String> ids = new HashMap<>();
  private final Set<String> resolving = new HashSet<>();

  AzurermTranslator(TerraformJsonReader.Parsed parsed, String fallbackSubscription, InventoryBuilder builder) {
    this.parsed = parsed;
    this.builder = builder;
    for (TfResource r : parsed.resources) {
      byAddress.put(r.address(), r);
      byBase.computeIfAbsent(r.baseAddress(), a -> new ArrayList<>()).add(r);
    }
    this.subscription = subscription(fallbackSubscription);
  }

  /** A subscription from a known id, else the provider configuration, else the fallback. */
  private String subscription(String fallback) {
    for (TfResource r : parsed.resources) {
      String sub = ResourceIds.subscription(r.values().path("id").asText(""));
      if (!sub.isEmpty()) {
        return sub;
      }
    }
    String configured = parsed.configuration.path("provider_config").path("azurerm").path("expressions")
        .path("subscription_id").path("constant_value").asText("");
    return configured.isEmpty() ? fallback : configured;
  }

  void translate() {
    for (TfResource r : parsed.resources) {
      if (!r.managed()) {
        continue;
      }
      try {
        translate(r);
      } catch (RuntimeException e) {
        if (e instanceof IllegalStateException || e instanceof IllegalArgumentException) {
          builder.error("unresolved-reference", r.origin(), e.getMessage(), "check the plan or state");
        } else {
          throw e;
        }
      }
    }
  }

  private void translate(TfResource r) {
    JsonNode v = r.values();
    switch (r.type()) {
      case "azurerm_virtual_network": {
        ObjectNode p = JSON.objectNode();
        p.putObject("addressSpace").set("addressPrefixes", v.path("address_space"));
        ArrayNode subnets = JSON.arrayNode();
        for (JsonNode s : v.path("subnet")) {
          ObjectNode subnet = subnets.addObject();
          subnet.put("name", s.path("name").asText());
          if (s.hasNonNull("id")) {
            subnet.put("id", s.path("id").asText());
          }
          ObjectNode sp = subnet.putObject("properties");
          prefixes(sp, s.has("address_prefixes") ? s.path("address_prefixes")
              : JSON.arrayNode().add(s.path("address_prefix").asText("")));
          if (!s.path("security_group").asText("").isEmpty()) {
            sp.putObject("networkSecurityGroup").put("id", s.path("security_group").asText());
          }
        }
        if (!subnets.isEmpty()) {
          p.set("subnets", subnets);
        }
        emit(r, ResourceTypes.VIRTUAL_NETWORK, p);
        return;
      }
      case "azurerm_subnet": {
        ObjectNode p = JSON.objectNode();
        prefixes(p, v.path("address_prefixes"));
        emit(r, ResourceTypes.SUBNET, p);
        return;
      }
      case "azurerm_virtual_network_peering": {
        ObjectNode p = JSON.objectNode();
        p.putObject("remoteVirtualNetwork").put("id", reference(r, "remote_virtual_network_id"));
        p.put("allowVirtualNetworkAccess", v.path("allow_virtual_network_access").asBoolean(true));
        p.put("allowForwardedTraffic", v.path("allow_forwarded_traffic").asBoolean(false));
        p.put("allowGatewayTransit", v.path("allow_gateway_transit").asBoolean(false));
        p.put("useRemoteGateways", v.path("use_remote_gateways").asBoolean(false));
        emit(r, ResourceTypes.PEERING, p);
        return;
      }
      case "azurerm_network_interface": {
        ObjectNode p = JSON.objectNode();
        p.put("enableIPForwarding", v.has("ip_forwarding_enabled") ? v.path("ip_forwarding_enabled").asBoolean()
            : v.path("enable_ip_forwarding").asBoolean(false));
        ArrayNode configs = p.putArray("ipConfigurations");
        JsonNode blocks = v.path("ip_configuration");
        for (int i = 0; i < blocks.size(); i++) {
          JsonNode c = blocks.get(i);
          ObjectNode config = configs.addObject();
          config.put("name", c.path("name").asText());
          ObjectNode cp = config.putObject("properties");
          String subnet = reference(r, "ip_configuration", i, "subnet_id");
          if (!subnet.isEmpty()) {
            cp.putObject("subnet").put("id", subnet);
          }
          cp.put("privateIPAllocationMethod", c.path("private_ip_address_allocation").asText("Dynamic"));
          if (!c.path("private_ip_address").asText("").isEmpty()) {
            cp.put("privateIPAddress", c.path("private_ip_address").asText());
          }
          cp.put("primary", c.has("primary") ? c.path("primary").asBoolean() : i == 0);
        }
        emit(r, ResourceTypes.NETWORK_INTERFACE, p);
        return;
      }
      case "azurerm_route_table": {
        ObjectNode p = JSON.objectNode();
        p.put("disableBgpRoutePropagation", v.has("bgp_route_propagation_enabled")
            ? !v.path("bgp_route_propagation_enabled").asBoolean(true)
            : v.path("disable_bgp_route_propagation").asBoolean(false));
        ArrayNode routes = JSON.arrayNode();
        for (JsonNode route : v.path("route")) {
          ObjectNode out = routes.addObject();
          out.put("name", route.path("name").asText());
          route(out.putObject("properties"), route);
        }
        if (!routes.isEmpty()) {
          p.set("routes", routes);
        }
        emit(r, ResourceTypes.ROUTE_TABLE, p);
        return;
      }
      case "azurerm_route": {
        ObjectNode p = JSON.objectNode();
        route(p, v);
        emit(r, ResourceTypes.ROUTE, p);
        return;
      }
      case "azurerm_network_interface_backend_address_pool_association": {
        // The NIC's IP configuration joins the pool, as ARM's loadBalancerBackendAddressPools says it.
        String nic = reference(r, "network_interface_id");
        String pool = reference(r, "backend_address_pool_id");
        String configName = v.path("ip_configuration_name").asText("");
        if (!nic.isEmpty() && !pool.isEmpty()) {
          builder.amend(nic, "backend pool association " + r.address(), r.origin(), p -> {
            for (JsonNode config : p.withArray("ipConfigurations")) {
              if (config.path("name").asText().equals(configName) && config.path("properties") instanceof ObjectNode cp) {
                cp.withArray("loadBalancerBackendAddressPools").addObject().put("id", pool);
              }
            }
          });
        }
        return;
      }
      case "azurerm_subnet_route_table_association": {
        String subnet = reference(r, "subnet_id");
        String table = reference(r, "route_table_id");
        if (!subnet.isEmpty() && !table.isEmpty()) {
          builder.amend(subnet, "route table association " + r.address(), r.origin(),
              p -> p.putObject("routeTable").put("id", table));
        }
        return;
      }
      case "azurerm_route_server": {
        ObjectNode p = JSON.objectNode();
        p.put("sku", v.path("sku").asText("Standard"));
        p.put("allowBranchToBranchTraffic", v.path("branch_to_branch_traffic_enabled").asBoolean(false));
        if (v.hasNonNull("hub_routing_preference")) {
          p.put("hubRoutingPreference", v.path("hub_routing_preference").asText());
        }
        if (v.path("virtual_router_ips").isArray()) {
          p.set("virtualRouterIps", v.path("virtual_router_ips"));
        }
        if (v.hasNonNull("virtual_router_asn")) {
          p.set("virtualRouterAsn", v.path("virtual_router_asn"));
        }
        ObjectNode config = p.putArray("ipConfigurations").addObject();
        config.put("name", "ipConfig1");
        ObjectNode cp = config.putObject("properties");
        cp.putObject("subnet").put("id", reference(r, "subnet_id"));
        String pip = reference(r, "public_ip_address_id");
        if (!pip.isEmpty()) {
          cp.putObject("publicIPAddress").put("id", pip);
        }
        emit(r, ResourceTypes.VIRTUAL_HUB, p);
        return;
      }
      case "azurerm_route_server_bgp_connection": {
        ObjectNode p = JSON.objectNode();
        p.set("peerAsn", v.path("peer_asn"));
        p.put("peerIp", v.path("peer_ip").asText());
        emit(r, ResourceTypes.BGP_CONNECTION, p);
        return;
      }
      case "azurerm_virtual_network_gateway": {
        ObjectNode p = JSON.objectNode();
        p.put("gatewayType", v.path("type").asText());
        if (v.hasNonNull("vpn_type")) {
          p.put("vpnType", v.path("vpn_type").asText());
        }
        p.putObject("sku").put("name", v.path("sku").asText()).put("tier", v.path("sku").asText());
        p.put("activeActive", v.path("active_active").asBoolean(false));
        p.put("enableBgp", v.has("bgp_enabled") ? v.path("bgp_enabled").asBoolean() : v.path("enable_bgp").asBoolean(false));
        ArrayNode configs = p.putArray("ipConfigurations");
        JsonNode blocks = v.path("ip_configuration");
        for (int i = 0; i < blocks.size(); i++) {
          ObjectNode config = configs.addObject();
          config.put("name", blocks.get(i).path("name").asText("vnetGatewayConfig"));
          ObjectNode cp = config.putObject("properties");
          cp.put("privateIPAllocationMethod", blocks.get(i).path("private_ip_address_allocation").asText("Dynamic"));
          cp.putObject("subnet").put("id", reference(r, "ip_configuration", i, "subnet_id"));
          String pip = reference(r, "ip_configuration", i, "public_ip_address_id");
          if (!pip.isEmpty()) {
            cp.putObject("publicIPAddress").put("id", pip);
          }
        }
        JsonNode bgp = v.path("bgp_settings").path(0);
        if (!bgp.isMissingNode()) {
          ObjectNode settings = p.putObject("bgpSettings");
          settings.set("asn", bgp.path("asn"));
          settings.put("peerWeight", bgp.path("peer_weight").asInt(0));
          // peering_addresses: one block per IP configuration, with the instance's default address
          ArrayNode addresses = settings.putArray("bgpPeeringAddresses");
          for (JsonNode block : bgp.path("peering_addresses")) {
            ObjectNode address = addresses.addObject();
            address.set("defaultBgpIpAddresses", block.path("default_addresses").isArray()
                ? block.path("default_addresses") : JSON.arrayNode());
            address.set("customBgpIpAddresses", block.path("apipa_addresses").isArray()
                ? block.path("apipa_addresses") : JSON.arrayNode());
          }
        }
        emit(r, ResourceTypes.VIRTUAL_NETWORK_GATEWAY, p);
        return;
      }
      case "azurerm_virtual_network_gateway_connection": {
        ObjectNode p = JSON.objectNode();
        p.put("connectionType", v.path("type").asText());
        p.putObject("virtualNetworkGateway1").put("id", reference(r, "virtual_network_gateway_id"));
        String local = reference(r, "local_network_gateway_id");
        if (!local.isEmpty()) {
          p.putObject("localNetworkGateway2").put("id", local);
        }
        String circuit = reference(r, "express_route_circuit_id");
        if (!circuit.isEmpty()) {
          p.putObject("peer").put("id", circuit);
        }
        p.put("enableBgp", v.has("bgp_enabled") ? v.path("bgp_enabled").asBoolean() : v.path("enable_bgp").asBoolean(false));
        p.put("routingWeight", v.path("routing_weight").asInt(0));
        emit(r, ResourceTypes.CONNECTION, p);
        return;
      }
      case "azurerm_express_route_circuit": {
        ObjectNode p = JSON.objectNode();
        ObjectNode provider = p.putObject("serviceProviderProperties");
        provider.put("serviceProviderName", v.path("service_provider_name").asText());
        provider.put("peeringLocation", v.path("peering_location").asText());
        provider.set("bandwidthInMbps", v.path("bandwidth_in_mbps"));
        p.put("allowClassicOperations", v.path("allow_classic_operations").asBoolean(false));
        JsonNode sku = v.path("sku").path(0);
        ObjectNode armSku = JSON.objectNode();
        armSku.put("name", sku.path("tier").asText() + "_" + sku.path("family").asText());
        armSku.put("tier", sku.path("tier").asText());
        armSku.put("family", sku.path("family").asText());
        emit(r, ResourceTypes.EXPRESS_ROUTE_CIRCUIT, p, armSku);
        return;
      }
      case "azurerm_express_route_circuit_peering": {
        ObjectNode p = JSON.objectNode();
        p.put("peeringType", v.path("peering_type").asText());
        p.set("peerASN", v.path("peer_asn"));
        p.put("primaryPeerAddressPrefix", v.path("primary_peer_address_prefix").asText());
        p.put("secondaryPeerAddressPrefix", v.path("secondary_peer_address_prefix").asText());
        p.set("vlanId", v.path("vlan_id"));
        if (v.hasNonNull("azure_asn")) {
          p.set("azureASN", v.path("azure_asn"));
        }
        emit(r, ResourceTypes.EXPRESS_ROUTE_PEERING, p);
        return;
      }
      case "azurerm_local_network_gateway": {
        ObjectNode p = JSON.objectNode();
        if (v.hasNonNull("gateway_address")) {
          p.put("gatewayIpAddress", v.path("gateway_address").asText());
        }
        if (v.hasNonNull("gateway_fqdn")) {
          p.put("fqdn", v.path("gateway_fqdn").asText());
        }
        p.putObject("localNetworkAddressSpace").set("addressPrefixes", v.path("address_space"));
        JsonNode bgp = v.path("bgp_settings").path(0);
        if (!bgp.isMissingNode()) {
          ObjectNode settings = p.putObject("bgpSettings");
          settings.set("asn", bgp.path("asn"));
          settings.put("bgpPeeringAddress", bgp.path("bgp_peering_address").asText());
          settings.put("peerWeight", bgp.path("peer_weight").asInt(0));
        }
        emit(r, ResourceTypes.LOCAL_NETWORK_GATEWAY, p);
        return;
      }
      case "azurerm_lb": {
        ObjectNode p = JSON.objectNode();
        ArrayNode frontends = p.putArray("frontendIPConfigurations");
        JsonNode blocks = v.path("frontend_ip_configuration");
        for (int i = 0; i < blocks.size(); i++) {
          JsonNode f = blocks.get(i);
          ObjectNode out = frontends.addObject();
          out.put("name", f.path("name").asText());
          ObjectNode fp = out.putObject("properties");
          if (!f.path("private_ip_address").asText("").isEmpty()) {
            fp.put("privateIPAddress", f.path("private_ip_address").asText());
          }
          fp.put("privateIPAllocationMethod", f.path("private_ip_address_allocation").asText("Dynamic"));
          String subnet = reference(r, "frontend_ip_configuration", i, "subnet_id");
          if (!subnet.isEmpty()) {
            fp.putObject("subnet").put("id", subnet);
          }
        }
        p.putArray("backendAddressPools");
        p.putArray("loadBalancingRules");
        p.putArray("probes");
        ObjectNode sku = JSON.objectNode().put("name", v.path("sku").asText("Basic"))
            .put("tier", v.path("sku_tier").asText("Regional"));
        emit(r, ResourceTypes.LOAD_BALANCER, p, sku);
        return;
      }
      case "azurerm_lb_backend_address_pool": {
        String lb = reference(r, "loadbalancer_id");
        String name = v.path("name").asText();
        builder.amend(lb, "backend pool " + r.address(), r.origin(), p -> p.withArray("backendAddressPools")
            .addObject().put("id", lb + "/backendAddressPools/" + name).put("name", name));
        return;
      }
      case "azurerm_lb_probe": {
        String lb = reference(r, "loadbalancer_id");
        String name = v.path("name").asText();
        builder.amend(lb, "probe " + r.address(), r.origin(), p -> {
          ObjectNode probe = p.withArray("probes").addObject().put("id", lb + "/probes/" + name).put("name", name);
          ObjectNode pp = probe.putObject("properties");
          pp.put("protocol", v.path("protocol").asText("Tcp"));
          pp.set("port", v.path("port"));
          pp.put("intervalInSeconds", v.path("interval_in_seconds").asInt(15));
          pp.put("numberOfProbes", v.path("number_of_probes").asInt(2));
        });
        return;
      }
      case "azurerm_lb_rule": {
        String lb = reference(r, "loadbalancer_id");
        String name = v.path("name").asText();
        List<String> pools = new ArrayList<>();
        for (int i = 0; i < v.path("backend_address_pool_ids").size(); i++) {
          pools.add(reference(r, "backend_address_pool_ids", i));
        }
        String probe = reference(r, "probe_id");
        builder.amend(lb, "rule " + r.address(), r.origin(), p -> {
          ObjectNode rule = p.withArray("loadBalancingRules").addObject().put("id", lb + "/loadBalancingRules/" + name)
              .put("name", name);
          ObjectNode rp = rule.putObject("properties");
          rp.putObject("frontendIPConfiguration").put("id", lb + "/frontendIPConfigurations/"
              + v.path("frontend_ip_configuration_name").asText());
          ArrayNode poolRefs = rp.putArray("backendAddressPools");
          pools.forEach(id -> poolRefs.addObject().put("id", id));
          if (!probe.isEmpty()) {
            rp.putObject("probe").put("id", probe);
          }
          rp.put("protocol", v.path("protocol").asText());
          rp.set("frontendPort", v.path("frontend_port"));
          rp.set("backendPort", v.path("backend_port"));
          rp.put("enableFloatingIP", v.has("floating_ip_enabled") ? v.path("floating_ip_enabled").asBoolean()
              : v.path("enable_floating_ip").asBoolean(false));
        });
        return;
      }
      case "azurerm_linux_virtual_machine":
      case "azurerm_windows_virtual_machine":
      case "azurerm_virtual_machine": {
        ObjectNode p = JSON.objectNode();
        p.putObject("hardwareProfile").put("vmSize", v.has("size") ? v.path("size").asText() : v.path("vm_size").asText());
        ArrayNode nics = p.putObject("networkProfile").putArray("networkInterfaces");
        String primary = r.type().equals("azurerm_virtual_machine") ? reference(r, "primary_network_interface_id") : "";
        int count = Math.max(v.path("network_interface_ids").size(), expressionCount(r, "network_interface_ids"));
        for (int i = 0; i < count; i++) {
          String nic = reference(r, "network_interface_ids", i);
          if (!nic.isEmpty()) {
            nics.addObject().put("id", nic).putObject("properties")
                .put("primary", primary.isEmpty() ? i == 0 : primary.equalsIgnoreCase(nic));
          }
        }
        emit(r, ResourceTypes.VIRTUAL_MACHINE, p);
        return;
      }
      default:
        String arm = SKIPPED.get(r.type());
        builder.skip(r.type() + (arm == null ? "" : " (" + arm + ")"), v.path("name").asText(""), r.origin());
    }
  }

  private static void prefixes(ObjectNode properties, JsonNode list) {
    if (list.size() == 1) {
      properties.put("addressPrefix", list.get(0).asText());
    } else {
      properties.set("addressPrefixes", list);
    }
  }

  private static void route(ObjectNode properties, JsonNode route) {
    properties.put("addressPrefix", route.path("address_prefix").asText());
    properties.put("nextHopType", route.path("next_hop_type").asText());
    if (!route.path("next_hop_in_ip_address").asText("").isEmpty()) {
      properties.put("nextHopIpAddress", route.path("next_hop_in_ip_address").asText());
    }
  }

  private void emit(TfResource r, String armType, ObjectNode properties) {
    emit(r, armType, properties, null);
  }

  private void emit(TfResource r, String armType, ObjectNode properties, JsonNode sku) {
    String id = id(r);
    if (id.isEmpty()) {
      builder.error("unresolved-reference", r.origin(), "cannot compose the id of " + r.address()
          + ": an attribute it is made of is known only after apply", "import the state after apply instead");
      return;
    }
    String location = r.values().path("location").asText("").toLowerCase(Locale.ROOT).replace(" ", "");
    builder.add(new AzureResource(armType, id, ResourceIds.name(id), location, "", sku, properties, r.origin()));
  }

  // ---- ids ---------------------------------------------------------------------------------

  /** The ARM id of a Terraform resource: its {@code id} when known, else composed from its attributes. */
  String id(TfResource r) {
    String memo = ids.get(r.address());
    if (memo != null) {
      return memo;
    }
    if (!resolving.add(r.address())) {
      return "";
    }
    try {
      String id = r.values().path("id").asText("");
      if (id.isEmpty()) {
        id = compose(r);
      }
      ids.put(r.address(), id);
      return id;
    } finally {
      resolving.remove(r.address());
    }
  }

  private String compose(TfResource r) {
    JsonNode v = r.values();
    String rg = v.path("resource_group_name").asText("");
    String name = v.path("name").asText("");
    String group = ResourceIds.resourceGroupId(subscription, rg);
    if (rg.isEmpty() && !r.type().equals("azurerm_route_server_bgp_connection") && !r.type().startsWith("azurerm_lb_")) {
      return "";
    }
    switch (r.type()) {
      case "azurerm_resource_group":
        return "/subscriptions/" + subscription + "/resourceGroups/" + name;
      case "azurerm_virtual_network":
        return ResourceIds.of(group, ResourceTypes.VIRTUAL_NETWORK, List.of(name));
      case "azurerm_subnet":
        return ResourceIds.of(group, ResourceTypes.SUBNET, List.of(v.path("virtual_network_name").asText(), name));
      case "azurerm_virtual_network_peering":
        return ResourceIds.of(group, ResourceTypes.PEERING, List.of(v.path("virtual_network_name").asText(), name));
      case "azurerm_network_interface":
        return ResourceIds.of(group, ResourceTypes.NETWORK_INTERFACE, List.of(name));
      case "azurerm_route_table":
        return ResourceIds.of(group, ResourceTypes.ROUTE_TABLE, List.of(name));
      case "azurerm_route":
        return ResourceIds.of(group, ResourceTypes.ROUTE, List.of(v.path("route_table_name").asText(), name));
      case "azurerm_route_server":
        return ResourceIds.of(group, ResourceTypes.VIRTUAL_HUB, List.of(name));
      case "azurerm_route_server_bgp_connection": {
        String server = reference(r, "route_server_id");
        return server.isEmpty() ? "" : ResourceIds.child(server, ResourceTypes.BGP_CONNECTION, name);
      }
      case "azurerm_virtual_network_gateway":
        return ResourceIds.of(group, ResourceTypes.VIRTUAL_NETWORK_GATEWAY, List.of(name));
      case "azurerm_virtual_network_gateway_connection":
        return ResourceIds.of(group, ResourceTypes.CONNECTION, List.of(name));
      case "azurerm_express_route_circuit":
        return ResourceIds.of(group, ResourceTypes.EXPRESS_ROUTE_CIRCUIT, List.of(name));
      case "azurerm_express_route_circuit_peering":
        return ResourceIds.of(group, ResourceTypes.EXPRESS_ROUTE_PEERING,
            List.of(v.path("express_route_circuit_name").asText(), v.path("peering_type").asText()));
      case "azurerm_local_network_gateway":
        return ResourceIds.of(group, ResourceTypes.LOCAL_NETWORK_GATEWAY, List.of(name));
      case "azurerm_lb":
        return ResourceIds.of(group, ResourceTypes.LOAD_BALANCER, List.of(name));
      case "azurerm_lb_backend_address_pool": {
        String lb = reference(r, "loadbalancer_id");
        return lb.isEmpty() ? "" : lb + "/backendAddressPools/" + name;
      }
      case "azurerm_lb_probe": {
        String lb = reference(r, "loadbalancer_id");
        return lb.isEmpty() ? "" : lb + "/probes/" + name;
      }
      case "azurerm_public_ip":
        return group + "/providers/Microsoft.Network/publicIPAddresses/" + name;
      case "azurerm_network_security_group":
        return group + "/providers/Microsoft.Network/networkSecurityGroups/" + name;
      case "azurerm_linux_virtual_machine":
      case "azurerm_windows_virtual_machine":
      case "azurerm_virtual_machine":
        return ResourceIds.of(group, ResourceTypes.VIRTUAL_MACHINE, List.of(name));
      default:
        return "";
    }
  }

  // ---- references --------------------------------------------------------------------------

  /**
   * The id-valued attribute at {@code path} ({@code "ip_configuration", 0, "subnet_id"}): its value
   * when known; when the plan marks it unknown, the id of the resource its configuration expression
   * refers to; empty (with a problem) when neither works, and empty when the attribute is not set.
   */
  String reference(TfResource r, Object... path) {
    JsonNode value = at(r.values(), path);
    if (value.isTextual() && !value.textValue().isEmpty()) {
      return value.textValue();
    }
    JsonNode unknown = at(parsed.afterUnknown.getOrDefault(r.address(), MissingNode.getInstance()), path);
    boolean marked = unknown.asBoolean(false) || unknown.isArray() || parentUnknown(r, path);
    if (!marked) {
      return "";
    }
    String resolved = resolve(r.module(), r, expression(r, path), listIndex(path));
    if (resolved.isEmpty()) {
      builder.warning("unresolved-reference", r.origin(), "`" + describe(path) + "` of " + r.address()
          + " is known only after apply, and its configuration names no resource arsim can resolve",
          "import the state after apply, or refer to the resource directly (e.g. azurerm_subnet.x.id)");
    }
    return resolved;
  }

  private boolean parentUnknown(TfResource r, Object[] path) {
    if (path.length > 1 && path[path.length - 1] instanceof Integer) {
      Object[] parent = java.util.Arrays.copyOf(path, path.length - 1);
      JsonNode unknown = at(parsed.afterUnknown.getOrDefault(r.address(), MissingNode.getInstance()), parent);
      return unknown.asBoolean(false) || unknown.isArray();
    }
    return false;
  }

  private static int listIndex(Object[] path) {
    return path.length > 1 && path[path.length - 1] instanceof Integer i ? i : -1;
  }

  private static String describe(Object[] path) {
    StringBuilder out = new StringBuilder();
    for (Object p : path) {
      out.append(p instanceof Integer ? "[" + p + "]" : (out.length() == 0 ? "" : ".") + p);
    }
    return out.toString();
  }

  private static JsonNode at(JsonNode node, Object... path) {
    JsonNode current = node;
    for (Object p : path) {
      current = p instanceof Integer i ? current.path(i) : current.path((String) p);
    }
    return current;
  }

  /** The number of elements a list attribute's configuration expression refers to. */
  private int expressionCount(TfResource r, String attribute) {
    return idReferences(expression(r, attribute)).size();
  }

  /** The configuration expression of an attribute; for an element of a list attribute, the list's. */
  private JsonNode expression(TfResource r, Object... path) {
    JsonNode expressions = configResource(r.configModule(), r.type() + "." + r.name()).path("expressions");
    JsonNode current = expressions;
    for (Object p : path) {
      if (p instanceof Integer i) {
        if (current.isArray()) {
          current = current.path(i);
        } else {
          return current;
        }
      } else {
        current = current.path((String) p);
      }
    }
    return current;
  }

  private JsonNode configModuleNode(String configModule) {
    JsonNode module = parsed.configuration.path("root_module");
    if (!configModule.isEmpty()) {
      for (String part : configModule.split("\\.")) {
        module = module.path("module_calls").path(part).path("module");
      }
    }
    return module;
  }

  private JsonNode configResource(String configModule, String address) {
    for (JsonNode resource : configModuleNode(configModule).path("resources")) {
      if (resource.path("address").asText("").equals(address)) {
        return resource;
      }
    }
    return MissingNode.getInstance();
  }

  /** Resolves a configuration expression evaluated in module instance {@code module} to an id. */
  private String resolve(String module, TfResource from, JsonNode expression, int listIndex) {
    if (expression.hasNonNull("constant_value") && expression.get("constant_value").isTextual()) {
      return expression.get("constant_value").asText();
    }
    List<String> targets = idReferences(expression);
    if (listIndex >= 0) {
      return listIndex < targets.size() ? target(module, from, targets.get(listIndex)) : "";
    }
    for (String reference : targets) {
      String id = target(module, from, reference);
      if (!id.isEmpty()) {
        return id;
      }
    }
    return "";
  }

  /** The distinct things an expression refers to, in order, without their trailing {@code .id}. */
  private static List<String> idReferences(JsonNode expression) {
    Set<String> out = new LinkedHashSet<>();
    List<String> all = new ArrayList<>();
    expression.path("references").forEach(n -> all.add(n.asText()));
    for (String reference : all) {
      List<String> parts = split(reference);
      if (parts.isEmpty() || parts.get(0).equals("each") || parts.get(0).equals("count")
          || parts.get(0).equals("local") || parts.get(0).equals("path") || parts.get(0).equals("self")) {
        continue;
      }
      if (parts.get(parts.size() - 1).equals("id") || parts.get(0).equals("var") || parts.get(0).equals("module")) {
        String base = reference.endsWith(".id") ? reference.substring(0, reference.length() - 3) : reference;
        boolean covered = out.stream().anyMatch(o -> o.equals(base) || o.startsWith(base + "[") || o.startsWith(base + "."));
        if (!covered) {
          out.add(base);
        }
      }
    }
    if (out.isEmpty()) {
      for (String reference : all) {
        List<String> parts = split(reference);
        if (parts.size() >= 2 && !parts.get(0).equals("each") && !parts.get(0).equals("count")
            && !parts.get(0).equals("local") && out.stream().noneMatch(o -> o.startsWith(reference))) {
          out.add(reference);
        }
      }
    }
    return new ArrayList<>(out);
  }

  private String target(String module, TfResource from, String reference) {
    List<String> parts = split(reference);
    if (parts.size() < 2) {
      return "";
    }
    if (parts.get(0).equals("var")) {
      if (module.isEmpty()) {
        return "";
      }
      int cut = module.lastIndexOf(".module.");
      String parent = cut < 0 ? "" : module.substring(0, cut);
      String call = module.substring(cut < 0 ? "module.".length() : cut + ".module.".length()).replaceAll("\\[.*\\]$", "");
      JsonNode expression = configModuleNode(TerraformJsonReader.configModule(parent)).path("module_calls").path(call)
          .path("expressions").path(parts.get(1));
      return resolve(parent, from, expression, -1);
    }
    if (parts.get(0).equals("module")) {
      if (parts.size() < 3) {
        return "";
      }
      String child = (module.isEmpty() ? "" : module + ".") + "module." + parts.get(1);
      String call = parts.get(1).replaceAll("\\[.*\\]$", "");
      JsonNode output = configModuleNode(TerraformJsonReader.configModule(module)).path("module_calls").path(call)
          .path("module").path("outputs").path(parts.get(2)).path("expression");
      return resolve(child, from, output, -1);
    }
    String base = (module.isEmpty() ? "" : module + ".") + (parts.get(0).equals("data")
        ? String.join(".", parts.subList(0, Math.min(3, parts.size()))) : parts.get(0) + "." + parts.get(1));
    TfResource exact = byAddress.get(base);
    if (exact != null) {
      return id(exact);
    }
    List<TfResource> instances = byBase.getOrDefault(base, List.of());
    if (instances.size() == 1) {
      return id(instances.get(0));
    }
    for (TfResource instance : instances) {
      if (!from.index().isEmpty() && instance.index().equals(from.index())) {
        return id(instance);
      }
    }
    return "";
  }

  /** A reference split at dots outside brackets: {@code a.b["x.y"].c} is {@code a}, {@code b["x.y"]}, {@code c}. */
  static List<String> split(String reference) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    boolean quoted = false;
    for (int i = 0; i < reference.length(); i++) {
      char c = reference.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '[') {
        depth++;
      } else if (!quoted && c == ']') {
        depth--;
      } else if (!quoted && depth == 0 && c == '.') {
        out.add(reference.substring(start, i));
        start = i + 1;
      }
    }
    out.add(reference.substring(start));
    return out;
  }
}
