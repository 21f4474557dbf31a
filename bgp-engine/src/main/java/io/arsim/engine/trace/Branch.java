package io.arsim.engine.trace;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * One path of a trace, from the source NIC to where the packet ends.
 *
 * @param hops the NICs the packet passes, the source first
 * @param outcome how it ends
 * @param detail the end in words ("leaves Azure to the Internet", "loop: nva1-nic -> nva1-nic")
 * @param at the element where it ends: a NIC, VNet, gateway node or the Internet
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Branch(List<Hop> hops, Outcome outcome, String detail, String at) {

  public Branch {
    hops = List.copyOf(hops);
  }

  /** The NVAs the packet is forwarded through (the source excluded), in order. */
  public List<String> nvas() {
    return hops.stream().skip(1).filter(Hop::nva).map(Hop::owner).distinct().toList();
  }

  /**
   * "vm-spoke -> nva1 -> Internet"; a load balancer the packet crossed is named before its backend.
   * A path that ends at the router outside Azure it stopped at ("onprem": no route, or it originates
   * the destination) does not name it twice.
   */
  public String path() {
    StringBuilder out = new StringBuilder();
    for (Hop hop : hops) {
      Via via = hop.via();
      if (via != null && via.kind() == Via.Kind.LOAD_BALANCER) {
        out.append(via.name()).append(" -> ");
      }
      out.append(hop.owner()).append(" -> ");
    }
    Hop last = hops.isEmpty() ? null : hops.get(hops.size() - 1);
    if (last != null && last.nic().equals(at) && last.owner().equals(at)) {
      return out.substring(0, out.length() - " -> ".length());
    }
    return out.append(at).toString();
  }
}
