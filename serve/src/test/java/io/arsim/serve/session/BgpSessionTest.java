package io.arsim.serve.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.bgp.Origin;
import io.arsim.core.bgp.PathAttributes;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.serve.codec.AttributeError;
import io.arsim.serve.codec.BgpMessage;
import io.arsim.serve.codec.Capability;
import io.arsim.serve.codec.DecodedMessage;
import io.arsim.serve.codec.KeepaliveMessage;
import io.arsim.serve.codec.Negotiated;
import io.arsim.serve.codec.NotificationMessage;
import io.arsim.serve.codec.Octets;
import io.arsim.serve.codec.OpenMessage;
import io.arsim.serve.codec.PathAttribute;
import io.arsim.serve.codec.RouteRefreshMessage;
import io.arsim.serve.codec.UpdateMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The state machine of RFC 4271 section 8 as a passive route-server instance runs it, driven
 * through Netty's embedded channel with its clock moved by hand.
 */
class BgpSessionTest {

  static final Ipv4Address INSTANCE = Ipv4Address.parse("10.0.1.4");
  static final Ipv4Address NVA_ID = Ipv4Address.parse("10.0.2.4");
  static final PeerConfig NVA = new PeerConfig("nva1", Ipv4Address.parse("127.0.0.2"), Asn.of(65001));
  static final OpenMessage NVA_OPEN = OpenMessage.of(Asn.of(65001), 180, NVA_ID);

  final RecordingBackend backend = new RecordingBackend();
  final List<SessionEvent> events = new ArrayList<>();
  final AtomicLong ticker = new AtomicLong();

  Speaker speaker(RouteLimit limit) {
    InstanceConfig config = new InstanceConfig("ars/0", Ipv4Address.parse("127.0.0.1"), 0, INSTANCE, Asn.AZURE_ROUTE_SERVER, 180, List.of(NVA), limit,
        Duration.ofSeconds(30));
    return new Speaker(config, backend, events::add, Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC),
        ticker::get);
  }

  Speaker speaker() {
    return speaker(RouteLimit.UNLIMITED);
  }

  static TestPeer connect(Speaker speaker) {
    return new TestPeer(speaker, NVA.address().toString(), Negotiated.FOUR_OCTET_EXTERNAL);
  }

  /** Connects, exchanges OPENs and KEEPALIVEs, and drops what the session sent so far. */
  static TestPeer established(Speaker speaker, OpenMessage open) {
    TestPeer peer = new TestPeer(speaker, NVA.address().toString(),
        open.fourOctetAs().isPresent() ? Negotiated.FOUR_OCTET_EXTERNAL : Negotiated.TWO_OCTET_EXTERNAL);
    peer.send(open);
    peer.send(KeepaliveMessage.INSTANCE);
    peer.received();
    return peer;
  }

  static NotificationMessage lastNotification(TestPeer peer) {
    List<BgpMessage> sent = peer.received();
    assertThat(sent).isNotEmpty();
    assertThat(sent.get(sent.size() - 1)).isInstanceOf(NotificationMessage.class);
    return (NotificationMessage) sent.get(sent.size() - 1);
  }

  static UpdateMessage announcement(String prefix, long... asPath) {
    return new UpdateMessage(List.of(), List.of(
        new PathAttribute.OriginAttribute(Origin.IGP),
        new PathAttribute.AsPathAttribute(AsPath.of(asPath)),
        new PathAttribute.NextHopAttribute(NVA_ID)), List.of(Ipv4Prefix.parse(prefix)));
  }

  @Nested
  class Connecting {
    @Test
    void anUnconfiguredAddressIsRefusedWithCeaseConnectionRejected() {
      // RFC 4486 section 4: a speaker that disallows a connection (the peer is not configured
      // locally) sends Cease / Connection Rejected (6/5), then closes.
      TestPeer stranger = new TestPeer(speaker(), "127.0.0.9", Negotiated.FOUR_OCTET_EXTERNAL);
      assertThat(stranger.isOpen()).isFalse();
      assertThat(stranger.received()).containsExactly(NotificationMessage.of(6, 5));
      assertThat(events).singleElement().isInstanceOfSatisfying(SessionEvent.ConnectionRefused.class,
          e -> assertThat(e.address()).isEqualTo(Ipv4Address.parse("127.0.0.9")));
    }

    @Test
    void aConfiguredPeerGetsTheOpenAtOnce() {
      Speaker speaker = speaker();
      TestPeer peer = connect(speaker);
      assertThat(peer.received()).containsExactly(OpenMessage.of(Asn.of(65515), 180, INSTANCE));
      assertThat(speaker.states()).containsEntry("nva1", SessionState.OPEN_SENT);
    }

    @Test
    void openThenKeepaliveReachesEstablished() {
      Speaker speaker = speaker();
      TestPeer peer = connect(speaker);
      peer.received();
      peer.send(NVA_OPEN);
      assertThat(peer.received()).containsExactly(KeepaliveMessage.INSTANCE);
      assertThat(speaker.states()).containsEntry("nva1", SessionState.OPEN_CONFIRM);
      assertThat(backend.up).isEmpty();
      peer.send(KeepaliveMessage.INSTANCE);
      assertThat(speaker.states()).containsEntry("nva1", SessionState.ESTABLISHED);
      assertThat(backend.up).singleElement().satisfies(h -> assertThat(h.peer()).isEqualTo(NVA));
      assertThat(events).filteredOn(SessionEvent.StateChanged.class::isInstance)
          .extracting(e -> ((SessionEvent.StateChanged) e).to())
          .containsExactly(SessionState.OPEN_SENT, SessionState.OPEN_CONFIRM, SessionState.ESTABLISHED);
    }

    @Test
    void aSecondConnectionWhileEstablishedIsClosed() {
      Speaker speaker = speaker();
      TestPeer first = established(speaker, NVA_OPEN);
      TestPeer second = connect(speaker);
      assertThat(second.isOpen()).isFalse();
      assertThat(first.isOpen()).isTrue();
    }

    @Test
    void aSecondConnectionBeforeEstablishedReplacesTheFirstWithCollisionResolution() {
      Speaker speaker = speaker();
      TestPeer first = connect(speaker);
      first.received();
      TestPeer second = connect(speaker);
      assertThat(lastNotification(first)).isEqualTo(NotificationMessage.of(6, 7));
      assertThat(first.isOpen()).isFalse();
      assertThat(second.isOpen()).isTrue();
    }
  }

  static Stream<Arguments> badOpens() {
    return Stream.of(
        Arguments.of("version 3", new OpenMessage(3, 65001, 180, NVA_ID, NVA_OPEN.capabilities()),
            new NotificationMessage(2, 1, Octets.of((byte) 0, (byte) 4))),
        Arguments.of("another AS", OpenMessage.of(Asn.of(65002), 180, NVA_ID), NotificationMessage.of(2, 2)),
        Arguments.of("another 4-octet AS", OpenMessage.of(Asn.of(4200000001L), 180, NVA_ID),
            NotificationMessage.of(2, 2)),
        Arguments.of("identifier 0", OpenMessage.of(Asn.of(65001), 180, new Ipv4Address(0)),
            NotificationMessage.of(2, 3)),
        Arguments.of("hold time 1", OpenMessage.of(Asn.of(65001), 1, NVA_ID), NotificationMessage.of(2, 6)),
        Arguments.of("hold time 2", OpenMessage.of(Asn.of(65001), 2, NVA_ID), NotificationMessage.of(2, 6)),
        Arguments.of("IPv6 only", new OpenMessage(4, 65001, 180, NVA_ID,
                List.of(new Capability.Multiprotocol(2, 1), new Capability.FourOctetAs(Asn.of(65001)))),
            new NotificationMessage(2, 7, Octets.of((byte) 1, (byte) 4, (byte) 0, (byte) 1, (byte) 0, (byte) 1))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badOpens")
  void openErrorsSendTheNotificationRfc4271Prescribes(String what, OpenMessage open, NotificationMessage expected) {
    Speaker speaker = speaker();
    TestPeer peer = connect(speaker);
    peer.received();
    peer.send(open);
    assertThat(peer.received()).containsExactly(expected);
    assertThat(peer.isOpen()).isFalse();
    assertThat(backend.up).isEmpty();
    assertThat(backend.down).isEmpty();
    assertThat(speaker.states()).containsEntry("nva1", SessionState.ACTIVE);
  }

  @Test
  void anOpenWithoutCapabilitiesIsAnIpv4UnicastTwoOctetSpeaker() {
    Speaker speaker = speaker();
    TestPeer peer = established(speaker, new OpenMessage(4, 65001, 180, NVA_ID, List.of()));
    assertThat(speaker.states()).containsEntry("nva1", SessionState.ESTABLISHED);
    BgpRoute route = new BgpRoute(Ipv4Prefix.parse("10.9.0.0/16"), BgpRoute.LOCAL,
        PathAttributes.builder().asPath(AsPath.of(65515, 4200000001L)).nextHop(INSTANCE).build());
    backend.up.get(0).announce(List.of(route));
    UpdateMessage update = (UpdateMessage) peer.received().get(0);
    assertThat(update.attribute(PathAttribute.AsPathAttribute.class).orElseThrow().asPath())
        .isEqualTo(AsPath.of(65515, 23456));
    assertThat(update.attribute(PathAttribute.As4PathAttribute.class).orElseThrow().asPath())
        .isEqualTo(AsPath.of(65515, 4200000001L));
  }

  @Nested
  class Timers {
    @Test
    void theHoldTimeIsTheLowerOfTheTwoAndKeepalivesGoEveryThirdOfIt() {
      Speaker speaker = speaker();
      TestPeer peer = established(speaker, OpenMessage.of(Asn.of(65001), 90, NVA_ID));
      assertThat(speaker.session("nva1").orElseThrow().negotiatedHoldTime()).isEqualTo(90);
      peer.advance(29);
      assertThat(peer.received()).isEmpty();
      peer.advance(1);
      assertThat(peer.received()).containsExactly(KeepaliveMessage.INSTANCE);
      peer.advance(30);
      assertThat(peer.received()).containsExactly(KeepaliveMessage.INSTANCE);
    }

    @Test
    void azuresTimersAre60And180() {
      Speaker speaker = speaker();
      TestPeer peer = established(speaker, NVA_OPEN);
      assertThat(speaker.session("nva1").orElseThrow().negotiatedHoldTime()).isEqualTo(180);
      peer.advance(60);
      assertThat(peer.received()).containsExactly(KeepaliveMessage.INSTANCE);
    }

    @Test
    void holdTimerExpirySendsHoldTimerExpiredAndTakesThePeerDown() {
      Speaker speaker = speaker();
      TestPeer peer = established(speaker, NVA_OPEN);
      peer.advance(179);
      assertThat(peer.isOpen()).isTrue();
      peer.advance(1);
      assertThat(lastNotification(peer)).isEqualTo(NotificationMessage.of(4, 0));
      assertThat(peer.isOpen()).isFalse();
      assertThat(backend.down).singleElement().isInstanceOfSatisfying(DownReason.NotificationSent.class,
          d -> assertThat(d.notification()).isEqualTo(NotificationMessage.of(4, 0)));
    }

    @Test
    void everyKeepaliveRestartsTheHoldTimer() {
      Speaker speaker = speaker();
      TestPeer peer = established(speaker, NVA_OPEN);
      for (int i = 0; i < 5; i++) {
        peer.advance(170);
        peer.send(KeepaliveMessage.INSTANCE);
      }
      assertThat(peer.isOpen()).isTrue();
      assertThat(speaker.states()).containsEntry("nva1", SessionState.ESTABLISHED);
    }

    @Test
    void anUpdateRestartsTheHoldTimerToo() {
      Speaker speaker = speaker();
      TestPeer peer = established(speaker, NVA_OPEN);
      peer.advance(170);
      peer.send(announcement("10.1.0.0/16", 65001));
      peer.advance(170);
      assertThat(peer.isOpen()).isTrue();
    }

    @Test
    void waitingForTheOpenTimesOutAfterFourMinutes() {
      TestPeer peer = connect(speaker());
      peer.received();
      peer.advance(239);
      assertThat(peer.isOpen()).isTrue();
      peer.advance(1);
      assertThat(lastNotification(peer)).isEqualTo(NotificationMessage.of(4, 0));
      assertThat(peer.isOpen()).isFalse();
    }

    @Test
    void holdTimeZeroMeansNoKeepalivesAndNoHoldTimer() {
      Speaker speaker = speaker();
      TestPeer peer = established(speaker, OpenMessage.of(Asn.of(65001), 0, NVA_ID));
      peer.advance(1000);
      assertThat(peer.received()).isEmpty();
      assertThat(speaker.states()).containsEntry("nva1", SessionState.ESTABLISHED);
    }
  }

  @Nested
  class UnexpectedMessages {
    @Test
    void updateInOpenSent() {
      TestPeer peer = connect(speaker());
      peer.received();
      peer.send(announcement("10.1.0.0/16", 65001));
      assertThat(lastNotification(peer)).isEqualTo(NotificationMessage.of(5, 1));
      assertThat(peer.isOpen()).isFalse();
    }

    @Test
    void updateInOpenConfirm() {
      TestPeer peer = connect(speaker());
      peer.send(NVA_OPEN);
      peer.received();
      peer.send(announcement("10.1.0.0/16", 65001));
      assertThat(lastNotification(peer)).isEqualTo(NotificationMessage.of(5, 2));
    }

    @Test
    void openInEstablished() {
      TestPeer peer = established(speaker(), NVA_OPEN);
      peer.send(NVA_OPEN);
      assertThat(lastNotification(peer)).isEqualTo(NotificationMessage.of(5, 3));
      assertThat(backend.down).hasSize(1);
    }
  }

  @Nested
  class Updates {
    @Test
    void announcedRoutesReachTheBackendAsCoreRoutes() {
      TestPeer peer = established(speaker(), NVA_OPEN);
      peer.send(announcement("10.1.0.0/16", 65001, 65100));
      assertThat(backend.updates).singleElement().satisfies(u -> {
        assertThat(u.withdrawn()).isEmpty();
        assertThat(u.announced()).containsExactly(new BgpRoute(Ipv4Prefix.parse("10.1.0.0/16"), "nva1",
            PathAttributes.builder().asPath(AsPath.of(65001, 65100)).nextHop(NVA_ID).build()));
      });
      peer.send(UpdateMessage.withdraw(List.of(Ipv4Prefix.parse("10.1.0.0/16"))));
      assertThat(backend.updates.get(1).withdrawn()).containsExactly(Ipv4Prefix.parse("10.1.0.0/16"));
      assertThat(events).filteredOn(SessionEvent.UpdateReceived.class::isInstance).hasSize(2);
    }

    @Test
    void treatAsWithdrawWithdrawsTheAnnouncedPrefixesAndKeepsTheSession() {
      TestPeer peer = established(speaker(), NVA_OPEN);
      UpdateMessage noNextHop = new UpdateMessage(List.of(), List.of(
          new PathAttribute.OriginAttribute(Origin.IGP), new PathAttribute.AsPathAttribute(AsPath.of(65001))),
          List.of(Ipv4Prefix.parse("10.1.0.0/16")));
      peer.send(noNextHop);
      assertThat(backend.updates).singleElement().satisfies(u -> {
        assertThat(u.announced()).isEmpty();
        assertThat(u.withdrawn()).containsExactly(Ipv4Prefix.parse("10.1.0.0/16"));
        assertThat(u.attributeErrors()).extracting(AttributeError::action)
            .containsExactly(AttributeError.Action.TREAT_AS_WITHDRAW);
      });
      assertThat(peer.isOpen()).isTrue();
      assertThat(peer.received()).isEmpty();
    }

    @Test
    void aMalformedUpdateResetsTheSessionWithItsNotification() {
      TestPeer peer = established(speaker(), NVA_OPEN);
      // NLRI with a /33
      peer.sendBytes(io.arsim.serve.codec.BgpMessageWriter.toBytes(
          UpdateMessage.withdraw(List.of()), Negotiated.FOUR_OCTET_EXTERNAL));
      byte[] bad = {-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 0, 25, 2, 0, 0, 0, 0, 33, 10, 0};
      peer.sendBytes(bad);
      assertThat(lastNotification(peer)).isEqualTo(NotificationMessage.of(3, 10));
      assertThat(peer.isOpen()).isFalse();
      assertThat(backend.down).singleElement().isInstanceOf(DownReason.NotificationSent.class);
    }

    @Test
    void aBadMarkerIsConnectionNotSynchronized() {
      TestPeer peer = established(speaker(), NVA_OPEN);
      byte[] bad = io.arsim.serve.codec.BgpMessageWriter.toBytes(KeepaliveMessage.INSTANCE,
          Negotiated.FOUR_OCTET_EXTERNAL);
      bad[0] = 0;
      peer.sendBytes(bad);
      assertThat(lastNotification(peer)).isEqualTo(NotificationMessage.of(1, 1));
      assertThat(peer.isOpen()).isFalse();
    }

    @Test
    void aNotificationFromThePeerTakesItDownWithoutAnswer() {
      TestPeer peer = established(speaker(), NVA_OPEN);
      peer.send(NotificationMessage.cease(NotificationMessage.ADMINISTRATIVE_SHUTDOWN, "bye"));
      assertThat(peer.received()).isEmpty();
      assertThat(peer.isOpen()).isFalse();
      assertThat(backend.down).singleElement().isInstanceOfSatisfying(DownReason.NotificationReceived.class,
          d -> assertThat(d.describe()).isEqualTo("received Cease / Administrative Shutdown \"bye\""));
    }

    @Test
    void theConnectionClosingTakesThePeerDown() {
      TestPeer peer = established(speaker(), NVA_OPEN);
      peer.channel.close();
      assertThat(backend.down).singleElement().isInstanceOf(DownReason.ConnectionClosed.class);
    }
  }

  @Nested
  class RouteLimits {
    @Test
    void azureCountsHeldRoutesPlusTheUpdateAndTearsTheSessionDown() {
      Speaker speaker = speaker(RouteLimit.azure(3));
      TestPeer peer = established(speaker, NVA_OPEN);
      UpdateMessage two = new UpdateMessage(List.of(), announcement("10.1.0.0/16", 65001).attributes(),
          List.of(Ipv4Prefix.parse("10.1.0.0/16"), Ipv4Prefix.parse("10.2.0.0/16")));
      peer.send(two);
      assertThat(peer.isOpen()).isTrue();
      peer.send(two); // held 2 + 2 announced = 4 > 3
      assertThat(lastNotification(peer)).isEqualTo(NotificationMessage.maximumPrefixes(3));
      assertThat(peer.isOpen()).isFalse();
      assertThat(backend.updates).hasSize(1);
      assertThat(backend.down).singleElement().isInstanceOfSatisfying(DownReason.NotificationSent.class,
          d -> assertThat(d.notification().subcode()).isEqualTo(1));
    }

    @Test
    void theHeldCountAloneDoesNotTripOnAReannouncement() {
      Speaker speaker = speaker(RouteLimit.held(3));
      TestPeer peer = established(speaker, NVA_OPEN);
      UpdateMessage two = new UpdateMessage(List.of(), announcement("10.1.0.0/16", 65001).attributes(),
          List.of(Ipv4Prefix.parse("10.1.0.0/16"), Ipv4Prefix.parse("10.2.0.0/16")));
      peer.send(two);
      peer.send(two);
      assertThat(peer.isOpen()).isTrue();
      peer.send(announcement("10.3.0.0/16", 65001));
      assertThat(peer.isOpen()).isTrue();
      peer.send(announcement("10.4.0.0/16", 65001));
      assertThat(lastNotification(peer)).isEqualTo(NotificationMessage.maximumPrefixes(3));
    }

    @Test
    void thePeerIsRefusedForTheIdleTimeThenComesBack() {
      Speaker speaker = speaker(RouteLimit.held(1));
      TestPeer peer = established(speaker, NVA_OPEN);
      peer.send(new UpdateMessage(List.of(), announcement("10.1.0.0/16", 65001).attributes(),
          List.of(Ipv4Prefix.parse("10.1.0.0/16"), Ipv4Prefix.parse("10.2.0.0/16"))));
      assertThat(peer.isOpen()).isFalse();
      assertThat(speaker.states()).containsEntry("nva1", SessionState.IDLE);
      ticker.addAndGet(Duration.ofSeconds(29).toNanos());
      TestPeer tooSoon = connect(speaker);
      assertThat(tooSoon.isOpen()).isFalse();
      assertThat(tooSoon.received()).containsExactly(NotificationMessage.of(6, 5));
      ticker.addAndGet(Duration.ofSeconds(1).toNanos());
      TestPeer again = established(speaker, NVA_OPEN);
      assertThat(again.isOpen()).isTrue();
      assertThat(speaker.states()).containsEntry("nva1", SessionState.ESTABLISHED);
      assertThat(backend.up).hasSize(2);
    }
  }

  @Nested
  class Outbound {
    final PathAttributes viaRouteServer = PathAttributes.builder().asPath(AsPath.of(65515)).nextHop(INSTANCE).build();
    final PathAttributes reflected = PathAttributes.builder().asPath(AsPath.of(65515, 65002)).nextHop(INSTANCE).build();

    BgpRoute route(String prefix, PathAttributes attributes) {
      return new BgpRoute(Ipv4Prefix.parse(prefix), BgpRoute.LOCAL, attributes);
    }

    @Test
    void routesWithEqualAttributesShareAnUpdate() {
      Speaker speaker = speaker();
      TestPeer peer = established(speaker, NVA_OPEN);
      backend.up.get(0).announce(List.of(route("10.0.0.0/16", viaRouteServer), route("10.5.0.0/16", reflected),
          route("10.1.0.0/16", viaRouteServer)));
      List<BgpMessage> sent = peer.received();
      assertThat(sent).hasSize(2);
      assertThat(((UpdateMessage) sent.get(0)).nlri())
          .containsExactly(Ipv4Prefix.parse("10.0.0.0/16"), Ipv4Prefix.parse("10.1.0.0/16"));
      assertThat(((UpdateMessage) sent.get(0)).attributes()).containsExactly(
          new PathAttribute.OriginAttribute(Origin.IGP), new PathAttribute.AsPathAttribute(AsPath.of(65515)),
          new PathAttribute.NextHopAttribute(INSTANCE));
      assertThat(((UpdateMessage) sent.get(1)).nlri()).containsExactly(Ipv4Prefix.parse("10.5.0.0/16"));
      assertThat(events).filteredOn(SessionEvent.UpdateSent.class::isInstance).singleElement()
          .isEqualTo(new SessionEvent.UpdateSent(Instant.parse("2026-12-06T10:00:00Z"), "ars/0", "nva1", 3, 0, 2));
    }

    @Test
    void fourThousandRoutesGoInUpdatesOfAtMost4096Octets() {
      Speaker speaker = speaker();
      TestPeer peer = established(speaker, NVA_OPEN);
      List<BgpRoute> routes = new ArrayList<>();
      for (int i = 0; i < 4000; i++) {
        routes.add(new BgpRoute(new Ipv4Prefix(0x0A000000 | i << 8, 24), BgpRoute.LOCAL, viaRouteServer));
      }
      backend.up.get(0).announce(routes);
      int count = 0;
      io.netty.buffer.ByteBuf buffer;
      int messages = 0;
      List<Integer> sizes = new ArrayList<>();
      while ((buffer = peer.channel.readOutbound()) != null) {
        assertThat(buffer.readableBytes()).isLessThanOrEqualTo(4096);
        DecodedMessage decoded = io.arsim.serve.codec.BgpMessageReader.read(buffer, Negotiated.FOUR_OCTET_EXTERNAL);
        buffer.release();
        count += ((UpdateMessage) decoded.message()).nlri().size();
        sizes.add(((UpdateMessage) decoded.message()).nlri().size());
        messages++;
      }
      assertThat(count).isEqualTo(4000);
      // 4096 - 23 octets of header and length fields - 20 of attributes = 4053 octets = 1013 /24s
      assertThat(sizes).containsExactly(1013, 1013, 1013, 961);
      assertThat(messages).isEqualTo(4);
    }

    @Test
    void onlyPrefixesSentAreWithdrawn() {
      Speaker speaker = speaker();
      TestPeer peer = established(speaker, NVA_OPEN);
      PeerHandle handle = backend.up.get(0);
      handle.announce(List.of(route("10.0.0.0/16", viaRouteServer)));
      peer.received();
      handle.withdraw(List.of(Ipv4Prefix.parse("10.0.0.0/16"), Ipv4Prefix.parse("10.7.0.0/16")));
      assertThat(peer.received()).containsExactly(UpdateMessage.withdraw(List.of(Ipv4Prefix.parse("10.0.0.0/16"))));
      handle.withdraw(List.of(Ipv4Prefix.parse("10.0.0.0/16")));
      assertThat(peer.received()).isEmpty();
    }

    @Test
    void routeRefreshSendsEverythingAgain() {
      Speaker speaker = speaker();
      TestPeer peer = established(speaker, NVA_OPEN);
      backend.up.get(0).announce(List.of(route("10.0.0.0/16", viaRouteServer), route("10.5.0.0/16", reflected)));
      List<BgpMessage> first = peer.received();
      peer.send(RouteRefreshMessage.IPV4_UNICAST);
      assertThat(peer.received()).isEqualTo(first);
      peer.send(new RouteRefreshMessage(2, 0, 1));
      assertThat(peer.received()).isEmpty();
    }

    @Test
    void routesAreNotSentBeforeEstablishedNorAfterDown() {
      Speaker speaker = speaker();
      TestPeer peer = established(speaker, NVA_OPEN);
      PeerHandle handle = backend.up.get(0);
      peer.send(NotificationMessage.of(6, 2));
      handle.announce(List.of(route("10.0.0.0/16", viaRouteServer)));
      assertThat(peer.received()).isEmpty();
    }

    @Test
    void shutdownSendsAdministrativeShutdownWithTheCommunication() {
      Speaker speaker = speaker();
      TestPeer peer = established(speaker, NVA_OPEN);
      speaker.shutdown("arsim serve is stopping");
      peer.channel.runPendingTasks();
      NotificationMessage cease = lastNotification(peer);
      assertThat(cease.subcode()).isEqualTo(NotificationMessage.ADMINISTRATIVE_SHUTDOWN);
      assertThat(cease.shutdownCommunication()).contains("arsim serve is stopping");
      assertThat(peer.isOpen()).isFalse();
      assertThat(backend.down).hasSize(1);
    }
  }
}
