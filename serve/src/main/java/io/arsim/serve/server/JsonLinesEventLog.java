package io.arsim.serve.server;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.arsim.serve.session.SessionEvent;
import io.arsim.serve.session.SessionEventSink;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each session event as one JSON object on one line, flushed at once, for {@code tail -f}
 * and {@code jq}. Fields, in this order: {@code time} (ISO-8601 UTC), {@code event}
 * ({@code state}, {@code refused}, {@code update-received} or {@code update-sent}),
 * {@code instance}, then per event: {@code peer}, {@code from} and {@code to} (RFC state names),
 * {@code reason}; {@code address} and {@code reason}; {@code peer}, {@code announced},
 * {@code withdrawn}, {@code errors} (RFC 7606 attribute errors); {@code peer}, {@code announced},
 * {@code withdrawn}, {@code messages}. A write that fails is logged and the event dropped: the
 * log never stops a session. Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class JsonLinesEventLog implements SessionEventSink {

  private static final Logger LOG = LoggerFactory.getLogger(JsonLinesEventLog.class);
  private static final JsonFactory JSON = new JsonFactory();

  private final Writer out;

  /** @param out where the lines go; the caller closes it */
  public JsonLinesEventLog(Writer out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  @Override
  public void accept(SessionEvent event) {
    String line = toJson(event);
    synchronized (this) {
      try {
        out.write(line);
        out.write('\n');
        out.flush();
      } catch (IOException e) {
        LOG.warn("cannot write the event log: {}", e.toString());
      }
    }
  }

  /** The JSON object of one event, without a line break. */
  public static String toJson(SessionEvent event) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(text)) {
      json.writeStartObject();
      json.writeStringField("time", event.time().toString());
      if (event instanceof SessionEvent.StateChanged state) {
        json.writeStringField("event", "state");
        json.writeStringField("instance", state.instance());
        json.writeStringField("peer", state.peer());
        json.writeStringField("from", state.from().rfcName());
        json.writeStringField("to", state.to().rfcName());
        json.writeStringField("reason", state.reason());
      } else if (event instanceof SessionEvent.ConnectionRefused refused) {
        json.writeStringField("event", "refused");
        json.writeStringField("instance", refused.instance());
        json.writeStringField("address", refused.address().toString());
        json.writeStringField("reason", refused.reason());
      } else if (event instanceof SessionEvent.UpdateReceived update) {
        json.writeStringField("event", "update-received");
        json.writeStringField("instance", update.instance());
        json.writeStringField("peer", update.peer());
        json.writeNumberField("announced", update.announced());
        json.writeNumberField("withdrawn", update.withdrawn());
        json.writeArrayFieldStart("errors");
        for (String error : update.attributeErrors()) {
          json.writeString(error);
        }
        json.writeEndArray();
      } else if (event instanceof SessionEvent.UpdateSent update) {
        json.writeStringField("event", "update-sent");
        json.writeStringField("instance", update.instance());
        json.writeStringField("peer", update.peer());
        json.writeNumberField("announced", update.announced());
        json.writeNumberField("withdrawn", update.withdrawn());
        json.writeNumberField("messages", update.messages());
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.toString();
  }
}
