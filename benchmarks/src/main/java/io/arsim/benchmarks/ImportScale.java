package io.arsim.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Large inputs for the Azure importers, written as the real tools write them: an authored ARM
 * template ({@code arm}: one VNet per spoke with a property loop of subnets, a peering, and a copy
 * loop of NICs referring to their subnet by resourceId, names and prefixes computed by expressions:
 * about ten resources per kilobyte), an exported one ({@code arm-export}: what {@code az group
 * export} writes, a parameter per name, literal properties, subnets both inline and as resources),
 * the JSON of {@code az network vnet list} plus {@code az network nic list}, and a {@code terraform
 * show -json} state. Each grows by spokes until it reaches the requested size.
 */
public final class ImportScale {
  /** The subscription and resource group the generated ids use. */
  static final String GROUP = "/subscriptions/6f1e2c3d-4b5a-4c7d-8e9f-0a1b2c3d4e5f/resourceGroups/rg-scale";
  private static final String NETWORK = GROUP + "/providers/Microsoft.Network";

  private ImportScale() {}

  /** The input of {@code kind} ({@code arm}, {@code az}, {@code terraform}) of about {@code megabytes}. */
  public static byte[] of(String kind, int megabytes) {
    long target = megabytes * 1024L * 1024L;
    switch (kind) {
      case "arm":
        return armTemplate(target);
      case "arm-export":
        return armExport(target);
      case "az":
        return azDump(target);
      case "terraform":
        return terraformState(target);
      default:
        throw new IllegalArgumentException("unknown input kind " + kind + "; expected arm, arm-export, az or terraform");
    }
  }

  /** The address of spoke {@code i}'s /16: 10.x.y.0 counted in /16 steps from 10.0.0.0 past 172.16. */
  private static String octets(int i) {
    return (10 + i / 256) + "." + (i % 256);
  }

  static byte[] armTemplate(long target) {
    StringBuilder out = new StringBuilder((int) Math.min(target + 65536, Integer.MAX_VALUE - 16));
    out.append("{\n  \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\",\n")
        .append("  \"contentVersion\": \"1.0.0.0\",\n")
        .append("  \"parameters\": {\"location\": {\"type\": \"string\", \"defaultValue\": \"[resourceGroup().location]\"},\n")
        .append("    \"nicsPerSpoke\": {\"type\": \"int\", \"defaultValue\": 4}},\n")
        .append("  \"variables\": {\"hub\": \"hub\", \"subnetNames\": [\"workload\", \"data\", \"web\", \"app\", \"mgmt\", \"RouteServerSubnet\"]},\n")
        .append("  \"resources\": [\n");
    out.append("    {\"type\": \"Microsoft.Network/virtualNetworks\", \"apiVersion\": \"2023-09-01\", \"name\": \"[variables('hub')]\",")
        .append(" \"location\": \"[parameters('location')]\", \"properties\": {\"addressSpace\": {\"addressPrefixes\": [\"172.16.0.0/16\"]}}}");
    for (int i = 0; out.length() < target; i++) {
      String name = "spoke" + i;
      String space = octets(i) + ".0.0/16";
      out.append(",\n    {\"type\": \"Microsoft.Network/virtualNetworks\", \"apiVersion\": \"2023-09-01\",")
          .append(" \"name\": \"[format('spoke{0}', ").append(i).append(")]\", \"location\": \"[parameters('location')]\",\n")
          .append("      \"tags\": {\"owner\": \"network-team\", \"costCenter\": \"[concat('cc-', string(").append(i % 97).append("))]\"},\n")
          .append("      \"properties\": {\"addressSpace\": {\"addressPrefixes\": [\"").append(space).append("\"]},\n")
          .append("        \"copy\": [{\"name\": \"subnets\", \"count\": \"[length(variables('subnetNames'))]\", \"input\": {")
          .append("\"name\": \"[variables('subnetNames')[copyIndex('subnets')]]\", \"properties\": {\"addressPrefix\":")
          .append(" \"[cidrSubnet('").append(space).append("', 24, copyIndex('subnets'))]\", \"privateEndpointNetworkPolicies\": \"Disabled\"}}}],\n")
          .append("        \"virtualNetworkPeerings\": [{\"name\": \"[concat('").append(name).append("', '-to-hub')]\", \"properties\": {")
          .append("\"remoteVirtualNetwork\": {\"id\": \"[resourceId('Microsoft.Network/virtualNetworks', variables('hub'))]\"},")
          .append(" \"allowVirtualNetworkAccess\": true, \"allowForwardedTraffic\": true, \"useRemoteGateways\": false}}]}},\n")
          .append("    {\"type\": \"Microsoft.Network/networkInterfaces\", \"apiVersion\": \"2023-09-01\",")
          .append(" \"name\": \"[format('").append(name).append("-nic{0}', copyIndex())]\", \"location\": \"[parameters('location')]\",\n")
          .append("      \"copy\": {\"name\": \"nics").append(i).append("\", \"count\": \"[parameters('nicsPerSpoke')]\"},\n")
          .append("      \"properties\": {\"enableIPForwarding\": false, \"ipConfigurations\": [{\"name\": \"ipconfig1\", \"properties\": {")
          .append("\"privateIPAllocationMethod\": \"Static\", \"privateIPAddress\": \"[cidrHost(cidrSubnet('").append(space)
          .append("', 24, 0), add(copyIndex(), 3))]\",\n        \"subnet\": {\"id\": \"[resourceId('Microsoft.Network/virtualNetworks/subnets', '")
          .append(name).append("', 'workload')]\"}}}]}}");
    }
    out.append("\n  ]\n}\n");
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] armExport(long target) {
    StringBuilder params = new StringBuilder();
    StringBuilder resources = new StringBuilder();
    String[] subnets = {"workload", "data", "web", "app", "mgmt", "RouteServerSubnet"};
    for (int i = 0; params.length() + resources.length() < target; i++) {
      String name = "spoke" + i;
      String vnetParam = "virtualNetworks_" + name + "_name";
      String base = octets(i);
      params.append(i == 0 ? "" : ",\n").append("    \"").append(vnetParam).append("\": {\"defaultValue\": \"").append(name)
          .append("\", \"type\": \"String\"}");
      resources.append(i == 0 ? "" : ",\n").append("    {\n      \"type\": \"Microsoft.Network/virtualNetworks\",\n")
          .append("      \"apiVersion\": \"2023-09-01\",\n      \"name\": \"[parameters('").append(vnetParam).append("')]\",\n")
          .append("      \"location\": \"westeurope\",\n      \"properties\": {\n        \"addressSpace\": {\"addressPrefixes\": [\"")
          .append(base).append(".0.0/16\"]},\n        \"encryption\": {\"enabled\": false, \"enforcement\": \"AllowUnencrypted\"},\n")
          .append("        \"privateEndpointVNetPolicies\": \"Disabled\",\n        \"subnets\": [\n");
      StringBuilder standalone = new StringBuilder();
      for (int s = 0; s < subnets.length; s++) {
        String props = "{\"addressPrefix\": \"" + base + "." + s + ".0/24\", \"delegations\": [],"
            + " \"privateEndpointNetworkPolicies\": \"Disabled\", \"privateLinkServiceNetworkPolicies\": \"Enabled\"}";
        resources.append(s == 0 ? "" : ",\n").append("          {\"name\": \"").append(subnets[s])
            .append("\", \"id\": \"[resourceId('Microsoft.Network/virtualNetworks/subnets', parameters('").append(vnetParam)
            .append("'), '").append(subnets[s]).append("')]\", \"properties\": ").append(props)
            .append(", \"type\": \"Microsoft.Network/virtualNetworks/subnets\"}");
        standalone.append(",\n    {\"type\": \"Microsoft.Network/virtualNetworks/subnets\", \"apiVersion\": \"2023-09-01\",")
            .append(" \"name\": \"[concat(parameters('").append(vnetParam).append("'), '/").append(subnets[s]).append("')]\",")
            .append(" \"dependsOn\": [\"[resourceId('Microsoft.Network/virtualNetworks', parameters('").append(vnetParam)
            .append("'))]\"], \"properties\": ").append(props).append("}");
      }
      resources.append("\n        ],\n        \"virtualNetworkPeerings\": [{\"name\": \"").append(name)
          .append("-to-hub\", \"properties\": {\"peeringState\": \"Connected\", \"peeringSyncLevel\": \"FullyInSync\",")
          .append(" \"remoteVirtualNetwork\": {\"id\": \"[resourceId('Microsoft.Network/virtualNetworks', parameters('virtualNetworks_hub_name'))]\"},")
          .append(" \"allowVirtualNetworkAccess\": true, \"allowForwardedTraffic\": true, \"allowGatewayTransit\": false,")
          .append(" \"useRemoteGateways\": false, \"remoteAddressSpace\": {\"addressPrefixes\": [\"172.16.0.0/16\"]}}}],\n")
          .append("        \"enableDdosProtection\": false\n      }\n    }").append(standalone);
      for (int n = 0; n < 4; n++) {
        String nicParam = "networkInterfaces_" + name + "_nic" + n + "_name";
        params.append(",\n    \"").append(nicParam).append("\": {\"defaultValue\": \"").append(name).append("-nic").append(n)
            .append("\", \"type\": \"String\"}");
        resources.append(",\n    {\"type\": \"Microsoft.Network/networkInterfaces\", \"apiVersion\": \"2023-09-01\",")
            .append(" \"name\": \"[parameters('").append(nicParam).append("')]\", \"location\": \"westeurope\",")
            .append(" \"kind\": \"Regular\", \"properties\": {\"ipConfigurations\": [{\"name\": \"ipconfig1\",")
            .append(" \"id\": \"[concat(resourceId('Microsoft.Network/networkInterfaces', parameters('").append(nicParam)
            .append("')), '/ipConfigurations/ipconfig1')]\", \"type\": \"Microsoft.Network/networkInterfaces/ipConfigurations\",")
            .append(" \"properties\": {\"privateIPAddress\": \"").append(base).append(".0.").append(4 + n)
            .append("\", \"privateIPAllocationMethod\": \"Static\", \"subnet\": {\"id\": \"[resourceId('Microsoft.Network/virtualNetworks/subnets',")
            .append(" parameters('").append(vnetParam).append("'), 'workload')]\"}, \"primary\": true, \"privateIPAddressVersion\": \"IPv4\"}}],")
            .append(" \"dnsSettings\": {\"dnsServers\": []}, \"enableAcceleratedNetworking\": false, \"enableIPForwarding\": false,")
            .append(" \"disableTcpStateTracking\": false, \"nicType\": \"Standard\", \"auxiliaryMode\": \"None\", \"auxiliarySku\": \"None\"}}");
      }
    }
    StringBuilder out = new StringBuilder(params.length() + resources.length() + 4096);
    out.append("{\n  \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\",\n")
        .append("  \"contentVersion\": \"1.0.0.0\",\n  \"parameters\": {\n")
        .append("    \"virtualNetworks_hub_name\": {\"defaultValue\": \"hub\", \"type\": \"String\"},\n").append(params)
        .append("\n  },\n  \"variables\": {},\n  \"resources\": [\n")
        .append("    {\"type\": \"Microsoft.Network/virtualNetworks\", \"apiVersion\": \"2023-09-01\", \"name\":")
        .append(" \"[parameters('virtualNetworks_hub_name')]\", \"location\": \"westeurope\", \"properties\": {\"addressSpace\":")
        .append(" {\"addressPrefixes\": [\"172.16.0.0/16\"]}}},\n")
        .append(resources).append("\n  ]\n}\n");
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] azDump(long target) {
    StringBuilder out = new StringBuilder((int) Math.min(target + 65536, Integer.MAX_VALUE - 16));
    out.append("[\n  {\"addressSpace\": {\"addressPrefixes\": [\"172.16.0.0/16\"]}, \"id\": \"").append(NETWORK)
        .append("/virtualNetworks/hub\", \"location\": \"westeurope\", \"name\": \"hub\", \"resourceGroup\": \"rg-scale\",")
        .append(" \"subnets\": [], \"type\": \"Microsoft.Network/virtualNetworks\", \"virtualNetworkPeerings\": []}");
    String[] subnets = {"workload", "data", "web", "app", "mgmt", "RouteServerSubnet"};
    for (int i = 0; out.length() < target; i++) {
      String name = "spoke" + i;
      String vnet = NETWORK + "/virtualNetworks/" + name;
      String base = octets(i);
      out.append(",\n  {\n    \"addressSpace\": {\"addressPrefixes\": [\"").append(base).append(".0.0/16\"]},\n")
          .append("    \"enableDdosProtection\": false,\n    \"etag\": \"W/\\\"").append(uuid(i, 1)).append("\\\"\",\n")
          .append("    \"id\": \"").append(vnet).append("\",\n    \"location\": \"westeurope\",\n")
          .append("    \"name\": \"").append(name).append("\",\n    \"provisioningState\": \"Succeeded\",\n")
          .append("    \"resourceGroup\": \"rg-scale\",\n    \"resourceGuid\": \"").append(uuid(i, 2)).append("\",\n")
          .append("    \"subnets\": [\n");
      for (int s = 0; s < subnets.length; s++) {
        out.append(s == 0 ? "" : ",\n").append("      {\"addressPrefix\": \"").append(base).append('.').append(s)
            .append(".0/24\", \"delegations\": [], \"etag\": \"W/\\\"").append(uuid(i, 10 + s)).append("\\\"\", \"id\": \"")
            .append(vnet).append("/subnets/").append(subnets[s]).append("\", \"name\": \"").append(subnets[s])
            .append("\", \"privateEndpointNetworkPolicies\": \"Disabled\", \"privateLinkServiceNetworkPolicies\": \"Enabled\",")
            .append(" \"provisioningState\": \"Succeeded\", \"resourceGroup\": \"rg-scale\", \"type\": \"Microsoft.Network/virtualNetworks/subnets\"}");
      }
      out.append("\n    ],\n    \"type\": \"Microsoft.Network/virtualNetworks\",\n    \"virtualNetworkPeerings\": [\n")
          .append("      {\"allowForwardedTraffic\": true, \"allowGatewayTransit\": false, \"allowVirtualNetworkAccess\": true,")
          .append(" \"etag\": \"W/\\\"").append(uuid(i, 30)).append("\\\"\", \"id\": \"").append(vnet)
          .append("/virtualNetworkPeerings/").append(name).append("-to-hub\", \"name\": \"").append(name)
          .append("-to-hub\", \"peeringState\": \"Connected\", \"provisioningState\": \"Succeeded\",")
          .append(" \"remoteAddressSpace\": {\"addressPrefixes\": [\"172.16.0.0/16\"]}, \"remoteVirtualNetwork\": {\"id\": \"")
          .append(NETWORK).append("/virtualNetworks/hub\", \"resourceGroup\": \"rg-scale\"}, \"resourceGroup\": \"rg-scale\",")
          .append(" \"type\": \"Microsoft.Network/virtualNetworks/virtualNetworkPeerings\", \"useRemoteGateways\": false}\n    ]\n  }");
      for (int n = 0; n < 4; n++) {
        String nic = NETWORK + "/networkInterfaces/" + name + "-nic" + n;
        out.append(",\n  {\"enableIPForwarding\": false, \"etag\": \"W/\\\"").append(uuid(i, 40 + n)).append("\\\"\", \"id\": \"")
            .append(nic).append("\", \"ipConfigurations\": [{\"id\": \"").append(nic).append("/ipConfigurations/ipconfig1\",")
            .append(" \"name\": \"ipconfig1\", \"primary\": true, \"privateIPAddress\": \"").append(base).append(".0.").append(4 + n)
            .append("\", \"privateIPAddressVersion\": \"IPv4\", \"privateIPAllocationMethod\": \"Static\", \"provisioningState\":")
            .append(" \"Succeeded\", \"resourceGroup\": \"rg-scale\", \"subnet\": {\"id\": \"").append(vnet)
            .append("/subnets/workload\", \"resourceGroup\": \"rg-scale\"}, \"type\": \"Microsoft.Network/networkInterfaces/ipConfigurations\"}],")
            .append(" \"location\": \"westeurope\", \"macAddress\": \"00-0D-3A-00-00-00\", \"name\": \"").append(name).append("-nic").append(n)
            .append("\", \"primary\": true, \"provisioningState\": \"Succeeded\", \"resourceGroup\": \"rg-scale\", \"resourceGuid\": \"")
            .append(uuid(i, 50 + n)).append("\", \"type\": \"Microsoft.Network/networkInterfaces\"}");
      }
    }
    out.append("\n]\n");
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] terraformState(long target) {
    StringBuilder out = new StringBuilder((int) Math.min(target + 65536, Integer.MAX_VALUE - 16));
    out.append("{\"format_version\": \"1.0\", \"terraform_version\": \"1.9.8\", \"values\": {\"root_module\": {\"resources\": [\n");
    for (int i = 0; out.length() < target; i++) {
      String name = "spoke" + i;
      String vnet = NETWORK + "/virtualNetworks/" + name;
      String base = octets(i);
      out.append(i == 0 ? "" : ",\n").append("  {\"address\": \"azurerm_virtual_network.spoke[").append(i)
          .append("]\", \"mode\": \"managed\", \"type\": \"azurerm_virtual_network\", \"name\": \"spoke\", \"index\": ").append(i)
          .append(", \"provider_name\": \"registry.terraform.io/hashicorp/azurerm\", \"schema_version\": 0, \"values\": {")
          .append("\"address_space\": [\"").append(base).append(".0.0/16\"], \"dns_servers\": [], \"guid\": \"").append(uuid(i, 2))
          .append("\", \"id\": \"").append(vnet).append("\", \"location\": \"westeurope\", \"name\": \"").append(name)
          .append("\", \"resource_group_name\": \"rg-scale\", \"subnet\": [], \"tags\": {\"owner\": \"network-team\"}}, \"sensitive_values\": {}}");
      for (int s = 0; s < 6; s++) {
        out.append(",\n  {\"address\": \"azurerm_subnet.s").append(s).append('[').append(i).append("]\", \"mode\": \"managed\",")
            .append(" \"type\": \"azurerm_subnet\", \"name\": \"s").append(s).append("\", \"index\": ").append(i)
            .append(", \"provider_name\": \"registry.terraform.io/hashicorp/azurerm\", \"schema_version\": 0, \"values\": {")
            .append("\"address_prefixes\": [\"").append(base).append('.').append(s).append(".0/24\"], \"default_outbound_access_enabled\": true,")
            .append(" \"id\": \"").append(vnet).append("/subnets/s").append(s).append("\", \"name\": \"s").append(s)
            .append("\", \"private_endpoint_network_policies\": \"Disabled\", \"resource_group_name\": \"rg-scale\",")
            .append(" \"virtual_network_name\": \"").append(name).append("\"}, \"sensitive_values\": {}}");
      }
      for (int n = 0; n < 4; n++) {
        out.append(",\n  {\"address\": \"azurerm_network_interface.n").append(n).append('[').append(i).append("]\", \"mode\": \"managed\",")
            .append(" \"type\": \"azurerm_network_interface\", \"name\": \"n").append(n).append("\", \"index\": ").append(i)
            .append(", \"provider_name\": \"registry.terraform.io/hashicorp/azurerm\", \"schema_version\": 0, \"values\": {")
            .append("\"id\": \"").append(NETWORK).append("/networkInterfaces/").append(name).append("-nic").append(n)
            .append("\", \"ip_configuration\": [{\"name\": \"ipconfig1\", \"primary\": true, \"private_ip_address\": \"").append(base)
            .append(".0.").append(4 + n).append("\", \"private_ip_address_allocation\": \"Static\", \"subnet_id\": \"").append(vnet)
            .append("/subnets/s0\"}], \"ip_forwarding_enabled\": false, \"location\": \"westeurope\", \"name\": \"").append(name)
            .append("-nic").append(n).append("\", \"resource_group_name\": \"rg-scale\"}, \"sensitive_values\": {}}");
      }
    }
    out.append("\n]}}}\n");
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String uuid(int i, int salt) {
    return String.format(Locale.ROOT, "%08x-%04x-4%03x-8%03x-%012x", i, salt, i % 4096, salt % 4096, (long) i * 7919 + salt);
  }
}
