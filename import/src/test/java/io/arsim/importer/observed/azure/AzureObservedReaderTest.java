package io.arsim.importer.observed.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.net.IpPrefix;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.problem.Problem;
import io.arsim.importer.inventory.ImportException;
import io.arsim.importer.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What Azure shows of the dual-homed design: route server routes and a NIC's effective routes. */
class AzureObservedReaderTest {
  private static final Ipv4Address IN_0 = Ipv4Address.parse("10.0.255.4");
  private static final Ipv4Address IN_1 = Ipv4Address.parse("10.0.255.5");
  private static final Ipv4Address NVA1 = Ipv4Address.parse("10.1.1.4");

  @Test
  void readsLearnedRoutesPerInstance() {
    ObservedRouteServerRoutes routes = new AzureObservedReader()
        .readRouteServerRoutes(Samples.path("observed/rs-spoke-nva1-learned.json"));

    assertThat(routes.localAddresses()).containsExactly(IN_0, IN_1);
    assertThat(routes.routes()).containsExactly(
        new ObservedRouteServerRoute("RouteServiceRole_IN_0", IN_0, Ipv4Prefix.DEFAULT_ROUTE, NVA1, NVA1, "EBgp",
            AsPath.of(65001), 32768),
        new ObservedRouteServerRoute("RouteServiceRole_IN_0", IN_0, Ipv4Prefix.parse("192.168.0.0/16"), NVA1, NVA1,
            "EBgp", AsPath.of(65001), 32768),
        new ObservedRouteServerRoute("RouteServiceRole_IN_1", IN_1, Ipv4Prefix.DEFAULT_ROUTE, NVA1, NVA1, "EBgp",
            AsPath.of(65001), 32768),
        new ObservedRouteServerRoute("RouteServiceRole_IN_1", IN_1, Ipv4Prefix.parse("192.168.0.0/16"), NVA1, NVA1,
            "EBgp", AsPath.of(65001), 32768));
  }

  @Test
  void advertisedRoutesHaveNoSourcePeerAndPathsMaySeparateAsnsWithDashes() {
    ObservedRouteServerRoutes routes = new AzureObservedReader()
        .readRouteServerRoutes(Samples.path("observed/rs-spoke-nva1-advertised.json"));

    assertThat(routes.onInstance(IN_0)).extracting(ObservedRouteServerRoute::asPath)
        .containsExactly(AsPath.of(65515), AsPath.of(65515, 65002));
    assertThat(routes.routes()).allMatch(r -> r.sourcePeer() == null);
    assertThat(routes.onInstance(IN_1)).hasSize(1);
  }

  @Test
  void readsPowerShellsFlatPascalCaseArrayAndASingleObject() {
    ObservedRouteServerRoutes routes = new AzureObservedReader()
        .readRouteServerRoutes(Samples.path("observed/rs-spoke-nva2-learned.ps.json"));
    Ipv4Address nva2 = Ipv4Address.parse("10.2.1.4");

    assertThat(routes.routes()).containsExactly(
        new ObservedRouteServerRoute("", IN_0, Ipv4Prefix.DEFAULT_ROUTE, nva2, nva2, "EBgp", AsPath.of(65002), 32768),
        new ObservedRouteServerRoute("", IN_1, Ipv4Prefix.DEFAULT_ROUTE, nva2, nva2, "EBgp", AsPath.of(65002), 32768));

    ObservedRouteServerRoutes one = new AzureObservedReader().readRouteServerRoutes("one.json",
        ("{\"LocalAddress\": \"10.0.255.4\", \"Network\": \"10.9.0.0/16\", \"NextHop\": \"10.2.1.4\", \"SourcePeer\":"
            + " \"10.2.1.4\", \"Origin\": \"EBgp\", \"AsPath\": \"65002 65009\", \"Weight\": 32768}")
            .getBytes(StandardCharsets.UTF_8));
    assertThat(one.routes()).extracting(ObservedRouteServerRoute::asPath).containsExactly(AsPath.of(65002, 65009));
  }

  /**
   * {@code az network vnet-gateway list-learned-routes}: {"value": [...]}, both instances, the gateway's own
   * prefix with origin Network and a null next hop.
   */
  @Test
  void readsAGatewaysLearnedRoutes() {
    ObservedRouteServerRoutes routes = new AzureObservedReader().readRouteServerRoutes("gw.json", ("{\"value\": ["
        + "{\"asPath\": \"\", \"localAddress\": \"10.1.254.4\", \"network\": \"10.1.0.0/16\", \"nextHop\": null,"
        + " \"origin\": \"Network\", \"sourcePeer\": \"10.1.254.4\", \"weight\": 32768},"
        + "{\"asPath\": \"12076-65050\", \"localAddress\": \"10.1.254.5\", \"network\": \"172.16.0.0/16\","
        + " \"nextHop\": \"10.1.254.6\", \"origin\": \"EBgp\", \"sourcePeer\": \"10.1.254.6\", \"weight\": 32769}"
        + "]}").getBytes(StandardCharsets.UTF_8));
    Ipv4Address gw0 = Ipv4Address.parse("10.1.254.4");
    Ipv4Address link = Ipv4Address.parse("10.1.254.6");
    assertThat(routes.routes()).containsExactly(
        new ObservedRouteServerRoute("", gw0, Ipv4Prefix.parse("10.1.0.0/16"), null, gw0, "Network", AsPath.EMPTY,
            32768),
        new ObservedRouteServerRoute("", Ipv4Address.parse("10.1.254.5"), Ipv4Prefix.parse("172.16.0.0/16"), link,
            link, "EBgp", AsPath.of(12076, 65050), 32769));
    // Only a gateway's own prefixes may lack a next hop.
    assertThatThrownBy(() -> new AzureObservedReader().readRouteServerRoutes("gw.json", ("{\"value\": [{\"asPath\":"
        + " \"65001\", \"localAddress\": \"10.1.254.4\", \"network\": \"10.0.0.0/16\", \"nextHop\": null,"
        + " \"origin\": \"IBgp\", \"sourcePeer\": \"10.1.255.4\", \"weight\": 32768}]}")
        .getBytes(StandardCharsets.UTF_8))).isInstanceOf(ImportException.class).hasMessageContaining("gw.json:1:")
        .hasMessageContaining("the route has no `nextHop`");
  }

  @Test
  void readsEffectiveRoutesWithEcmpNextHops() {
    ObservedEffectiveRoutes routes = new AzureObservedReader()
        .readEffectiveRoutes(Samples.path("observed/vm-spoke-nic-effective-routes.json"));

    assertThat(routes.routes()).hasSize(8);
    assertThat(routes.active()).hasSize(7);
    assertThat(routes.routes().get(4)).isEqualTo(new ObservedEffectiveRoute("VirtualNetworkGateway", "Active",
        List.of(IpPrefix.parse("0.0.0.0/0")), "VirtualNetworkGateway",
        List.of(NVA1, Ipv4Address.parse("10.2.1.4")), false, ""));
    assertThat(routes.routes().get(6).name()).isEqualTo("onprem-via-nva1");
    assertThat(routes.routes().get(7).addressPrefixes()).hasSize(4);
  }

  @Test
  void everyBadValueIsReportedAtItsPlace() {
    String bad = "{\n  \"RouteServiceRole_IN_0\": [\n    {\"asPath\": \"65001\", \"localAddress\": \"10.0.255.4\","
        + " \"network\": \"10.0.0.0/33\", \"nextHop\": \"10.1.1.4\", \"origin\": \"EBgp\"},\n"
        + "    {\"asPath\": \"x\", \"localAddress\": \"10.0.255.4\", \"network\": \"10.0.0.0/8\", \"nextHop\": \"10.1.1.4\"}\n"
        + "  ]\n}\n";

    assertThatThrownBy(() -> new AzureObservedReader().readRouteServerRoutes("bad.json",
        bad.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(ImportException.class, e -> {
          assertThat(e.problems()).extracting(Problem::path)
              .containsExactly("/RouteServiceRole_IN_0/0/network", "/RouteServiceRole_IN_0/1/asPath");
          assertThat(e.problems()).extracting(p -> p.location().line()).containsExactly(3, 4);
          assertThat(e.getMessage()).doesNotContain("Exception");
        });
  }

  @Test
  void otherJsonIsRefusedWithWhatWasExpected() {
    assertThatThrownBy(() -> new AzureObservedReader().readEffectiveRoutes("x.json",
        "{\"data\": []}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("show-effective-route-table");
  }
}
