package io.arsim.serve.design;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.serve.codec.PathAttribute;
import io.arsim.serve.session.InstanceConfig;
import io.arsim.serve.session.PeerConfig;
import io.arsim.serve.session.PeerHandle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A peer's session without a wire: it keeps what the backend sends it, as the peer's Adj-RIB-In. */
final class FakePeer implements PeerHandle {
  private final InstanceConfig instance;
  private final PeerConfig peer;
  final Map<Ipv4Prefix, BgpRoute> table = new TreeMap<>();
  final List<Ipv4Prefix> withdrawn = new ArrayList<>();

  FakePeer(InstanceConfig instance, PeerConfig peer) {
    this.instance = instance;
    this.peer = peer;
  }

  @Override
  public InstanceConfig instance() {
    return instance;
  }

  @Override
  public PeerConfig peer() {
    return peer;
  }

  @Override
  public synchronized void announce(Collection<BgpRoute> routes, List<PathAttribute> passOn) {
    routes.forEach(r -> table.put(r.prefix(), r));
  }

  @Override
  public synchronized void withdraw(Collection<Ipv4Prefix> prefixes) {
    for (Ipv4Prefix prefix : prefixes) {
      if (table.remove(prefix) != null) {
        withdrawn.add(prefix);
      }
    }
  }

  synchronized Map<Ipv4Prefix, BgpRoute> table() {
    return new TreeMap<>(table);
  }
}
