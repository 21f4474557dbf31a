package io.arsim.serve.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.bgp.PathAttributes;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.serve.codec.BgpMessage;
import io.arsim.serve.codec.BgpMessageReader;
import io.arsim.serve.codec.BgpMessageWriter;
import io.arsim.serve.codec.KeepaliveMessage;
import io.arsim.serve.codec.Negotiated;
import io.arsim.serve.codec.NotificationMessage;
import io.arsim.serve.codec.OpenMessage;
import io.arsim.serve.codec.UpdateMessage;
import io.arsim.serve.session.EchoBackend;
import io.arsim.serve.session.InstanceConfig;
import io.arsim.serve.session.PeerConfig;
import io.arsim.serve.session.SessionEvent;
import io.arsim.serve.session.SessionState;
import io.arsim.serve.session.Speaker;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The server over real TCP on loopback, with plain sockets as peers. */
class BgpServerIT {

  static final PeerConfig NVA1 = new PeerConfig("nva1", Ipv4Address.parse("127.0.0.2"), Asn.of(65001));
  static final PeerConfig NVA2 = new PeerConfig("nva2", Ipv4Address.parse("127.0.0.3"), Asn.of(65002));
  static final Ipv4Prefix ORIGINATED = Ipv4Prefix.parse("10.99.0.0/16");

  final List<SessionEvent> events = new CopyOnWriteArrayList<>();
  final EchoBackend echo = new EchoBackend(List.of(new BgpRoute(ORIGINATED, BgpRoute.LOCAL,
      PathAttributes.builder().asPath(AsPath.EMPTY).nextHop(Ipv4Address.parse("10.0.1.4")).build())));
  final Speaker speaker = Speaker.of(InstanceConfig.of("ars/0", Ipv4Address.parse("127.0.0.1"), 0,
      Asn.AZURE_ROUTE_SERVER, List.of(NVA1, NVA2)), echo, events::add);
  final BgpServer server = BgpServer.start(List.of(speaker), false, 1);
  final int port = server.boundAddresses().get("ars/0").getPort();

  @AfterEach
  void stop() {
    server.close();
  }

  /** A peer on a plain socket bound to {@code from}. */
  final class RawPeer implements AutoCloseable {
    final Socket socket = new Socket();
    final DataInputStream in;

    RawPeer(String from) throws IOException {
      socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
      socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 5000);
      socket.setSoTimeout(10_000);
      in = new DataInputStream(socket.getInputStream());
    }

    void send(BgpMessage message) throws IOException {
      socket.getOutputStream().write(BgpMessageWriter.toBytes(message, Negotiated.FOUR_OCTET_EXTERNAL));
    }

    void sendBytes(byte[] bytes) throws IOException {
      socket.getOutputStream().write(bytes);
    }

    BgpMessage read() throws IOException {
      byte[] header = new byte[19];
      in.readFully(header);
      int length = (header[16] & 0xFF) << 8 | header[17] & 0xFF;
      byte[] message = new byte[length];
      System.arraycopy(header, 0, message, 0, 19);
      in.readFully(message, 19, length - 19);
      return BgpMessageReader.read(message, Negotiated.FOUR_OCTET_EXTERNAL).message();
    }

    /** Reads until a message that is not a KEEPALIVE. */
    BgpMessage readNonKeepalive() throws IOException {
      BgpMessage message;
      do {
        message = read();
      } while (message instanceof KeepaliveMessage);
      return message;
    }

    RawPeer establish(long asn) throws IOException {
      assertThat(read()).isInstanceOf(OpenMessage.class);
      send(OpenMessage.of(Asn.of(asn), 180, Ipv4Address.parse(socket.getLocalAddress().getHostAddress())));
      assertThat(read()).isEqualTo(KeepaliveMessage.INSTANCE);
      send(KeepaliveMessage.INSTANCE);
      return this;
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  @Test
  void anUnconfiguredAddressGetsCeaseConnectionRejectedThenTheClose() throws Exception {
    // RFC 4486 section 4: Cease / Connection Rejected (6/5) when the peer is not configured locally.
    try (RawPeer stranger = new RawPeer("127.0.0.9")) {
      assertThat(stranger.read()).isEqualTo(NotificationMessage.of(6, 5));
      assertThat(stranger.in.read()).isEqualTo(-1);
    }
  }

  @Test
  void aPeerEstablishesGetsTheRoutesAndTheShutdownCommunication() throws Exception {
    try (RawPeer nva1 = new RawPeer("127.0.0.2").establish(65001)) {
      UpdateMessage update = (UpdateMessage) nva1.readNonKeepalive();
      assertThat(update.nlri()).containsExactly(ORIGINATED);
      assertThat(speaker.states()).containsEntry("nva1", SessionState.ESTABLISHED);
      server.shutdown("maintenance window", Duration.ofSeconds(5));
      NotificationMessage cease = (NotificationMessage) nva1.readNonKeepalive();
      assertThat(cease.describe()).isEqualTo("Cease / Administrative Shutdown \"maintenance window\"");
      assertThatThrownBy(nva1::read).isInstanceOf(EOFException.class);
    }
  }

  @Test
  void aMalformedMessageResetsThatSessionOnly() throws Exception {
    try (RawPeer nva1 = new RawPeer("127.0.0.2").establish(65001);
        RawPeer nva2 = new RawPeer("127.0.0.3").establish(65002)) {
      nva1.readNonKeepalive();
      nva2.readNonKeepalive();
      byte[] garbage = new byte[40];
      garbage[0] = 0x42;
      nva1.sendBytes(garbage);
      assertThat(nva1.readNonKeepalive()).isEqualTo(NotificationMessage.of(1, 1));
      assertThatThrownBy(nva1::read).isInstanceOf(EOFException.class);

      nva2.send(KeepaliveMessage.INSTANCE);
      assertThat(echo.await(() -> !echo.isUp("ars/0", "nva1"), 10_000)).isTrue();
      assertThat(echo.isUp("ars/0", "nva2")).isTrue();
      try (RawPeer again = new RawPeer("127.0.0.2").establish(65001)) {
        assertThat(again.readNonKeepalive()).isInstanceOf(UpdateMessage.class);
        assertThat(echo.await(() -> echo.timesUp("ars/0", "nva1") == 2, 10_000)).isTrue();
      }
    }
  }

  @Test
  void theEventLogSeesEachStateChange() throws Exception {
    try (RawPeer nva1 = new RawPeer("127.0.0.2").establish(65001)) {
      nva1.readNonKeepalive();
    }
    assertThat(echo.await(() -> !echo.isUp("ars/0", "nva1"), 10_000)).isTrue();
    assertThat(events).filteredOn(SessionEvent.StateChanged.class::isInstance)
        .extracting(e -> ((SessionEvent.StateChanged) e).to())
        .containsExactly(SessionState.OPEN_SENT, SessionState.OPEN_CONFIRM, SessionState.ESTABLISHED, SessionState.IDLE);
  }
}
