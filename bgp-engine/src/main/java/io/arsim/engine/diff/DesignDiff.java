package io.arsim.engine.diff;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.Topology.AttachedInterface;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.NodeState;
import io.arsim.engine.bgp.Rejection;
import io.arsim.engine.bgp.SessionState;
import io.arsim.engine.effective.EffectiveRoute;
import io.arsim.engine.effective.EffectiveRoutes;
import io.arsim.policy.spi.SpeakerKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Compares two converged states: per route-server instance the routes learned from (and, when
 * asked, advertised to) each peer; per NIC, matched by name, the effective routes of each prefix;
 * and the sessions. Each change carries a reason where one is cheap to find: the session that went
 * down, the rule that rejected the route, the route that now decides.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DesignDiff {
  private DesignDiff() {}

  /**
   * What differs from {@code (ta, a)} to {@code (tb, b)}.
   *
   * @param advertised whether to compare what route servers advertise too (learned routes always)
   */
  public static DiffReport compare(Topology ta, ConvergedState a, Topology tb, ConvergedState b, boolean advertised) {
    List<RouteChange> routes = new ArrayList<>();
    TreeSet<String> instances = new TreeSet<>();
    for (ConvergedState s : List.of(a, b)) {
      s.network().nodes().stream().filter(n -> n.kind() == SpeakerKind.ROUTE_SERVER).map(Node::name)
          .forEach(instances::add);
    }
    for (String node : instances) {
      NodeState na = a.node(node).orElse(null);
      NodeState nb = b.node(node).orElse(null);
      routeChanges(node, "learned", na == null ? Map.of() : na.learned(), nb == null ? Map.of() : nb.learned(), a, b,
          nb, routes);
      if (advertised) {
        routeChanges(node, "advertised", na == null ? Map.of() : na.advertised(),
            nb == null ? Map.of() : nb.advertised(), a, b, nb, routes);
      }
    }
    return new DiffReport(routes, nicChanges(ta, a, tb, b), sessionChanges(a, b));
  }

  private static void routeChanges(String node, String direction,
      Map<String, SortedMap<Ipv4Prefix, BgpRoute>> before, Map<String, SortedMap<Ipv4Prefix, BgpRoute>> after,
      ConvergedState a, ConvergedState b, @Nullable NodeState nb, List<RouteChange> out) {
    TreeSet<String> peers = new TreeSet<>(before.keySet());
    peers.addAll(after.keySet());
    for (String peer : peers) {
      SortedMap<Ipv4Prefix, BgpRoute> x = before.getOrDefault(peer, new TreeMap<>());
      SortedMap<Ipv4Prefix, BgpRoute> y = after.getOrDefault(peer, new TreeMap<>());
      TreeSet<Ipv4Prefix> prefixes = new TreeSet<>(x.keySet());
      prefixes.addAll(y.keySet());
      for (Ipv4Prefix prefix : prefixes) {
        String was = text(x.get(prefix));
        String now = text(y.get(prefix));
        if (!Objects.equals(was, now)) {
          out.add(new RouteChange(node, peer, direction, prefix, was, now,
              routeReason(node, peer, direction, prefix, was, now, a, b, nb)));
        }
      }
    }
  }

  private static String routeReason(String node, String peer, String direction, Ipv4Prefix prefix,
      @Nullable String was, @Nullable String now, ConvergedState a, ConvergedState b, @Nullable NodeState nb) {
    Optional<SessionState> sa = a.session(node, peer);
    Optional<SessionState> sb = b.session(node, peer);
    if (now == null && sb.isPresent() && !sb.get().up()) {
      return "session " + node + " - " + peer + " is down: " + sb.get().reason();
    }
    if (now == null && sb.isEmpty()) {
      return "no session " + node + " - " + peer;
    }
    if (was == null && sa.isPresent() && !sa.get().up() && sb.map(SessionState::up).orElse(false)) {
      return "session " + node + " - " + peer + " came up";
    }
    if (now == null && nb != null && "learned".equals(direction)) {
      Optional<Rejection> rejected = nb.rejections().stream()
          .filter(r -> r.peer().equals(peer) && r.route().prefix().equals(prefix)).findFirst();
      if (rejected.isPresent()) {
        return "rejected: " + rejected.get().rule() + ": " + rejected.get().reason();
      }
    }
    if ("learned".equals(direction)) {
      return now == null ? peer + " no longer sends it" : was == null ? peer + " now sends it"
          : peer + " sends other attributes";
    }
    return now == null ? "no longer sent" : was == null ? "now sent" : "sent with other attributes";
  }

  private static @Nullable String text(@Nullable BgpRoute route) {
    return route == null ? null : route.attributes().nextHop() + " [" + route.attributes().asPath() + "]";
  }

  private static List<NicChange> nicChanges(Topology ta, ConvergedState a, Topology tb, ConvergedState b) {
    Map<String, AttachedInterface> before = byName(ta);
    Map<String, AttachedInterface> after = byName(tb);
    TreeSet<String> names = new TreeSet<>(before.keySet());
    names.addAll(after.keySet());
    List<NicChange> out = new ArrayList<>();
    for (String name : names) {
      AttachedInterface x = before.get(name);
      AttachedInterface y = after.get(name);
      SortedMap<Ipv4Prefix, List<EffectiveRoute>> rx = x == null ? new TreeMap<>()
          : group(EffectiveRoutes.of(ta, a, x.networkInterface()));
      SortedMap<Ipv4Prefix, List<EffectiveRoute>> ry = y == null ? new TreeMap<>()
          : group(EffectiveRoutes.of(tb, b, y.networkInterface()));
      TreeSet<Ipv4Prefix> prefixes = new TreeSet<>(rx.keySet());
      prefixes.addAll(ry.keySet());
      String owner = (y != null ? y : x).owner();
      for (Ipv4Prefix prefix : prefixes) {
        List<String> was = rows(rx.getOrDefault(prefix, List.of()));
        List<String> now = rows(ry.getOrDefault(prefix, List.of()));
        if (!was.equals(now)) {
          String reason = x == null ? "NIC only in the second design" : y == null ? "NIC only in the first design"
              : nicReason(ry.getOrDefault(prefix, List.of()), rx.getOrDefault(prefix, List.of()));
          out.add(new NicChange(name, owner, prefix, was, now, reason));
        }
      }
    }
    return out;
  }

  private static String nicReason(List<EffectiveRoute> now, List<EffectiveRoute> was) {
    List<String> active = now.stream().filter(EffectiveRoute::active).map(r -> r.nextHopType()
        + r.nextHopAddress().map(ip -> " " + ip).orElse("") + ": " + r.origin()).toList();
    if (active.isEmpty()) {
      return "no active route for the prefix any more (was: " + String.join("; ", was.stream()
          .filter(EffectiveRoute::active).map(EffectiveRoute::origin).toList()) + ")";
    }
    return "now " + String.join("; ", active);
  }

  private static Map<String, AttachedInterface> byName(Topology topology) {
    Map<String, AttachedInterface> result = new LinkedHashMap<>();
    topology.allInterfaces().forEach(i -> result.putIfAbsent(i.networkInterface().name(), i));
    return result;
  }

  private static SortedMap<Ipv4Prefix, List<EffectiveRoute>> group(List<EffectiveRoute> routes) {
    SortedMap<Ipv4Prefix, List<EffectiveRoute>> result = new TreeMap<>();
    routes.forEach(r -> result.computeIfAbsent(r.prefix(), p -> new ArrayList<>()).add(r));
    return result;
  }

  private static List<String> rows(List<EffectiveRoute> routes) {
    return routes.stream().map(DesignDiff::row).sorted().toList();
  }

  /** "VirtualNetworkGateway Active VirtualNetworkGateway 10.1.1.4". */
  static String row(EffectiveRoute r) {
    return r.source() + " " + r.state() + " " + r.nextHopType() + r.nextHopAddress().map(ip -> " " + ip).orElse("");
  }

  private static List<SessionChange> sessionChanges(ConvergedState a, ConvergedState b) {
    Map<String, SessionState> x = sessions(a);
    Map<String, SessionState> y = sessions(b);
    TreeSet<String> keys = new TreeSet<>(x.keySet());
    keys.addAll(y.keySet());
    List<SessionChange> out = new ArrayList<>();
    for (String key : keys) {
      String was = state(x.get(key));
      String now = state(y.get(key));
      if (!was.equals(now)) {
        SessionState any = x.containsKey(key) ? x.get(key) : y.get(key);
        out.add(new SessionChange(any.a(), any.b(), was, now));
      }
    }
    return out;
  }

  private static Map<String, SessionState> sessions(ConvergedState s) {
    Map<String, SessionState> result = new TreeMap<>();
    s.sessions().forEach(x -> result.put(x.a() + " - " + x.b(), x));
    return result;
  }

  private static String state(SessionState s) {
    return s == null ? "absent" : s.up() ? "Established" : "Down: " + s.reason();
  }

  /**
   * How the traces of two designs differ: for every VM present in both (by name, on a subnet both
   * have) to every other such VM and to every prefix either design's VMs route through BGP, the
   * pairs that lose or gain reachability, move to other NVAs, or change path.
   */
  public static List<TraceChange> traces(Topology ta, ConvergedState a, Topology tb, ConvergedState b) {
    io.arsim.engine.trace.Tracer tracerA = new io.arsim.engine.trace.Tracer(ta, a);
    io.arsim.engine.trace.Tracer tracerB = new io.arsim.engine.trace.Tracer(tb, b);
    java.util.Map<String, Topology.AttachedInterface> inB = new java.util.HashMap<>();
    tb.allInterfaces().stream().filter(x -> !x.ownerIsNva()).forEach(x -> inB.putIfAbsent(x.owner(), x));
    List<TraceChange> changes = new java.util.ArrayList<>();
    for (Probe probe : Probes.of(ta, List.of(tracerA, tracerB))) {
      Topology.AttachedInterface other = inB.get(probe.source().owner());
      if (other == null || tb.subnet(other.networkInterface().subnet()).isEmpty()
          || (probe.vm() && !inB.containsKey(probe.to()))) {
        continue;
      }
      TraceChange change = Probes.compare(probe, tracerA.trace(probe.source(), probe.address()),
          tracerB.trace(other, probe.address()), null, null);
      if (change != null) {
        changes.add(change);
      }
    }
    return List.copyOf(changes);
  }
}
