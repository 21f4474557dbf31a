package io.arsim.importer.topology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arsim.core.problem.Problem;
import io.arsim.importer.arm.ArmOptions;
import io.arsim.importer.arm.ArmTemplateReader;
import io.arsim.importer.inventory.AzureInventory;
import io.arsim.importer.inventory.ImportNote;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Gateways, connections, circuits, local network gateways and load balancers, as the ARM template
 * reference declares them (Microsoft.Network virtualNetworkGateways, connections, localNetworkGateways,
 * expressRouteCircuits/peerings, loadBalancers), mapped to the ExpressRoute/VPN extension entries and
 * the topology's load balancers.
 */
class GatewayMappingTest {

  private static MappedTopology map(String resources) {
    String template = "{\"resources\": [" + VNET + ", " + resources + "]}";
    AzureInventory inventory = new ArmTemplateReader().read("t.json", template.getBytes(StandardCharsets.UTF_8),
        ArmOptions.defaults());
    assertThat(inventory.problems()).isEmpty();
    return new TopologyMapper().map(inventory, "t");
  }

  private static final String VNET = "{\"type\": \"Microsoft.Network/virtualNetworks\", \"name\": \"hub\", \"location\":"
      + " \"westeurope\", \"properties\": {\"addressSpace\": {\"addressPrefixes\": [\"10.1.0.0/16\"]}, \"subnets\": ["
      + "{\"name\": \"GatewaySubnet\", \"properties\": {\"addressPrefix\": \"10.1.254.0/27\"}},"
      + " {\"name\": \"nva\", \"properties\": {\"addressPrefix\": \"10.1.1.0/24\"}}]}}";

  private static String gateway(String name, String properties) {
    return "{\"type\": \"Microsoft.Network/virtualNetworkGateways\", \"name\": \"" + name + "\", \"properties\": {"
        + properties + ", \"ipConfigurations\": [{\"name\": \"c\", \"properties\": {\"subnet\": {\"id\":"
        + " \"[resourceId('Microsoft.Network/virtualNetworks/subnets', 'hub', 'GatewaySubnet')]\"}}}]}}";
  }

  private static List<ObjectNode> kind(MappedTopology mapped, String kind) {
    return mapped.extensions().getOrDefault(kind, List.of());
  }

  @Test
  void aVpnGatewayWithoutBgpAndAStaticSiteConnectedByIpsec() {
    MappedTopology mapped = map(gateway("vpngw", "\"gatewayType\": \"Vpn\", \"enableBgp\": false, \"activeActive\":"
        + " false") + ", {\"type\": \"Microsoft.Network/localNetworkGateways\", \"name\": \"branch\", \"properties\":"
        + " {\"gatewayIpAddress\": \"203.0.113.9\", \"localNetworkAddressSpace\": {\"addressPrefixes\":"
        + " [\"192.168.7.0/24\"]}}}, {\"type\": \"Microsoft.Network/connections\", \"name\": \"c\", \"properties\":"
        + " {\"connectionType\": \"IPsec\", \"virtualNetworkGateway1\": {\"id\": \"[resourceId('Microsoft.Network/"
        + "virtualNetworkGateways', 'vpngw')]\"}, \"localNetworkGateway2\": {\"id\": \"[resourceId('Microsoft.Network/"
        + "localNetworkGateways', 'branch')]\"}}}");

    assertThat(kind(mapped, "vpnGateways")).singleElement().hasToString(
        "{\"name\":\"vpngw\",\"virtualNetwork\":\"hub\",\"enableBgp\":false}");
    // Azure's local network gateway has no ASN without BGP; arsim's site needs one: a placeholder, noted.
    assertThat(kind(mapped, "onPremisesSites")).singleElement().hasToString("{\"name\":\"branch\",\"asn\":65000,"
        + "\"prefixes\":[\"192.168.7.0/24\"],\"vpnConnections\":[{\"vpnGateway\":\"vpngw\",\"enableBgp\":false}]}");
    assertThat(mapped.notes()).extracting(ImportNote::code).containsExactly("source-lacks");
    assertThat(mapped.sources()).containsKeys("extensions.vpnGateways[vpngw]", "extensions.onPremisesSites[branch]",
        "extensions.onPremisesSites[branch].vpnConnections[vpngw]");
  }

  @Test
  void aVnetToVnetConnectionDeclaredInBothDirectionsIsWrittenOnce() {
    String second = "{\"type\": \"Microsoft.Network/virtualNetworks\", \"name\": \"hub2\", \"properties\":"
        + " {\"addressSpace\": {\"addressPrefixes\": [\"10.2.0.0/16\"]}, \"subnets\": [{\"name\": \"GatewaySubnet\","
        + " \"properties\": {\"addressPrefix\": \"10.2.254.0/27\"}}]}}";
    String gw2 = "{\"type\": \"Microsoft.Network/virtualNetworkGateways\", \"name\": \"gw2\", \"properties\":"
        + " {\"gatewayType\": \"Vpn\", \"bgpSettings\": {\"asn\": 65020}, \"ipConfigurations\": [{\"name\": \"c\","
        + " \"properties\": {\"subnet\": {\"id\": \"[resourceId('Microsoft.Network/virtualNetworks/subnets', 'hub2',"
        + " 'GatewaySubnet')]\"}}}]}}";
    String connection = "{\"type\": \"Microsoft.Network/connections\", \"name\": \"%s\", \"properties\":"
        + " {\"connectionType\": \"Vnet2Vnet\", \"enableBgp\": true, \"virtualNetworkGateway1\": {\"id\":"
        + " \"[resourceId('Microsoft.Network/virtualNetworkGateways', '%s')]\"}, \"virtualNetworkGateway2\": {\"id\":"
        + " \"[resourceId('Microsoft.Network/virtualNetworkGateways', '%s')]\"}}}";
    MappedTopology mapped = map(second + ", " + gateway("gw1", "\"gatewayType\": \"Vpn\", \"bgpSettings\": {\"asn\":"
        + " 65010}") + ", " + gw2 + ", " + String.format(connection, "a-to-b", "gw1", "gw2") + ", "
        + String.format(connection, "b-to-a", "gw2", "gw1"));

    assertThat(kind(mapped, "vpnGateways")).extracting(Object::toString).containsExactly(
        "{\"name\":\"gw1\",\"virtualNetwork\":\"hub\",\"asn\":65010,\"vnetToVnetConnections\":[{\"remoteVpnGateway\":"
            + "\"gw2\",\"enableBgp\":true}]}",
        "{\"name\":\"gw2\",\"virtualNetwork\":\"hub2\",\"asn\":65020}");
    assertThat(mapped.notes()).extracting(ImportNote::code).containsExactly("merged");
  }

  @Test
  void aCircuitWithoutPrivatePeeringIsLeftOutWithAWarningAndOtherPeeringsAreNoted() {
    MappedTopology mapped = map("{\"type\": \"Microsoft.Network/expressRouteCircuits\", \"name\": \"er\", \"sku\":"
        + " {\"tier\": \"Premium\"}, \"properties\": {}, \"resources\": [{\"type\": \"peerings\", \"name\":"
        + " \"MicrosoftPeering\", \"properties\": {\"peeringType\": \"MicrosoftPeering\", \"peerASN\": 65050}}]}");

    assertThat(kind(mapped, "expressRouteCircuits")).isEmpty();
    assertThat(mapped.notes()).extracting(ImportNote::code).containsExactly("not-mapped");
    assertThat(mapped.problems()).extracting(Problem::code).containsExactly("missing-property");
    assertThat(mapped.problems().get(0).message()).contains("er has no AzurePrivatePeering");
  }

  @Test
  void anExpressRouteGatewayKeepsItsSkuAndBgpAddressesInsideGatewaySubnetOnly() {
    MappedTopology inside = map(gateway("ergw", "\"gatewayType\": \"ExpressRoute\", \"sku\": {\"name\": \"ErGw2AZ\"},"
        + " \"bgpSettings\": {\"bgpPeeringAddress\": \"10.1.254.4,10.1.254.5\"}"));
    MappedTopology outside = map(gateway("ergw", "\"gatewayType\": \"ExpressRoute\", \"sku\": {\"name\": \"Fancy\"},"
        + " \"bgpSettings\": {\"bgpPeeringAddress\": \"10.1.1.4,10.1.1.5\"}"));

    assertThat(kind(inside, "expressRouteGateways")).singleElement().hasToString("{\"name\":\"ergw\","
        + "\"virtualNetwork\":\"hub\",\"sku\":\"ErGw2AZ\",\"bgpPeeringAddresses\":[\"10.1.254.4\",\"10.1.254.5\"]}");
    assertThat(kind(outside, "expressRouteGateways")).singleElement().hasToString("{\"name\":\"ergw\","
        + "\"virtualNetwork\":\"hub\",\"sku\":\"Standard\"}");
    assertThat(outside.problems()).extracting(Problem::code).containsExactlyInAnyOrder("unsupported-value",
        "address-outside-subnet");
  }

  @Test
  void anInternalLoadBalancerWithItsPoolRuleAndProbeAndAPublicOneNoted() {
    MappedTopology mapped = map("{\"type\": \"Microsoft.Network/loadBalancers\", \"name\": \"ilb\", \"properties\":"
        + " {\"frontendIPConfigurations\": [{\"name\": \"f\", \"properties\": {\"privateIPAddress\": \"10.1.1.100\","
        + " \"subnet\": {\"id\": \"[resourceId('Microsoft.Network/virtualNetworks/subnets', 'hub', 'nva')]\"}}}],"
        + " \"backendAddressPools\": [{\"name\": \"pool\"}], \"loadBalancingRules\": [{\"name\": \"ha\", \"properties\":"
        + " {\"protocol\": \"All\", \"frontendPort\": 0, \"backendPort\": 0}}], \"probes\": [{\"name\": \"p\","
        + " \"properties\": {\"protocol\": \"Http\", \"port\": 8080, \"requestPath\": \"/health\"}}]}},"
        + " {\"type\": \"Microsoft.Network/networkInterfaces\", \"name\": \"fw-nic\", \"properties\": {\"ipConfigurations\":"
        + " [{\"name\": \"c\", \"properties\": {\"privateIPAddress\": \"10.1.1.4\", \"subnet\": {\"id\":"
        + " \"[resourceId('Microsoft.Network/virtualNetworks/subnets', 'hub', 'nva')]\"}, \"loadBalancerBackendAddressPools\":"
        + " [{\"id\": \"[resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'ilb', 'pool')]\"}]}}]}},"
        + " {\"type\": \"Microsoft.Compute/virtualMachines\", \"name\": \"fw\", \"properties\": {\"networkProfile\":"
        + " {\"networkInterfaces\": [{\"id\": \"[resourceId('Microsoft.Network/networkInterfaces', 'fw-nic')]\"}]}}},"
        + " {\"type\": \"Microsoft.Network/loadBalancers\", \"name\": \"public\", \"properties\":"
        + " {\"frontendIPConfigurations\": [{\"name\": \"f\", \"properties\": {\"publicIPAddress\": {\"id\": \"x\"}}}]}}");

    assertThat(mapped.topology().loadBalancers()).singleElement().satisfies(lb -> {
      assertThat(lb.name()).isEqualTo("ilb");
      assertThat(lb.frontend().subnet()).hasToString("hub/nva");
      assertThat(lb.frontend().privateIpAddress()).hasToString("10.1.1.100");
      assertThat(lb.backendPool()).containsExactly("fw-nic");
      assertThat(lb.rules()).singleElement().satisfies(r -> assertThat(r.protocol().name()).isEqualTo("All"));
      assertThat(lb.healthProbe().port()).isEqualTo(8080);
      assertThat(lb.healthProbe().requestPath()).isEqualTo("/health");
    });
    assertThat(mapped.notes()).extracting(ImportNote::message).anyMatch(m -> m.contains("'public'")
        && m.contains("public frontend"));
  }
}
