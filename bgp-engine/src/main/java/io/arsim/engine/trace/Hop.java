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
 * <p>At an NVA, its own routing table decides first ({@link #forwarding()}): out of which NIC the
 * packet leaves (then that NIC's effective routes decide: {@link #matched()}, {@link #taken()}),
 * or into which tunnel (then no effective route applies).
 *
 * @param nic the NIC the packet arrived on (for a packet that arrived through a tunnel, the tunnel
 *     interface's name)
 * @param owner the VM or NVA the NIC belongs to
 * @param nva whether the owner is an NVA
 * @param address the NIC's (or tunnel interface's) address
 * @param matched the active effective routes of the longest matching prefix of the NIC the packet
 *     leaves through (more than one: ECMP)
 * @param taken the route this branch follows; null when nothing matched or the packet left through
 *     a tunnel
 * @param via how the packet got here when not straight: a load balancer or a tunnel; null otherwise
 * @param forwarding at an NVA, what its own routing table decided; null at a VM
 * @param bgp at a router outside Azure's fabric (an on-premises site, a branch, a Microsoft edge
 *     link), the path of its BGP table the packet followed; null elsewhere. Such a hop's
 *     {@code nic} is the router's node name ({@code onprem}, {@code er-circuit/primary}); a packet
 *     entering Azure at a gateway has a hop named after the gateway instance, whose
 *     {@link #matched()} routes are the GatewaySubnet's
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Hop(String nic, String owner, boolean nva, Ipv4Address address, List<EffectiveRoute> matched,
    @Nullable EffectiveRoute taken, @Nullable Via via, @Nullable NvaForwarding forwarding,
    @Nullable BgpForwarding bgp) {

  public Hop {
    matched = List.copyOf(matched);
  }

  /** A hop at a VM or an NVA (the form before traces could start outside Azure). */
  public Hop(String nic, String owner, boolean nva, Ipv4Address address, List<EffectiveRoute> matched,
      @Nullable EffectiveRoute taken, @Nullable Via via, @Nullable NvaForwarding forwarding) {
    this(nic, owner, nva, address, matched, taken, via, forwarding, null);
  }

  /** A hop reached straight, without an NVA routing decision (the form before load balancers and tunnels). */
  public Hop(String nic, String owner, boolean nva, Ipv4Address address, List<EffectiveRoute> matched,
      @Nullable EffectiveRoute taken) {
    this(nic, owner, nva, address, matched, taken, null, null, null);
  }

  /** Whether the packet was hashed over several equal routes here. */
  public boolean ecmp() {
    return matched.size() > 1;
  }
}
