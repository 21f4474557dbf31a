package io.arsim.serve.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.engine.ConvergedDesign;
import io.arsim.engine.bgp.EngineSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * BIRD (package {@code bird2}) and GoBGP (package {@code gobgpd}) on the engine-backed rs-spoke of
 * examples/serve-s1-external-nva.yaml: BIRD plays nva2 (AS 65002) beside FRR as nva1, so each real
 * router gets the other's routes through the emulated route server with 65515 prepended and the
 * instance's IP as next hop (azure-route-server-facts.md 4.3); GoBGP plays nva1 alone.
 */
class DesignBirdGobgpInteropIT {
  static final Ipv4Address FRR = Ipv4Address.parse("127.0.0.2");
  static final Ipv4Address BIRD = Ipv4Address.parse("127.0.0.3");
  static final Ipv4Address GOBGP = Ipv4Address.parse("127.0.0.4");
  static final Ipv4Prefix FROM_BIRD = Ipv4Prefix.parse("10.202.0.0/16");
  static final Ipv4Prefix FROM_FRR = Ipv4Prefix.parse("172.16.0.0/12");

  static DaemonProcess startBirdAsNva2(Path directory, DesignServer server) throws IOException {
    Files.createDirectories(directory);
    List<String> lines = new ArrayList<>(List.of(
        "router id 10.2.1.4;",
        "log \"" + directory.resolve("bird.log") + "\" all;",
        "protocol device { }",
        "protocol direct { ipv4; interface \"lo\"; }",
        "protocol static announced { ipv4; route " + FROM_BIRD + " blackhole; }"));
    int k = 0;
    for (String instance : List.of(DesignServer.IN_0, DesignServer.IN_1)) {
      Ipv4Address address = k == 0 ? DesignServer.IN_0_LISTEN : DesignServer.IN_1_LISTEN;
      lines.addAll(List.of(
          "protocol bgp ars" + k++ + " {",
          "  local " + BIRD + " port 2179 as 65002;",
          "  neighbor " + address + " port " + server.port(instance) + " as 65515;",
          "  multihop 2;",
          "  connect delay time 1;",
          "  connect retry time 1;",
          "  error wait time 1, 10;",
          "  ipv4 { import all; export where proto = \"announced\"; };",
          "}"));
    }
    lines.add("");
    Files.writeString(directory.resolve("bird.conf"), String.join("\n", lines));
    return DaemonProcess.start("bird", directory, List.of(BirdInteropIT.BIRD, "-f",
        "-c", directory.resolve("bird.conf").toString(),
        "-s", directory.resolve("bird.ctl").toString(),
        "-P", directory.resolve("bird.pid").toString()));
  }

  static DaemonProcess startGobgpdAsNva1(Path directory, DesignServer server, int apiPort) throws IOException {
    Files.createDirectories(directory);
    List<String> lines = new ArrayList<>(List.of(
        "[global.config]",
        "  as = 65001",
        "  router-id = \"10.1.1.4\"",
        "  port = -1"));
    for (String instance : List.of(DesignServer.IN_0, DesignServer.IN_1)) {
      Ipv4Address address = instance.equals(DesignServer.IN_0) ? DesignServer.IN_0_LISTEN : DesignServer.IN_1_LISTEN;
      lines.addAll(List.of(
          "[[neighbors]]",
          "  [neighbors.config]",
          "    neighbor-address = \"" + address + "\"",
          "    peer-as = 65515",
          "  [neighbors.transport.config]",
          "    local-address = \"" + GOBGP + "\"",
          "    remote-port = " + server.port(instance),
          "  [neighbors.timers.config]",
          "    connect-retry = 1",
          "  [neighbors.ebgp-multihop.config]",
          "    enabled = true",
          "    multihop-ttl = 2",
          "  [[neighbors.afi-safis]]",
          "    [neighbors.afi-safis.config]",
          "      afi-safi-name = \"ipv4-unicast\""));
    }
    lines.add("");
    Files.writeString(directory.resolve("gobgpd.toml"), String.join("\n", lines));
    return DaemonProcess.start("gobgpd", directory, List.of(GobgpInteropIT.GOBGPD,
        "-f", directory.resolve("gobgpd.toml").toString(),
        "--api-hosts", "127.0.0.1:" + apiPort,
        "--pprof-disable", "-p"));
  }

  @Test
  void frrAndBirdLearnEachOthersRoutesThroughTheEmulatedRouteServer() throws Exception {
    Installed.require("FRR", "frr", FrrInteropIT.BGPD, FrrInteropIT.VTYSH);
    Installed.require("BIRD", "bird2", BirdInteropIT.BIRD, BirdInteropIT.BIRDC);
    Path frrDir = Interop.cleanDirectory("design-frr-bird/frr");
    Path birdDir = Interop.cleanDirectory("design-frr-bird/bird");
    try (DesignServer server = DesignServer.start(frrDir.getParent(), List.of("nva1", "nva2"),
            Map.of("nva1", FRR, "nva2", BIRD), EngineSettings.defaults(), Duration.ofSeconds(30));
        DaemonProcess bgpd = DesignFrrInteropIT.startNva1(frrDir, server, List.of(FROM_FRR));
        DaemonProcess bird = startBirdAsNva2(birdDir, server)) {
      AtomicReference<String> last = new AtomicReference<>("");
      // FRR gets BIRD's route from both instances: [65515 65002], next hop each instance's IP.
      List<String> inFrr = Poll.until(FROM_BIRD + " from both instances in FRR", Duration.ofSeconds(60), () -> {
        List<String> paths = DesignFrrInteropIT.frrPaths(frrDir, FROM_BIRD, last);
        return paths.size() == 2 ? Optional.of(paths) : Optional.empty();
      }, () -> last.get() + "\n" + bgpd.output() + "\n" + bird.output());
      assertThat(inFrr).containsExactly("[65515 65002] via 10.0.255.4", "[65515 65002] via 10.0.255.5");

      // BIRD gets FRR's route: birdc prints one route per protocol, each with its attributes.
      String inBird = Poll.until(FROM_FRR + " from both instances in BIRD", Duration.ofSeconds(60), () -> {
        last.set(BirdInteropIT.birdc(birdDir, "show route all " + FROM_FRR));
        return last.get().contains("ars0") && last.get().contains("ars1") ? Optional.of(last.get()) : Optional.empty();
      }, () -> last.get() + "\n" + bird.output());
      assertThat(inBird).contains("BGP.as_path: 65515 65001", "BGP.next_hop: 10.0.255.4", "BGP.next_hop: 10.0.255.5");
      // Nothing is reflected back: BIRD never gets its own prefix from the route server.
      assertThat(BirdInteropIT.birdc(birdDir, "show route all " + FROM_BIRD)).doesNotContain("ars0", "ars1");

      // In the design both real routers' routes reach vm-spoke through their NVAs' NICs.
      ConvergedDesign design = server.awaitDesign("both routes on vm-spoke",
          d -> DesignFrrInteropIT.vmNextHops(d, FROM_FRR).size() == 1
              && DesignFrrInteropIT.vmNextHops(d, FROM_BIRD).size() == 1, () -> bgpd.output() + bird.output());
      assertThat(DesignFrrInteropIT.vmNextHops(design, FROM_FRR)).containsExactly("10.1.1.4");
      assertThat(DesignFrrInteropIT.vmNextHops(design, FROM_BIRD)).containsExactly("10.2.1.4");

      // BIRD stops: FRR is sent the withdrawal.
      bird.stop();
      Poll.until(FROM_BIRD + " withdrawn from FRR", Duration.ofSeconds(60), () ->
          DesignFrrInteropIT.frrPaths(frrDir, FROM_BIRD, last).isEmpty() ? Optional.of(true) : Optional.empty(),
          () -> last.get() + "\n" + bgpd.output());
    }
  }

  @Test
  void gobgpAsNva1GetsTheRouteServersRoutesAndItsRouteReachesTheVms() throws Exception {
    Installed.require("GoBGP", "gobgpd", GobgpInteropIT.GOBGPD, GobgpInteropIT.GOBGP);
    Path directory = Interop.cleanDirectory("design-gobgp");
    int apiPort = GobgpInteropIT.freePort();
    try (DesignServer server = DesignServer.start(directory, List.of("nva1"), Map.of("nva1", GOBGP),
            EngineSettings.defaults(), Duration.ofSeconds(30));
        DaemonProcess gobgpd = startGobgpdAsNva1(directory, server, apiPort)) {
      server.awaitUp(DesignServer.IN_0, "nva1", gobgpd::output);
      server.awaitUp(DesignServer.IN_1, "nva1", gobgpd::output);
      ObjectMapper json = new ObjectMapper();
      AtomicReference<String> last = new AtomicReference<>("");
      List<String> paths = Poll.until("10.0.0.0/16 from both instances in GoBGP", Duration.ofSeconds(60), () -> {
        last.set(GobgpInteropIT.gobgp(apiPort, "global", "rib", "-a", "ipv4", "-j"));
        JsonNode rib;
        try {
          rib = json.readTree(last.get());
        } catch (IOException e) {
          return Optional.empty();
        }
        List<String> found = new ArrayList<>();
        for (JsonNode path : rib.path("10.0.0.0/16")) {
          List<Long> asns = new ArrayList<>();
          String nextHop = "";
          for (JsonNode attribute : path.path("attrs")) {
            if (attribute.path("type").asInt() == 2) {
              attribute.path("as_paths").forEach(s -> s.path("asns").forEach(a -> asns.add(a.asLong())));
            } else if (attribute.path("type").asInt() == 3) {
              nextHop = attribute.path("nexthop").asText();
            }
          }
          found.add(asns + " via " + nextHop);
        }
        return found.size() == 2 ? Optional.of(found.stream().sorted().toList()) : Optional.empty();
      }, () -> last.get() + "\n" + gobgpd.output());
      assertThat(paths).containsExactly("[65515] via 10.0.255.4", "[65515] via 10.0.255.5");

      Poll.until("gobgp to accept the route", Duration.ofSeconds(30), () -> {
        String answer = GobgpInteropIT.gobgp(apiPort, "global", "rib", "add", FROM_FRR.toString(), "-a", "ipv4");
        return answer.isBlank() ? Optional.of(answer) : Optional.empty();
      }, gobgpd::output);
      ConvergedDesign design = server.awaitDesign("GoBGP's route on vm-spoke",
          d -> DesignFrrInteropIT.vmNextHops(d, FROM_FRR).size() == 1, gobgpd::output);
      assertThat(DesignFrrInteropIT.vmNextHops(design, FROM_FRR)).containsExactly("10.1.1.4");

      // Killed (no NOTIFICATION): the closed connection takes its routes away.
      gobgpd.kill();
      server.awaitDesign("GoBGP's route gone", d -> DesignFrrInteropIT.vmNextHops(d, FROM_FRR).isEmpty(),
          gobgpd::output);
    }
  }
}
