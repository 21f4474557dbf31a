package io.arsim.serve.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.serve.session.DownReason;
import io.arsim.serve.session.PeerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * arsim's server against BIRD 2 (Debian package {@code bird2}): bird runs in the foreground with
 * its config, pid file and control socket in {@code target/interop/bird}, peers from 127.0.0.3
 * (multihop, with 127.0.0.0/8 from a {@code direct} protocol so next hops resolve), and is asked
 * with {@code birdc -s SOCKET show route all}.
 */
class BirdInteropIT {

  static final String BIRD = "/usr/sbin/bird";
  static final String BIRDC = "/usr/sbin/birdc";
  static final PeerConfig BIRD_PEER = new PeerConfig("bird", Ipv4Address.parse("127.0.0.3"), Asn.of(65002));
  static final Ipv4Prefix ANNOUNCED = Ipv4Prefix.parse("10.202.0.0/16");

  static DaemonProcess startBird(Path directory, int port) throws IOException {
    String config = String.join("\n",
        "router id 127.0.0.3;",
        "log \"" + directory.resolve("bird.log") + "\" all;",
        "protocol device { }",
        "protocol direct { ipv4; interface \"lo\"; }",
        "protocol static announced { ipv4; route " + ANNOUNCED + " blackhole; }",
        "protocol bgp ars {",
        "  local 127.0.0.3 port 2179 as 65002;",
        "  neighbor 127.0.0.1 port " + port + " as 65515;",
        "  multihop 2;",
        "  connect delay time 1;",
        "  connect retry time 1;",
        "  error wait time 1, 10;",
        "  ipv4 { import all; export where proto = \"announced\"; };",
        "}",
        "");
    Files.writeString(directory.resolve("bird.conf"), config);
    return DaemonProcess.start("bird", directory, List.of(BIRD, "-f",
        "-c", directory.resolve("bird.conf").toString(),
        "-s", directory.resolve("bird.ctl").toString(),
        "-P", directory.resolve("bird.pid").toString()));
  }

  static String birdc(Path directory, String command) {
    return DaemonProcess.run(Duration.ofSeconds(20),
        List.of(BIRDC, "-s", directory.resolve("bird.ctl").toString(), command));
  }

  @Test
  void birdPeersExchangesRoutesAndIsSeenGoingDown() throws Exception {
    Installed.require("BIRD", "bird2", BIRD, BIRDC);
    Path directory = Interop.cleanDirectory("bird");
    try (EchoServer server = EchoServer.start(directory, BIRD_PEER);
        DaemonProcess bird = startBird(directory, server.port)) {
      server.awaitUp("bird", bird::output);

      BgpRoute received = server.awaitRoute("bird", ANNOUNCED, bird::output);
      assertThat(received.attributes().asPath()).isEqualTo(AsPath.of(65002));
      assertThat(received.attributes().nextHop()).isEqualTo(Ipv4Address.parse("127.0.0.3"));

      // birdc prints the route, then one attribute per line:
      //   10.99.0.0/16  unicast [ars 10:00:00.000] * (100) [AS65515i]
      //   	BGP.as_path: 65515
      //   	BGP.next_hop: 192.0.2.4
      AtomicReference<String> lastAnswer = new AtomicReference<>("");
      String block = Poll.until("10.99.0.0/16 in BIRD's table", Duration.ofSeconds(60), () -> {
        lastAnswer.set(birdc(directory, "show route all " + EchoServer.ORIGINATED));
        return lastAnswer.get().contains(EchoServer.ORIGINATED.toString()) ? Optional.of(lastAnswer.get())
            : Optional.empty();
      }, () -> "birdc said: " + lastAnswer.get() + "\n" + bird.output());
      assertThat(attribute(block, "BGP.as_path")).isEqualTo("65515");
      assertThat(attribute(block, "BGP.next_hop")).isEqualTo(EchoServer.ROUTER.toString());

      bird.stop();
      DownReason down = server.awaitDown("bird", bird::output);
      assertThat(down).isInstanceOfAny(DownReason.NotificationReceived.class, DownReason.ConnectionClosed.class);
    }
  }

  private static String attribute(String block, String name) {
    Matcher matcher = Pattern.compile("(?m)^\\s*" + Pattern.quote(name) + ":\\s*(.*?)\\s*$").matcher(block);
    assertThat(matcher.find()).as("%s in%n%s", name, block).isTrue();
    return matcher.group(1);
  }
}
