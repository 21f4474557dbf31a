package io.arsim.policy.builtin.nexthop;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.core.net.Ipv4Address;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Configuration of {@code next-hop}: exactly one of {@code self: true} or {@code address}.
 *
 * @param self use the local speaker's address on the session (FRR {@code next-hop-self})
 * @param address a fixed next hop, such as an internal load balancer frontend (FRR {@code set ip
 *     next-hop A.B.C.D})
 */
@API(status = INTERNAL, since = "0.1")
public record NextHopConfig(@Nullable Boolean self, @Nullable Ipv4Address address) {

  public NextHopConfig {
    boolean isSelf = Boolean.TRUE.equals(self);
    if (isSelf == (address != null)) {
      throw new IllegalArgumentException(isSelf
          ? "`self: true` and `address` exclude each other; give exactly one"
          : "expected exactly one of `self: true` or `address`, e.g. address: 10.1.0.100 (an internal load"
              + " balancer frontend)");
    }
    self = isSelf;
  }
}
