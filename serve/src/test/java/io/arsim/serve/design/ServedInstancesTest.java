package io.arsim.serve.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arsim.core.bgp.Asn;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.topology.Topology;
import io.arsim.serve.server.ServeException;
import io.arsim.serve.session.InstanceConfig;
import io.arsim.serve.session.PeerConfig;
import io.arsim.serve.session.RouteLimit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The instances arsim serve runs for the S1 lab design (examples/serve-s1-external-nva.yaml). */
class ServedInstancesTest {
  static final RouteLimit LIMIT = RouteLimit.azure(4000);

  static Topology lab() throws Exception {
    return DesignBackendTest.lab(false).topology();
  }

  @Test
  void bothInstancesOfTheRouteServerAsAzureRunsThem() throws Exception {
    List<InstanceConfig> instances = ServedInstances.of(lab(), List.of(), List.of(),
        Map.of("nva1", Ipv4Address.parse("127.0.0.2")), LIMIT);
    assertThat(instances).extracting(InstanceConfig::name).containsExactly("rs-spoke/IN_0", "rs-spoke/IN_1");
    InstanceConfig in0 = instances.get(0);
    // Azure: AS 65515, hold time 180 s, the instance IP as identifier and next hop (facts sheet 6).
    assertThat(in0.asn()).isEqualTo(Asn.AZURE_ROUTE_SERVER);
    assertThat(in0.holdTime()).isEqualTo(180);
    assertThat(in0.routerAddress()).isEqualTo(Ipv4Address.parse("10.0.255.4"));
    assertThat(instances.get(1).routerAddress()).isEqualTo(Ipv4Address.parse("10.0.255.5"));
    assertThat(in0.listenAddress()).isEqualTo(Ipv4Address.parse("127.0.1.1"));
    assertThat(instances.get(1).listenAddress()).isEqualTo(Ipv4Address.parse("127.0.1.2"));
    assertThat(in0.port()).isEqualTo(ServedInstances.DEFAULT_PORT);
    assertThat(in0.routeLimit()).isEqualTo(LIMIT);
    // Only the external NVA is accepted; nva2 stays simulated.
    assertThat(in0.peers()).containsExactly(new PeerConfig("nva1", Ipv4Address.parse("127.0.0.2"), Asn.of(65001)));
  }

  @Test
  void anExternalNvaWithoutPeerAddressConnectsFromItsDesignAddress() throws Exception {
    List<InstanceConfig> instances = ServedInstances.of(lab(), List.of("rs-spoke"),
        List.of(new ServedInstances.Listen(Ipv4Address.parse("10.0.255.4"), 179)), Map.of(), LIMIT);
    assertThat(instances.get(0).peers()).extracting(PeerConfig::address)
        .containsExactly(Ipv4Address.parse("10.1.1.4"));
    assertThat(instances.get(0).port()).isEqualTo(179);
    assertThat(instances.get(1).listenAddress()).isEqualTo(Ipv4Address.parse("127.0.1.2"));
  }

  @Test
  void badChoicesSayWhatExistsAndHowToFixThem() throws Exception {
    Topology lab = lab();
    assertThatThrownBy(() -> ServedInstances.of(lab, List.of("rs-hub"), List.of(), Map.of(), LIMIT))
        .isInstanceOf(ServeException.class).hasMessageContaining("no route server named rs-hub")
        .hasMessageContaining("route servers: rs-spoke");
    assertThatThrownBy(() -> ServedInstances.of(lab, List.of(), List.of(),
        Map.of("nva2", Ipv4Address.parse("127.0.0.3")), LIMIT))
        .isInstanceOf(ServeException.class).hasMessageContaining("no external NVA named nva2")
        .hasMessageContaining("external NVAs: nva1");
    ServedInstances.Listen same = new ServedInstances.Listen(Ipv4Address.parse("127.0.0.1"), 1179);
    assertThatThrownBy(() -> ServedInstances.of(lab, List.of(), List.of(same, same), Map.of(), LIMIT))
        .isInstanceOf(ServeException.class).hasMessageContaining("rs-spoke/IN_1 would listen on 127.0.0.1:1179");
    assertThatThrownBy(() -> ServedInstances.of(lab, List.of(), List.of(same,
        new ServedInstances.Listen(Ipv4Address.parse("127.0.0.2"), 1179),
        new ServedInstances.Listen(Ipv4Address.parse("127.0.0.3"), 1179)), Map.of(), LIMIT))
        .isInstanceOf(ServeException.class).hasMessageContaining("3 --listen addresses for 2 instances");
  }

  @Test
  void aDesignWithoutExternalNvasHasNothingToServe() throws Exception {
    Topology simulated = lab().withNetworkVirtualAppliances(
        lab().networkVirtualAppliances().stream().map(n -> n.withExternal(false)).toList());
    assertThatThrownBy(() -> ServedInstances.of(simulated, List.of(), List.of(), Map.of(), LIMIT))
        .isInstanceOf(ServeException.class).hasMessageContaining("has no external NVA")
        .hasMessageContaining("external: true");
  }
}
