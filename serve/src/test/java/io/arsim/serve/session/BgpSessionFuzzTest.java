package io.arsim.serve.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.bgp.Asn;
import io.arsim.core.net.Ipv4Address;
import io.arsim.serve.codec.BgpCodecFuzzCorpus;
import io.arsim.serve.codec.BgpMessage;
import io.arsim.serve.codec.KeepaliveMessage;
import io.arsim.serve.codec.Negotiated;
import io.arsim.serve.codec.NotificationMessage;
import io.arsim.serve.codec.OpenMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutated messages thrown at Established sessions, each followed by a KEEPALIVE: each session
 * either goes on or ends with a NOTIFICATION of a defined code; no exception ever reaches the end of
 * the channel's pipeline, and the backend sees the peer go down exactly once when it ends.
 */
class BgpSessionFuzzTest {

  @Test
  void aMalformedMessageEndsOneSessionCleanlyOrNone() {
    Random random = new Random(Long.getLong("arsim.fuzz.seed", 20261206L));
    List<byte[]> corpus = BgpCodecFuzzCorpus.messages(Negotiated.FOUR_OCTET_EXTERNAL);
    PeerConfig nva = new PeerConfig("nva1", Ipv4Address.parse("127.0.0.2"), Asn.of(65001));
    int ended = 0;
    for (int i = 0; i < 2000; i++) {
      RecordingBackend backend = new RecordingBackend();
      Speaker speaker = new Speaker(new InstanceConfig("ars/0", Ipv4Address.parse("127.0.0.1"), 0,
          Ipv4Address.parse("10.0.1.4"), Asn.AZURE_ROUTE_SERVER, 180, List.of(nva), RouteLimit.UNLIMITED,
          Duration.ofSeconds(30)), backend, SessionEventSink.NONE, Clock.systemUTC(), System::nanoTime);
      TestPeer peer = new TestPeer(speaker, "127.0.0.2", Negotiated.FOUR_OCTET_EXTERNAL);
      peer.send(OpenMessage.of(Asn.of(65001), 180, Ipv4Address.parse("10.0.2.4")));
      peer.send(KeepaliveMessage.INSTANCE);
      peer.received();
      byte[] mutated = BgpCodecFuzzCorpus.mutate(corpus.get(random.nextInt(corpus.size())), random);
      peer.sendBytes(mutated);
      peer.channel.checkException();
      // A cut message leaves the stream out of step, so the KEEPALIVE after it may end the session too.
      if (peer.isOpen()) {
        peer.send(KeepaliveMessage.INSTANCE);
        peer.channel.checkException();
      }
      List<BgpMessage> answers = peer.received();
      if (peer.isOpen()) {
        assertThat(answers).noneMatch(NotificationMessage.class::isInstance);
        assertThat(backend.down).isEmpty();
      } else {
        ended++;
        if (!answers.isEmpty() && answers.get(answers.size() - 1) instanceof NotificationMessage sent) {
          assertThat(sent.code()).isBetween(1, 7);
        }
        assertThat(backend.down).hasSize(1);
      }
    }
    assertThat(ended).as("some mutations end their session").isPositive().isLessThan(2000);
  }
}
