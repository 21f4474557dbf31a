package io.arsim.cli.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.cli.compare.Difference.Kind;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The comparison of normalised rows, on tables shaped as Azure and FRR print them: a route server's
 * learned routes (one path a prefix and instance), a NIC's effective routes (ECMP next hops in one
 * row, as az shows them) and an NVA's BGP table (several paths a prefix, told apart by next hop).
 */
class ComparisonTest {
  private static final Ipv4Prefix DEFAULT = Ipv4Prefix.DEFAULT_ROUTE;
  private static final Ipv4Prefix ONPREM = Ipv4Prefix.parse("172.16.0.0/16");
  private static final Ipv4Prefix BRANCH = Ipv4Prefix.parse("192.168.0.0/16");
  private static final String LEARNED = "rs-spoke/IN_0 learned from nva1";
  private static final String NIC = "effective routes of vm-spoke";
  private static final String TABLE = "BGP table of nva1";
  private static final Predicate<String> NOTHING_ASSIGNED = a -> false;
  /** GatewaySubnet 10.1.254.0/27, as in docs/expressroute.md's example. */
  private static final Predicate<String> GATEWAY_SUBNET = a -> Ipv4Prefix.parse("10.1.254.0/27")
      .contains(Ipv4Address.parse(a));

  private static CompareRow learned(Ipv4Prefix prefix, String nextHop, String asPath) {
    return Observations.routeServerRow(LEARNED, "rs-spoke/IN_0", prefix, "10.1.1.4", Ipv4Address.parse("10.0.255.4"),
        Ipv4Address.parse(nextHop), asPath, "EBgp", 32768);
  }

  private static CompareRow effective(Ipv4Prefix prefix, String state, String... hops) {
    List<String[]> group = hops.length == 0
        ? List.<String[]>of(new String[] {prefix.toString(), "VirtualNetworkGateway", state, "VirtualNetworkGateway", ""})
        : java.util.Arrays.stream(hops).map(h -> new String[] {prefix.toString(), "VirtualNetworkGateway", state,
            "VirtualNetworkGateway", h}).toList();
    return Observations.effectiveRows(NIC, "vm-spoke", List.of(group)).get(0);
  }

  private static CompareRow path(Ipv4Prefix prefix, String status, String nextHop, boolean tied) {
    return Observations.bgpRow(TABLE, "nva1", prefix, status, Ipv4Address.parse(nextHop), "65515", "i", 0L, null, null,
        tied);
  }

  @Test
  void equalTablesHaveNoDifferenceAndEveryRowMatches() {
    List<CompareRow> rows = List.of(learned(DEFAULT, "10.1.1.4", "65001"), learned(BRANCH, "10.1.1.4", "65001"));
    Comparison.Result result = new Comparison(NOTHING_ASSIGNED).compare(rows, List.copyOf(rows));
    assertThat(result.differences()).isEmpty();
    assertThat(result.matching()).isEqualTo(2);
    assertThat(result.predicted()).isEqualTo(2);
    assertThat(result.observed()).isEqualTo(2);
  }

  @Test
  void missingExtraAndDifferentRowsInPrefixOrder() {
    List<CompareRow> predicted = List.of(learned(DEFAULT, "10.1.1.4", "65001"), learned(BRANCH, "10.1.1.4", "65001"));
    List<CompareRow> observed = List.of(learned(ONPREM, "10.1.1.4", "65001 65050"),
        learned(DEFAULT, "10.1.1.4", "65001 65001 65001"));

    Comparison.Result result = new Comparison(NOTHING_ASSIGNED).compare(predicted, observed);

    assertThat(result.differences()).containsExactly(
        new Difference(Kind.DIFFERENT, LEARNED, "rs-spoke/IN_0", DEFAULT, "10.1.1.4", "asPath", "65001",
            "65001 65001 65001", ""),
        new Difference(Kind.EXTRA, LEARNED, "rs-spoke/IN_0", ONPREM, "10.1.1.4", "", "",
            "nextHop 10.1.1.4, asPath 65001 65050, origin EBgp, weight 32768", ""),
        new Difference(Kind.MISSING, LEARNED, "rs-spoke/IN_0", BRANCH, "10.1.1.4", "",
            "nextHop 10.1.1.4, asPath 65001, origin EBgp, weight 32768", "", ""));
    assertThat(result.matching()).isZero();
    assertThat(result.differences()).allMatch(Difference::isDrift);
  }

  /** az prints an ECMP route as one row with both next hops; their order does not matter. */
  @Test
  void ecmpNextHopsAreComparedAsSets() {
    Comparison comparison = new Comparison(NOTHING_ASSIGNED);
    assertThat(comparison.compare(List.of(effective(DEFAULT, "Active", "10.1.1.4", "10.2.1.4")),
        List.of(effective(DEFAULT, "Active", "10.2.1.4", "10.1.1.4"))).differences()).isEmpty();

    assertThat(comparison.compare(List.of(effective(DEFAULT, "Active", "10.1.1.4", "10.2.1.4")),
        List.of(effective(DEFAULT, "Active", "10.2.1.4"))).differences()).containsExactly(
            new Difference(Kind.DIFFERENT, NIC, "vm-spoke", DEFAULT, "VirtualNetworkGateway", "nextHops",
                "10.1.1.4, 10.2.1.4", "10.2.1.4", ""));
  }

  /** A BGP path is matched by next hop; one path left on each side is the same path with another next hop. */
  @Test
  void pathsAreMatchedByNextHopAndOneLeftOnEachSideIsPaired() {
    List<CompareRow> predicted = List.of(path(ONPREM, "best", "10.1.255.4", false),
        path(ONPREM, "multipath", "10.1.255.5", false));
    List<CompareRow> observed = List.of(path(ONPREM, "multipath", "10.1.255.5", false),
        path(ONPREM, "best", "10.1.255.6", false));

    assertThat(new Comparison(NOTHING_ASSIGNED).compare(predicted, observed).differences()).containsExactly(
        new Difference(Kind.DIFFERENT, TABLE, "nva1", ONPREM, "10.1.255.4", "nextHop", "10.1.255.4", "10.1.255.6",
            ""));
  }

  /** Two paths on each side with other next hops: no guessing, two missing and two extra. */
  @Test
  void severalUnmatchedPathsAreMissingAndExtra() {
    List<CompareRow> predicted = List.of(path(ONPREM, "best", "10.1.255.4", false),
        path(ONPREM, "multipath", "10.1.255.5", false));
    List<CompareRow> observed = List.of(path(ONPREM, "best", "10.1.255.6", false),
        path(ONPREM, "multipath", "10.1.255.7", false));

    assertThat(new Comparison(NOTHING_ASSIGNED).compare(predicted, observed).differences())
        .extracting(Difference::kind, Difference::key)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.MISSING, "10.1.255.4"),
            org.assertj.core.groups.Tuple.tuple(Kind.MISSING, "10.1.255.5"),
            org.assertj.core.groups.Tuple.tuple(Kind.EXTRA, "10.1.255.6"),
            org.assertj.core.groups.Tuple.tuple(Kind.EXTRA, "10.1.255.7"));
  }

  /**
   * FRR keeps the older of two eBGP paths equal up to the router id (docs/engine.md, Arrival order):
   * the other instance's path being best is not drift when arsim marked the two tied.
   */
  @Test
  void bestPathTiedOnArrivalOrderDependsOnIt() {
    List<CompareRow> predicted = List.of(path(DEFAULT, "best", "10.0.255.4", true),
        path(DEFAULT, "multipath", "10.0.255.5", true));
    List<CompareRow> observed = List.of(path(DEFAULT, "multipath", "10.0.255.4", false),
        path(DEFAULT, "best", "10.0.255.5", false));

    Comparison.Result result = new Comparison(NOTHING_ASSIGNED).compare(predicted, observed);

    assertThat(result.differences()).containsExactly(
        new Difference(Kind.DEPENDS_ON, TABLE, "nva1", DEFAULT, "10.0.255.4", "status", "best", "multipath",
            Comparison.ARRIVAL_ORDER),
        new Difference(Kind.DEPENDS_ON, TABLE, "nva1", DEFAULT, "10.0.255.5", "status", "multipath", "best",
            Comparison.ARRIVAL_ORDER));
    assertThat(result.differences()).noneMatch(Difference::isDrift);
  }

  @Test
  void bestPathNotTiedIsDrift() {
    List<CompareRow> predicted = List.of(path(DEFAULT, "best", "10.0.255.4", false),
        path(DEFAULT, "valid", "10.0.255.5", false));
    List<CompareRow> observed = List.of(path(DEFAULT, "valid", "10.0.255.4", false),
        path(DEFAULT, "best", "10.0.255.5", false));

    assertThat(new Comparison(NOTHING_ASSIGNED).compare(predicted, observed).differences())
        .extracting(Difference::kind).containsExactly(Kind.DIFFERENT, Kind.DIFFERENT);
  }

  /**
   * ExpressRoute links answer at GatewaySubnet addresses Microsoft assigns in deployment order
   * (docs/expressroute.md, Addresses): next hops that differ only there depend on it.
   */
  @Test
  void nextHopsMicrosoftAssignsDependOnTheDeployment() {
    Comparison comparison = new Comparison(GATEWAY_SUBNET);
    List<CompareRow> predicted = List.of(effective(ONPREM, "Active", "10.1.254.6", "10.1.254.7"));

    assertThat(comparison.compare(predicted, List.of(effective(ONPREM, "Active", "10.1.254.12", "10.1.254.13")))
        .differences()).containsExactly(new Difference(Kind.DEPENDS_ON, NIC, "vm-spoke", ONPREM,
            "VirtualNetworkGateway", "nextHops", "10.1.254.6, 10.1.254.7", "10.1.254.12, 10.1.254.13",
            Comparison.ASSIGNED_ADDRESS));
    // A next hop outside GatewaySubnet (an NVA) is drift for certain.
    assertThat(comparison.compare(predicted, List.of(effective(ONPREM, "Active", "10.1.1.4"))).differences())
        .extracting(Difference::kind).containsExactly(Kind.DIFFERENT);
  }

  /**
   * A gateway learns each prefix from both of the circuit's links, keyed by the link's address: when
   * Microsoft put the links at other addresses, the paths pair up in address order, not as two missing
   * and two extra.
   */
  @Test
  void pathsFromLinksAtOtherAssignedAddressesPairUp() {
    String where = "ergw-hub1/IN_0 learned routes";
    Ipv4Address self = Ipv4Address.parse("10.1.254.4");
    java.util.function.BiFunction<String, String, CompareRow> link = (peer, hop) -> Observations.routeServerRow(
        where, "ergw-hub1/IN_0", ONPREM, peer, self, Ipv4Address.parse(hop), "12076 65050", "EBgp", 32769);
    List<CompareRow> predicted = List.of(link.apply("10.1.254.6", "10.1.254.6"), link.apply("10.1.254.7",
        "10.1.254.7"));
    List<CompareRow> observed = List.of(link.apply("10.1.254.13", "10.1.254.13"), link.apply("10.1.254.12",
        "10.1.254.12"));

    assertThat(new Comparison(GATEWAY_SUBNET).compare(predicted, observed).differences())
        .extracting(Difference::kind, Difference::key, Difference::field, Difference::predicted, Difference::observed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Kind.DEPENDS_ON, "10.1.254.6", "sourcePeer", "10.1.254.6",
                "10.1.254.12"),
            org.assertj.core.groups.Tuple.tuple(Kind.DEPENDS_ON, "10.1.254.6", "nextHop", "10.1.254.6",
                "10.1.254.12"),
            org.assertj.core.groups.Tuple.tuple(Kind.DEPENDS_ON, "10.1.254.7", "sourcePeer", "10.1.254.7",
                "10.1.254.13"),
            org.assertj.core.groups.Tuple.tuple(Kind.DEPENDS_ON, "10.1.254.7", "nextHop", "10.1.254.7",
                "10.1.254.13"));
    // Without addresses Microsoft assigns, two unmatched paths a side stay missing and extra.
    assertThat(new Comparison(NOTHING_ASSIGNED).compare(predicted, observed).differences())
        .extracting(Difference::kind).containsExactly(Kind.MISSING, Kind.MISSING, Kind.EXTRA, Kind.EXTRA);
  }

  /** A value one side does not show (FRR leaves LocPrf out for eBGP paths) is not compared. */
  @Test
  void valuesOneSideDoesNotShowAreNotCompared() {
    CompareRow predicted = Observations.bgpRow(TABLE, "nva1", DEFAULT, "best", Ipv4Address.parse("10.0.255.4"),
        "65515", "i", 0L, 100L, null, false);
    CompareRow observed = Observations.bgpRow(TABLE, "nva1", DEFAULT, "best", Ipv4Address.parse("10.0.255.4"),
        "65515", "i", 0L, null, 0L, false);
    assertThat(new Comparison(NOTHING_ASSIGNED).compare(List.of(predicted), List.of(observed)).differences())
        .isEmpty();
  }

  @Test
  void tablesOnlyOneSideHasAreComparedToo() {
    Comparison.Result result = new Comparison(NOTHING_ASSIGNED).compare(List.of(),
        List.of(learned(DEFAULT, "10.1.1.4", "65001")));
    assertThat(result.differences()).extracting(Difference::kind).containsExactly(Kind.EXTRA);
  }
}
