package io.arsim.importer.nva.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.core.problem.SourceLocation;
import io.arsim.importer.nva.BgpAggregate;
import io.arsim.importer.nva.BgpNetwork;
import io.arsim.importer.nva.BgpPeer;
import io.arsim.importer.nva.BgpProcess;
import io.arsim.importer.nva.BgpRedistribution;
import io.arsim.importer.nva.NvaConfig;
import io.arsim.importer.nva.NvaVendor;
import io.arsim.importer.nva.PeerKind;
import io.arsim.importer.nva.PeerPolicy;
import io.arsim.importer.nva.RouteMap;
import io.arsim.importer.nva.RouteMapEntry;
import io.arsim.importer.nva.RouteMapMatch;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Checks the references between the parts of a configuration and says, for each one that points
 * nowhere, what the vendor then does. FRR's behaviour is read from its code: a missing route map
 * applied to a neighbour, a network or a redistribution denies every route ({@code
 * bgp_input_modifier}, {@code route_map_apply} on a missing map); a missing prefix list applied to a
 * neighbour permits every route ({@code prefix_list_apply}; filter.rst "If no ip prefix-list is
 * specified, it acts as permit"), but a route-map clause matching on one does not match ({@code
 * route_match_address_prefix_list}); a missing AS-path list applied as a filter-list denies
 * ({@code as_list_apply}) and matches nothing in a route map; a missing community list matches
 * nothing; {@code call} of a missing route map is skipped.
 */
@API(status = INTERNAL, since = "0.2")
public final class ReferenceCheck {
  public static final String UNDEFINED_ROUTE_MAP = "nva-undefined-route-map";
  public static final String UNDEFINED_PREFIX_LIST = "nva-undefined-prefix-list";
  public static final String UNDEFINED_AS_PATH_LIST = "nva-undefined-as-path-list";
  public static final String UNDEFINED_COMMUNITY_LIST = "nva-undefined-community-list";
  public static final String UNDEFINED_PEER_GROUP = "nva-undefined-peer-group";
  public static final String NEIGHBOR_WITHOUT_REMOTE_AS = "nva-neighbor-without-remote-as";
  public static final String BACKWARD_GOTO = "nva-route-map-goto-backwards";

  private final NvaConfig config;
  private final ConfigReport report;
  private final boolean frr;

  public ReferenceCheck(NvaConfig config, ConfigReport report) {
    this.config = config;
    this.report = report;
    this.frr = config.vendor() == NvaVendor.FRR;
  }

  public void run() {
    for (BgpProcess process : config.bgpProcesses()) {
      for (BgpPeer peer : process.peers()) {
        checkPeer(process, peer);
      }
      for (BgpNetwork n : process.networks()) {
        routeMap(n.routeMap(), "network " + n.prefix(), n.location(), denyAll("the network is not advertised"));
      }
      for (BgpAggregate a : process.aggregates()) {
        routeMap(a.routeMap(), "aggregate-address " + a.prefix(), a.location(), denyAll("the aggregate is not advertised"));
      }
      for (BgpRedistribution r : process.redistributions()) {
        routeMap(r.routeMap(), "redistribute " + r.protocol(), r.location(), denyAll("nothing is redistributed"));
      }
    }
    for (RouteMap map : config.routeMaps()) {
      for (RouteMapEntry entry : map.entries()) {
        checkEntry(map, entry);
      }
    }
  }

  private String vendor() {
    return config.vendor().displayName();
  }

  private String denyAll(String consequence) {
    return vendor() + " treats a missing route map as deny-all, so " + consequence;
  }

  private void checkPeer(BgpProcess process, BgpPeer peer) {
    SourceLocation at = peer.location();
    String who = (peer.kind() == PeerKind.PEER_GROUP ? "peer group " : "neighbor ") + peer.name();
    if (peer.kind() != PeerKind.PEER_GROUP && peer.remoteAs() == null) {
      String group = peer.peerGroup();
      boolean groupHasAs = group != null && process.peer(group).map(g -> g.remoteAs() != null).orElse(false);
      if (!groupHasAs) {
        report.warn(NEIGHBOR_WITHOUT_REMOTE_AS, at.line(), at.column(), who + " has no remote-as"
                + (group != null ? ", and neither has its peer group " + group : "")
                + "; " + vendor() + " does not start a session without one",
            "add \"neighbor " + peer.name() + " remote-as ASN\"");
      }
    }
    String group = peer.peerGroup();
    if (group != null && process.peer(group).map(g -> g.kind() != PeerKind.PEER_GROUP).orElse(true)) {
      report.warn(UNDEFINED_PEER_GROUP, at.line(), at.column(), who + " is put in peer group " + group
              + ", which is not defined; " + vendor() + " rejects the assignment",
          "define it with \"neighbor " + group + " peer-group\" before its members");
    }
    PeerPolicy p = peer.ipv4Unicast();
    routeMap(p.routeMapIn(), who + " route-map in", at, denyAll("no route is accepted from " + peer.name()));
    routeMap(p.routeMapOut(), who + " route-map out", at, denyAll("no route is advertised to " + peer.name()));
    routeMap(p.defaultOriginateRouteMap(), who + " default-originate", at,
        denyAll("the default route is not originated"));
    prefixList(p.prefixListIn(), who + " prefix-list in", at,
        vendor() + " permits every route when a prefix list applied to a neighbour is missing");
    prefixList(p.prefixListOut(), who + " prefix-list out", at,
        vendor() + " permits every route when a prefix list applied to a neighbour is missing");
    asPathList(p.filterListIn(), who + " filter-list in", at, filterListConsequence(peer, "accepted from"));
    asPathList(p.filterListOut(), who + " filter-list out", at, filterListConsequence(peer, "advertised to"));
  }

  private String filterListConsequence(BgpPeer peer, String direction) {
    return frr ? "FRR denies every route when a filter-list's AS-path list is missing, so no route is "
        + direction + " " + peer.name()
        : "IOS-XE ignores a filter-list whose AS-path list is missing";
  }

  private void checkEntry(RouteMap map, RouteMapEntry entry) {
    String where = "route-map " + map.name() + " " + entry.action().name().toLowerCase(java.util.Locale.ROOT)
        + " " + entry.sequence();
    for (RouteMapMatch match : entry.matches()) {
      String noMatch = vendor() + " treats a match on a missing list as no match, so this entry never applies";
      if (match instanceof RouteMapMatch.PrefixListMatch m) {
        m.prefixLists().forEach(name -> prefixList(name, where + " match ip address prefix-list", m.location(),
            frr ? noMatch : "IOS-XE treats a match on a missing prefix list as matching every route"));
      } else if (match instanceof RouteMapMatch.NextHopMatch m) {
        m.prefixLists().forEach(name -> prefixList(name, where + " match ip next-hop prefix-list", m.location(),
            frr ? noMatch : "IOS-XE treats a match on a missing prefix list as matching every route"));
      } else if (match instanceof RouteMapMatch.AsPathMatch m) {
        m.asPathLists().forEach(name -> asPathList(name, where + " match as-path", m.location(), noMatch));
      } else if (match instanceof RouteMapMatch.CommunityMatch m) {
        m.communityLists().forEach(name -> {
          if (config.communityList(name).isEmpty()) {
            warn(UNDEFINED_COMMUNITY_LIST, m.location(), where + " match community refers to community list "
                + name + ", which is not defined; " + noMatch, "define it or correct the name");
          }
        });
      }
    }
    String call = entry.call();
    if (call != null && config.routeMap(call).isEmpty()) {
      warn(UNDEFINED_ROUTE_MAP, entry.location(), where + " calls route map " + call + ", which is not defined; "
          + vendor() + " skips a call to a missing route map", "define route-map " + call + " or correct the name");
    }
    if (entry.onMatch() != null && !entry.onMatch().isNext() && entry.onMatch().gotoSequence() <= entry.sequence()) {
      warn(BACKWARD_GOTO, entry.onMatch().location(), where + " jumps to sequence " + entry.onMatch().gotoSequence()
              + ", which is not after it; route maps only jump forward",
          "jump to a sequence greater than " + entry.sequence());
    }
  }

  private void routeMap(@Nullable String name, String what, SourceLocation at, String consequence) {
    if (name != null && config.routeMap(name).isEmpty()) {
      warn(UNDEFINED_ROUTE_MAP, at, what + " refers to route map " + name + ", which is not defined; " + consequence,
          "define route-map " + name + " or correct the name" + suggestion(name, config.routeMaps().stream()
              .map(RouteMap::name).toList()));
    }
  }

  private void prefixList(@Nullable String name, String what, SourceLocation at, String consequence) {
    if (name != null && config.prefixList(name).isEmpty()) {
      warn(UNDEFINED_PREFIX_LIST, at, what + " refers to prefix list " + name + ", which is not defined; "
          + consequence, "define ip prefix-list " + name + " or correct the name" + suggestion(name,
          config.prefixLists().stream().map(l -> l.name()).toList()));
    }
  }

  private void asPathList(@Nullable String name, String what, SourceLocation at, String consequence) {
    if (name != null && config.asPathAccessList(name).isEmpty()) {
      warn(UNDEFINED_AS_PATH_LIST, at, what + " refers to AS-path access list " + name + ", which is not defined; "
          + consequence, "define the AS-path access list " + name + " or correct the name");
    }
  }

  private static String suggestion(String name, java.util.List<String> known) {
    return io.arsim.core.problem.Suggestions.closest(name, known).map(s -> " (did you mean " + s + "?)").orElse("");
  }

  private void warn(String code, SourceLocation at, String message, String fix) {
    report.warn(code, at.line(), at.column(), message, fix);
  }
}
