package io.arsim.serve.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.bgp.Origin;
import io.arsim.core.bgp.PathAttributes;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.serve.codec.BgpMessage;
import io.arsim.serve.codec.KeepaliveMessage;
import io.arsim.serve.codec.Negotiated;
import io.arsim.serve.codec.OpenMessage;
import io.arsim.serve.codec.PathAttribute;
import io.arsim.serve.codec.UpdateMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The echo backend over real sessions: originate, reflect with next hop self and the AS prepended, withdraw. */
class EchoBackendTest {

  static final Ipv4Address ROUTER = Ipv4Address.parse("10.0.1.4");
  static final PeerConfig NVA1 = new PeerConfig("nva1", Ipv4Address.parse("127.0.0.2"), Asn.of(65001));
  static final PeerConfig NVA2 = new PeerConfig("nva2", Ipv4Address.parse("127.0.0.3"), Asn.of(65002));
  static final Ipv4Prefix ORIGINATED = Ipv4Prefix.parse("10.0.0.0/16");

  final EchoBackend echo = new EchoBackend(List.of(new BgpRoute(ORIGINATED, BgpRoute.LOCAL,
      PathAttributes.builder().asPath(AsPath.EMPTY).nextHop(ROUTER).build())));
  final Speaker speaker = new Speaker(new InstanceConfig("ars/0", Ipv4Address.parse("127.0.0.1"), 0, ROUTER,
      Asn.AZURE_ROUTE_SERVER, 180, List.of(NVA1, NVA2), RouteLimit.UNLIMITED, Duration.ofSeconds(30)),
      echo, SessionEventSink.NONE, Clock.systemUTC(), System::nanoTime);

  TestPeer up(PeerConfig peer, long asn) {
    TestPeer test = new TestPeer(speaker, peer.address().toString(), Negotiated.FOUR_OCTET_EXTERNAL);
    test.send(OpenMessage.of(Asn.of(asn), 180, peer.address()));
    test.send(KeepaliveMessage.INSTANCE);
    return test;
  }

  static UpdateMessage announce(String prefix, PeerConfig from) {
    return new UpdateMessage(List.of(), List.of(new PathAttribute.OriginAttribute(Origin.IGP),
        new PathAttribute.AsPathAttribute(AsPath.of(from.asn().value())),
        new PathAttribute.NextHopAttribute(from.address())), List.of(Ipv4Prefix.parse(prefix)));
  }

  static List<UpdateMessage> updates(TestPeer peer) {
    return peer.received().stream().filter(UpdateMessage.class::isInstance).map(UpdateMessage.class::cast).toList();
  }

  @Test
  void everyPeerGetsTheOriginatedRoutesWithNextHopSelfAndTheAsPrepended() {
    TestPeer nva1 = up(NVA1, 65001);
    assertThat(updates(nva1)).singleElement().satisfies(u -> {
      assertThat(u.nlri()).containsExactly(ORIGINATED);
      assertThat(u.attribute(PathAttribute.AsPathAttribute.class).orElseThrow().asPath()).isEqualTo(AsPath.of(65515));
      assertThat(u.attribute(PathAttribute.NextHopAttribute.class).orElseThrow().nextHop()).isEqualTo(ROUTER);
    });
  }

  @Test
  void aRouteFromOnePeerIsReflectedToTheOthersOnlyAndWithdrawnWithIt() {
    TestPeer nva1 = up(NVA1, 65001);
    TestPeer nva2 = up(NVA2, 65002);
    nva1.received();
    nva2.received();
    nva1.send(announce("10.1.0.0/16", NVA1));
    List<BgpMessage> toSource = nva1.received();
    assertThat(toSource).isEmpty();
    assertThat(updates(nva2)).singleElement().satisfies(u -> {
      assertThat(u.nlri()).containsExactly(Ipv4Prefix.parse("10.1.0.0/16"));
      assertThat(u.attribute(PathAttribute.AsPathAttribute.class).orElseThrow().asPath())
          .isEqualTo(AsPath.of(65515, 65001));
      assertThat(u.attribute(PathAttribute.NextHopAttribute.class).orElseThrow().nextHop()).isEqualTo(ROUTER);
    });
    assertThat(echo.received("ars/0", "nva1")).containsOnlyKeys(Ipv4Prefix.parse("10.1.0.0/16"));

    nva1.send(UpdateMessage.withdraw(List.of(Ipv4Prefix.parse("10.1.0.0/16"))));
    assertThat(updates(nva2)).containsExactly(UpdateMessage.withdraw(List.of(Ipv4Prefix.parse("10.1.0.0/16"))));
    assertThat(nva1.received()).isEmpty();
  }

  @Test
  void aPeerGoingDownWithdrawsItsRoutesFromTheOthers() {
    TestPeer nva1 = up(NVA1, 65001);
    TestPeer nva2 = up(NVA2, 65002);
    nva1.send(announce("10.1.0.0/16", NVA1));
    nva2.received();
    nva1.channel.close();
    assertThat(updates(nva2)).containsExactly(UpdateMessage.withdraw(List.of(Ipv4Prefix.parse("10.1.0.0/16"))));
    assertThat(echo.isUp("ars/0", "nva1")).isFalse();
    assertThat(echo.lastDown("ars/0", "nva1")).containsInstanceOf(DownReason.ConnectionClosed.class);
  }

  @Test
  void aPeerComingUpLaterGetsWhatTheOthersAnnounced() {
    TestPeer nva1 = up(NVA1, 65001);
    nva1.send(announce("10.1.0.0/16", NVA1));
    TestPeer nva2 = up(NVA2, 65002);
    assertThat(updates(nva2)).flatExtracting(UpdateMessage::nlri)
        .containsExactly(ORIGINATED, Ipv4Prefix.parse("10.1.0.0/16"));
  }

  @Test
  void aPeerSendingBackAnOriginatedPrefixDoesNotWithdrawIt() {
    // FRR sends the route server's own route back to it (domain/real-deployments.md R3).
    TestPeer nva1 = up(NVA1, 65001);
    nva1.received();
    nva1.send(announce(ORIGINATED.toString(), NVA1));
    assertThat(nva1.received()).isEmpty();
  }
}
