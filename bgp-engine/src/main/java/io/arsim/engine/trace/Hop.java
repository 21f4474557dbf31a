package io.arsim.engine.trace;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Address;
import io.arsim.engine.effective.EffectiveRoute;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One NIC a packet passes and the route that decided where it went next.
 *
 * @param nic the NIC's name
 * @param owner the VM or NVA the NIC belongs to
 * @param nva whether the owner is an NVA
 * @param address the NIC's address
 * @param matched the active routes of the longest matching prefix (more than one: ECMP)
 * @param taken the route this branch follows; null when nothing matched
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Hop(String nic, String owner, boolean nva, Ipv4Address address, List<EffectiveRoute> matched,
    @Nullable EffectiveRoute taken) {

  public Hop {
    matched = List.copyOf(matched);
  }

  /** Whether the packet was hashed over several equal routes here. */
  public boolean ecmp() {
    return matched.size() > 1;
  }
}
