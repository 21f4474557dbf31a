package io.arsim.engine.lint.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.Ipv4Address;
import io.arsim.core.topology.LoadBalancer;
import io.arsim.core.topology.NetworkInterface;
import io.arsim.core.topology.NetworkVirtualAppliance;
import io.arsim.core.topology.NextHopType;
import io.arsim.core.topology.RouteServer;
import io.arsim.core.topology.RouteTable;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.Topology.AttachedInterface;
import io.arsim.core.topology.Tunnel;
import io.arsim.core.topology.UserDefinedRoute;
import io.arsim.engine.bgp.Neighbor;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.effective.EffectiveRoute;
import io.arsim.engine.effective.EffectiveRoutes;
import io.arsim.engine.effective.RouteSource;
import io.arsim.engine.spi.Finding;
import io.arsim.engine.spi.LintContext;
import io.arsim.engine.spi.LintRule;
import io.arsim.policy.spi.SpeakerKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * {@code next-hop-not-forwarding} (called {@code udr-next-hop-not-forwarding} before 0.2, when it
 * looked at UDRs only): a next hop that does not forward what routes send it. Azure requires the
 * next-hop address of a VirtualAppliance route to be a NIC with IP forwarding enabled, or an
 * internal load balancer (azure-route-server-facts.md 4.4, S17), and programs a BGP route with
 * whatever next hop the NVA sent (facts 3.3, S6, S28): a NIC, a load balancer frontend, a gateway.
 * For every {@code VirtualAppliance} UDR and every next hop the route servers program into a subnet:
 *
 * <ul>
 *   <li>a NIC without IP forwarding: a warning, Azure drops the traffic (a UDR's NIC; a BGP next
 *       hop's NIC that is no NVA's, since NVA NICs have their own validation warning);
 *   <li>an internal load balancer without an HA-ports rule: a warning, it forwards only the flows
 *       its rules name (Azure's HA-ports rule is what NVAs behind a load balancer need);
 *   <li>an internal load balancer whose backends include a NIC without IP forwarding: a warning;
 *   <li>a route-server instance: a warning, it answers BGP but forwards nothing (facts 7.1, S1);
 *   <li>an address that is no NIC, load balancer frontend, route-server instance or gateway of the
 *       design — a loopback or tunnel address Azure's fabric does not route to, or nothing at all: a
 *       warning, the traffic is dropped (traces end in a blackhole there).
 * </ul>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ApplianceNextHopRule implements LintRule {

  @Override
  public String id() {
    return "next-hop-not-forwarding";
  }

  @Override
  public String description() {
    return "A UDR or BGP next hop that does not forward: a NIC without IP forwarding, a load balancer without an"
        + " HA-ports rule, or an address nothing of the design answers on.";
  }

  @Override
  public List<Finding> check(LintContext context) {
    Topology topology = context.topology();
    Answers answers = new Answers(context);
    List<Finding> findings = new ArrayList<>();
    for (RouteTable table : topology.routeTables()) {
      for (UserDefinedRoute udr : table.routes()) {
        Ipv4Address hop = udr.nextHopIpAddress();
        if (udr.nextHopType() != NextHopType.VirtualAppliance || hop == null) {
          continue;
        }
        String subject = "route table " + table.name() + ", UDR " + udr.name();
        String what = udr.addressPrefix() + " -> VirtualAppliance " + hop;
        check(answers, hop, subject, what, true, findings);
      }
    }
    // BGP next hops, per next hop: the prefixes and subnets it is programmed for.
    SortedMap<Ipv4Address, SortedSet<String>> programmed = new TreeMap<>();
    Set<String> subnets = new HashSet<>();
    for (AttachedInterface a : topology.allInterfaces()) {
      NetworkInterface nic = a.networkInterface();
      if (!subnets.add(nic.subnet().toString())) {
        continue;
      }
      for (EffectiveRoute r : EffectiveRoutes.of(topology, context.state(), nic)) {
        Ipv4Address hop = r.nextHopIp();
        if (r.active() && r.source() == RouteSource.VirtualNetworkGateway && hop != null) {
          programmed.computeIfAbsent(hop, k -> new TreeSet<>()).add(r.prefix() + " in " + nic.subnet());
        }
      }
    }
    programmed.forEach((hop, where) -> check(answers, hop, "BGP next hop " + hop,
        "the route servers program " + summary(where) + " with next hop " + hop, false, findings));
    return findings;
  }

  private void check(Answers answers, Ipv4Address hop, String subject, String what, boolean udr,
      List<Finding> findings) {
    Optional<AttachedInterface> nic = answers.nic(hop);
    if (nic.isPresent()) {
      NetworkInterface n = nic.get().networkInterface();
      if (!n.enableIpForwarding() && (udr || !nic.get().ownerIsNva())) {
        findings.add(Finding.warning(id(), subject, what + ": NIC " + n.name() + " of " + nic.get().owner()
            + " does not enable IP forwarding, so Azure drops the traffic this route sends it (S17)",
            "set enableIpForwarding: true on " + n.name() + ", or point the " + (udr ? "UDR" : "route")
                + " at an appliance"));
      }
      return;
    }
    Optional<LoadBalancer> lb = answers.topology.loadBalancerAt(hop);
    if (lb.isPresent()) {
      if (!lb.get().haPorts() && !lb.get().rules().isEmpty()) {
        findings.add(Finding.warning(id(), subject, what + ": load balancer " + lb.get().name()
            + " has no HA-ports rule, so it forwards only the flows its rules name ("
            + String.join(", ", lb.get().rules().stream().map(r -> r.protocol() + "/" + r.frontendPort()).toList())
            + ") and drops the rest", "add an HA-ports rule to " + lb.get().name()
                + ": {name: ha-ports, protocol: All, frontendPort: 0, backendPort: 0}"));
      }
      for (String backend : lb.get().backendPool()) {
        answers.nicNamed(backend).filter(b -> !b.networkInterface().enableIpForwarding()).ifPresent(b ->
            findings.add(Finding.warning(id(), subject, what + ": backend " + backend + " of load balancer "
                + lb.get().name() + " (" + b.owner() + ") does not enable IP forwarding, so Azure drops the flows the"
                + " load balancer gives it (S17)", "set enableIpForwarding: true on " + backend)));
      }
      return;
    }
    if (answers.gateway(hop)) {
      return;
    }
    if (answers.routeServerInstance(hop)) {
      findings.add(Finding.warning(id(), subject, what + ": " + hop + " is a route-server instance, which answers BGP"
          + " but is not in the data path (facts 7.1, S1), so the traffic is dropped",
          "make the NVA advertise its own address (or its load balancer's frontend) as the next hop instead of"
              + " passing the route server's on"));
      return;
    }
    Optional<String> overlay = answers.overlay(hop);
    if (overlay.isPresent()) {
      findings.add(Finding.warning(id(), subject, what + ": " + hop + " is " + overlay.get() + ", which Azure's fabric"
          + " does not route to (only tunnels reach it), so the traffic is dropped",
          "use the address of the NVA's NIC (or of a load balancer in front of it) as the next hop"));
      return;
    }
    findings.add(Finding.warning(id(), subject, what + ": nothing of the design answers on " + hop
        + " (no NIC, load balancer frontend, route-server instance or gateway), so the traffic is dropped",
        "add the appliance (with enableIpForwarding: true) or the internal load balancer whose frontend is " + hop
            + " to the design, or correct the address"));
  }

  private static String summary(SortedSet<String> where) {
    List<String> shown = where.stream().limit(4).toList();
    return String.join(", ", shown) + (where.size() > shown.size() ? " and " + (where.size() - shown.size())
        + " more" : "");
  }

  /** What answers on an address in a design. */
  private static final class Answers {
    final Topology topology;
    private final Map<Ipv4Address, AttachedInterface> nics = new HashMap<>();
    private final Map<String, AttachedInterface> byName = new HashMap<>();
    private final Set<Ipv4Address> instances = new HashSet<>();
    private final Set<Ipv4Address> gateways = new HashSet<>();

    Answers(LintContext context) {
      this.topology = context.topology();
      for (AttachedInterface nic : topology.allInterfaces()) {
        nics.putIfAbsent(nic.networkInterface().privateIpAddress(), nic);
        byName.putIfAbsent(nic.networkInterface().name(), nic);
      }
      for (RouteServer rs : topology.routeServers()) {
        instances.addAll(topology.routeServerInstanceIps(rs));
      }
      for (Node node : context.network().nodes()) {
        if (node.kind() == SpeakerKind.GATEWAY) {
          gateways.add(node.routerId());
          node.neighbors().stream().map(Neighbor::localAddress).forEach(gateways::add);
        }
      }
    }

    Optional<AttachedInterface> nic(Ipv4Address address) {
      return Optional.ofNullable(nics.get(address));
    }

    Optional<AttachedInterface> nicNamed(String name) {
      return Optional.ofNullable(byName.get(name));
    }

    boolean routeServerInstance(Ipv4Address address) {
      return instances.contains(address);
    }

    boolean gateway(Ipv4Address address) {
      return gateways.contains(address);
    }

    Optional<String> overlay(Ipv4Address address) {
      for (NetworkVirtualAppliance nva : topology.networkVirtualAppliances()) {
        if (nva.loopbacks().contains(address)) {
          return Optional.of("a loopback of " + nva.name());
        }
        for (Tunnel t : nva.tunnels()) {
          if (t.localAddress().equals(address) || t.remoteAddress().equals(address)) {
            return Optional.of("an address of tunnel " + t.name() + " of " + nva.name());
          }
        }
      }
      return Optional.empty();
    }
  }
}
