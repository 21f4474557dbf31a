package io.arsim.serve.session;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What sits behind the wire and decides routes: the engine of an emulated route server, or
 * {@link EchoBackend} in tests. The sessions call it from their event loops, so an implementation
 * shared by several sessions must be thread-safe. A method that throws resets that one session.
 *
 * <p>A session calls {@link #peerUp} once when it reaches Established, then
 * {@link #routesReceived} for each UPDATE, then {@link #peerDown} once; after that every route
 * the peer announced is gone (BGP has no memory across sessions). A session that never reached
 * Established calls none of them.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public interface BgpBackend {

  /** The session reached Established; {@code peer} takes the peer's initial routes and later changes. */
  void peerUp(PeerHandle peer);

  /** The peer sent an UPDATE; limits and RFC 7606 handling are already applied. */
  void routesReceived(PeerHandle peer, PeerUpdate update);

  /** The session left Established; every route the peer announced is withdrawn. */
  void peerDown(PeerHandle peer, DownReason reason);
}
