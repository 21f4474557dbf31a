package io.arsim.engine.trace;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.IpPrefix;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.NetworkInterface;
import io.arsim.core.topology.NetworkVirtualAppliance;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.Topology.AttachedInterface;
import io.arsim.core.topology.VirtualNetwork;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.Neighbor;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.effective.EffectiveRoute;
import io.arsim.engine.effective.EffectiveRoutes;
import io.arsim.engine.effective.NextHop;
import io.arsim.engine.failure.FailedDesign;
import io.arsim.policy.spi.SpeakerKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * Traces packets through the effective routes of a converged design.
 *
 * <p>At each NIC the active routes of the longest matching prefix decide
 * ({@link EffectiveRoutes#lookup}); several equal routes (ECMP) fan the trace out into one branch per
 * route, since the host hashes each flow onto one of them. A next hop of type VirtualNetworkGateway
 * (a BGP route) or VirtualAppliance goes to the NIC that owns that address: the packet is delivered
 * when that NIC owns the destination, dropped when IP forwarding is off on it, and otherwise the NVA
 * forwards it by <em>its own NIC's effective routes</em>. arsim has no model of an NVA's operating
 * system routes: Azure's SDN delivers whatever the NVA sends according to the route table of the
 * host, which is the NIC's effective routes (why a default route on the NVA's own NIC loops, S7).
 * When an NVA's NIC has no usable route (next hop None, or nothing) but the NVA originates a prefix
 * covering the destination, the packet is taken to leave through the NVA to what lies behind it
 * ({@link Outcome#BEYOND_NVA}). A NIC seen twice on a path is a loop.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Tracer {
  /** The most branches one trace follows. */
  public static final int MAX_BRANCHES = 256;

  private final Topology topology;
  private final ConvergedState state;
  private final Map<String, String> downMachines;
  private final Set<String> downNodes;
  private final Map<String, List<EffectiveRoute>> routes = new HashMap<>();
  private final Map<Ipv4Address, List<AttachedInterface>> byAddress = new HashMap<>();

  /**
   * A tracer for a converged design.
   *
   * @param downMachines VMs and NVAs whose NICs drop everything, with the reason
   * @param downNodes BGP nodes that are down (failed gateways drop what they are handed)
   */
  public Tracer(Topology topology, ConvergedState state, Map<String, String> downMachines, Set<String> downNodes) {
    this.topology = topology;
    this.state = state;
    this.downMachines = Map.copyOf(downMachines);
    this.downNodes = Set.copyOf(downNodes);
    for (AttachedInterface a : topology.allInterfaces()) {
      byAddress.computeIfAbsent(a.networkInterface().privateIpAddress(), k -> new ArrayList<>()).add(a);
    }
  }

  /** A tracer for a design without failures. */
  public Tracer(Topology topology, ConvergedState state) {
    this(topology, state, Map.of(), Set.of());
  }

  /** A tracer for a design with failures, converged. */
  public static Tracer of(FailedDesign design, ConvergedState state) {
    return new Tracer(design.topology(), state, design.downMachines(), design.downNodes());
  }

  /** The effective routes of a NIC (computed once per tracer). */
  public List<EffectiveRoute> routes(NetworkInterface nic) {
    return routes.computeIfAbsent(nic.name(), n -> EffectiveRoutes.of(topology, state, nic));
  }

  /** The VM or NVA NIC that owns {@code address}, if any. */
  public Optional<AttachedInterface> owner(Ipv4Address address) {
    return byAddress.getOrDefault(address, List.of()).stream().findFirst();
  }

  /** Every path from {@code from} to {@code destination}. */
  public Trace trace(AttachedInterface from, Ipv4Address destination) {
    List<Branch> branches = new ArrayList<>();
    NetworkInterface nic = from.networkInterface();
    if (nic.privateIpAddress().equals(destination)) {
      branches.add(new Branch(List.of(new Hop(nic.name(), from.owner(), from.ownerIsNva(), nic.privateIpAddress(),
          List.of(), null)), Outcome.DELIVERED, "the destination is the source's own address", nic.name()));
    } else if (downMachines.containsKey(from.owner())) {
      branches.add(new Branch(List.of(new Hop(nic.name(), from.owner(), from.ownerIsNva(), nic.privateIpAddress(),
          List.of(), null)), Outcome.DOWN, from.owner() + " is down (" + downMachines.get(from.owner()) + ")",
          from.owner()));
    } else {
      walk(new ArrayList<>(), from, destination, branches);
    }
    boolean truncated = branches.size() >= MAX_BRANCHES;
    return new Trace(from.owner(), nic.name(), nic.privateIpAddress(), destination, branches, truncated);
  }

  /**
   * The trace there and back: back from the NIC owning {@code destination} to the source's address,
   * and whether a stateful NVA is crossed in one direction only.
   */
  public RoundTrip roundTrip(AttachedInterface from, Ipv4Address destination) {
    Trace forward = trace(from, destination);
    Optional<AttachedInterface> target = owner(destination);
    if (target.isEmpty()) {
      return new RoundTrip(forward, null, false, List.of("no return trace: no NIC in the design owns " + destination));
    }
    if (downMachines.containsKey(target.get().owner())) {
      return new RoundTrip(forward, null, false, List.of("no return trace: " + target.get().owner() + " is down"));
    }
    Trace back = trace(target.get(), from.networkInterface().privateIpAddress());
    Set<String> reasons = new LinkedHashSet<>();
    for (Branch f : forward.branches()) {
      if (!f.outcome().reaches()) {
        continue;
      }
      for (Branch r : back.branches()) {
        if (!r.outcome().reaches()) {
          continue;
        }
        SortedSet<String> there = stateful(f);
        SortedSet<String> returning = stateful(r);
        if (!there.equals(returning)) {
          reasons.add("forward through " + describe(there) + ", return through " + describe(returning)
              + ": a stateful NVA sees one direction only" + (forward.branches().size() > 1 || back.branches().size() > 1
                  ? " (each side's host hashes its own ECMP choice)" : ""));
        }
      }
    }
    return new RoundTrip(forward, back, !reasons.isEmpty(), List.copyOf(reasons));
  }

  private static String describe(SortedSet<String> nvas) {
    return nvas.isEmpty() ? "no stateful NVA" : String.join(" and ", nvas) + " (stateful)";
  }

  private SortedSet<String> stateful(Branch branch) {
    SortedSet<String> result = new TreeSet<>();
    for (String nva : branch.nvas()) {
      topology.networkVirtualAppliance(nva).filter(NetworkVirtualAppliance::stateful).ifPresent(n -> result.add(nva));
    }
    return result;
  }

  private void walk(List<Hop> before, AttachedInterface at, Ipv4Address destination, List<Branch> out) {
    if (out.size() >= MAX_BRANCHES) {
      return;
    }
    NetworkInterface nic = at.networkInterface();
    List<EffectiveRoute> matched = EffectiveRoutes.lookup(routes(nic), destination);
    if (matched.isEmpty()) {
      List<Hop> hops = append(before, new Hop(nic.name(), at.owner(), at.ownerIsNva(), nic.privateIpAddress(),
          List.of(), null));
      out.add(beyondNva(at, destination).map(p -> beyond(hops, at, p))
          .orElse(new Branch(hops, Outcome.BLACKHOLE, "no route to " + destination + " in the effective routes of "
              + nic.name() + ": dropped", nic.name())));
      return;
    }
    for (EffectiveRoute route : matched) {
      if (out.size() >= MAX_BRANCHES) {
        return;
      }
      List<Hop> hops = append(before, new Hop(nic.name(), at.owner(), at.ownerIsNva(), nic.privateIpAddress(),
          matched, route));
      follow(hops, at, route, destination, out);
    }
  }

  private void follow(List<Hop> hops, AttachedInterface at, EffectiveRoute route, Ipv4Address destination,
      List<Branch> out) {
    NetworkInterface nic = at.networkInterface();
    String vnet = nic.subnet().virtualNetwork();
    switch (route.nextHopType()) {
      case Internet -> out.add(new Branch(hops, Outcome.INTERNET, "leaves Azure to the Internet (" + route.prefix()
          + ", next hop Internet)", "Internet"));
      case None -> out.add(beyondNva(at, destination).map(p -> beyond(hops, at, p)).orElse(new Branch(hops,
          Outcome.BLACKHOLE, "blackhole: " + route.prefix() + " has next hop None (" + route.origin() + ")",
          nic.name())));
      case VnetLocal, VNetPeering, VNetGlobalPeering -> {
        String target = route.nextHopType() == NextHop.VnetLocal ? vnet : peeredVnetFor(vnet, route.prefix());
        Optional<AttachedInterface> owner = byAddress.getOrDefault(destination, List.of()).stream()
            .filter(a -> a.networkInterface().subnet().virtualNetwork().equals(target)).findFirst();
        if (owner.isEmpty()) {
          out.add(new Branch(hops, Outcome.DELIVERED_TO_VNET, "delivered to VNet " + target + " (" + route.nextHopType()
              + "; no NIC at " + destination + ")", target));
        } else {
          arrive(hops, owner.get(), destination, out);
        }
      }
      case VirtualAppliance, VirtualNetworkGateway -> {
        Ipv4Address nextHop = route.nextHopIp();
        if (nextHop == null) {
          out.add(new Branch(hops, Outcome.BLACKHOLE, "blackhole: " + route.prefix() + " has no next-hop address",
              nic.name()));
          return;
        }
        Optional<AttachedInterface> next = byAddress.getOrDefault(nextHop, List.of()).stream()
            .filter(a -> reachable(vnet, a.networkInterface().subnet().virtualNetwork())).findFirst();
        if (next.isEmpty()) {
          Optional<AttachedInterface> far = owner(nextHop);
          if (far.isPresent()) {
            String farVnet = far.get().networkInterface().subnet().virtualNetwork();
            out.add(new Branch(hops, Outcome.BLACKHOLE, "blackhole: next hop " + nextHop + " (" + far.get().owner()
                + ", VNet " + farVnet + ") cannot be reached from VNet " + vnet + ": the VNets are not peered",
                nextHop.toString()));
            return;
          }
          Optional<Node> gateway = gatewayAt(nextHop);
          if (gateway.isPresent()) {
            Node g = gateway.get();
            out.add(downNodes.contains(g.name())
                ? new Branch(hops, Outcome.DOWN, "handed to " + g.name() + ", which is down", g.name())
                : new Branch(hops, Outcome.GATEWAY, "handed to gateway " + g.name() + " (" + nextHop
                    + "): leaves Azure toward on-premises", g.name()));
            return;
          }
          out.add(new Branch(hops, Outcome.BLACKHOLE, "blackhole: no NIC or gateway answers on next hop " + nextHop,
              nextHop.toString()));
          return;
        }
        AttachedInterface hop = next.get();
        if (hop.networkInterface().privateIpAddress().equals(destination)) {
          arrive(hops, hop, destination, out);
          return;
        }
        if (downMachines.containsKey(hop.owner())) {
          out.add(new Branch(hops, Outcome.DOWN, "sent to " + hop.owner() + " (" + nextHop + "), which is down ("
              + downMachines.get(hop.owner()) + ")", hop.networkInterface().name()));
          return;
        }
        if (!hop.networkInterface().enableIpForwarding()) {
          out.add(new Branch(hops, Outcome.DROP, "drop: IP forwarding disabled on " + hop.networkInterface().name()
              + " (" + hop.owner() + "), which does not own " + destination, hop.networkInterface().name()));
          return;
        }
        String name = hop.networkInterface().name();
        int seen = -1;
        for (int i = 0; i < hops.size(); i++) {
          if (hops.get(i).nic().equals(name)) {
            seen = i;
            break;
          }
        }
        if (seen >= 0) {
          List<String> cycle = new ArrayList<>(hops.subList(seen, hops.size()).stream().map(Hop::nic).toList());
          cycle.add(name);
          out.add(new Branch(hops, Outcome.LOOP, "loop: " + String.join(" -> ", cycle), name));
          return;
        }
        walk(hops, hop, destination, out);
      }
    }
  }

  private void arrive(List<Hop> hops, AttachedInterface owner, Ipv4Address destination, List<Branch> out) {
    String name = owner.networkInterface().name();
    if (downMachines.containsKey(owner.owner())) {
      out.add(new Branch(hops, Outcome.DOWN, owner.owner() + " (" + destination + ") is down ("
          + downMachines.get(owner.owner()) + ")", name));
    } else {
      out.add(new Branch(hops, Outcome.DELIVERED, "delivered to " + owner.owner() + " (" + name + ", " + destination
          + ")", name));
    }
  }

  private Branch beyond(List<Hop> hops, AttachedInterface at, Ipv4Prefix prefix) {
    return new Branch(hops, Outcome.BEYOND_NVA, at.owner() + " originates " + prefix + " and its NIC has no usable"
        + " route: the packet leaves through " + at.owner() + " to what lies behind it (not modelled)", "beyond " + at.owner());
  }

  private Optional<Ipv4Prefix> beyondNva(AttachedInterface at, Ipv4Address destination) {
    if (!at.ownerIsNva()) {
      return Optional.empty();
    }
    return topology.networkVirtualAppliance(at.owner()).flatMap(n -> n.networks().stream()
        .filter(p -> p.contains(destination)).max(java.util.Comparator.comparingInt(Ipv4Prefix::length)));
  }

  private boolean reachable(String from, String to) {
    return from.equals(to) || topology.arePeered(from, to);
  }

  private String peeredVnetFor(String vnet, Ipv4Prefix prefix) {
    for (VirtualNetwork other : topology.virtualNetworks()) {
      if (!other.name().equals(vnet) && topology.arePeered(vnet, other.name())) {
        for (IpPrefix p : other.addressSpace()) {
          if (p instanceof Ipv4Prefix p4 && p4.overlaps(prefix)) {
            return other.name();
          }
        }
      }
    }
    return vnet;
  }

  private Optional<Node> gatewayAt(Ipv4Address address) {
    for (Node node : state.network().nodes()) {
      if (node.kind() == SpeakerKind.ROUTE_SERVER || node.kind() == SpeakerKind.NVA) {
        continue;
      }
      if (node.routerId().equals(address)
          || node.neighbors().stream().map(Neighbor::localAddress).anyMatch(address::equals)) {
        return Optional.of(node);
      }
    }
    return Optional.empty();
  }

  private static List<Hop> append(List<Hop> hops, Hop hop) {
    List<Hop> result = new ArrayList<>(hops);
    result.add(hop);
    return result;
  }
}
