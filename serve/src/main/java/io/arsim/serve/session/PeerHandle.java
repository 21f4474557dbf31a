package io.arsim.serve.session;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.serve.codec.PathAttribute;
import java.util.Collection;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One established session as its backend sees it: who the peer is and the way to change what the
 * peer is sent (its Adj-RIB-Out). Methods may be called from any thread; the work runs on the
 * session's event loop, in call order. Calls after the session went down are ignored.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public interface PeerHandle {

  /** The instance the session belongs to. */
  InstanceConfig instance();

  /** The peer. */
  PeerConfig peer();

  /**
   * Announces {@code routes} (their prefixes and attributes, next hop and AS path exactly as
   * given), replacing what was sent before for the same prefixes. Routes with equal attributes
   * share UPDATEs, each at most 4096 octets.
   */
  default void announce(Collection<BgpRoute> routes) {
    announce(routes, List.of());
  }

  /**
   * As {@link #announce(Collection)}, adding {@code passOn} (from {@link PeerUpdate#passOn()}) to
   * every route's UPDATE.
   */
  void announce(Collection<BgpRoute> routes, List<PathAttribute> passOn);

  /** Withdraws the prefixes that were announced; others are skipped. */
  void withdraw(Collection<Ipv4Prefix> prefixes);
}
