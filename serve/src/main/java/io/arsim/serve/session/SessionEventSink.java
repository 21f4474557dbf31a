package io.arsim.serve.session;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Receives the events of every session, from the sessions' event loops (so an implementation
 * must be thread-safe and quick; it must not throw).
 */
@API(status = EXPERIMENTAL, since = "0.2")
@FunctionalInterface
public interface SessionEventSink {

  /** A sink that drops every event. */
  SessionEventSink NONE = event -> { };

  /** Takes one event. */
  void accept(SessionEvent event);
}
