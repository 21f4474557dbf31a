package io.arsim.serve.session;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Address;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/** Something a route-server instance reports about its sessions, for the event log. */
@API(status = EXPERIMENTAL, since = "0.2")
public sealed interface SessionEvent {

  /** When it happened. */
  Instant time();

  /** The instance's name. */
  String instance();

  /**
   * A session changed state.
   *
   * @param time when
   * @param instance the instance
   * @param peer the peer's name
   * @param from the old state
   * @param to the new state
   * @param reason why, in words ("" when the state machine simply moved on)
   */
  record StateChanged(Instant time, String instance, String peer, SessionState from, SessionState to, String reason)
      implements SessionEvent {
    public StateChanged {
      Objects.requireNonNull(time, "time");
      Objects.requireNonNull(instance, "instance");
      Objects.requireNonNull(peer, "peer");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * A connection was refused before any session existed.
   *
   * @param time when
   * @param instance the instance
   * @param address the address it came from
   * @param reason why, in words
   */
  record ConnectionRefused(Instant time, String instance, Ipv4Address address, String reason)
      implements SessionEvent {
    public ConnectionRefused {
      Objects.requireNonNull(time, "time");
      Objects.requireNonNull(instance, "instance");
      Objects.requireNonNull(address, "address");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * An UPDATE arrived.
   *
   * @param time when
   * @param instance the instance
   * @param peer the peer's name
   * @param announced prefixes announced
   * @param withdrawn prefixes withdrawn (treat-as-withdraw included)
   * @param attributeErrors the RFC 7606 errors, in words
   */
  record UpdateReceived(Instant time, String instance, String peer, int announced, int withdrawn,
      List<String> attributeErrors) implements SessionEvent {
    public UpdateReceived {
      Objects.requireNonNull(time, "time");
      Objects.requireNonNull(instance, "instance");
      Objects.requireNonNull(peer, "peer");
      attributeErrors = List.copyOf(attributeErrors);
    }
  }

  /**
   * UPDATEs were sent.
   *
   * @param time when
   * @param instance the instance
   * @param peer the peer's name
   * @param announced prefixes announced
   * @param withdrawn prefixes withdrawn
   * @param messages UPDATE messages used
   */
  record UpdateSent(Instant time, String instance, String peer, int announced, int withdrawn, int messages)
      implements SessionEvent {
    public UpdateSent {
      Objects.requireNonNull(time, "time");
      Objects.requireNonNull(instance, "instance");
      Objects.requireNonNull(peer, "peer");
    }
  }
}
