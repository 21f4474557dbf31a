package io.arsim.serve.design;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.bgp.Communities;
import io.arsim.core.bgp.Community;
import io.arsim.core.bgp.Origin;
import io.arsim.core.bgp.PathAttributes;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.file.LoadedTopology;
import io.arsim.core.topology.file.TopologyFormat;
import io.arsim.engine.ConvergedDesign;
import io.arsim.engine.DesignRun;
import io.arsim.engine.bgp.Rejection;
import io.arsim.engine.effective.EffectiveRoute;
import io.arsim.engine.effective.RouteSource;
import io.arsim.serve.session.DownReason;
import io.arsim.serve.session.InstanceConfig;
import io.arsim.serve.session.PeerConfig;
import io.arsim.serve.session.PeerUpdate;
import io.arsim.serve.session.RouteLimit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The engine behind the wire, on the S1 lab design (examples/serve-s1-external-nva.yaml): what the
 * real router playing nva1 is sent follows Azure Route Server's documented rules
 * (azure-route-server-facts.md: ASN 65515 prepended, next hop the instance IP, 65515 loop drop,
 * ECMP of equal AS-path lengths, NO_ADVERTISE, nothing reflected to its source).
 */
class DesignBackendTest {
  static final String IN_0 = "rs-spoke/IN_0";
  static final Ipv4Address IN_0_IP = Ipv4Address.parse("10.0.255.4");
  static final Ipv4Address LAB_NVA1 = Ipv4Address.parse("127.0.0.2");
  static final Ipv4Address LAB_NVA2 = Ipv4Address.parse("127.0.0.3");
  static final Duration WAIT = Duration.ofSeconds(30);

  private DesignBackend backend;

  @AfterEach
  void close() {
    if (backend != null) {
      backend.close();
    }
  }

  static LoadedTopology lab(boolean nva2External) throws IOException {
    String yaml = Files.readString(examples().resolve("serve-s1-external-nva.yaml"));
    if (nva2External) {
      yaml = yaml.replace("  - name: nva2\n    asn: 65002\n", "  - name: nva2\n    asn: 65002\n    external: true\n");
    }
    return DesignRun.withDefaults().reader().read("serve-s1-external-nva.yaml", TopologyFormat.YAML, yaml);
  }

  static Path examples() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("examples"))) {
        return dir.resolve("examples");
      }
    }
    throw new IllegalStateException("no examples/ above " + Path.of("").toAbsolutePath());
  }

  private FakePeer up(String nva, Ipv4Address from, Asn asn) {
    InstanceConfig instance = InstanceConfig.builder(IN_0, Ipv4Address.parse("127.0.1.1"), Asn.AZURE_ROUTE_SERVER)
        .routerAddress(IN_0_IP).routeLimit(RouteLimit.azure(4000)).build();
    FakePeer peer = new FakePeer(instance, new PeerConfig(nva, from, asn));
    backend.peerUp(peer);
    return peer;
  }

  private static BgpRoute route(String prefix, String nva, Ipv4Address nextHop, Communities communities, long... path) {
    return new BgpRoute(Ipv4Prefix.parse(prefix), nva, PathAttributes.intern(new PathAttributes(AsPath.of(path),
        Origin.IGP, nextHop, 0, false, PathAttributes.DEFAULT_LOCAL_PREFERENCE, communities)));
  }

  private void send(FakePeer peer, BgpRoute... routes) {
    backend.routesReceived(peer, new PeerUpdate(List.of(routes), List.of(), List.of(), List.of()));
  }

  private ConvergedDesign converged() throws InterruptedException {
    assertThat(backend.awaitConverged(WAIT)).as("converged within %s", WAIT).isTrue();
    return backend.current().orElseThrow();
  }

  private static List<EffectiveRoute> bgpRoutes(ConvergedDesign design, String prefix) {
    return design.effectiveRoutes("vm-spoke").stream()
        .filter(r -> r.source() == RouteSource.VirtualNetworkGateway && r.prefix().equals(Ipv4Prefix.parse(prefix)))
        .toList();
  }

  @Test
  void realRouterIsSentWhatTheInstanceAdvertisesToItsNva() throws Exception {
    backend = new DesignBackend(DesignRun.withDefaults(), lab(false));
    FakePeer nva1 = up("nva1", LAB_NVA1, Asn.of(65001));
    converged();
    // The spoke's own address space as [65515]; nva2's (simulated) routes as [65515 65002]; next hop
    // the instance's IP (facts sheet 4.1, 4.3).
    assertThat(nva1.table()).containsOnlyKeys(Ipv4Prefix.parse("0.0.0.0/0"), Ipv4Prefix.parse("10.0.0.0/16"),
        Ipv4Prefix.parse("192.168.0.0/16"));
    assertThat(nva1.table().get(Ipv4Prefix.parse("10.0.0.0/16")).attributes().asPath()).isEqualTo(AsPath.of(65515));
    assertThat(nva1.table().get(Ipv4Prefix.parse("0.0.0.0/0")).attributes().asPath())
        .isEqualTo(AsPath.of(65515, 65002));
    assertThat(nva1.table().values()).allSatisfy(r -> assertThat(r.attributes().nextHop()).isEqualTo(IN_0_IP));
  }

  @Test
  void routesFromTheWireReachTheVmsAsEcmpWithTheSimulatedNva() throws Exception {
    backend = new DesignBackend(DesignRun.withDefaults(), lab(false));
    FakePeer nva1 = up("nva1", LAB_NVA1, Asn.of(65001));
    send(nva1, route("192.168.0.0/16", "nva1", LAB_NVA1, Communities.EMPTY, 65001),
        route("172.16.0.0/12", "nva1", LAB_NVA1, Communities.EMPTY, 65001));
    ConvergedDesign design = converged();
    // Equal AS-path lengths from two NVAs: ECMP (facts 3.3); the lab address the router connects
    // from stands for nva1's NIC, 10.1.1.4.
    assertThat(bgpRoutes(design, "192.168.0.0/16")).extracting(r -> r.nextHopAddress().orElseThrow().toString())
        .containsExactlyInAnyOrder("10.1.1.4", "10.2.1.4");
    assertThat(bgpRoutes(design, "172.16.0.0/12")).extracting(r -> r.nextHopAddress().orElseThrow().toString())
        .containsExactly("10.1.1.4");
    // Never reflected to its source: nva1 is not sent its own 172.16.0.0/12.
    assertThat(nva1.table()).doesNotContainKey(Ipv4Prefix.parse("172.16.0.0/12"));
  }

  @Test
  void aPathHolding65515IsDropped() throws Exception {
    backend = new DesignBackend(DesignRun.withDefaults(), lab(false));
    FakePeer nva1 = up("nva1", LAB_NVA1, Asn.of(65001));
    send(nva1, route("172.20.0.0/16", "nva1", LAB_NVA1, Communities.EMPTY, 65001, 65515));
    ConvergedDesign design = converged();
    assertThat(bgpRoutes(design, "172.20.0.0/16")).isEmpty();
    assertThat(design.state().node(IN_0).orElseThrow().rejections()).anySatisfy(r -> {
      assertThat(r.route().prefix()).isEqualTo(Ipv4Prefix.parse("172.20.0.0/16"));
      assertThat(r.stage()).isEqualTo(Rejection.Stage.INBOUND_RULE);
    });
  }

  @Test
  void changesReachTheOtherRealRouterAndWithdrawalsFollowASessionDown() throws Exception {
    backend = new DesignBackend(DesignRun.withDefaults(), lab(true));
    FakePeer nva1 = up("nva1", LAB_NVA1, Asn.of(65001));
    FakePeer nva2 = up("nva2", LAB_NVA2, Asn.of(65002));
    send(nva2, route("172.30.0.0/16", "nva2", LAB_NVA2, Communities.EMPTY, 65002, 65100),
        route("172.31.0.0/16", "nva2", LAB_NVA2, Communities.of(Community.NO_ADVERTISE), 65002));
    converged();
    assertThat(nva1.table()).containsKey(Ipv4Prefix.parse("172.30.0.0/16"));
    assertThat(nva1.table().get(Ipv4Prefix.parse("172.30.0.0/16")).attributes().asPath())
        .isEqualTo(AsPath.of(65515, 65002, 65100));
    // NO_ADVERTISE: the instance keeps it (VMs get it) but advertises it to no peer (facts 4.3).
    assertThat(nva1.table()).doesNotContainKey(Ipv4Prefix.parse("172.31.0.0/16"));
    backend.peerDown(nva2, new DownReason.ConnectionClosed("test"));
    converged();
    assertThat(nva1.table()).doesNotContainKey(Ipv4Prefix.parse("172.30.0.0/16"));
    assertThat(nva1.withdrawn).contains(Ipv4Prefix.parse("172.30.0.0/16"));
    assertThat(backend.current().orElseThrow().state().session(IN_0, "nva2").orElseThrow().up()).isFalse();
  }

  @Test
  void aWithdrawnRouteLeavesTheVms() throws Exception {
    backend = new DesignBackend(DesignRun.withDefaults(), lab(false));
    FakePeer nva1 = up("nva1", LAB_NVA1, Asn.of(65001));
    send(nva1, route("172.16.0.0/12", "nva1", LAB_NVA1, Communities.EMPTY, 65001));
    assertThat(bgpRoutes(converged(), "172.16.0.0/12")).hasSize(1);
    backend.routesReceived(nva1, new PeerUpdate(List.of(), List.of(Ipv4Prefix.parse("172.16.0.0/12")), List.of(),
        List.of()));
    assertThat(bgpRoutes(converged(), "172.16.0.0/12")).isEmpty();
    assertThat(backend.received(IN_0, "nva1")).isEqualTo(Map.of());
  }
}
