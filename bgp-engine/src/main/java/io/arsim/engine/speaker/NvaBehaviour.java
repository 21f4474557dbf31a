package io.arsim.engine.speaker;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.bgp.PathAttributes;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.AggregateAddress;
import io.arsim.engine.bgp.Candidate;
import io.arsim.engine.bgp.InboundRule;
import io.arsim.engine.bgp.Neighbor;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.NodeBehaviour;
import io.arsim.engine.bgp.Selection;
import io.arsim.engine.decision.Aggregation;
import io.arsim.engine.decision.Exports;
import io.arsim.engine.decision.FrrDecisionProcess;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * An NVA as an ordinary BGP router (bgp-reference.md), with its vendor profile's defaults
 * ({@link NvaSettings}):
 *
 * <ul>
 *   <li>inbound, a path holding the NVA's own ASN is dropped (eBGP loop prevention) unless the
 *       neighbour's {@code allowAsIn} permits it; with FRR's connected check, a path from a
 *       single-hop eBGP neighbour whose next hop is not on one of the NVA's subnets is invalid;
 *   <li>FRR's decision process with {@code maximum-paths} and "prefer the oldest path" between
 *       eBGP paths as far as the arrival order is known;
 *   <li>the best path goes to every neighbour, the one it came from included where the vendor
 *       does that (FRR, Cisco; not to a {@code solo} neighbour), never from one iBGP neighbour to
 *       another (RFC 4271 9.2; no route reflection); NO_ADVERTISE stops it, NO_EXPORT stops it toward
 *       eBGP neighbours, a {@code summary-only} aggregate stops the more specific paths it covers;
 *   <li>next hop: the NVA's own address toward eBGP neighbours, toward neighbours with
 *       {@code nextHopSelf} and for its own routes without a next hop; the held next hop toward iBGP
 *       neighbours and neighbours with {@code nextHopUnchanged}; a MED learned from another AS is
 *       not passed to eBGP neighbours, and the NVA's ASN is prepended after the export policies ran;
 *   <li>{@code aggregate-address} summaries are originated while a more specific path is held
 *       ({@link Aggregation}).
 * </ul>
 *
 * <p>FRR's {@code bgp ebgp-requires-policy} (RFC 8212) is not modelled: NVAs in Azure designs are
 * configured to exchange routes, and the topology file states their policies explicitly.
 */
@API(status = INTERNAL, since = "0.1")
public final class NvaBehaviour implements NodeBehaviour {
  private final NvaSettings settings;
  private final List<Ipv4Prefix> aggregatePrefixes;
  private final Optional<InboundRule> notConnected;

  /** An NVA with FRR's defaults and {@code maximumPaths}. */
  public NvaBehaviour(int maximumPaths) {
    this(NvaSettings.frr(maximumPaths));
  }

  /** An NVA with {@code settings}. */
  public NvaBehaviour(NvaSettings settings) {
    this.settings = settings;
    this.aggregatePrefixes = settings.aggregates().stream().map(AggregateAddress::prefix)
        .sorted(Comparator.comparingInt(Ipv4Prefix::length).reversed().thenComparing(Comparator.naturalOrder()))
        .toList();
    String subnets = settings.connected().stream().map(Ipv4Prefix::toString).collect(Collectors.joining(", "));
    this.notConnected = new InboundRule("next hop not connected", (self, from, route) ->
        "the path is invalid: " + from.peer() + " is a single-hop eBGP neighbour (no ebgpMultihop, no"
            + " disableConnectedCheck) and the next hop " + route.attributes().nextHop() + " is not on a subnet of "
            + self.name() + " (" + (subnets.isEmpty() ? "none known" : subnets) + "), so FRR's next-hop tracking marks"
            + " it inaccessible; set ebgpMultihop: 2 on the neighbour (neighbor " + from.peerAddress()
            + " ebgp-multihop 2) or disableConnectedCheck: true").asResult();
  }

  /** The settings this NVA runs with. */
  public NvaSettings settings() {
    return settings;
  }

  private static final Optional<InboundRule> OWN_ASN = new InboundRule("loop prevention", (self, from, route) -> {
    var allow = from.settings().allowAsIn();
    return "AS path [" + route.attributes().asPath() + "] holds " + self.name() + "'s own ASN " + self.asn()
        + (allow == null ? " (eBGP loop prevention; allowAsIn on the neighbour would accept it)"
            : " more often than its " + allow + " permits (eBGP loop prevention)");
  }).asResult();

  @Override
  public Optional<InboundRule> inboundRule(Node self, Neighbor from, BgpRoute route) {
    if (InboundRule.loops(self.asn(), from, route)) {
      return OWN_ASN;
    }
    if (settings.invalidatesNonConnectedNextHops() && from.settings().checksConnected() && Exports.ebgp(self, from)
        && !connected(route.attributes().nextHop())) {
      return notConnected;
    }
    return Optional.empty();
  }

  /** Whether {@code address} is on one of the NVA's subnets. */
  public boolean connected(Ipv4Address address) {
    for (Ipv4Prefix subnet : settings.connected()) {
      if (subnet.contains(address)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Selection select(Node self, Ipv4Prefix prefix, List<Candidate> candidates) {
    return FrrDecisionProcess.select(prefix, candidates, settings.maximumPaths(), settings.arrivalOrder());
  }

  @Override
  public Optional<BgpRoute> advertise(Node self, Neighbor to, Selection selection) {
    Candidate best = selection.primary();
    if (best.peer().equals(to.peer()) && (!settings.sendsBestPathToSource() || to.settings().solo())) {
      return Optional.empty();
    }
    boolean ebgp = Exports.ebgp(self, to);
    if (!ebgp && !best.isLocal() && !best.ebgp()) {
      return Optional.empty(); // iBGP-learned, toward an iBGP neighbour: no route reflection
    }
    PathAttributes attributes = best.route().attributes();
    if (Exports.withheld(self, to, attributes) || suppressed(selection)) {
      return Optional.empty();
    }
    PathAttributes.Builder out = attributes.toBuilder().localPreference(PathAttributes.DEFAULT_LOCAL_PREFERENCE);
    Ipv4Address held = attributes.nextHop();
    boolean ownAddress = held.bits() == 0 || to.nextHopSelf() || (ebgp && !to.settings().nextHopUnchanged());
    out.nextHop(ownAddress ? to.localAddress() : held);
    if (ebgp && !best.isLocal()) {
      out.noMed();
    }
    return Optional.of(new BgpRoute(selection.prefix(), self.name(), out.build()));
  }

  /**
   * Whether a {@code summary-only} aggregate of this NVA covers the selection's best path: a path
   * of a more specific prefix that is not itself one of the NVA's aggregates (which makes the
   * aggregate active).
   */
  private boolean suppressed(Selection selection) {
    if (selection.primary().isAggregate()) {
      return false;
    }
    Ipv4Prefix prefix = selection.prefix();
    for (AggregateAddress aggregate : settings.aggregates()) {
      if (aggregate.summaryOnly() && aggregate.prefix().length() < prefix.length()
          && aggregate.prefix().contains(prefix)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<Ipv4Prefix> aggregatePrefixes() {
    return aggregatePrefixes;
  }

  @Override
  public Optional<BgpRoute> aggregate(Node self, Ipv4Prefix aggregate, List<Candidate> contributors) {
    if (contributors.isEmpty()) {
      return Optional.empty();
    }
    boolean asSet = settings.aggregates().stream().anyMatch(a -> a.prefix().equals(aggregate) && a.asSet());
    return Optional.of(Aggregation.route(aggregate, contributors, asSet));
  }

  /** Alike when both or neither are iBGP neighbours: that alone decides whether the ASN is prepended. */
  @Override
  public boolean exportsAlike(Node self, Neighbor a, Neighbor b) {
    return a.peerAsn().equals(self.asn()) == b.peerAsn().equals(self.asn());
  }

  @Override
  public BgpRoute afterExport(Node self, Neighbor to, BgpRoute route) {
    return Exports.prependOnEbgp(self, to, route);
  }
}
