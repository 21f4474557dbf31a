package io.arsim.engine.bgp;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * How a kind of node behaves in BGP: its built-in inbound rules, its decision process and what it
 * advertises. Route servers and NVAs have built-in behaviours; engine extensions add their own
 * (an ExpressRoute gateway, an on-premises router). Implementations are stateless.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface NodeBehaviour {

  /**
   * The built-in inbound rule that drops {@code route}, applied before the import policies (loop
   * prevention, for example), or empty to accept it. It is asked for every received route: return
   * a constant ({@link InboundRule#asResult()} of a rule kept in a static field) and write no
   * message here; the rule writes its reason when an explanation asks for it.
   */
  Optional<InboundRule> inboundRule(Node self, Neighbor from, BgpRoute route);

  /** How many routes the neighbour may send before the session is torn down; empty: no limit. */
  default OptionalInt routeLimit(Node self, Neighbor from) {
    return OptionalInt.empty();
  }

  /**
   * The weight this node gives a route it accepts from {@code from} (Cisco's and FRR's weight: local
   * to the node, compared first). 0 by default, as routers give received routes.
   */
  default int weight(Node self, Neighbor from, BgpRoute route) {
    return 0;
  }

  /** Whether an eBGP session resets the local preference of received routes (true for BGP routers). */
  default boolean resetsLocalPreference() {
    return true;
  }

  /** Selects the best path(s) for one prefix among at least one candidate. */
  Selection select(Node self, Ipv4Prefix prefix, List<Candidate> candidates);

  /**
   * The route to send to {@code to} for a prefix, before the export policies run (next hop and
   * attributes prepared), or empty to send nothing.
   */
  Optional<BgpRoute> advertise(Node self, Neighbor to, Selection selection);

  /** The route after the export policies, as it goes on the wire (e.g. with the own ASN prepended). */
  BgpRoute afterExport(Node self, Neighbor to, BgpRoute route);

  /**
   * Whether this speaker programs the routes it selects into the VMs of its VNet and of the VNets
   * that use it through a useRemoteGateways peering, as route-server instances and virtual network
   * gateways do. Default false.
   */
  default boolean programsVms() {
    return false;
  }

  /**
   * The next hops VMs get for {@code selection} when this speaker programs them, one effective route
   * each; empty when it programs nothing for the prefix. When a route server's best path came from
   * another speaker that programs VMs itself (a gateway), the engine uses that speaker's next hops
   * for the prefix instead. Default: none.
   */
  default List<Ipv4Address> programmedNextHops(Node self, Selection selection) {
    return List.of();
  }

  /**
   * The route to send when an export policy asked for an unchanged next hop ({@code set ip next-hop
   * unchanged}, {@code PolicyResult.acceptNextHopUnchanged}): {@code exported} with the next hop of
   * the best path in this node's table, or as it is when the node originated the path itself (its
   * own address stays). Called after the export chain, before {@link #afterExport}.
   */
  default BgpRoute withNextHopUnchanged(Node self, Neighbor to, Selection selection, BgpRoute exported) {
    Candidate best = selection.primary();
    Ipv4Address held = best.route().attributes().nextHop();
    if (best.isLocal() && held.bits() == 0 || held.equals(exported.attributes().nextHop())) {
      return exported;
    }
    return exported.withAttributes(exported.attributes().toBuilder().nextHop(held).build());
  }

  /**
   * The prefixes this node summarises ({@code aggregate-address}), longest first: the engine asks
   * {@link #aggregate} for each after every decision that changed a more specific prefix. None by
   * default.
   */
  default List<Ipv4Prefix> aggregatePrefixes() {
    return List.of();
  }

  /**
   * The route this node originates for {@code aggregate}, one of its {@link #aggregatePrefixes()},
   * given {@code contributors}: every path it holds (selected or not) for a prefix strictly inside
   * {@code aggregate}, its own aggregates excepted, in prefix order; empty to originate nothing.
   * The engine gives the route the weight of a local route and {@link Candidate#AGGREGATE} as its
   * source. Default: nothing.
   */
  default Optional<BgpRoute> aggregate(Node self, Ipv4Prefix aggregate, List<Candidate> contributors) {
    return Optional.empty();
  }

  /**
   * Whether {@link #afterExport} treats the two neighbours alike: for every route {@code r},
   * {@code afterExport(self, a, r)} equals {@code afterExport(self, b, r)}. The engine then reuses
   * the route built for one neighbour for the other (a route server sends the same path to each of
   * its peers). The default, false, is always correct.
   */
  default boolean exportsAlike(Node self, Neighbor a, Neighbor b) {
    return false;
  }
}
