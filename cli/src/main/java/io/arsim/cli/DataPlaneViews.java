package io.arsim.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.arsim.engine.diff.DiffReport;
import io.arsim.engine.diff.NicChange;
import io.arsim.engine.diff.RouteChange;
import io.arsim.engine.diff.SessionChange;
import io.arsim.engine.diff.TraceChange;
import io.arsim.engine.effective.EffectiveRoute;
import io.arsim.engine.forwarding.Egress;
import io.arsim.engine.forwarding.NvaRoute;
import io.arsim.engine.trace.BgpForwarding;
import io.arsim.engine.trace.Branch;
import io.arsim.engine.trace.Hop;
import io.arsim.engine.trace.NvaForwarding;
import io.arsim.engine.trace.RoundTrip;
import io.arsim.engine.trace.Trace;
import io.arsim.engine.trace.Via;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of traces, round trips, design differences and trace changes, shared by {@code trace},
 * {@code whatif}, {@code sweep} and {@code diff}: records whose fields, in order, are the documented
 * shape (docs/json.md). Free-text fields are as the engine words them.
 */
final class DataPlaneViews {
  private DataPlaneViews() {}

  /** A trace: where it starts, where it goes, whether it arrives, and each ECMP branch hop by hop. */
  @JsonPropertyOrder({"from", "fromNic", "source", "destination", "reaches", "summary", "truncated", "nvas",
      "branches"})
  record TraceView(String from, String fromNic, String source, String destination, boolean reaches, String summary,
      boolean truncated, List<String> nvas, List<BranchView> branches) {

    static TraceView of(Trace t) {
      return new TraceView(t.from(), t.fromNic(), t.source().toString(), t.destination().toString(), t.reaches(),
          t.summary(), t.truncated(), List.copyOf(t.nvas()), t.branches().stream().map(BranchView::of).toList());
    }
  }

  /** One branch of a trace: its path, how and where it ends, its hops. */
  @JsonPropertyOrder({"path", "outcome", "reaches", "detail", "at", "hops"})
  record BranchView(String path, String outcome, boolean reaches, String detail, String at, List<HopView> hops) {

    static BranchView of(Branch b) {
      return new BranchView(b.path(), b.outcome().name(), b.outcome().reaches(), b.detail(), b.at(),
          b.hops().stream().map(HopView::of).toList());
    }
  }

  /** One hop: the NIC, its owner, the route taken, how the packet got there and the NVA's own decision. */
  @JsonPropertyOrder({"nic", "owner", "nva", "address", "ecmpWidth", "route", "via", "bgpRoute", "nvaRoute"})
  record HopView(String nic, String owner, boolean nva, String address, int ecmpWidth, @Nullable RouteView route,
      @Nullable ViaView via, @Nullable BgpRouteView bgpRoute, @Nullable NvaRouteView nvaRoute) {

    static HopView of(Hop h) {
      EffectiveRoute r = h.taken();
      Via via = h.via();
      BgpForwarding bgp = h.bgp();
      NvaForwarding forwarding = h.forwarding();
      return new HopView(h.nic(), h.owner(), h.nva(), h.address().toString(), h.matched().size(),
          r == null ? null : RouteView.of(r), via == null ? null : new ViaView(via.kind().name(), via.name(),
          via.detail()), bgp == null ? null : new BgpRouteView(bgp.prefix().toString(), bgp.peer(),
          bgp.nextHop().toString(), bgp.asPath().toString(), bgp.equalPaths()),
          forwarding == null ? null : NvaRouteView.of(forwarding));
    }
  }

  /** The BGP path a router outside Azure (on-premises, a branch, a circuit link) forwarded by at a hop. */
  @JsonPropertyOrder({"prefix", "peer", "nextHop", "asPath", "equalPaths"})
  record BgpRouteView(String prefix, String peer, String nextHop, String asPath, int equalPaths) {}

  /** The effective route a hop took. */
  @JsonPropertyOrder({"addressPrefix", "source", "nextHopType", "nextHopIpAddress", "origin"})
  record RouteView(String addressPrefix, String source, String nextHopType, @Nullable String nextHopIpAddress,
      String origin) {

    static RouteView of(EffectiveRoute r) {
      return new RouteView(r.prefix().toString(), r.source().name(), r.nextHopType().name(),
          r.nextHopAddress().map(Object::toString).orElse(null), r.origin());
    }
  }

  /** What brought the packet to a hop: a load balancer, a tunnel... */
  @JsonPropertyOrder({"kind", "name", "detail"})
  record ViaView(String kind, String name, String detail) {}

  /** An NVA's own routing decision at a hop. */
  @JsonPropertyOrder({"prefix", "kind", "distance", "nextHop", "egress", "origin", "sourceNat"})
  record NvaRouteView(String prefix, String kind, int distance, @Nullable String nextHop, String egress, String origin,
      @Nullable String sourceNat) {

    static NvaRouteView of(NvaForwarding forwarding) {
      NvaRoute route = forwarding.route();
      return new NvaRouteView(route.prefix().toString(), route.kind().name(), route.distance(),
          route.nextHop() == null ? null : String.valueOf(route.nextHop()), egress(route.egress()), route.origin(),
          forwarding.sourceNat() == null ? null : String.valueOf(forwarding.sourceNat()));
    }

    /** "nic:fw1-trust", "tunnel:to-branch1", "local". */
    private static String egress(Egress egress) {
      if (egress instanceof Egress.OutNic nic) {
        return "nic:" + nic.nic().name();
      }
      if (egress instanceof Egress.IntoTunnel tunnel) {
        return "tunnel:" + tunnel.tunnel().name();
      }
      return "local";
    }
  }

  /** {@code trace --return}: both ways, and whether they cross the same stateful NVAs. */
  @JsonPropertyOrder({"forward", "return", "asymmetric", "symmetry", "reasons", "translated"})
  record RoundTripView(TraceView forward, @JsonProperty("return") @Nullable TraceView back, boolean asymmetric,
      String symmetry, List<String> reasons, List<TraceView> translated) {

    static RoundTripView of(RoundTrip r) {
      return new RoundTripView(TraceView.of(r.forward()), r.back() == null ? null : TraceView.of(r.back()),
          r.asymmetric(), r.symmetry().label(), r.reasons(), r.translated().stream().map(TraceView::of).toList());
    }
  }

  /** What differs between two converged designs: sessions, route-server routes, effective routes. */
  @JsonPropertyOrder({"sessions", "routes", "effectiveRoutes"})
  record DiffView(List<SessionChangeView> sessions, List<RouteChangeView> routes, List<NicChangeView> effectiveRoutes) {

    static DiffView of(DiffReport d) {
      return new DiffView(d.sessions().stream().map(SessionChangeView::of).toList(),
          d.routes().stream().map(RouteChangeView::of).toList(), d.nics().stream().map(NicChangeView::of).toList());
    }
  }

  /** A session whose state changed. */
  @JsonPropertyOrder({"speaker", "peer", "before", "after"})
  record SessionChangeView(String speaker, String peer, String before, String after) {

    static SessionChangeView of(SessionChange s) {
      return new SessionChangeView(s.a(), s.b(), s.before(), s.after());
    }
  }

  /** A route a route-server instance learned from or advertised to a peer that changed. */
  @JsonPropertyOrder({"instance", "direction", "peer", "prefix", "change", "before", "after", "reason"})
  record RouteChangeView(String instance, String direction, String peer, String prefix, String change,
      @Nullable String before, @Nullable String after, String reason) {

    static RouteChangeView of(RouteChange c) {
      return new RouteChangeView(c.node(), c.direction(), c.peer(), c.prefix().toString(), c.change().label(), c.before(),
          c.after(), c.reason());
    }
  }

  /** The effective routes of one prefix on one NIC, before and after. */
  @JsonPropertyOrder({"nic", "owner", "prefix", "before", "after", "reason"})
  record NicChangeView(String nic, String owner, String prefix, List<String> before, List<String> after, String reason) {

    static NicChangeView of(NicChange c) {
      return new NicChangeView(c.nic(), c.owner(), c.prefix().toString(), c.before(), c.after(), c.reason());
    }
  }

  /** A traced pair whose outcome changed. */
  @JsonPropertyOrder({"change", "from", "to", "address", "before", "after"})
  record TraceChangeView(String change, String from, String to, String address, String before, String after) {

    static TraceChangeView of(TraceChange c) {
      return new TraceChangeView(c.kind().label(), c.from(), c.to(), c.address(), c.before(), c.after());
    }

    static List<TraceChangeView> all(List<TraceChange> changes) {
      return changes.stream().map(TraceChangeView::of).toList();
    }
  }
}
