package io.arsim.serve.session;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One route-server instance as a BGP speaker: its configuration, its backend and event sink, and
 * the sessions of its peers. {@link #newSession()} makes the channel handler for each accepted
 * connection; the speaker keeps at most one session per peer and refuses a peer during its
 * route-limit hold-down. Thread-safe.
 *
 * <p>Time is injected: {@code clock} stamps events, {@code nanoTime} measures hold-downs (tests
 * pass a counter they move by hand); session timers run on each channel's event loop, which
 * Netty's {@code EmbeddedChannel} lets tests drive.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class Speaker {

  private final InstanceConfig config;
  private final BgpBackend backend;
  private final SessionEventSink events;
  private final Clock clock;
  private final LongSupplier nanoTime;
  private final Map<String, BgpSession> sessions = new HashMap<>();
  private final Map<String, Long> refusedUntil = new HashMap<>();

  /**
   * @param config the instance
   * @param backend what decides routes
   * @param events where session events go
   * @param clock the clock that stamps events
   * @param nanoTime a monotonic nanosecond counter for hold-downs ({@code System::nanoTime})
   */
  public Speaker(InstanceConfig config, BgpBackend backend, SessionEventSink events, Clock clock,
      LongSupplier nanoTime) {
    this.config = Objects.requireNonNull(config, "config");
    this.backend = Objects.requireNonNull(backend, "backend");
    this.events = Objects.requireNonNull(events, "events");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
  }

  /** A speaker on the system clocks. */
  public static Speaker of(InstanceConfig config, BgpBackend backend, SessionEventSink events) {
    return new Speaker(config, backend, events, Clock.systemUTC(), System::nanoTime);
  }

  /** The instance. */
  public InstanceConfig config() {
    return config;
  }

  BgpBackend backend() {
    return backend;
  }

  Clock clock() {
    return clock;
  }

  void emit(SessionEvent event) {
    events.accept(event);
  }

  /** A handler for one new connection, to put after a {@code BgpFrameDecoder} in its pipeline. */
  public BgpSession newSession() {
    return new BgpSession(this);
  }

  /**
   * Admits {@code session} as {@code peer}'s session, or says why not. A peer in its route-limit
   * hold-down is refused; so is a second connection while the peer's session is Established
   * (RFC 4271 section 6.8: the new connection is closed). A session not yet Established is
   * replaced by the new one and returned in the result so the caller can close it.
   */
  synchronized Admission admit(PeerConfig peer, BgpSession session) {
    Long until = refusedUntil.get(peer.name());
    if (until != null) {
      long left = until - nanoTime.getAsLong();
      if (left > 0) {
        return new Admission(false, "route-limit hold-down, " + Duration.ofNanos(left).toSeconds() + " s left", null);
      }
      refusedUntil.remove(peer.name());
    }
    BgpSession existing = sessions.get(peer.name());
    if (existing != null && existing.state() == SessionState.ESTABLISHED) {
      return new Admission(false, "the peer already has an Established session", null);
    }
    sessions.put(peer.name(), session);
    return new Admission(true, "", existing);
  }

  /** Forgets {@code session} when it is still {@code peer}'s current one. */
  synchronized void release(PeerConfig peer, BgpSession session) {
    sessions.remove(peer.name(), session);
  }

  /** Refuses {@code peer} for the configured route-limit idle time from now. */
  synchronized void holdDown(PeerConfig peer) {
    refusedUntil.put(peer.name(), nanoTime.getAsLong() + config.routeLimitIdleTime().toNanos());
  }

  /** The state of each configured peer's session, by peer name; Idle or Active when it has none. */
  public synchronized Map<String, SessionState> states() {
    Map<String, SessionState> states = new TreeMap<>();
    long now = nanoTime.getAsLong();
    for (PeerConfig peer : config.peers()) {
      BgpSession session = sessions.get(peer.name());
      Long until = refusedUntil.get(peer.name());
      states.put(peer.name(), session != null ? session.state()
          : until != null && until - now > 0 ? SessionState.IDLE : SessionState.ACTIVE);
    }
    return states;
  }

  /** The current session of the named peer. */
  public synchronized Optional<BgpSession> session(String peer) {
    return Optional.ofNullable(sessions.get(peer));
  }

  /**
   * Ends every session with Cease / Administrative Shutdown carrying {@code communication}
   * (RFC 8203/9003); the futures complete when each connection is closed.
   */
  public List<Future<?>> shutdown(String communication) {
    List<BgpSession> current;
    synchronized (this) {
      current = new ArrayList<>(sessions.values());
    }
    List<Future<?>> closed = new ArrayList<>();
    for (BgpSession session : current) {
      closed.add(session.shutdown(communication));
    }
    return closed;
  }

  /**
   * The answer to a connection.
   *
   * @param accepted whether the session may go on
   * @param reason why not
   * @param replaced a session of the same peer, not yet Established, that the new one replaces
   */
  record Admission(boolean accepted, String reason, @Nullable BgpSession replaced) {}
}
