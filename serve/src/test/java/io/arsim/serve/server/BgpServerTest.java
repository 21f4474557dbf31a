package io.arsim.serve.server;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arsim.core.bgp.Asn;
import io.arsim.core.net.Ipv4Address;
import io.arsim.serve.session.EchoBackend;
import io.arsim.serve.session.InstanceConfig;
import io.arsim.serve.session.SessionEventSink;
import io.arsim.serve.session.Speaker;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the server refuses before it binds anything. */
class BgpServerTest {

  static Speaker speaker(String name, int port) {
    return Speaker.of(InstanceConfig.of(name, Ipv4Address.parse("127.0.0.1"), port, Asn.AZURE_ROUTE_SERVER, List.of()),
        new EchoBackend(List.of()), SessionEventSink.NONE);
  }

  @Test
  void port179NeedsPrivilegedPortsAllowed() {
    assertThatThrownBy(() -> BgpServer.start(List.of(speaker("ars/0", 179)), false, 1))
        .isInstanceOf(ServeException.class)
        .hasMessage("instance ars/0: port 179 is below 1024, which needs root or CAP_NET_BIND_SERVICE; allow"
            + " privileged ports explicitly, or listen on a port such as 1179 (configure the peers with that port)");
  }

  @Test
  void twoInstancesWithOneNameAreRefused() {
    assertThatThrownBy(() -> BgpServer.start(List.of(speaker("ars/0", 0), speaker("ars/0", 0)), false, 1))
        .isInstanceOf(ServeException.class)
        .hasMessage("two instances are named ars/0; give each its own name");
  }

  @Test
  void anAddressInUseIsNamed() {
    try (BgpServer first = BgpServer.start(List.of(speaker("ars/0", 0)), false, 1)) {
      int port = first.boundAddresses().get("ars/0").getPort();
      assertThatThrownBy(() -> BgpServer.start(List.of(speaker("ars/1", port)), false, 1))
          .isInstanceOf(ServeException.class)
          .hasMessageStartingWith("instance ars/1 cannot listen on 127.0.0.1:" + port + ": ");
    }
  }
}
