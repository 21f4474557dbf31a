package io.arsim.engine.trace;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.net.IpPrefix;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.BranchSite;
import io.arsim.core.topology.LoadBalancer;
import io.arsim.core.topology.NetworkInterface;
import io.arsim.core.topology.NetworkVirtualAppliance;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.Topology.AttachedInterface;
import io.arsim.core.topology.Tunnel;
import io.arsim.core.topology.TunnelType;
import io.arsim.core.topology.VirtualNetwork;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.Neighbor;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.Selection;
import io.arsim.engine.effective.EffectiveRoute;
import io.arsim.engine.effective.EffectiveRoutes;
import io.arsim.engine.effective.NextHop;
import io.arsim.engine.failure.FailedDesign;
import io.arsim.engine.forwarding.AdministrativeDistances;
import io.arsim.engine.forwarding.Egress;
import io.arsim.engine.forwarding.LoadBalancing;
import io.arsim.engine.forwarding.NvaRoute;
import io.arsim.engine.forwarding.NvaRoutingTable;
import io.arsim.engine.forwarding.Overlay;
import io.arsim.policy.spi.SpeakerKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Traces packets through the effective routes of a converged design.
 *
 * <p>At each NIC the active routes of the longest matching prefix decide
 * ({@link EffectiveRoutes#lookup}); several equal routes (ECMP) fan the trace out into one branch per
 * route, since the host hashes each flow onto one of them. A next hop of type VirtualNetworkGateway
 * (a BGP route) or VirtualAppliance goes to the NIC that owns that address: the packet is delivered
 * when that NIC owns the destination, dropped when IP forwarding is off on it, and otherwise the NVA
 * forwards it. When the next hop is an internal load balancer's frontend, the load balancer hands
 * the flow to one healthy backend ({@link LoadBalancing}: the same backend in both directions).
 *
 * <p>An NVA forwards by its own routing table first ({@link NvaRoutingTable}: connected, static and
 * BGP routes by administrative distance, and Azure's default gateway): into a tunnel, the packet
 * continues at the far NVA or leaves for a branch or something outside the design
 * ({@link Outcome#BEYOND_NVA}, "beyond nva1 via tunnel X"); out of a NIC, Azure's SDN delivers it by
 * <em>that NIC's effective routes</em> (why a default route on the NVA's own NIC loops, S7). When the
 * NIC has no usable route but the NVA originates a prefix covering the destination, the packet is
 * taken to leave through the NVA to what lies behind it. A NIC, or an NVA, seen twice on a path is a
 * loop.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Tracer {
  /** The most branches one trace follows. */
  public static final int MAX_BRANCHES = 256;

  private final Topology topology;
  private final ConvergedState state;
  private final Map<String, String> downMachines;
  private final Set<String> downNodes;
  private final Set<String> downLoadBalancers;
  private final Overlay overlay;
  private final Map<String, List<EffectiveRoute>> routes = new HashMap<>();
  private final Map<String, NvaRoutingTable> tables = new HashMap<>();
  private final Map<Ipv4Address, List<AttachedInterface>> byAddress = new HashMap<>();
  private final Map<String, AttachedInterface> byName = new HashMap<>();
  private final Map<Ipv4Address, Node> nodesByAddress = new HashMap<>();

  /**
   * A tracer for a converged design.
   *
   * @param downMachines VMs and NVAs whose NICs drop everything, with the reason
   * @param downNodes BGP nodes that are down (failed gateways drop what they are handed)
   * @param downLoadBalancers load balancers whose frontends answer nothing
   */
  public Tracer(Topology topology, ConvergedState state, Map<String, String> downMachines, Set<String> downNodes,
      Set<String> downLoadBalancers) {
    this.topology = topology;
    this.state = state;
    this.downMachines = Map.copyOf(downMachines);
    this.downNodes = Set.copyOf(downNodes);
    this.downLoadBalancers = Set.copyOf(downLoadBalancers);
    this.overlay = Overlay.of(topology);
    for (AttachedInterface a : topology.allInterfaces()) {
      byAddress.computeIfAbsent(a.networkInterface().privateIpAddress(), k -> new ArrayList<>()).add(a);
      byName.putIfAbsent(a.networkInterface().name(), a);
    }
    for (Node node : state.network().nodes()) {
      if (node.kind() == SpeakerKind.ROUTE_SERVER) {
        continue;
      }
      nodesByAddress.putIfAbsent(node.routerId(), node);
      node.neighbors().forEach(n -> nodesByAddress.putIfAbsent(n.localAddress(), node));
    }
  }

  /**
   * A tracer for a converged design whose load balancers all work.
   *
   * @param downMachines VMs and NVAs whose NICs drop everything, with the reason
   * @param downNodes BGP nodes that are down (failed gateways drop what they are handed)
   */
  public Tracer(Topology topology, ConvergedState state, Map<String, String> downMachines, Set<String> downNodes) {
    this(topology, state, downMachines, downNodes, Set.of());
  }

  /** A tracer for a design without failures. */
  public Tracer(Topology topology, ConvergedState state) {
    this(topology, state, Map.of(), Set.of());
  }

  /** A tracer for a design with failures, converged. */
  public static Tracer of(FailedDesign design, ConvergedState state) {
    return new Tracer(design.topology(), state, design.downMachines(), design.downNodes(), design.downLoadBalancers());
  }

  /** The effective routes of a NIC (computed once per tracer). */
  public List<EffectiveRoute> routes(NetworkInterface nic) {
    return routes.computeIfAbsent(nic.name(), n -> EffectiveRoutes.of(topology, state, nic));
  }

  /**
   * The routing table of an NVA as it forwards in this design (computed once per tracer): routes
   * through a tunnel that carries nothing are withdrawn, including an IPsec tunnel whose far end
   * failed (dead-peer detection takes it down; a VXLAN tunnel has no such liveness and stays).
   */
  public NvaRoutingTable table(NetworkVirtualAppliance nva) {
    return tables.computeIfAbsent(nva.name(), n -> NvaRoutingTable.of(topology, nva,
        state.node(nva.name()).orElse(null), AdministrativeDistances.defaults(), t -> tunnelUp(nva, t)));
  }

  private boolean tunnelUp(NetworkVirtualAppliance nva, Tunnel tunnel) {
    Optional<Overlay.TunnelEnd> end = overlay.end(nva.name(), tunnel.name());
    if (end.isEmpty() || !end.get().up()) {
      return false;
    }
    String far = end.get().farName();
    boolean farDown = far != null && (downMachines.containsKey(far) || downNodes.contains(far));
    return !(farDown && tunnel.type() == TunnelType.IPsec);
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
      walk(new ArrayList<>(), Ingress.of(from, null), new Flow(nic.privateIpAddress(), destination), branches);
    }
    boolean truncated = branches.size() >= MAX_BRANCHES;
    return new Trace(from.owner(), nic.name(), nic.privateIpAddress(), destination, branches, truncated);
  }

  /**
   * Every path from a router outside Azure's fabric, or from a gateway, to {@code destination}:
   * an on-premises site or a branch (by its name), a Microsoft edge link
   * ({@code er-circuit/primary}) or a gateway instance ({@code ergw-hub1/IN_0}). Such a router
   * forwards by the best path of its BGP table for the longest matching prefix, to the speaker that
   * answers on the path's next hop (ECMP: one branch per equal path); a branch reaches an NVA
   * through the tunnel that ends at it. A packet entering Azure at a gateway instance is forwarded
   * by the routes of the gateway's GatewaySubnet ({@link EffectiveRoutes#ofGateway}: its
   * user-defined routes, the VNet and peering system routes, the gateway's own BGP paths), then on
   * as from any NIC. A router that originates the destination's prefix itself delivers it.
   *
   * @param node the router's node name
   * @param source the packet's source address ({@link #defaultSource})
   * @throws IllegalArgumentException when no such node exists, or it is a route-server instance (not
   *     in the data path) or an NVA (trace from its NIC instead)
   */
  public Trace traceFrom(String node, Ipv4Address source, Ipv4Address destination) {
    Node start = state.network().node(node).orElseThrow(() -> new IllegalArgumentException(
        "no BGP speaker named " + node));
    if (start.kind() == SpeakerKind.ROUTE_SERVER) {
      throw new IllegalArgumentException(node + " is a route-server instance, which is not in the data path (S1):"
          + " no packet starts or passes there");
    }
    if (start.kind() == SpeakerKind.NVA) {
      throw new IllegalArgumentException(node + " is an NVA: trace from its NIC");
    }
    List<Branch> branches = new ArrayList<>();
    walkNode(new ArrayList<>(), start, start.routerId(), null, new Flow(source, destination), branches);
    return new Trace(start.name(), start.name(), source, destination, branches, branches.size() >= MAX_BRANCHES);
  }

  /**
   * The source address of packets from a router outside Azure when none is given: the first
   * address after the network address of the first prefix an on-premises site or branch
   * originates, otherwise the router's own address (a gateway instance's, a Microsoft edge link's).
   */
  public Ipv4Address defaultSource(String node) {
    Node n = state.network().node(node).orElseThrow(() -> new IllegalArgumentException("no BGP speaker named " + node));
    if (n.kind() == SpeakerKind.ON_PREMISES && !n.originated().isEmpty()) {
      Ipv4Prefix first = n.originated().get(0).prefix();
      return first.length() >= 31 ? first.first() : first.first().plus(1);
    }
    return n.routerId();
  }

  /** Whether a packet handed to {@code node} enters Azure there: a gateway instance in a VNet. */
  private boolean entersAzure(Node node) {
    return node.kind() == SpeakerKind.GATEWAY && node.virtualNetwork() != null;
  }

  private static Hop nodeHop(Node node, Ipv4Address at, @Nullable Via via, @Nullable BgpForwarding bgp) {
    return new Hop(node.name(), node.owner(), false, at, List.of(), null, via, null, bgp);
  }

  /** The packet is at {@code node} (arrived on its address {@code at}). */
  private void walkNode(List<Hop> before, Node node, Ipv4Address at, @Nullable Via via, Flow flow, List<Branch> out) {
    if (out.size() >= MAX_BRANCHES) {
      return;
    }
    if (loop(before, node.name(), null, out)) {
      return;
    }
    if (downNodes.contains(node.name())) {
      List<Hop> hops = before.isEmpty() ? List.of(nodeHop(node, at, via, null)) : before;
      out.add(new Branch(hops, Outcome.DOWN, (before.isEmpty() ? "" : "handed to ") + node.name() + ", which is down",
          node.name()));
      return;
    }
    if (entersAzure(node)) {
      throughGateway(before, node, at, via, flow, out);
      return;
    }
    Selection selection = longestMatch(node, flow.destination());
    List<io.arsim.engine.bgp.StaticRoute> statics = longestStaticMatch(node, flow.destination());
    if (!statics.isEmpty() && (selection == null || statics.get(0).prefix().length() > selection.prefix().length()
        || statics.get(0).prefix().length() == selection.prefix().length() && !selection.primary().isLocal())) {
      // A static route: longer than any BGP path, or as long and not the router's own prefix
      // (administrative distance 1 beats BGP's, as on FRR and IOS-XE).
      Set<Ipv4Address> seen = new java.util.HashSet<>();
      for (io.arsim.engine.bgp.StaticRoute r : statics) {
        if (!seen.add(r.nextHop()) || out.size() >= MAX_BRANCHES) {
          continue;
        }
        BgpForwarding how = BgpForwarding.ofStatic(r.prefix(), r.nextHop(), statics.size());
        toNextHop(append(before, nodeHop(node, at, via, how)), node, r.nextHop(), flow, out);
      }
      return;
    }
    if (selection == null) {
      out.add(new Branch(append(before, nodeHop(node, at, via, null)), Outcome.BLACKHOLE, "blackhole: " + node.name()
          + " has no route to " + flow.destination() + " in its BGP table"
          + (node.staticRoutes().isEmpty() ? "" : " nor among its static routes"), node.name()));
      return;
    }
    if (selection.primary().isLocal()) {
      out.add(new Branch(append(before, nodeHop(node, at, via, null)), Outcome.DELIVERED, "delivered to " + node.name()
          + ", which originates " + selection.prefix(), node.name()));
      return;
    }
    Set<Ipv4Address> seen = new java.util.HashSet<>();
    for (io.arsim.engine.bgp.Candidate c : selection.best()) {
      Ipv4Address nextHop = c.route().attributes().nextHop();
      if (!seen.add(nextHop) || out.size() >= MAX_BRANCHES) {
        continue;
      }
      BgpForwarding bgp = new BgpForwarding(selection.prefix(), c.peer(), nextHop, c.route().attributes().asPath(),
          selection.best().size());
      toNextHop(append(before, nodeHop(node, at, via, bgp)), node, nextHop, flow, out);
    }
  }

  /**
   * {@code node}'s static routes for the longest prefix holding {@code address} (one per next hop),
   * or none. A static route whose next hop is a node that is down is not in the table: the tunnel
   * to it is down (a site's route over a VPN tunnel leaves with the tunnel), so a shorter route, or
   * the other instance's, carries the packet.
   */
  private List<io.arsim.engine.bgp.StaticRoute> longestStaticMatch(Node node, Ipv4Address address) {
    List<io.arsim.engine.bgp.StaticRoute> usable = node.staticRoutes().stream()
        .filter(r -> r.prefix().contains(address) && !nextHopDown(r.nextHop())).toList();
    int length = usable.stream().mapToInt(r -> r.prefix().length()).max().orElse(-1);
    return usable.stream().filter(r -> r.prefix().length() == length).toList();
  }

  private boolean nextHopDown(Ipv4Address nextHop) {
    Node next = nodesByAddress.get(nextHop);
    return next != null && downNodes.contains(next.name());
  }

  /** The best path of {@code node}'s BGP table for the longest prefix holding {@code address}, or null. */
  private @Nullable Selection longestMatch(Node node, Ipv4Address address) {
    Optional<io.arsim.engine.bgp.NodeState> tables = state.node(node.name());
    if (tables.isEmpty()) {
      return null;
    }
    Selection best = null;
    for (Selection s : tables.get().table().values()) {
      if (s.prefix().contains(address) && !s.best().isEmpty()
          && (best == null || s.prefix().length() > best.prefix().length())) {
        best = s;
      }
    }
    return best;
  }

  /** A router outside Azure sends the packet to its path's next hop. */
  private void toNextHop(List<Hop> hops, Node from, Ipv4Address nextHop, Flow flow, List<Branch> out) {
    Node next = nodesByAddress.get(nextHop);
    if (next == null) {
      out.add(new Branch(hops, Outcome.BLACKHOLE, "blackhole: nothing of the design answers on next hop " + nextHop
          + " of " + from.name(), nextHop.toString()));
      return;
    }
    if (next.kind() != SpeakerKind.NVA) {
      walkNode(hops, next, nextHop, null, flow, out);
      return;
    }
    // An NVA is reached from outside Azure through a tunnel that ends at the sender (a branch).
    Optional<NetworkVirtualAppliance> nva = topology.networkVirtualAppliance(next.owner());
    Optional<Tunnel> tunnel = nva.stream().flatMap(n -> n.tunnels().stream())
        .filter(t -> from.owner().equals(t.remote()))
        .sorted(java.util.Comparator.comparing((Tunnel t) -> !t.localAddress().equals(nextHop)).thenComparing(Tunnel::name))
        .findFirst();
    if (nva.isEmpty() || nva.get().networkInterfaces().isEmpty() || tunnel.isEmpty()) {
      out.add(new Branch(hops, Outcome.BLACKHOLE, "blackhole: next hop " + nextHop + " is " + next.name() + ", which "
          + from.name() + " reaches through no tunnel", nextHop.toString()));
      return;
    }
    Tunnel t = tunnel.get();
    if (!tunnelUp(nva.get(), t)) {
      out.add(new Branch(hops, Outcome.BLACKHOLE, "blackhole: tunnel " + t.name() + " (" + t.type() + ") between "
          + from.name() + " and " + next.name() + " carries nothing", nextHop.toString()));
      return;
    }
    if (downMachines.containsKey(next.owner())) {
      out.add(new Branch(hops, Outcome.DOWN, "sent through tunnel " + t.name() + " to " + next.owner()
          + ", which is down (" + downMachines.get(next.owner()) + ")", next.owner()));
      return;
    }
    if (loop(hops, t.name(), next.owner(), out)) {
      return;
    }
    Via via = new Via(Via.Kind.TUNNEL, t.name(), "tunnel " + t.name() + " (" + t.type() + ") from " + from.name()
        + ", arriving on " + next.owner() + "'s tunnel " + t.name());
    AttachedInterface anchor = new AttachedInterface(next.owner(), true, nva.get().networkInterfaces().get(0));
    walk(hops, new Ingress(t.name(), t.localAddress(), anchor, via), flow, out);
  }

  /**
   * A packet enters Azure at a gateway instance: the routes of its GatewaySubnet decide
   * ({@link EffectiveRoutes#ofGateway}), as at a NIC there.
   */
  private void throughGateway(List<Hop> before, Node gateway, Ipv4Address at, @Nullable Via via, Flow flow,
      List<Branch> out) {
    String vnet = java.util.Objects.requireNonNull(gateway.virtualNetwork());
    boolean hasSubnet = topology.virtualNetwork(vnet).stream().flatMap(v -> v.subnets().stream())
        .anyMatch(sub -> sub.name().equals(io.arsim.core.topology.Subnet.GATEWAY_SUBNET));
    if (!hasSubnet) {
      out.add(new Branch(append(before, nodeHop(gateway, at, via, null)), Outcome.BLACKHOLE, "blackhole: gateway "
          + gateway.name() + " is in VNet " + vnet + ", which has no GatewaySubnet", gateway.name()));
      return;
    }
    NetworkInterface nic = new NetworkInterface(gateway.name(), new io.arsim.core.topology.SubnetRef(vnet,
        io.arsim.core.topology.Subnet.GATEWAY_SUBNET), gateway.routerId(), true);
    routes.computeIfAbsent(nic.name(), n -> EffectiveRoutes.ofGateway(topology, state, nic, gateway));
    AttachedInterface exit = new AttachedInterface(gateway.owner(), false, nic);
    Via entry = via != null ? via : new Via(Via.Kind.GATEWAY, gateway.owner(), "gateway " + gateway.name() + " ("
        + gateway.routerId() + "): the packet enters VNet " + vnet + ", and the routes of its GatewaySubnet decide"
        + (before.isEmpty() ? "" : " (from " + before.get(before.size() - 1).nic() + ")"));
    azure(before, new Ingress(gateway.name(), gateway.routerId(), exit, entry), exit, null, flow, out);
  }

  /**
   * The trace there and back: back from the NIC owning {@code destination} to the source's address,
   * and whether a stateful NVA is crossed in one direction only. Where a forward path crosses an NVA
   * that translates the source (SNAT), the destination replies to the translated address, so the
   * comparison is made in two parts: after that NVA, against the replies to its address; before it,
   * against the NVA's own path back to the source.
   */
  public RoundTrip roundTrip(AttachedInterface from, Ipv4Address destination) {
    return roundTrip(trace(from, destination), from.networkInterface().privateIpAddress(), destination);
  }

  /**
   * The trace there and back from a router outside Azure's fabric ({@link #traceFrom}): back from
   * the NIC owning {@code destination} to {@code source}, compared as {@link #roundTrip(AttachedInterface,
   * Ipv4Address)} compares.
   *
   * @throws IllegalArgumentException as {@link #traceFrom} does
   */
  public RoundTrip roundTripFrom(String node, Ipv4Address source, Ipv4Address destination) {
    return roundTrip(traceFrom(node, source, destination), source, destination);
  }

  private RoundTrip roundTrip(Trace forward, Ipv4Address source, Ipv4Address destination) {
    java.util.function.Function<Ipv4Address, Trace> back;
    Optional<AttachedInterface> target = owner(destination);
    if (target.isPresent()) {
      if (downMachines.containsKey(target.get().owner())) {
        return new RoundTrip(forward, null, false, List.of("no return trace: " + target.get().owner() + " is down"));
      }
      back = to -> trace(target.get(), to);
    } else {
      Optional<Node> site = outsideOwner(destination);
      if (site.isEmpty()) {
        return new RoundTrip(forward, null, false, List.of("no return trace: no NIC, on-premises site or branch in"
            + " the design owns " + destination));
      }
      back = to -> traceFrom(site.get().name(), destination, to);
    }
    Trace backTrace = back.apply(source);
    boolean forwardEcmp = hashesOverStatefulNvas(forward);
    Set<String> reasons = new LinkedHashSet<>();
    Map<String, Trace> translated = new LinkedHashMap<>();
    for (Branch f : forward.branches()) {
      if (!f.outcome().reaches()) {
        continue;
      }
      int nat = lastTranslation(f);
      if (nat < 0) {
        compare(stateful(f.hops(), 1, f.hops().size()), backTrace, Set.of(), forwardEcmp, reasons);
        continue;
      }
      Hop x = f.hops().get(nat);
      NvaForwarding forwarding = x.forwarding();
      Ipv4Address translatedTo = forwarding == null ? source : forwarding.translatedSource().orElse(source);
      Set<String> self = statefulNva(x.owner()) ? Set.of(x.owner()) : Set.of();
      // After the NVA: the destination replies to the translated address, which is the NVA's.
      Trace replies = translated.computeIfAbsent("to " + translatedTo, k -> back.apply(translatedTo));
      SortedSet<String> after = stateful(f.hops(), nat + 1, f.hops().size());
      after.addAll(self);
      compare(after, replies, self, forwardEcmp, reasons);
      // Before it: the NVA sends the reply on to the source by its own routing.
      Optional<AttachedInterface> xNic = owner(translatedTo);
      if (xNic.isPresent() && nat > 0) {
        Trace onward = translated.computeIfAbsent(x.owner() + " to " + source, k -> trace(xNic.get(), source));
        SortedSet<String> before = stateful(f.hops(), 1, nat);
        before.addAll(self);
        compare(before, onward, self, forwardEcmp, reasons);
      }
    }
    return new RoundTrip(forward, backTrace, !reasons.isEmpty(), List.copyOf(reasons),
        List.copyOf(translated.values()));
  }

  /**
   * The router outside Azure (an on-premises site or a branch) that originates the longest prefix
   * covering {@code address}; ties go to the lower name.
   */
  public Optional<Node> outsideOwner(Ipv4Address address) {
    Node best = null;
    int bestLength = -1;
    for (Node node : state.network().nodes()) {
      if (node.kind() != SpeakerKind.ON_PREMISES) {
        continue;
      }
      for (io.arsim.core.bgp.BgpRoute route : node.originated()) {
        if (route.prefix().contains(address) && (route.prefix().length() > bestLength
            || route.prefix().length() == bestLength && best != null && node.name().compareTo(best.name()) < 0)) {
          best = node;
          bestLength = route.prefix().length();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Adds a reason for every reaching branch of {@code back} that crosses other stateful NVAs than {@code there}. */
  private void compare(SortedSet<String> there, Trace back, Set<String> alsoBack, boolean forwardEcmp,
      Set<String> reasons) {
    for (Branch r : back.branches()) {
      if (!r.outcome().reaches()) {
        continue;
      }
      SortedSet<String> returning = stateful(r.hops(), 1, r.hops().size());
      returning.addAll(alsoBack);
      if (!there.equals(returning)) {
        reasons.add("forward through " + describe(there) + ", return through " + describe(returning)
            + ": a stateful NVA sees one direction only" + (forwardEcmp || hashesOverStatefulNvas(back)
                ? " (each side's host hashes its own ECMP choice)" : ""));
      }
    }
  }

  /**
   * Whether the reaching branches of {@code trace} cross different sets of stateful NVAs: a host's
   * ECMP hash then decides which one a flow meets (an ECMP choice between two circuit links does not).
   */
  private boolean hashesOverStatefulNvas(Trace trace) {
    Set<SortedSet<String>> sets = new java.util.HashSet<>();
    for (Branch b : trace.branches()) {
      if (b.outcome().reaches()) {
        sets.add(stateful(b.hops(), 1, b.hops().size()));
      }
    }
    return sets.size() > 1;
  }

  /** The index of the last hop where an NVA translated the source, or -1. */
  private static int lastTranslation(Branch branch) {
    for (int i = branch.hops().size() - 1; i >= 1; i--) {
      NvaForwarding forwarding = branch.hops().get(i).forwarding();
      if (forwarding != null && forwarding.sourceNat() != null) {
        return i;
      }
    }
    return -1;
  }

  private static String describe(SortedSet<String> nvas) {
    return nvas.isEmpty() ? "no stateful NVA" : String.join(" and ", nvas) + " (stateful)";
  }

  /** The stateful NVAs among {@code hops[from, to)}. */
  private SortedSet<String> stateful(List<Hop> hops, int from, int to) {
    SortedSet<String> result = new TreeSet<>();
    for (int i = from; i < to; i++) {
      Hop hop = hops.get(i);
      if (hop.nva() && statefulNva(hop.owner())) {
        result.add(hop.owner());
      }
    }
    return result;
  }

  private boolean statefulNva(String name) {
    return topology.networkVirtualAppliance(name).filter(NetworkVirtualAppliance::stateful).isPresent();
  }

  // ---------------------------------------------------------------- walking

  /** A packet's addresses; the source changes where an NVA translates it. */
  private record Flow(Ipv4Address source, Ipv4Address destination) {}

  /**
   * Where a packet arrives at a machine: a NIC, or (at an NVA) a tunnel interface.
   *
   * @param nic the NIC it arrived on; for a tunnel arrival, the NVA's first NIC (never used for routes)
   */
  private record Ingress(String name, Ipv4Address address, AttachedInterface nic, @Nullable Via via) {
    static Ingress of(AttachedInterface nic, @Nullable Via via) {
      return new Ingress(nic.networkInterface().name(), nic.networkInterface().privateIpAddress(), nic, via);
    }

    String owner() {
      return nic.owner();
    }

    boolean nva() {
      return nic.ownerIsNva();
    }

    Hop hop(List<EffectiveRoute> matched, @Nullable EffectiveRoute taken, @Nullable NvaForwarding forwarding) {
      return new Hop(name, owner(), nva(), address, matched, taken, via, forwarding);
    }
  }

  private void walk(List<Hop> before, Ingress in, Flow flow, List<Branch> out) {
    if (out.size() >= MAX_BRANCHES) {
      return;
    }
    if (in.nva()) {
      Optional<NetworkVirtualAppliance> nva = topology.networkVirtualAppliance(in.owner());
      if (nva.isPresent() && !nva.get().networkInterfaces().isEmpty()) {
        routeByNva(before, in, nva.get(), flow, out);
        return;
      }
    }
    azure(before, in, in.nic(), null, flow, out);
  }

  /**
   * The NVA's own routing table decides: into a tunnel, to itself, or out of a NIC into Azure. Equal
   * routes (ECMP) that leave the same way are one branch: out of a NIC, Azure's SDN delivers the
   * packet by that NIC's effective routes whatever next-hop address the NVA used (two eBGP paths
   * from the two route-server instances, for example, differ only in that address).
   */
  private void routeByNva(List<Hop> before, Ingress in, NetworkVirtualAppliance nva, Flow flow, List<Branch> out) {
    java.util.Set<String> ways = new java.util.HashSet<>();
    for (NvaRoute route : table(nva).lookup(flow.destination())) {
      if (out.size() >= MAX_BRANCHES) {
        return;
      }
      Egress egress = route.egress();
      String way = egress instanceof Egress.OutNic nic ? "nic " + nic.nic().name()
          : egress instanceof Egress.IntoTunnel tunnel ? "tunnel " + tunnel.tunnel().name() : "local";
      if (!ways.add(way)) {
        continue;
      }
      if (egress instanceof Egress.Local) {
        out.add(new Branch(append(before, in.hop(List.of(), null, new NvaForwarding(route, null))), Outcome.DELIVERED,
            "delivered to " + nva.name() + " (" + flow.destination() + " is its own address)", in.name()));
      } else if (egress instanceof Egress.IntoTunnel tunnel) {
        List<Hop> hops = append(before, in.hop(List.of(), null, new NvaForwarding(route, null)));
        intoTunnel(hops, nva, tunnel.tunnel(), flow, out);
      } else if (egress instanceof Egress.OutNic nic) {
        NetworkInterface exit = nic.nic();
        Ipv4Address translated = !before.isEmpty() && nva.translatesSourceOn(exit) ? exit.privateIpAddress() : null;
        Flow next = translated == null ? flow : new Flow(translated, flow.destination());
        azure(before, in, new AttachedInterface(nva.name(), true, exit), new NvaForwarding(route, translated), next,
            out);
      }
    }
  }

  /** Azure's SDN delivers the packet by the effective routes of the NIC it leaves through. */
  private void azure(List<Hop> before, Ingress in, AttachedInterface exit, @Nullable NvaForwarding forwarding,
      Flow flow, List<Branch> out) {
    NetworkInterface nic = exit.networkInterface();
    List<EffectiveRoute> matched = EffectiveRoutes.lookup(routes(nic), flow.destination());
    if (matched.isEmpty()) {
      List<Hop> hops = append(before, in.hop(List.of(), null, forwarding));
      out.add(beyondNva(exit, flow.destination()).map(p -> beyond(hops, exit, p))
          .orElse(new Branch(hops, Outcome.BLACKHOLE, "no route to " + flow.destination() + " in the effective routes"
              + " of " + nic.name() + ": dropped", nic.name())));
      return;
    }
    for (EffectiveRoute route : matched) {
      if (out.size() >= MAX_BRANCHES) {
        return;
      }
      follow(append(before, in.hop(matched, route, forwarding)), exit, route, flow, out);
    }
  }

  private void follow(List<Hop> hops, AttachedInterface at, EffectiveRoute route, Flow flow, List<Branch> out) {
    Ipv4Address destination = flow.destination();
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
        Optional<LoadBalancer> frontend = topology.loadBalancerAt(destination)
            .filter(b -> b.frontend().subnet().virtualNetwork().equals(target));
        if (owner.isPresent()) {
          arrive(hops, owner.get(), destination, out);
        } else if (frontend.isPresent()) {
          throughLoadBalancer(hops, frontend.get(), flow, out);
        } else {
          out.add(new Branch(hops, Outcome.DELIVERED_TO_VNET, "delivered to VNet " + target + " (" + route.nextHopType()
              + "; no NIC at " + destination + ")", target));
        }
      }
      case VirtualAppliance, VirtualNetworkGateway -> {
        Ipv4Address nextHop = route.nextHopIp();
        if (nextHop == null) {
          out.add(new Branch(hops, Outcome.BLACKHOLE, "blackhole: " + route.prefix() + " has no next-hop address",
              nic.name()));
          return;
        }
        Optional<LoadBalancer> balancer = topology.loadBalancerAt(nextHop)
            .filter(b -> reachable(vnet, b.frontend().subnet().virtualNetwork()));
        if (balancer.isPresent()) {
          throughLoadBalancer(hops, balancer.get(), flow, out);
          return;
        }
        Optional<AttachedInterface> next = byAddress.getOrDefault(nextHop, List.of()).stream()
            .filter(a -> reachable(vnet, a.networkInterface().subnet().virtualNetwork())).findFirst();
        if (next.isEmpty()) {
          unanswered(hops, nic, vnet, nextHop, out);
          return;
        }
        forwardTo(hops, next.get(), nextHop.toString(), null, flow, out);
      }
    }
  }

  /** A next hop no NIC or load balancer of a reachable VNet answers on: a gateway, or a blackhole. */
  private void unanswered(List<Hop> hops, NetworkInterface nic, String vnet, Ipv4Address nextHop, List<Branch> out) {
    Optional<AttachedInterface> far = owner(nextHop);
    if (far.isPresent()) {
      String farVnet = far.get().networkInterface().subnet().virtualNetwork();
      out.add(new Branch(hops, Outcome.BLACKHOLE, "blackhole: next hop " + nextHop + " (" + far.get().owner()
          + ", VNet " + farVnet + ") cannot be reached from VNet " + vnet + ": the VNets are not peered",
          nextHop.toString()));
      return;
    }
    Optional<LoadBalancer> farBalancer = topology.loadBalancerAt(nextHop);
    if (farBalancer.isPresent()) {
      out.add(new Branch(hops, Outcome.BLACKHOLE, "blackhole: next hop " + nextHop + " is the frontend of load balancer "
          + farBalancer.get().name() + " in VNet " + farBalancer.get().frontend().subnet().virtualNetwork()
          + ", which cannot be reached from VNet " + vnet + ": the VNets are not peered", nextHop.toString()));
      return;
    }
    Optional<String> overlayOwner = overlayOwner(nextHop);
    if (overlayOwner.isPresent()) {
      out.add(new Branch(hops, Outcome.BLACKHOLE, "blackhole: next hop " + nextHop + " is " + overlayOwner.get()
          + ", which Azure's fabric does not route to (only the NVAs' own tunnels reach it)", nextHop.toString()));
      return;
    }
    Optional<String> instance = topology.routeServers().stream()
        .filter(rs -> topology.routeServerInstanceIps(rs).contains(nextHop)).map(rs -> rs.name()).findFirst();
    if (instance.isPresent()) {
      out.add(new Branch(hops, Outcome.BLACKHOLE, "blackhole: next hop " + nextHop + " is an instance of route server "
          + instance.get() + ", which is not in the data path (S1): nothing forwards the packet", nextHop.toString()));
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
    out.add(new Branch(hops, Outcome.BLACKHOLE, "blackhole: no NIC, load balancer or gateway answers on next hop "
        + nextHop, nextHop.toString()));
  }

  /** The packet goes to {@code hop}'s NIC (a next hop, or a load balancer's backend). */
  private void forwardTo(List<Hop> hops, AttachedInterface hop, String sentTo, @Nullable Via via, Flow flow,
      List<Branch> out) {
    Ipv4Address destination = flow.destination();
    String through = via == null ? "" : " through load balancer " + via.name();
    if (hop.networkInterface().privateIpAddress().equals(destination)) {
      arrive(hops, hop, destination, out);
      return;
    }
    if (downMachines.containsKey(hop.owner())) {
      out.add(new Branch(hops, Outcome.DOWN, "sent to " + hop.owner() + " (" + sentTo + ")" + through + ", which is down ("
          + downMachines.get(hop.owner()) + ")", hop.networkInterface().name()));
      return;
    }
    if (!hop.networkInterface().enableIpForwarding()) {
      out.add(new Branch(hops, Outcome.DROP, "drop: IP forwarding disabled on " + hop.networkInterface().name()
          + " (" + hop.owner() + ")" + through + ", which does not own " + destination, hop.networkInterface().name()));
      return;
    }
    String name = hop.networkInterface().name();
    if (loop(hops, name, hop.ownerIsNva() ? hop.owner() : null, out)) {
      return;
    }
    walk(hops, Ingress.of(hop, via), flow, out);
  }

  /** Ends the branch as a loop when the NIC, or the NVA, was passed before on it. */
  private static boolean loop(List<Hop> hops, String nicName, @Nullable String nva, List<Branch> out) {
    int seen = -1;
    for (int i = 0; i < hops.size(); i++) {
      Hop h = hops.get(i);
      if (h.nic().equals(nicName) || (nva != null && h.nva() && h.owner().equals(nva))) {
        seen = i;
        break;
      }
    }
    if (seen < 0) {
      return false;
    }
    List<String> cycle = new ArrayList<>(hops.subList(seen, hops.size()).stream().map(Hop::nic).toList());
    cycle.add(nicName);
    out.add(new Branch(hops, Outcome.LOOP, "loop: " + String.join(" -> ", cycle), nicName));
    return true;
  }

  /**
   * An internal load balancer hands the flow to one healthy backend: the same for both directions
   * ({@link LoadBalancing}); a backend is healthy while its owner is up.
   */
  private void throughLoadBalancer(List<Hop> hops, LoadBalancer lb, Flow flow, List<Branch> out) {
    Ipv4Address frontend = lb.frontend().privateIpAddress();
    String at = lb.name();
    if (downLoadBalancers.contains(lb.name())) {
      out.add(new Branch(hops, Outcome.DOWN, "sent to load balancer " + lb.name() + " (" + frontend + "), which is down",
          at));
      return;
    }
    if (lb.rules().isEmpty()) {
      out.add(new Branch(hops, Outcome.BLACKHOLE, "blackhole: load balancer " + lb.name() + " (" + frontend
          + ") has no load-balancing rule, so it forwards nothing", at));
      return;
    }
    List<String> pool = lb.backendPool().stream().filter(byName::containsKey).sorted().toList();
    List<String> healthy = pool.stream().filter(n -> !downMachines.containsKey(byName.get(n).owner())).toList();
    Optional<String> chosen = LoadBalancing.backend(healthy, flow.source(), flow.destination());
    if (chosen.isEmpty()) {
      out.add(new Branch(hops, Outcome.BLACKHOLE, "blackhole: load balancer " + lb.name() + " (" + frontend
          + ") has no healthy backend" + (pool.isEmpty() ? "" : " (" + String.join(", ", pool)
              + ": their NVAs are down, so their probes fail)") + ": the flow is dropped", at));
      return;
    }
    String rules = lb.haPorts() ? "HA ports" : "rules " + String.join(", ", lb.rules().stream().map(r ->
        r.protocol() + "/" + r.frontendPort()).toList()) + " only (no HA-ports rule: other flows are dropped)";
    Via via = new Via(Via.Kind.LOAD_BALANCER, lb.name(), "load balancer " + lb.name() + " (frontend " + frontend + ", "
        + rules + "): the flow hash of " + flow.source() + " <-> " + flow.destination() + " picks " + chosen.get()
        + " of " + healthy.size() + " healthy backend" + (healthy.size() == 1 ? "" : "s") + " ("
        + String.join(", ", healthy) + ")");
    AttachedInterface backend = byName.get(chosen.get());
    if (frontend.equals(flow.destination())) {
      out.add(new Branch(hops, Outcome.DELIVERED, "delivered through load balancer " + lb.name() + " to " + backend.owner()
          + " (" + backend.networkInterface().name() + ")", backend.networkInterface().name()));
      return;
    }
    forwardTo(hops, backend, frontend + ", load balancer " + lb.name(), via, flow, out);
  }

  /** The packet leaves {@code nva} into {@code tunnel}: on at the far NVA, or beyond. */
  private void intoTunnel(List<Hop> hops, NetworkVirtualAppliance nva, Tunnel tunnel, Flow flow, List<Branch> out) {
    Overlay.TunnelEnd end = overlay.end(nva.name(), tunnel.name()).orElseThrow();
    String at = "beyond " + nva.name() + " via tunnel " + tunnel.name();
    String leaves = "leaves " + nva.name() + " into tunnel " + tunnel.name() + " (" + tunnel.type() + ")";
    if (!end.up()) {
      out.add(new Branch(hops, Outcome.BLACKHOLE, "blackhole: " + leaves + ", which carries nothing: "
          + end.downReason(), at));
      return;
    }
    String far = end.farName();
    switch (end.farKind()) {
      case NVA -> {
        NetworkVirtualAppliance next = topology.networkVirtualAppliance(far).orElseThrow();
        Tunnel farTunnel = end.farTunnel();
        if (downMachines.containsKey(far)) {
          out.add(new Branch(hops, Outcome.DOWN, leaves + " to " + far + ", which is down (" + downMachines.get(far)
              + ")", far));
          return;
        }
        if (farTunnel == null || next.networkInterfaces().isEmpty()
            || loop(hops, farTunnel.name(), far, out)) {
          return;
        }
        Via via = new Via(Via.Kind.TUNNEL, tunnel.name(), "tunnel " + tunnel.name() + " (" + tunnel.type() + ") from "
            + nva.name() + ", arriving on " + far + "'s tunnel " + farTunnel.name());
        AttachedInterface anchor = new AttachedInterface(far, true, next.networkInterfaces().get(0));
        walk(hops, new Ingress(farTunnel.name(), farTunnel.localAddress(), anchor, via), flow, out);
      }
      case BRANCH -> {
        BranchSite branch = topology.branch(far).orElseThrow();
        if (downNodes.contains(far)) {
          out.add(new Branch(hops, Outcome.DOWN, leaves + " to branch " + far + ", which is down", at));
          return;
        }
        Optional<Ipv4Prefix> covering = branch.prefixes().stream().filter(p -> p.contains(flow.destination()))
            .max(java.util.Comparator.comparingInt(Ipv4Prefix::length));
        out.add(new Branch(hops, Outcome.BEYOND_NVA, leaves + " to branch " + far
            + (branch.tunnelEndpoint() == null ? "" : " (" + branch.tunnelEndpoint() + ")")
            + covering.map(p -> ", which advertises " + p).orElse(", which advertises no prefix covering "
                + flow.destination() + " (what it does with the packet is not modelled)"), at));
      }
      case OUTSIDE -> out.add(new Branch(hops, Outcome.BEYOND_NVA, leaves + " toward " + tunnel.remoteAddress()
          + ", outside the design", at));
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

  /** "the loopback of nva1", "the tunnel address of nva1 (tunnel t1)", "branch b1's tunnel address". */
  private Optional<String> overlayOwner(Ipv4Address address) {
    for (NetworkVirtualAppliance nva : topology.networkVirtualAppliances()) {
      if (nva.loopbacks().contains(address)) {
        return Optional.of("a loopback of " + nva.name());
      }
      for (Tunnel t : nva.tunnels()) {
        if (t.localAddress().equals(address)) {
          return Optional.of("the address of " + nva.name() + "'s tunnel " + t.name());
        }
        if (t.remoteAddress().equals(address) && t.remote() != null && topology.branch(t.remote()).isPresent()) {
          return Optional.of("branch " + t.remote() + "'s address on tunnel " + t.name() + " of " + nva.name());
        }
      }
    }
    return Optional.empty();
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
      if (node.kind() == SpeakerKind.ROUTE_SERVER || node.kind() == SpeakerKind.NVA
          || topology.branch(node.name()).isPresent()) {
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
