package io.arsim.importer.inventory;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The resource types a network design needs, spelled as ARM spells them, and the spelling of other
 * common types (Azure Resource Graph writes types in lower case). Types are compared ignoring case.
 */
@API(status = INTERNAL, since = "0.2")
public final class ResourceTypes {
  public static final String VIRTUAL_NETWORK = "Microsoft.Network/virtualNetworks";
  public static final String SUBNET = "Microsoft.Network/virtualNetworks/subnets";
  public static final String PEERING = "Microsoft.Network/virtualNetworks/virtualNetworkPeerings";
  public static final String NETWORK_INTERFACE = "Microsoft.Network/networkInterfaces";
  public static final String ROUTE_TABLE = "Microsoft.Network/routeTables";
  public static final String ROUTE = "Microsoft.Network/routeTables/routes";
  public static final String VIRTUAL_HUB = "Microsoft.Network/virtualHubs";
  public static final String HUB_IP_CONFIGURATION = "Microsoft.Network/virtualHubs/ipConfigurations";
  public static final String BGP_CONNECTION = "Microsoft.Network/virtualHubs/bgpConnections";
  public static final String VIRTUAL_NETWORK_GATEWAY = "Microsoft.Network/virtualNetworkGateways";
  public static final String CONNECTION = "Microsoft.Network/connections";
  public static final String LOCAL_NETWORK_GATEWAY = "Microsoft.Network/localNetworkGateways";
  public static final String EXPRESS_ROUTE_CIRCUIT = "Microsoft.Network/expressRouteCircuits";
  public static final String EXPRESS_ROUTE_PEERING = "Microsoft.Network/expressRouteCircuits/peerings";
  public static final String LOAD_BALANCER = "Microsoft.Network/loadBalancers";
  public static final String LB_BACKEND_POOL = "Microsoft.Network/loadBalancers/backendAddressPools";
  public static final String VIRTUAL_MACHINE = "Microsoft.Compute/virtualMachines";

  /** The types a network design needs; everything else is skipped with a note. */
  public static final List<String> DESIGN_TYPES = List.of(VIRTUAL_NETWORK, SUBNET, PEERING, NETWORK_INTERFACE,
      ROUTE_TABLE, ROUTE, VIRTUAL_HUB, HUB_IP_CONFIGURATION, BGP_CONNECTION, VIRTUAL_NETWORK_GATEWAY, CONNECTION,
      LOCAL_NETWORK_GATEWAY, EXPRESS_ROUTE_CIRCUIT, EXPRESS_ROUTE_PEERING, LOAD_BALANCER, LB_BACKEND_POOL,
      VIRTUAL_MACHINE);

  private static final List<String> OTHER_KNOWN = List.of(
      "Microsoft.Network/publicIPAddresses", "Microsoft.Network/networkSecurityGroups",
      "Microsoft.Network/networkSecurityGroups/securityRules", "Microsoft.Network/natGateways",
      "Microsoft.Network/bastionHosts", "Microsoft.Network/privateEndpoints", "Microsoft.Network/privateDnsZones",
      "Microsoft.Network/applicationGateways", "Microsoft.Network/azureFirewalls", "Microsoft.Network/firewallPolicies",
      "Microsoft.Network/networkWatchers", "Microsoft.Network/virtualWans", "Microsoft.Network/ddosProtectionPlans",
      "Microsoft.Network/dnsZones", "Microsoft.Network/applicationSecurityGroups",
      "Microsoft.Network/virtualNetworkGateways/natRules", "Microsoft.Network/connections/sharedkey",
      "Microsoft.Compute/disks", "Microsoft.Compute/availabilitySets", "Microsoft.Compute/virtualMachines/extensions",
      "Microsoft.Compute/virtualMachineScaleSets", "Microsoft.Resources/resourceGroups",
      "Microsoft.Resources/deployments", "Microsoft.Storage/storageAccounts", "Microsoft.KeyVault/vaults",
      "Microsoft.ManagedIdentity/userAssignedIdentities", "Microsoft.OperationalInsights/workspaces",
      "Microsoft.Insights/diagnosticSettings", "Microsoft.Authorization/roleAssignments");

  private static final Map<String, String> SPELLING = new TreeMap<>();
  private static final Set<String> DESIGN = DESIGN_TYPES.stream()
      .map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

  static {
    DESIGN_TYPES.forEach(t -> SPELLING.put(t.toLowerCase(Locale.ROOT), t));
    OTHER_KNOWN.forEach(t -> SPELLING.put(t.toLowerCase(Locale.ROOT), t));
  }

  private ResourceTypes() {}

  /** ARM's spelling of {@code type}, e.g. {@code microsoft.network/virtualnetworks}; unknown types as given. */
  public static String normalise(String type) {
    return SPELLING.getOrDefault(type.toLowerCase(Locale.ROOT), type);
  }

  /** Whether a network design needs resources of {@code type}. */
  public static boolean isDesignType(String type) {
    return DESIGN.contains(type.toLowerCase(Locale.ROOT));
  }

  /** Whether two type names are the same type. */
  public static boolean same(String a, String b) {
    return a.equalsIgnoreCase(b);
  }
}
