package io.arsim.policy.builtin.routemap;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.AsPathSegment;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.bgp.Communities;
import io.arsim.core.bgp.Community;
import io.arsim.core.bgp.Origin;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.policy.builtin.routemap.RouteMapConfig.AsPathReplace;
import io.arsim.policy.builtin.routemap.RouteMapConfig.Clause;
import io.arsim.policy.builtin.routemap.RouteMapConfig.Match;
import io.arsim.policy.builtin.routemap.RouteMapConfig.SetActions;
import io.arsim.policy.spi.Direction;
import io.arsim.policy.spi.PolicyContext;
import io.arsim.policy.spi.PolicyProvider;
import io.arsim.policy.spi.PolicyResult;
import io.arsim.policy.spi.RoutingPolicy;
import io.arsim.policy.spi.match.AsPathAccessList;
import io.arsim.policy.spi.match.CommunityList;
import io.arsim.policy.spi.match.MatchAction;
import io.arsim.policy.spi.match.PrefixList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * {@code route-map}: an FRR / Cisco IOS-XE route map (FRR {@code doc/user/routemap.rst}, Cisco
 * "route-map" in the IOS-XE BGP configuration guide; bgp-reference.md). Clauses run in ascending
 * seq; the first whose conditions all hold decides: a deny clause rejects the route, a permit
 * clause applies its sets and accepts it, unless {@code onMatchNext}/{@code onMatchGoto} sends it
 * on to later clauses (a later deny clause that matches then rejects it; when no later clause
 * matches it stays accepted). A route no clause matches is rejected: the implicit deny at the end.
 * Works in both directions; {@code nextHop: unchanged} acts on export only.
 *
 * <p>On export the route the clauses see already carries the next hop the NVA would send (its own
 * address toward an eBGP neighbour), so {@code match nextHop} compares with that; FRR matches the
 * next hop of its table.
 */
@API(status = INTERNAL, since = "0.2")
public final class RouteMapProvider implements PolicyProvider<RouteMapConfig> {

  @Override
  public String id() {
    return "route-map";
  }

  @Override
  public Class<RouteMapConfig> configType() {
    return RouteMapConfig.class;
  }

  @Override
  public RoutingPolicy create(RouteMapConfig config) {
    Map<String, PrefixList> prefixLists = new TreeMap<>();
    config.prefixLists().forEach((name, entries) ->
        prefixLists.put(name, PrefixList.of(name, entries, config.prefixListDialect())));
    Map<String, AsPathAccessList> asPathLists = new TreeMap<>();
    config.asPathLists().forEach((name, entries) -> asPathLists.put(name, AsPathAccessList.of(name, entries)));
    Map<String, CommunityList> communityLists = new TreeMap<>();
    config.communityLists().forEach((name, entries) -> communityLists.put(name, CommunityList.of(name, entries)));
    List<Compiled> clauses = new ArrayList<>();
    long seq = 0;
    java.util.Set<Long> seen = new java.util.HashSet<>();
    for (int i = 0; i < config.clauses().size(); i++) {
      Clause clause = config.clauses().get(i);
      seq = clause.seq() != null ? clause.seq() : seq + 5;
      if (!seen.add(seq)) {
        throw new IllegalArgumentException("clause " + i + " has seq " + seq + ", which another clause has; expected"
            + " each seq once (the routers replace a clause with the same seq)");
      }
      CommunityList exact = null;
      Match match = clause.match();
      if (match != null && match.communityExactMatch()) {
        exact = communityLists.get(match.communityList());
        if (exact != null && exact.expanded()) {
          throw new IllegalArgumentException("clause " + i + " matches community list " + match.communityList()
              + " exactly, but it is expanded; exact-match needs a standard list");
        }
      }
      Long target = clause.onMatchGoto();
      if (target != null && target <= seq) {
        throw new IllegalArgumentException("clause " + i + " (seq " + seq + ") goes on at seq " + target
            + "; on-match goto only jumps forward, to a higher seq");
      }
      clauses.add(new Compiled(seq, clause, prefixLists, asPathLists, communityLists));
    }
    clauses.sort(java.util.Comparator.comparingLong(Compiled::seq));
    List<Compiled> ordered = List.copyOf(clauses);
    return (context, route) -> apply(ordered, context, route);
  }

  /** A clause with its seq and the lists it refers to. */
  private record Compiled(long seq, Clause clause, Map<String, PrefixList> prefixLists,
      Map<String, AsPathAccessList> asPathLists, Map<String, CommunityList> communityLists) {

    boolean matches(BgpRoute route) {
      Match m = clause.match();
      if (m == null) {
        return true;
      }
      if (m.prefixList() != null && !prefixLists.get(m.prefixList()).permits(route.prefix())) {
        return false;
      }
      if (m.asPathList() != null && !asPathLists.get(m.asPathList()).permits(route.attributes().asPath())) {
        return false;
      }
      if (m.communityList() != null) {
        CommunityList list = communityLists.get(m.communityList());
        Communities communities = route.attributes().communities();
        if (!(m.communityExactMatch() ? list.permitsExactly(communities) : list.permits(communities))) {
          return false;
        }
      }
      Ipv4Address hop = route.attributes().nextHop();
      if (m.nextHop() != null && !m.nextHop().equals(hop)) {
        return false;
      }
      return m.nextHopPrefixList() == null
          || prefixLists.get(m.nextHopPrefixList()).permits(Ipv4Prefix.containing(hop, 32));
    }

    String describe() {
      Match m = clause.match();
      List<String> parts = new ArrayList<>();
      if (m != null) {
        if (m.prefixList() != null) {
          parts.add("prefix-list " + m.prefixList());
        }
        if (m.asPathList() != null) {
          parts.add("as-path " + m.asPathList());
        }
        if (m.communityList() != null) {
          parts.add("community " + m.communityList() + (m.communityExactMatch() ? " exact-match" : ""));
        }
        if (m.nextHop() != null) {
          parts.add("next-hop " + m.nextHop());
        }
        if (m.nextHopPrefixList() != null) {
          parts.add("next-hop prefix-list " + m.nextHopPrefixList());
        }
      }
      return "seq " + seq + " (" + clause.action() + (parts.isEmpty() ? ", matches every route"
          : ", match " + String.join(", ", parts)) + ")";
    }
  }

  /** The route as a permit clause's sets leave it, and whether the next hop is to stay unchanged. */
  private record Applied(BgpRoute route, boolean nextHopUnchanged) {}

  private static PolicyResult apply(List<Compiled> clauses, PolicyContext context, BgpRoute route) {
    BgpRoute current = route;
    boolean unchanged = false;
    boolean permitted = false;
    int i = 0;
    while (i < clauses.size()) {
      Compiled compiled = clauses.get(i);
      if (!compiled.matches(current)) {
        i++;
        continue;
      }
      Clause clause = compiled.clause();
      if (clause.action() == MatchAction.deny) {
        return PolicyResult.reject("denied by route-map clause " + compiled.describe());
      }
      Applied applied = set(clause.set(), compiled.communityLists(), context, current, unchanged);
      current = applied.route();
      unchanged = applied.nextHopUnchanged();
      permitted = true;
      Long target = clause.onMatchGoto();
      if (clause.onMatchNext()) {
        i++;
      } else if (target != null) {
        int next = i + 1;
        while (next < clauses.size() && clauses.get(next).seq() < target) {
          next++;
        }
        i = next;
      } else {
        break;
      }
    }
    if (!permitted) {
      return PolicyResult.reject("denied by route-map: no clause matches (implicit deny)");
    }
    return unchanged ? PolicyResult.acceptNextHopUnchanged(current) : PolicyResult.accept(current);
  }

  private static Applied set(@Nullable SetActions set, Map<String, CommunityList> communityLists,
      PolicyContext context, BgpRoute route, boolean unchanged) {
    if (set == null) {
      return new Applied(route, unchanged);
    }
    BgpRoute.Builder out = route.toBuilder();
    Communities communities = route.attributes().communities();
    String delete = set.communityDelete();
    if (delete != null) {
      CommunityList list = communityLists.get(delete);
      for (Community c : communities.standard()) {
        if (list.deletes(c)) {
          communities = communities.remove(c);
        }
      }
    }
    List<Community> community = set.community();
    if (community != null) {
      if (set.communityAdditive()) {
        for (Community c : community) {
          communities = communities.add(c);
        }
      } else {
        communities = new Communities(community, communities.large());
      }
    }
    if (!communities.equals(route.attributes().communities())) {
      out.communities(communities);
    }
    AsPath path = route.attributes().asPath();
    AsPathReplace replace = set.asPathReplace();
    if (replace != null) {
      path = replace(path, replace, context.local().asn());
    }
    List<Asn> prepend = set.asPathPrepend();
    if (prepend != null) {
      for (int k = prepend.size() - 1; k >= 0; k--) {
        path = path.prepend(prepend.get(k));
      }
    }
    if (!path.equals(route.attributes().asPath())) {
      out.asPath(path);
    }
    String hop = set.nextHop();
    if (hop != null) {
      if (hop.equals(SetActions.UNCHANGED)) {
        unchanged = true;
      } else {
        unchanged = false;
        out.nextHop(hop.equals(SetActions.PEER_ADDRESS)
            ? (context.direction() == Direction.IMPORT ? context.peer().address() : context.local().address())
            : Ipv4Address.parse(hop));
      }
    }
    if (set.localPreference() != null) {
      out.localPreference(set.localPreference());
    }
    if (set.med() != null) {
      out.med(set.med());
    }
    String origin = set.origin();
    if (origin != null) {
      out.origin(switch (origin.toLowerCase(Locale.ROOT)) {
        case "igp" -> Origin.IGP;
        case "egp" -> Origin.EGP;
        default -> Origin.INCOMPLETE;
      });
    }
    BgpRoute result = out.build();
    return new Applied(result.equals(route) ? route : result, unchanged);
  }

  /** {@code set as-path replace}: {@code asn} (every ASN with {@code any}) becomes {@code with} or the local ASN. */
  static AsPath replace(AsPath path, AsPathReplace replace, Asn local) {
    Asn with = replace.with() != null ? replace.with() : local;
    if (!replace.any()) {
      return path.replace(java.util.Objects.requireNonNull(replace.asn()), with);
    }
    if (path.isEmpty()) {
      return path;
    }
    List<AsPathSegment> segments = new ArrayList<>();
    for (AsPathSegment segment : path.segments()) {
      segments.add(new AsPathSegment(segment.type(), segment.asns().stream().map(a -> with).toList()));
    }
    return new AsPath(segments);
  }

  @Override
  public String description() {
    return "FRR/Cisco route map: ordered permit/deny clauses matching prefix, AS-path and community lists or the next"
        + " hop; set next hop (address, unchanged, peer-address), local preference, MED, origin, communities, AS-path"
        + " prepend and replace; on-match next/goto; implicit deny.";
  }

  @Override
  public Optional<String> documentation() {
    return Optional.of("docs/plugins.md#route-map");
  }
}
