package io.arsim.serve.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.engine.ConvergedDesign;
import io.arsim.engine.bgp.EngineSettings;
import io.arsim.engine.bgp.Rejection;
import io.arsim.engine.effective.EffectiveRoute;
import io.arsim.engine.effective.RouteSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * FRR (Debian package {@code frr}) as nva1 of examples/serve-s1-external-nva.yaml, peering with both
 * instances of the engine-backed rs-spoke. What FRR must show follows Azure Route Server's documented
 * behaviour (azure-route-server-facts.md 4.1, 4.3; real-deployments R1): the VNet's prefix with AS
 * path 65515, the other NVA's routes with 65515 prepended, the next hop of each instance its own IP.
 */
class DesignFrrInteropIT {
  static final Ipv4Address FRR = Ipv4Address.parse("127.0.0.2");
  static final Ipv4Prefix OWN = Ipv4Prefix.parse("172.16.0.0/12");
  static final Ipv4Prefix SHARED = Ipv4Prefix.parse("192.168.0.0/16");
  static final Ipv4Prefix LOOPING = Ipv4Prefix.parse("172.20.0.0/16");

  /** bgpd as nva1 (AS 65001) on 127.0.0.2, peering with both instances; LOOPING leaves with 65515 prepended. */
  static DaemonProcess startNva1(Path directory, DesignServer server, List<Ipv4Prefix> networks) throws IOException {
    return startNva1(directory, server.port(DesignServer.IN_0), server.port(DesignServer.IN_1), networks);
  }

  /** bgpd as nva1 peering with IN_0 at 127.0.1.1:{@code in0Port} and IN_1 at 127.0.1.2:{@code in1Port}. */
  static DaemonProcess startNva1(Path directory, int in0Port, int in1Port, List<Ipv4Prefix> networks)
      throws IOException {
    Files.createDirectories(directory);
    List<String> lines = new ArrayList<>(List.of(
        "frr defaults traditional",
        "hostname nva1",
        "log file " + directory.resolve("bgpd.log") + " debugging",
        "debug bgp neighbor-events",
        "ip prefix-list LOOPING seq 5 permit " + LOOPING,
        "route-map TO-ARS permit 10",
        " match ip address prefix-list LOOPING",
        " set as-path prepend 65515",
        "route-map TO-ARS permit 20",
        "router bgp 65001",
        " bgp router-id 10.1.1.4",
        " no bgp ebgp-requires-policy",
        " no bgp network import-check"));
    for (String instance : List.of(DesignServer.IN_0, DesignServer.IN_1)) {
      String peer = (instance.equals(DesignServer.IN_0) ? DesignServer.IN_0_LISTEN : DesignServer.IN_1_LISTEN)
          .toString();
      lines.addAll(List.of(
          " neighbor " + peer + " remote-as 65515",
          " neighbor " + peer + " port " + (instance.equals(DesignServer.IN_0) ? in0Port : in1Port),
          " neighbor " + peer + " update-source " + FRR,
          " neighbor " + peer + " ebgp-multihop 2",
          " neighbor " + peer + " timers connect 1"));
    }
    lines.add(" address-family ipv4 unicast");
    networks.forEach(n -> lines.add("  network " + n));
    lines.add("  neighbor " + DesignServer.IN_0_LISTEN + " route-map TO-ARS out");
    lines.add("  neighbor " + DesignServer.IN_1_LISTEN + " route-map TO-ARS out");
    lines.add(" exit-address-family");
    lines.add("");
    Files.writeString(directory.resolve("bgpd.conf"), String.join("\n", lines));
    return DaemonProcess.start("bgpd", directory, List.of(FrrInteropIT.BGPD,
        "-f", directory.resolve("bgpd.conf").toString(),
        "-i", directory.resolve("bgpd.pid").toString(),
        "--vty_socket", directory.toString(),
        "-z", directory.resolve("zserv.api").toString(),
        "-Z", "-S", "-n", "-P", "0", "-p", "0", "-l", FRR.toString()));
  }

  /** The paths FRR holds for {@code prefix}: AS path and next hop of each, as vtysh prints them. */
  static List<String> frrPaths(Path directory, Ipv4Prefix prefix, AtomicReference<String> last) {
    last.set(FrrInteropIT.vtysh(directory, "show bgp ipv4 unicast json"));
    JsonNode table;
    try {
      table = new ObjectMapper().readTree(last.get());
    } catch (IOException e) {
      throw new IllegalStateException("not JSON: " + last.get(), e);
    }
    List<String> paths = new ArrayList<>();
    table.path("routes").path(prefix.toString()).forEach(p -> {
      List<String> hops = new ArrayList<>();
      p.path("nexthops").forEach(n -> hops.add(n.path("ip").asText()));
      paths.add("[" + p.path("path").asText() + "] via " + String.join(",", hops));
    });
    return paths.stream().sorted().toList();
  }

  static List<String> vmNextHops(ConvergedDesign design, Ipv4Prefix prefix) {
    List<String> hops = new ArrayList<>();
    for (EffectiveRoute r : design.effectiveRoutes("vm-spoke")) {
      if (r.source() == RouteSource.VirtualNetworkGateway && r.prefix().equals(prefix)) {
        hops.add(r.nextHopAddress().map(Ipv4Address::toString).orElse("-"));
      }
    }
    return hops.stream().sorted().toList();
  }

  @Test
  void frrAsNva1GetsTheRouteServersRoutesAndItsRoutesReachTheVms() throws Exception {
    Installed.require("FRR", "frr", FrrInteropIT.BGPD, FrrInteropIT.VTYSH);
    Path directory = Interop.cleanDirectory("design-frr");
    try (DesignServer server = DesignServer.start(directory, List.of("nva1"), Map.of("nva1", FRR),
            EngineSettings.defaults(), Duration.ofSeconds(30));
        DaemonProcess bgpd = startNva1(directory, server, List.of(OWN, SHARED, LOOPING))) {
      server.awaitUp(DesignServer.IN_0, "nva1", bgpd::output);
      server.awaitUp(DesignServer.IN_1, "nva1", bgpd::output);
      AtomicReference<String> last = new AtomicReference<>("");

      // FRR's own table, from its CLI: one path per instance, next hop the instance's IP.
      List<String> vnet = Poll.until("10.0.0.0/16 from both instances in FRR", Duration.ofSeconds(60), () -> {
        List<String> paths = frrPaths(directory, Ipv4Prefix.parse("10.0.0.0/16"), last);
        return paths.size() == 2 ? Optional.of(paths) : Optional.empty();
      }, () -> last.get() + "\n" + bgpd.output());
      assertThat(vnet).containsExactly("[65515] via 10.0.255.4", "[65515] via 10.0.255.5");
      List<String> defaults = Poll.until("0.0.0.0/0 from both instances in FRR", Duration.ofSeconds(60), () -> {
        List<String> paths = frrPaths(directory, Ipv4Prefix.parse("0.0.0.0/0"), last);
        return paths.size() == 2 ? Optional.of(paths) : Optional.empty();
      }, () -> last.get() + "\n" + bgpd.output());
      assertThat(defaults).containsExactly("[65515 65002] via 10.0.255.4", "[65515 65002] via 10.0.255.5");

      // FRR's routes in the design: its own prefix through nva1's NIC, the shared one ECMP with the
      // simulated nva2 (equal AS-path lengths), the one carrying 65515 dropped by both instances.
      ConvergedDesign design = server.awaitDesign("FRR's routes on vm-spoke",
          d -> vmNextHops(d, OWN).equals(List.of("10.1.1.4")) && vmNextHops(d, SHARED).size() == 2,
          bgpd::output);
      assertThat(vmNextHops(design, SHARED)).containsExactly("10.1.1.4", "10.2.1.4");
      assertThat(vmNextHops(design, LOOPING)).isEmpty();
      assertThat(design.state().node(DesignServer.IN_0).orElseThrow().rejections())
          .filteredOn(r -> r.route().prefix().equals(LOOPING)).singleElement()
          .satisfies(r -> assertThat(r.stage()).isEqualTo(Rejection.Stage.INBOUND_RULE));
      assertThat(server.backend.received(DesignServer.IN_0, "nva1")).containsKey(LOOPING);

      // Failover: FRR stops (Cease); its routes leave the VMs, nva2's stay.
      bgpd.stop();
      ConvergedDesign after = server.awaitDesign("nva1's routes withdrawn", d -> vmNextHops(d, OWN).isEmpty(),
          bgpd::output);
      assertThat(vmNextHops(after, SHARED)).containsExactly("10.2.1.4");
      assertThat(after.state().session(DesignServer.IN_0, "nva1").orElseThrow().up()).isFalse();
    }
  }

  @Test
  void frrOverTheRouteLimitIsTornDownAndItsRoutesNeverReachTheVms() throws Exception {
    Installed.require("FRR", "frr", FrrInteropIT.BGPD, FrrInteropIT.VTYSH);
    Path directory = Interop.cleanDirectory("design-frr-route-limit");
    // A limit of 2 counted as Azure counts (held + in the UPDATE): FRR's three networks pass it.
    try (DesignServer server = DesignServer.start(directory, List.of("nva1"), Map.of("nva1", FRR),
            EngineSettings.defaults().withRouteLimit(2), Duration.ofSeconds(2));
        DaemonProcess bgpd = startNva1(directory, server, List.of(OWN, SHARED, Ipv4Prefix.parse("172.17.0.0/16")))) {
      String log = Poll.until("FRR told of the route limit", Duration.ofSeconds(60), () -> {
        try {
          String text = Files.readString(directory.resolve("bgpd.log"));
          return text.contains("6/1 (Cease/Maximum Number of Prefixes Reached)") ? Optional.of(text) : Optional.empty();
        } catch (IOException e) {
          return Optional.empty();
        }
      }, bgpd::output);
      assertThat(log).contains("6/1 (Cease/Maximum Number of Prefixes Reached)");
      ConvergedDesign design = server.awaitDesign("a design without nva1's routes", d -> true, bgpd::output);
      assertThat(vmNextHops(design, OWN)).isEmpty();
      assertThat(new TreeSet<>(vmNextHops(design, SHARED))).containsExactly("10.2.1.4");
    }
  }
}
