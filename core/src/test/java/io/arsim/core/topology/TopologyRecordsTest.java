package io.arsim.core.topology;

import static io.arsim.core.topology.TestTopologies.ip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arsim.core.bgp.Asn;
import io.arsim.core.net.IpPrefix;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Equality, defaults, defensive copies and required fields of the topology records. */
class TopologyRecordsTest {

  @Test
  void equalDesignsBuiltTwiceAreEqual() {
    assertThat(TestTopologies.full()).isEqualTo(TestTopologies.full()).hasSameHashCodeAs(TestTopologies.full());
    assertThat(TestTopologies.full()).isNotEqualTo(TestTopologies.mini());
  }

  @Test
  void subnetRefParsesAndPrints() {
    SubnetRef ref = SubnetRef.parse("spoke/workload");

    assertThat(ref).isEqualTo(new SubnetRef("spoke", "workload")).hasToString("spoke/workload");
    for (String bad : List.of("spoke", "/workload", "spoke/", "a/b/c", "")) {
      assertThatIllegalArgumentException().isThrownBy(() -> SubnetRef.parse(bad))
          .withMessageContaining("\"" + bad + "\"").withMessageContaining("expected \"vnet/subnet\"");
    }
  }

  @Test
  void unnamedNicsGetTheirOwnersName() {
    NetworkInterface unnamed = new NetworkInterface(null, SubnetRef.parse("a/b"), ip("10.0.0.4"), false);

    assertThat(new VirtualMachine("vm", List.of(unnamed)).networkInterfaces())
        .extracting(NetworkInterface::name).containsExactly("vm-nic");
    assertThat(new VirtualMachine("vm", List.of(unnamed, unnamed)).networkInterfaces())
        .extracting(NetworkInterface::name).containsExactly("vm-nic0", "vm-nic1");
    NetworkInterface named = new NetworkInterface("eth0", SubnetRef.parse("a/b"), ip("10.0.0.4"), false);
    assertThat(new VirtualMachine("vm", List.of(named, unnamed)).networkInterfaces())
        .extracting(NetworkInterface::name).containsExactly("eth0", "vm-nic1");
  }

  @Test
  void fileDefaultsMatchAzure() {
    VirtualNetworkPeering peering = VirtualNetworkPeering.fromFile(null, "hub", null, null, null, null);
    assertThat(peering).isEqualTo(new VirtualNetworkPeering("to-hub", "hub", true, false, false, false));

    RouteServer rs = RouteServer.fromFile("rs", "hub", null, null, null, null);
    assertThat(rs.hubRoutingPreference()).isEqualTo(HubRoutingPreference.ExpressRoute);
    assertThat(rs.allowBranchToBranchTraffic()).isFalse();
    assertThat(rs.bgpConnections()).isEmpty();

    NetworkVirtualAppliance nva = NetworkVirtualAppliance.fromFile("n", Asn.of(65001), null,
        List.of(new NetworkInterface(null, SubnetRef.parse("a/b"), ip("10.0.0.4"), true)), null, null, null, null,
        null, null, null, null, null, null, null, null);
    assertThat(nva.maximumPaths()).as("left to the vendor profile").isNull();
    assertThat(nva.external()).as("simulated unless the file says a real router plays it").isFalse();
    assertThat(nva.vendor()).isEqualTo("frr");
    assertThat(nva.arrivalOrder()).isEmpty();
    assertThat(nva.aggregateAddresses()).isEmpty();
    assertThat(nva.stateful()).isFalse();
    assertThat(nva.sourceNat()).isFalse();
    assertThat(nva.tunnels()).isEmpty();
    assertThat(nva.staticRoutes()).isEmpty();
    assertThat(nva.loopbacks()).isEmpty();
    assertThat(nva.effectiveRouterId()).isEqualTo(ip("10.0.0.4"));
    assertThat(new RouteTable("rt", false, null).propagatesGatewayRoutes()).isTrue();
  }

  @Test
  void listsAreCopiedAndNeverNull() {
    List<Subnet> subnets = new ArrayList<>(List.of(TestTopologies.subnet("a", "10.0.1.0/24")));
    VirtualNetwork vnet = new VirtualNetwork("v", "westeurope", List.of(IpPrefix.parse("10.0.0.0/16")), subnets, null);
    subnets.clear();

    assertThat(vnet.subnets()).hasSize(1);
    assertThat(vnet.virtualNetworkPeerings()).isEmpty();
    Topology empty = new Topology(null, "empty", null, null, null, null, null, null, null, null);
    assertThat(empty.virtualNetworks()).isEmpty();
    assertThat(empty.extensions()).isEmpty();
  }

  @Test
  void policyConfigIsCopiedDefensively() {
    ObjectNode config = JsonNodeFactory.instance.objectNode().put("prepend", 2);
    PolicyInstance policy = new PolicyInstance("p", "as-path-prepend", config);
    config.put("prepend", 5);
    ((ObjectNode) policy.config()).put("prepend", 7);

    assertThat(policy.config().get("prepend").asInt()).isEqualTo(2);
    assertThat(PolicyInstance.of("p", "t").config().isEmpty()).isTrue();
    assertThat(policy).isEqualTo(new PolicyInstance("p", "as-path-prepend",
        JsonNodeFactory.instance.objectNode().put("prepend", 2)));
  }

  @Test
  void lookupsFindByName() {
    Topology full = TestTopologies.full();

    assertThat(full.virtualNetwork("spoke")).map(VirtualNetwork::location).contains("northeurope");
    assertThat(full.subnet(SubnetRef.parse("hub/nva"))).map(Subnet::name).contains("nva");
    assertThat(full.subnet(SubnetRef.parse("hub/none"))).isEmpty();
    assertThat(full.routeTable("rt-spoke")).isPresent();
    assertThat(full.routeServer("rs-hub")).isPresent();
    assertThat(full.networkVirtualAppliance("nva1")).isPresent();
    assertThat(full.policy("prepend")).isPresent();
    assertThat(full.allInterfaces()).extracting(Topology.AttachedInterface::owner).containsExactly("vm1", "nva1");
    assertThat(full.routeServerInstanceIps(full.routeServers().get(0)))
        .containsExactly(ip("10.1.255.4"), ip("10.1.255.5"));
  }

  @Test
  void requiredFieldsAreRejectedWhenMissing() {
    assertThatNullPointerException().isThrownBy(() -> new Topology(null, null, null, null, null, null, null, null,
        null, Map.of())).withMessage("name is required");
    assertThatNullPointerException().isThrownBy(() -> new VirtualNetwork("v", null, List.of(), null, null))
        .withMessage("location is required");
    assertThatNullPointerException().isThrownBy(() -> new Subnet("s", null, null))
        .withMessage("addressPrefix is required");
    assertThatNullPointerException().isThrownBy(() -> new NetworkInterface(null, null, ip("10.0.0.4"), false))
        .withMessage("subnet is required");
    assertThatNullPointerException().isThrownBy(() -> new BgpConnection("c", ip("10.0.0.4"), null))
        .withMessage("peerAsn is required");
    assertThatNullPointerException().isThrownBy(() -> new BgpNeighbor(null, Asn.of(1), null, false, null, null))
        .withMessage("peerIp is required");
    assertThatNullPointerException().isThrownBy(() -> new UserDefinedRoute("r", IpPrefix.parse("0.0.0.0/0"), null,
        null)).withMessage("nextHopType is required");
    assertThatNullPointerException().isThrownBy(() -> new PolicyInstance("p", null, null))
        .withMessage("type is required");
  }
}
