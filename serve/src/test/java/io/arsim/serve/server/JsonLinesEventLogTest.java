package io.arsim.serve.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.net.Ipv4Address;
import io.arsim.serve.session.SessionEvent;
import io.arsim.serve.session.SessionState;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One JSON object per line, fields in a fixed order. */
class JsonLinesEventLogTest {

  static final Instant T = Instant.parse("2026-12-06T10:00:00Z");

  @Test
  void everyEventKindIsOneLine() {
    StringWriter out = new StringWriter();
    JsonLinesEventLog log = new JsonLinesEventLog(out);
    log.accept(new SessionEvent.StateChanged(T, "ars/0", "nva1", SessionState.OPEN_CONFIRM, SessionState.ESTABLISHED,
        "KEEPALIVE received"));
    log.accept(new SessionEvent.ConnectionRefused(T, "ars/0", Ipv4Address.parse("127.0.0.9"), "no peer"));
    log.accept(new SessionEvent.UpdateReceived(T, "ars/0", "nva1", 2, 1, List.of("ORIGIN: \"bad\"")));
    log.accept(new SessionEvent.UpdateSent(T, "ars/0", "nva1", 4000, 0, 4));
    assertThat(out.toString()).isEqualTo(String.join("\n",
        "{\"time\":\"2026-12-06T10:00:00Z\",\"event\":\"state\",\"instance\":\"ars/0\",\"peer\":\"nva1\","
            + "\"from\":\"OpenConfirm\",\"to\":\"Established\",\"reason\":\"KEEPALIVE received\"}",
        "{\"time\":\"2026-12-06T10:00:00Z\",\"event\":\"refused\",\"instance\":\"ars/0\",\"address\":\"127.0.0.9\","
            + "\"reason\":\"no peer\"}",
        "{\"time\":\"2026-12-06T10:00:00Z\",\"event\":\"update-received\",\"instance\":\"ars/0\",\"peer\":\"nva1\","
            + "\"announced\":2,\"withdrawn\":1,\"errors\":[\"ORIGIN: \\\"bad\\\"\"]}",
        "{\"time\":\"2026-12-06T10:00:00Z\",\"event\":\"update-sent\",\"instance\":\"ars/0\",\"peer\":\"nva1\","
            + "\"announced\":4000,\"withdrawn\":0,\"messages\":4}",
        ""));
  }
}
