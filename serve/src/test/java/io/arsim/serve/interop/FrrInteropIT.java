package io.arsim.serve.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.serve.session.DownReason;
import io.arsim.serve.session.PeerConfig;
import io.arsim.serve.session.RouteLimit;
import io.arsim.serve.codec.NotificationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * arsim's server against FRR's bgpd (Debian package {@code frr}): bgpd runs without zebra, on
 * 127.0.0.2, with its config, pid file and vty socket in {@code target/interop/frr}, and is asked
 * with {@code vtysh --vty_socket DIR -c 'show bgp ipv4 unicast json'}.
 */
class FrrInteropIT {

  static final String BGPD = "/usr/lib/frr/bgpd";
  static final String VTYSH = "/usr/bin/vtysh";
  static final PeerConfig FRR = new PeerConfig("frr", Ipv4Address.parse("127.0.0.2"), Asn.of(65001));
  static final Ipv4Prefix ANNOUNCED = Ipv4Prefix.parse("10.201.0.0/16");

  /** bgpd peering with {@code port} on 127.0.0.1, announcing {@code networks}. */
  static DaemonProcess startBgpd(Path directory, int port, List<Ipv4Prefix> networks) throws IOException {
    Files.createDirectories(directory);
    String config = String.join("\n",
        "frr defaults traditional",
        "hostname frr-interop",
        "log file " + directory.resolve("bgpd.log") + " debugging",
        "debug bgp updates in",
        "debug bgp neighbor-events",
        "router bgp 65001",
        " bgp router-id 127.0.0.2",
        " no bgp ebgp-requires-policy",
        " no bgp network import-check",
        " neighbor 127.0.0.1 remote-as 65515",
        " neighbor 127.0.0.1 port " + port,
        " neighbor 127.0.0.1 update-source 127.0.0.2",
        " neighbor 127.0.0.1 ebgp-multihop 2",
        " neighbor 127.0.0.1 timers connect 1",
        " address-family ipv4 unicast",
        networks.stream().map(n -> "  network " + n).collect(Collectors.joining("\n")),
        " exit-address-family",
        "");
    Files.writeString(directory.resolve("bgpd.conf"), config);
    return DaemonProcess.start("bgpd", directory, List.of(BGPD,
        "-f", directory.resolve("bgpd.conf").toString(),
        "-i", directory.resolve("bgpd.pid").toString(),
        "--vty_socket", directory.toString(),
        "-z", directory.resolve("zserv.api").toString(),
        "-Z", "-S", "-n", "-P", "0", "-p", "0", "-l", "127.0.0.2"));
  }

  static String vtysh(Path directory, String command) {
    return DaemonProcess.run(Duration.ofSeconds(20), List.of(VTYSH, "--vty_socket", directory.toString(), "-c", command));
  }

  @Test
  void frrPeersExchangesRoutesAndIsSeenGoingDown() throws Exception {
    Installed.require("FRR", "frr", BGPD, VTYSH);
    Path directory = Interop.cleanDirectory("frr");
    try (EchoServer server = EchoServer.start(directory, FRR);
        DaemonProcess bgpd = startBgpd(directory, server.port, List.of(ANNOUNCED))) {
      server.awaitUp("frr", bgpd::output);

      BgpRoute received = server.awaitRoute("frr", ANNOUNCED, bgpd::output);
      assertThat(received.attributes().asPath()).isEqualTo(AsPath.of(65001));
      assertThat(received.attributes().nextHop()).isEqualTo(Ipv4Address.parse("127.0.0.2"));

      ObjectMapper json = new ObjectMapper();
      AtomicReference<String> lastAnswer = new AtomicReference<>("");
      JsonNode route = Poll.until("10.99.0.0/16 in FRR's BGP table", Duration.ofSeconds(60), () -> {
        lastAnswer.set(vtysh(directory, "show bgp ipv4 unicast json"));
        JsonNode table = readJson(json, lastAnswer.get());
        JsonNode paths = table.path("routes").path(EchoServer.ORIGINATED.toString());
        return paths.isArray() && paths.size() > 0 ? Optional.of(paths.get(0)) : Optional.empty();
      }, () -> "vtysh said: " + lastAnswer.get() + "\n" + bgpd.output());
      assertThat(route.path("path").asText()).isEqualTo("65515");
      List<String> nextHops = new ArrayList<>();
      route.path("nexthops").forEach(n -> nextHops.add(n.path("ip").asText()));
      assertThat(nextHops).containsExactly(EchoServer.ROUTER.toString());

      bgpd.stop();
      DownReason down = server.awaitDown("frr", bgpd::output);
      assertThat(down).isInstanceOfAny(DownReason.NotificationReceived.class, DownReason.ConnectionClosed.class);
    }
  }

  @Test
  void frrOverTheRouteLimitIsTornDownAndFlapsAsInAzure() throws Exception {
    Installed.require("FRR", "frr", BGPD, VTYSH);
    Path directory = Interop.cleanDirectory("frr-route-limit");
    // Azure's counting with a limit of 2: FRR's three networks in one UPDATE pass it.
    try (EchoServer server = EchoServer.start(directory, FRR, RouteLimit.azure(2), Duration.ofSeconds(2));
        DaemonProcess bgpd = startBgpd(directory, server.port,
            List.of(ANNOUNCED, Ipv4Prefix.parse("10.201.1.0/24"), Ipv4Prefix.parse("10.201.2.0/24")))) {
      assertThat(server.echo.await(() -> server.echo.timesUp(EchoServer.INSTANCE, "frr") >= 2
              && !server.echo.isUp(EchoServer.INSTANCE, "frr"), 60_000))
          .as("the session comes up, is torn down, comes back after the idle time and is torn down again%n%s",
              bgpd.output())
          .isTrue();
      DownReason down = server.echo.lastDown(EchoServer.INSTANCE, "frr").orElseThrow();
      assertThat(down).isInstanceOfSatisfying(DownReason.NotificationSent.class,
          sent -> assertThat(sent.notification()).isEqualTo(NotificationMessage.maximumPrefixes(2)));
      assertThat(server.echo.received(EchoServer.INSTANCE, "frr")).isEmpty();
      assertThat(Files.readString(directory.resolve("bgpd.log")))
          .contains("6/1 (Cease/Maximum Number of Prefixes Reached)");
    }
  }

  private static JsonNode readJson(ObjectMapper json, String text) {
    try {
      return json.readTree(text);
    } catch (IOException e) {
      throw new IllegalStateException("not JSON: " + text, e);
    }
  }
}
