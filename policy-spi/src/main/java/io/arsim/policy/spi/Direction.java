package io.arsim.policy.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Which way a route crosses a session, seen from the speaker whose policy runs. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Direction {
  /** Received from the peer, before it enters the local speaker's table. */
  IMPORT,
  /** About to be sent to the peer. */
  EXPORT
}
