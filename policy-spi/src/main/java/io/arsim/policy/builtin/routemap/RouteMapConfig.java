package io.arsim.policy.builtin.routemap;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.Community;
import io.arsim.core.net.Ipv4Address;
import io.arsim.policy.spi.match.AsPathListEntry;
import io.arsim.policy.spi.match.CommunityListEntry;
import io.arsim.policy.spi.match.MatchAction;
import io.arsim.policy.spi.match.PrefixListDialect;
import io.arsim.policy.spi.match.PrefixListEntry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Configuration of {@code route-map}: the named lists its clauses match on, and the clauses.
 *
 * <pre>
 * dialect: frr                    # or cisco: whose ge/le rules the prefix lists follow
 * prefixLists:
 *   SPOKES: [{seq: 5, action: permit, prefix: 10.0.0.0/8, le: 24}]
 * asPathLists:
 *   ONPREM: [{action: permit, regex: "_65050$"}]
 * communityLists:
 *   TAGGED: [{action: permit, communities: ["65001:100"]}]
 * clauses:
 *   - seq: 10
 *     action: permit
 *     match: {prefixList: SPOKES}
 *     set: {nextHop: 10.1.1.100}
 *   - seq: 20
 *     action: permit
 *     set: {nextHop: unchanged, asPathReplace: {asn: 65515}}
 * </pre>
 *
 * @param dialect {@code frr} (default) or {@code cisco}: the prefix lists' {@code ge}/{@code le}
 *     rules ({@link PrefixListDialect})
 * @param prefixLists named prefix lists ({@code ip prefix-list})
 * @param asPathLists named AS-path access lists ({@code ip as-path access-list})
 * @param communityLists named community lists, standard or expanded
 * @param clauses at least one clause; they run in ascending seq
 */
@API(status = INTERNAL, since = "0.2")
public record RouteMapConfig(
    @Nullable String dialect,
    @Nullable Map<String, List<PrefixListEntry>> prefixLists,
    @Nullable Map<String, List<AsPathListEntry>> asPathLists,
    @Nullable Map<String, List<CommunityListEntry>> communityLists,
    @JsonProperty(required = true) List<Clause> clauses) {

  public RouteMapConfig {
    if (dialect != null && !dialect.equals("frr") && !dialect.equals("cisco")) {
      throw new IllegalArgumentException("`dialect` \"" + dialect + "\" is unknown; expected frr (the default) or"
          + " cisco, whose prefix-list ge/le rules differ");
    }
    prefixLists = copy(prefixLists);
    asPathLists = copy(asPathLists);
    communityLists = copy(communityLists);
    if (clauses == null || clauses.isEmpty()) {
      throw new IllegalArgumentException("`clauses` is empty; expected at least one clause such as {seq: 10, action:"
          + " permit} (a route map without clauses denies everything)");
    }
    clauses = List.copyOf(clauses);
    for (int i = 0; i < clauses.size(); i++) {
      Clause clause = clauses.get(i);
      Match match = clause.match();
      if (match != null) {
        references("clause " + i + " match `prefixList`", match.prefixList(), prefixLists.keySet());
        references("clause " + i + " match `nextHopPrefixList`", match.nextHopPrefixList(), prefixLists.keySet());
        references("clause " + i + " match `asPathList`", match.asPathList(), asPathLists.keySet());
        references("clause " + i + " match `communityList`", match.communityList(), communityLists.keySet());
      }
      SetActions set = clause.set();
      if (set != null) {
        references("clause " + i + " set `communityDelete`", set.communityDelete(), communityLists.keySet());
      }
    }
  }

  private static <V> Map<String, List<V>> copy(@Nullable Map<String, List<V>> lists) {
    Map<String, List<V>> copy = new TreeMap<>();
    if (lists != null) {
      lists.forEach((name, entries) -> copy.put(name, List.copyOf(Objects.requireNonNullElse(entries, List.of()))));
    }
    return java.util.Collections.unmodifiableMap(copy);
  }

  private static void references(String what, @Nullable String name, java.util.Set<String> known) {
    if (name != null && !known.contains(name)) {
      throw new IllegalArgumentException(what + " names \"" + name + "\", which is not defined here; "
          + (known.isEmpty() ? "define it in this route map's config" : "defined: " + String.join(", ", known))
          + " (an undefined list would match nothing on the routers)");
    }
  }

  /** The prefix-list rules of {@link #dialect()}. */
  public PrefixListDialect prefixListDialect() {
    return "cisco".equals(dialect) ? PrefixListDialect.CISCO : PrefixListDialect.FRR;
  }

  /**
   * One clause: {@code route-map NAME ACTION SEQ}, its {@code match} conditions (all must hold; none:
   * every route), its {@code set} actions (permit clauses only) and what follows a match.
   *
   * @param seq 1..65535; a clause without one gets the previous clause's seq + 5 (the first 5)
   * @param action permit or deny
   * @param match the conditions
   * @param set the actions of a permit clause
   * @param onMatchNext after this permit clause matched, go on with the next clause (FRR
   *     {@code on-match next}, Cisco {@code continue})
   * @param onMatchGoto after this permit clause matched, go on at the clause with this seq or the
   *     next higher one (FRR {@code on-match goto N}, Cisco {@code continue N}); forward only
   * @param description free text
   */
  @API(status = INTERNAL, since = "0.2")
  public record Clause(@Nullable Long seq, @JsonProperty(required = true) MatchAction action, @Nullable Match match,
      @Nullable SetActions set, boolean onMatchNext, @Nullable Long onMatchGoto, @Nullable String description) {

    public Clause {
      Objects.requireNonNull(action, "`action` is required: permit or deny");
      if (seq != null && (seq < 1 || seq > 65535)) {
        throw new IllegalArgumentException("`seq` " + seq + " is out of range; expected 1..65535, such as 10");
      }
      if (action == MatchAction.deny && (set != null || onMatchNext || onMatchGoto != null)) {
        throw new IllegalArgumentException("a deny clause denies what it matches; `set`, `onMatchNext` and"
            + " `onMatchGoto` belong to permit clauses");
      }
      if (onMatchNext && onMatchGoto != null) {
        throw new IllegalArgumentException("`onMatchNext` and `onMatchGoto` exclude each other; give one");
      }
    }
  }

  /**
   * The conditions of a clause; every one given must hold.
   *
   * @param prefixList the route's prefix is permitted by this prefix list ({@code match ip address
   *     prefix-list})
   * @param asPathList the route's AS path is permitted by this AS-path list ({@code match as-path})
   * @param communityList the route's communities are permitted by this community list ({@code match
   *     community})
   * @param communityExactMatch with {@code communityList}: a standard line must list exactly the
   *     route's communities ({@code exact-match})
   * @param nextHop the route's next hop is this address ({@code match ip next-hop address})
   * @param nextHopPrefixList the route's next hop, as a /32, is permitted by this prefix list
   *     ({@code match ip next-hop prefix-list})
   */
  @API(status = INTERNAL, since = "0.2")
  public record Match(@Nullable String prefixList, @Nullable String asPathList, @Nullable String communityList,
      boolean communityExactMatch, @Nullable Ipv4Address nextHop, @Nullable String nextHopPrefixList) {

    public Match {
      if (communityExactMatch && communityList == null) {
        throw new IllegalArgumentException("`communityExactMatch` needs a `communityList` to match exactly");
      }
    }
  }

  /**
   * The actions of a permit clause. Order of application: communities deleted, then set or added;
   * AS path replaced, then prepended; next hop, local preference, MED, origin.
   *
   * @param nextHop an address ({@code set ip next-hop A.B.C.D}: a firewall, a load balancer
   *     frontend), {@code unchanged} (export: the next hop the NVA holds, not its own address) or
   *     {@code peer-address} (import: the neighbour's address; export: the NVA's own)
   * @param localPreference {@code set local-preference}, 0..4294967295
   * @param med {@code set metric}, 0..4294967295
   * @param origin {@code set origin}: igp, egp or incomplete
   * @param community {@code set community ...}: the standard communities the route gets; {@code []}
   *     removes them all ({@code set community none})
   * @param communityAdditive add {@code community} to the route's own ({@code additive})
   * @param communityDelete {@code set comm-list NAME delete}: remove the communities this list permits
   * @param asPathPrepend {@code set as-path prepend ASN...}, first written first in the path
   * @param asPathReplace {@code set as-path replace any|ASN} (FRR; Cisco IOS-XE {@code replace any})
   */
  @API(status = INTERNAL, since = "0.2")
  public record SetActions(@Nullable String nextHop, @Nullable Long localPreference, @Nullable Long med,
      @Nullable String origin, @Nullable List<Community> community, boolean communityAdditive,
      @Nullable String communityDelete, @Nullable List<Asn> asPathPrepend, @Nullable AsPathReplace asPathReplace) {

    /** {@code set ip next-hop unchanged}. */
    public static final String UNCHANGED = "unchanged";
    /** {@code set ip next-hop peer-address}. */
    public static final String PEER_ADDRESS = "peer-address";

    public SetActions {
      if (nextHop != null && !nextHop.equals(UNCHANGED) && !nextHop.equals(PEER_ADDRESS)) {
        try {
          Ipv4Address.parse(nextHop);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("`nextHop` \"" + nextHop + "\" is neither an IPv4 address, unchanged nor"
              + " peer-address; expected e.g. nextHop: 10.1.1.100", e);
        }
      }
      range("localPreference", localPreference);
      range("med", med);
      if (origin != null && !List.of("igp", "egp", "incomplete").contains(origin.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("`origin` \"" + origin + "\" is unknown; expected igp, egp or incomplete");
      }
      if (communityAdditive && (community == null || community.isEmpty())) {
        throw new IllegalArgumentException("`communityAdditive` needs communities to add in `community`");
      }
      community = community == null ? null : List.copyOf(community);
      asPathPrepend = asPathPrepend == null ? null : List.copyOf(asPathPrepend);
      if (asPathPrepend != null && asPathPrepend.isEmpty()) {
        throw new IllegalArgumentException("`asPathPrepend` is empty; expected the ASNs to prepend, e.g. [65001, 65001]");
      }
    }

    private static void range(String what, @Nullable Long value) {
      if (value != null && (value < 0 || value > 0xFFFF_FFFFL)) {
        throw new IllegalArgumentException("`" + what + "` " + value + " is out of range; expected 0..4294967295");
      }
    }
  }

  /**
   * {@code set as-path replace}: every occurrence of {@code asn} (of every ASN with {@code any}) in
   * the AS path, sets included, becomes {@code with}, by default the local ASN (FRR {@code
   * aspath_replace_specific_asn} / {@code aspath_replace_all_asn}). Runs before the local ASN is
   * prepended on the way out, so {@code {asn: 65515}} toward a route server does what as-override
   * does.
   *
   * @param any replace every ASN
   * @param asn the ASN to replace; excludes {@code any}
   * @param with the ASN written instead; absent: the local ASN
   */
  @API(status = INTERNAL, since = "0.2")
  public record AsPathReplace(boolean any, @Nullable Asn asn, @Nullable Asn with) {
    public AsPathReplace {
      if (any == (asn != null)) {
        throw new IllegalArgumentException(any ? "`any: true` and `asn` exclude each other; give one"
            : "expected `any: true` or `asn`, e.g. asPathReplace: {asn: 65515}");
      }
    }
  }
}
