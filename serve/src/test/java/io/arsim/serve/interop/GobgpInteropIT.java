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
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * arsim's server against GoBGP (Debian package {@code gobgpd}, which ships the {@code gobgp} CLI):
 * gobgpd runs with a TOML config in {@code target/interop/gobgp}, does not listen for BGP
 * ({@code port = -1}), peers from 127.0.0.4, serves its gRPC API on a free loopback port, and is
 * driven and asked with {@code gobgp -p PORT global rib add} and {@code gobgp -p PORT global rib -j}.
 */
class GobgpInteropIT {

  static final String GOBGPD = "/usr/bin/gobgpd";
  static final String GOBGP = "/usr/bin/gobgp";
  static final PeerConfig GOBGP_PEER = new PeerConfig("gobgp", Ipv4Address.parse("127.0.0.4"), Asn.of(65003));
  static final Ipv4Prefix ANNOUNCED = Ipv4Prefix.parse("10.203.0.0/16");

  static DaemonProcess startGobgpd(Path directory, int port, int apiPort) throws IOException {
    String config = String.join("\n",
        "[global.config]",
        "  as = 65003",
        "  router-id = \"127.0.0.4\"",
        "  port = -1",
        "[[neighbors]]",
        "  [neighbors.config]",
        "    neighbor-address = \"127.0.0.1\"",
        "    peer-as = 65515",
        "  [neighbors.transport.config]",
        "    local-address = \"127.0.0.4\"",
        "    remote-port = " + port,
        "  [neighbors.timers.config]",
        "    connect-retry = 1",
        "  [neighbors.ebgp-multihop.config]",
        "    enabled = true",
        "    multihop-ttl = 2",
        "  [[neighbors.afi-safis]]",
        "    [neighbors.afi-safis.config]",
        "      afi-safi-name = \"ipv4-unicast\"",
        "");
    Files.writeString(directory.resolve("gobgpd.toml"), config);
    return DaemonProcess.start("gobgpd", directory, List.of(GOBGPD,
        "-f", directory.resolve("gobgpd.toml").toString(),
        "--api-hosts", "127.0.0.1:" + apiPort,
        "--pprof-disable", "-p"));
  }

  static String gobgp(int apiPort, String... arguments) {
    List<String> command = new ArrayList<>(List.of(GOBGP, "-u", "127.0.0.1", "-p", Integer.toString(apiPort)));
    command.addAll(List.of(arguments));
    return DaemonProcess.run(Duration.ofSeconds(20), command);
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void gobgpPeersExchangesRoutesAndIsSeenGoingDown() throws Exception {
    Installed.require("GoBGP", "gobgpd", GOBGPD, GOBGP);
    Path directory = Interop.cleanDirectory("gobgp");
    int apiPort = freePort();
    try (EchoServer server = EchoServer.start(directory, GOBGP_PEER);
        DaemonProcess gobgpd = startGobgpd(directory, server.port, apiPort)) {
      server.awaitUp("gobgp", gobgpd::output);

      Poll.until("gobgp to accept the route", Duration.ofSeconds(30), () -> {
        String answer = gobgp(apiPort, "global", "rib", "add", ANNOUNCED.toString(), "-a", "ipv4");
        return answer.isBlank() ? Optional.of(answer) : Optional.empty();
      }, gobgpd::output);
      BgpRoute received = server.awaitRoute("gobgp", ANNOUNCED, gobgpd::output);
      assertThat(received.attributes().asPath()).isEqualTo(AsPath.of(65003));
      assertThat(received.attributes().nextHop()).isEqualTo(Ipv4Address.parse("127.0.0.4"));

      // [{"nlri":{"prefix":"10.99.0.0/16"},"attrs":[{"type":1,"value":0},
      //   {"type":2,"as_paths":[{"segment_type":2,"num":1,"asns":[65515]}]},{"type":3,"nexthop":"192.0.2.4"}],...}]
      ObjectMapper json = new ObjectMapper();
      AtomicReference<String> lastAnswer = new AtomicReference<>("");
      JsonNode path = Poll.until("10.99.0.0/16 in GoBGP's RIB", Duration.ofSeconds(60), () -> {
        lastAnswer.set(gobgp(apiPort, "global", "rib", "-a", "ipv4", "-j"));
        JsonNode paths = readJson(json, lastAnswer.get()).path(EchoServer.ORIGINATED.toString());
        return paths.isArray() && paths.size() > 0 ? Optional.of(paths.get(0)) : Optional.empty();
      }, () -> "gobgp said: " + lastAnswer.get() + "\n" + gobgpd.output());
      List<Long> asns = new ArrayList<>();
      String nextHop = "";
      for (JsonNode attribute : path.path("attrs")) {
        if (attribute.path("type").asInt() == 2) {
          for (JsonNode segment : attribute.path("as_paths")) {
            segment.path("asns").forEach(asn -> asns.add(asn.asLong()));
          }
        } else if (attribute.path("type").asInt() == 3) {
          nextHop = attribute.path("nexthop").asText();
        }
      }
      assertThat(asns).containsExactly(65515L);
      assertThat(nextHop).isEqualTo(EchoServer.ROUTER.toString());

      // Killed, GoBGP sends no NOTIFICATION: the kernel closes its connection and the session sees it.
      gobgpd.kill();
      DownReason down = server.awaitDown("gobgp", gobgpd::output);
      assertThat(down).isInstanceOf(DownReason.ConnectionClosed.class);
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
