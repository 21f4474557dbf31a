package io.arsim.engine.lint.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.NetworkInterface;
import io.arsim.core.topology.NetworkVirtualAppliance;
import io.arsim.core.topology.Topology;
import io.arsim.engine.effective.EffectiveRoute;
import io.arsim.engine.effective.EffectiveRoutes;
import io.arsim.engine.effective.NextHop;
import io.arsim.engine.effective.RouteSource;
import io.arsim.engine.forwarding.Egress;
import io.arsim.engine.forwarding.NvaRoute;
import io.arsim.engine.trace.Tracer;
import io.arsim.engine.spi.Finding;
import io.arsim.engine.spi.LintContext;
import io.arsim.engine.spi.LintRule;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code nva-route-to-itself}: an NVA's own NIC is programmed with a BGP route whose next hop is
 * that NIC, so the NVA sends the traffic to itself (S7, S15, S29, gotcha 2). For 0.0.0.0/0 the
 * documented fix is a UDR 0.0.0.0/0 -> Internet on the NVA's subnet. A next hop that is an internal
 * load balancer with this NIC in its pool counts too: the same flow hashes to the same backend, so it
 * comes back (S29's summary route through the load balancer). Not reported when the NVA's
 * own routing table sends the prefix elsewhere before Azure's routes apply — into a tunnel, or out of
 * another NIC (the overlay fix of gotcha 2: an SD-WAN NVA's branch prefixes).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class NvaRouteToItselfRule implements LintRule {

  @Override
  public String id() {
    return "nva-route-to-itself";
  }

  @Override
  public String description() {
    return "An NVA NIC is programmed with a route pointing at itself (its own default route, or a remote region's"
        + " prefixes): traffic loops.";
  }

  @Override
  public List<Finding> check(LintContext context) {
    Topology topology = context.topology();
    List<Finding> findings = new ArrayList<>();
    Tracer tracer = new Tracer(topology, context.state());
    for (Topology.AttachedInterface a : topology.allInterfaces()) {
      if (!a.ownerIsNva()) {
        continue;
      }
      var nic = a.networkInterface();
      List<EffectiveRoute> routes = EffectiveRoutes.of(topology, context.state(), nic);
      for (EffectiveRoute r : routes) {
        Ipv4Address hop = r.nextHopIp();
        if (!r.active() || r.source() != RouteSource.VirtualNetworkGateway || hop == null) {
          continue;
        }
        // Through a load balancer whose pool holds this NIC the flow comes back here too: the flow
        // hash picks the same backend for the same flow (LoadBalancing).
        String through = topology.loadBalancerAt(hop).filter(b -> b.backendPool().contains(nic.name()))
            .map(b -> " through load balancer " + b.name()).orElse("");
        if ((!nic.privateIpAddress().equals(hop) && through.isEmpty())
            || leavesElsewhere(tracer, topology, a.owner(), nic, r.prefix())
            || shadowedByVnetRoutes(routes, r.prefix())) {
          continue;
        }
        String subnet = nic.subnet().toString();
        boolean def = r.prefix().equals(Ipv4Prefix.DEFAULT_ROUTE);
        findings.add(Finding.warning(id(), "NIC " + nic.name() + " of " + a.owner() + " (" + nic.privateIpAddress()
            + ")", a.owner() + "'s own NIC is programmed with " + r.prefix() + " -> " + r.nextHopIp() + ", itself"
            + through + " ("
            + r.origin() + "): " + (def ? "its Internet traffic loops back to it" : "traffic to " + r.prefix()
            + " loops back to it") + " (S7, gotcha 2).",
            def ? "add a route table to subnet " + subnet + " with a UDR 0.0.0.0/0 -> Internet (the UDR wins over the"
                + " BGP route), or disable gateway route propagation on it"
                : "add a UDR for " + r.prefix() + " on subnet " + subnet + " toward the real next hop, use an overlay"
                    + " (IPsec/VXLAN) between the NVAs, or disable gateway route propagation on the subnet"));
      }
    }
    return findings;
  }

  /** Whether the NVA's own table sends an address of {@code prefix} into a tunnel or out of another NIC. */
  private static boolean leavesElsewhere(Tracer tracer, Topology topology, String owner, NetworkInterface nic,
      Ipv4Prefix prefix) {
    NetworkVirtualAppliance nva = topology.networkVirtualAppliance(owner).orElse(null);
    if (nva == null) {
      return false;
    }
    Ipv4Address probe = prefix.length() >= 31 ? prefix.first() : prefix.first().plus(1);
    List<NvaRoute> routes = tracer.table(nva).lookup(probe);
    return !routes.isEmpty() && routes.stream().noneMatch(r -> r.egress() instanceof Egress.OutNic out
        && out.nic().name().equals(nic.name()));
  }

  /**
   * Whether every address of {@code prefix} has a more specific active VNet or peering system route
   * on the NIC: then the longest match never picks the route to itself (a supernet such as
   * 10.0.0.0/14 whose every /16 is a local or peered VNet), so nothing loops.
   */
  static boolean shadowedByVnetRoutes(List<EffectiveRoute> routes, Ipv4Prefix prefix) {
    List<Ipv4Prefix> inner = new ArrayList<>();
    for (EffectiveRoute r : routes) {
      if (r.active() && r.prefix().length() > prefix.length() && prefix.contains(r.prefix())
          && (r.nextHopType() == NextHop.VnetLocal || r.nextHopType() == NextHop.VNetPeering
              || r.nextHopType() == NextHop.VNetGlobalPeering)) {
        inner.add(r.prefix());
      }
    }
    inner.sort(java.util.Comparator.comparingLong(p -> p.first().unsigned()));
    long next = prefix.first().unsigned();
    for (Ipv4Prefix p : inner) {
      if (p.first().unsigned() > next) {
        return false;
      }
      next = Math.max(next, p.last().unsigned() + 1);
    }
    return next > prefix.last().unsigned();
  }
}
