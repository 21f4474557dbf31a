package io.arsim.engine.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.Asn;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.bgp.Origin;
import io.arsim.core.bgp.PathAttributes;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.HubRoutingPreference;
import io.arsim.engine.bgp.Candidate;
import io.arsim.engine.bgp.DecisionStep;
import io.arsim.engine.bgp.Selection;
import io.arsim.policy.spi.SpeakerKind;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * FRR's best-path selection, one test per step of the decision order in bgp-reference.md ("FRR
 * decision order", from FRR doc/user/bgp.rst "Route Selection" and bgpd/bgp_route.c
 * {@code bgp_path_info_cmp}). In every test the winner is worse than the loser on every later step,
 * so the test also proves the order of the steps; {@link Selection#lost()} must name the deciding
 * step, as FRR's {@code selectionReason} does.
 */
class FrrDecisionProcessTest {
  static final Ipv4Prefix PREFIX = Ipv4Prefix.parse("192.168.0.0/16");

  /** A path received from a peer (weight 0, as FRR gives received routes by default). */
  static Candidate received(String peer, String peerAddress, long peerAsn, String routerId, boolean ebgp,
      PathAttributes.Builder attributes) {
    return received(peer, peerAddress, peerAsn, routerId, ebgp, 0, attributes);
  }

  static Candidate received(String peer, String peerAddress, long peerAsn, String routerId, boolean ebgp, int weight,
      PathAttributes.Builder attributes) {
    return new Candidate(new BgpRoute(PREFIX, peer, attributes.nextHop(Ipv4Address.parse(peerAddress)).build()), peer,
        Ipv4Address.parse(peerAddress), Asn.of(peerAsn), Ipv4Address.parse(routerId), SpeakerKind.NVA,
        HubRoutingPreference.VpnGateway, ebgp, weight);
  }

  static PathAttributes.Builder path(String asPath) {
    return PathAttributes.builder().asPath(AsPath.parse(asPath));
  }

  static Selection select(int maximumPaths, Candidate... candidates) {
    return FrrDecisionProcess.select(PREFIX, List.of(candidates), maximumPaths);
  }

  /** Asserts {@code winner} is the only best path and {@code loser} lost at {@code step}, in either input order. */
  static void decidedAt(DecisionStep step, Candidate winner, Candidate loser) {
    for (Selection s : List.of(select(1, winner, loser), select(1, loser, winner))) {
      assertThat(s.best()).containsExactly(winner);
      assertThat(s.lost()).containsExactly(java.util.Map.entry(loser, step));
    }
  }

  @Test
  @DisplayName("FRR step 1, weight (bgp_route.c: 'weight'): higher weight wins over a better local preference and path")
  void weight() {
    Candidate heavy = received("p1", "10.0.0.1", 65001, "1.1.1.9", true, 200,
        path("65001 65010 65020").localPreference(50).origin(Origin.INCOMPLETE));
    Candidate light = received("p2", "10.0.0.2", 65002, "1.1.1.1", true, 0, path("65002").localPreference(300));
    decidedAt(DecisionStep.WEIGHT, heavy, light);
  }

  @Test
  @DisplayName("FRR step 2, local preference (bgp_route.c: 'Local Pref'): higher wins over a shorter AS path")
  void localPreference() {
    Candidate preferred = received("p1", "10.0.0.1", 65001, "1.1.1.9", true,
        path("65001 65010 65020").localPreference(200).origin(Origin.INCOMPLETE));
    Candidate shorter = received("p2", "10.0.0.2", 65002, "1.1.1.1", true, path("65002"));
    decidedAt(DecisionStep.LOCAL_PREFERENCE, preferred, shorter);
  }

  @Test
  @DisplayName("FRR step 3, local route (bgp_route.c: 'Local Route'): an originated route wins at equal weight")
  void localRoute() {
    // Weight 0 on the local route so that step 1 ties; the received iBGP path has an empty AS path
    // so that step 4 would tie too, and a better origin so that step 5 would favour it.
    Candidate local = new Candidate(new BgpRoute(PREFIX, BgpRoute.LOCAL,
        path("").origin(Origin.INCOMPLETE).nextHop(new Ipv4Address(0)).build()), BgpRoute.LOCAL, new Ipv4Address(0),
        Asn.of(65001), Ipv4Address.parse("9.9.9.9"), SpeakerKind.NVA, HubRoutingPreference.VpnGateway, false, 0);
    Candidate ibgp = received("p1", "10.0.0.1", 65001, "1.1.1.1", false, path("").origin(Origin.IGP));
    decidedAt(DecisionStep.LOCAL_ROUTE, local, ibgp);
  }

  @Test
  @DisplayName("FRR step 4, AS-path length (bgp_route.c: 'AS Path'): shorter wins; an AS_SET counts one (RFC 4271 9.1.2.2)")
  void asPathLengthWithAsSetCountingOne() {
    // 65001 {65010 65011 65012} holds four ASNs but has length 2; 65002 65003 65004 has length 3.
    Candidate withSet = received("p1", "10.0.0.9", 65001, "1.1.1.9", true,
        path("65001 {65010 65011 65012}").origin(Origin.INCOMPLETE));
    Candidate sequence = received("p2", "10.0.0.1", 65002, "1.1.1.1", true, path("65002 65003 65004"));
    assertThat(withSet.route().attributes().asPath().length()).isEqualTo(2);
    decidedAt(DecisionStep.AS_PATH_LENGTH, withSet, sequence);
  }

  @Test
  @DisplayName("FRR step 5, origin (bgp_route.c: 'ORIGIN'): IGP < EGP < incomplete")
  void origin() {
    Candidate igp = received("p1", "10.0.0.9", 65001, "1.1.1.9", true, path("65001 65010").origin(Origin.IGP).med(500));
    Candidate egp = received("p2", "10.0.0.2", 65001, "1.1.1.2", true, path("65001 65020").origin(Origin.EGP).med(1));
    Candidate incomplete = received("p3", "10.0.0.1", 65002, "1.1.1.1", true,
        path("65002 65030").origin(Origin.INCOMPLETE));
    decidedAt(DecisionStep.ORIGIN, igp, egp);
    decidedAt(DecisionStep.ORIGIN, egp, incomplete);
  }

  @Test
  @DisplayName("FRR step 6, MED (bgp_route.c: 'MED'): lower wins between paths from the same neighbour AS")
  void medBetweenSameNeighbourAs() {
    Candidate low = received("p1", "10.0.0.9", 65001, "1.1.1.9", true, path("65001 65010").med(10));
    Candidate high = received("p2", "10.0.0.1", 65001, "1.1.1.1", true, path("65001 65020").med(50));
    decidedAt(DecisionStep.MED, low, high);
  }

  @Test
  @DisplayName("FRR step 6, MED: a missing MED counts as 0 (RFC 4271, FRR default)")
  void missingMedIsZero() {
    Candidate none = received("p1", "10.0.0.9", 65001, "1.1.1.9", true, path("65001 65010"));
    Candidate some = received("p2", "10.0.0.1", 65001, "1.1.1.1", true, path("65001 65020").med(1));
    decidedAt(DecisionStep.MED, none, some);
  }

  @Test
  @DisplayName("FRR step 6, the three-path MED cycle: one answer for all six input orders (deterministic-med)")
  void theMedCycleHasOneAnswerWhateverTheOrder() {
    // Pairwise, each path beats another (RFC 3345's cycle): a beats c on MED (same neighbour AS
    // 65001, 10 < 20); c beats b on router id (different ASes, MED ignored); b beats a on router
    // id. FRR's bgp deterministic-med groups paths by neighbour AS: the best of 65001 is a (MED),
    // the only path of 65002 is b; a and b compare without MED, and b's lower router id wins.
    Candidate a = received("pa", "10.0.0.1", 65001, "3.3.3.3", true, path("65001 65100").med(10));
    Candidate b = received("pb", "10.0.0.2", 65002, "2.2.2.2", true, path("65002 65100").med(5));
    Candidate c = received("pc", "10.0.0.3", 65001, "1.1.1.1", true, path("65001 65100").med(20));
    List<List<Candidate>> orders = List.of(List.of(a, b, c), List.of(a, c, b), List.of(b, a, c), List.of(b, c, a),
        List.of(c, a, b), List.of(c, b, a));
    for (List<Candidate> order : orders) {
      Selection s = FrrDecisionProcess.select(PREFIX, order, 1);
      assertThat(s.best()).as("order " + order.stream().map(Candidate::peer).toList()).containsExactly(b);
      assertThat(s.lost()).containsOnlyKeys(a, c);
      assertThat(s).isEqualTo(FrrDecisionProcess.select(PREFIX, orders.get(0), 1));
    }
  }

  @Test
  @DisplayName("deterministic-med on random path sets: the best of each neighbour AS's best paths, whatever the order")
  void deterministicMedOnRandomPathSets() {
    // The definition, from FRR's bgp deterministic-med (bgp_route.c, bgp_best_selection): the best
    // path of each neighbour AS (paths of one AS compare transitively, MED included), then the
    // best of those (different neighbour ASes: MED plays no part). Checked against the whole
    // decision on 2,000 seeded random sets, each given in two orders.
    java.util.Random random = new java.util.Random(20261206);
    for (int round = 0; round < 2_000; round++) {
      List<Candidate> paths = new java.util.ArrayList<>();
      int count = 3 + random.nextInt(10);
      for (int i = 0; i < count; i++) {
        long neighbourAs = 65001 + random.nextInt(3);
        PathAttributes.Builder attributes = path(neighbourAs + (random.nextBoolean() ? "" : " 65100"))
            .localPreference(random.nextInt(4) == 0 ? 200 : 100);
        if (random.nextInt(3) > 0) {
          attributes.med(random.nextInt(3) * 10L);
        }
        paths.add(received("p" + i, "10.0." + i + ".1", neighbourAs, "1.1." + random.nextInt(250) + "." + i, true,
            attributes));
      }
      java.util.Map<Long, List<Candidate>> groups = new java.util.TreeMap<>();
      for (Candidate c : paths) {
        groups.computeIfAbsent(c.peerAsn().value(), k -> new java.util.ArrayList<>()).add(c);
      }
      List<Candidate> groupBests = groups.values().stream()
          .map(group -> FrrDecisionProcess.select(PREFIX, group, 1).primary()).toList();
      Candidate expected = FrrDecisionProcess.select(PREFIX, groupBests, 1).primary();
      List<Candidate> reversed = new java.util.ArrayList<>(paths);
      java.util.Collections.reverse(reversed);
      for (List<Candidate> order : List.of(paths, reversed)) {
        assertThat(FrrDecisionProcess.select(PREFIX, order, 1).primary()).as("round " + round).isEqualTo(expected);
      }
    }
  }

  @Test
  @DisplayName("FRR step 6, MED: ignored between different neighbour ASes (no always-compare-med); router id decides")
  void medIgnoredAcrossNeighbourAses() {
    Candidate lowerRouterId = received("p1", "10.0.0.9", 65001, "1.1.1.1", true, path("65001").med(500));
    Candidate lowerMed = received("p2", "10.0.0.1", 65002, "2.2.2.2", true, path("65002").med(1));
    decidedAt(DecisionStep.ROUTER_ID, lowerRouterId, lowerMed);
  }

  @Test
  @DisplayName("FRR step 7, eBGP over iBGP (bgp_route.c: 'Peer Type')")
  void ebgpOverIbgp() {
    Candidate ebgp = received("p1", "10.0.0.9", 65001, "9.9.9.9", true, path("65001"));
    Candidate ibgp = received("p2", "10.0.0.1", 65100, "1.1.1.1", false, path("65001"));
    decidedAt(DecisionStep.EBGP_OVER_IBGP, ebgp, ibgp);
  }

  @Test
  @DisplayName("FRR step 11, router id (bgp_route.c: 'Router ID'): lower wins")
  void routerId() {
    Candidate low = received("p1", "10.0.0.9", 65001, "1.1.1.1", true, path("65001"));
    Candidate high = received("p2", "10.0.0.1", 65002, "2.2.2.2", true, path("65002"));
    decidedAt(DecisionStep.ROUTER_ID, low, high);
  }

  @Test
  @DisplayName("FRR step 13, peer address (bgp_route.c: 'Neighbor IP'): the lower address wins, as FRR's code does")
  void peerAddress() {
    // One router (same router id) reached over two sessions.
    Candidate lower = received("p1", "10.0.0.1", 65001, "1.1.1.1", true, path("65001"));
    Candidate higher = received("p2", "10.0.0.2", 65001, "1.1.1.1", true, path("65001"));
    decidedAt(DecisionStep.PEER_ADDRESS, lower, higher);
  }

  @Nested
  @DisplayName("FRR step 9, multipath check (bgp_route.c 'Maximum path check', bgp_mpath.c)")
  class Multipath {

    @Test
    @DisplayName("equal eBGP paths from the same neighbour AS are multipath; the router id orders them")
    void sameNeighbourAsIsMultipath() {
      Candidate a = received("p1", "10.0.0.2", 65001, "1.1.1.1", true, path("65001 65100"));
      Candidate b = received("p2", "10.0.0.1", 65001, "2.2.2.2", true, path("65001 65200"));
      Selection s = select(4, b, a);
      assertThat(s.best()).containsExactly(a, b);
      assertThat(s.primary()).isEqualTo(a);
      assertThat(s.lost()).isEmpty();
    }

    @Test
    @DisplayName("equal eBGP paths from different neighbour ASes are not multipath (no multipath-relax)")
    void differentNeighbourAsIsNotMultipath() {
      Candidate a = received("p1", "10.0.0.2", 65001, "1.1.1.1", true, path("65001 65100"));
      Candidate b = received("p2", "10.0.0.1", 65002, "2.2.2.2", true, path("65002 65100"));
      Selection s = select(4, a, b);
      assertThat(s.best()).containsExactly(a);
      assertThat(s.lost()).containsExactly(java.util.Map.entry(b, DecisionStep.ROUTER_ID));
    }

    @Test
    @DisplayName("the multipath set is capped by maximum-paths; the rest lose at the tie-breaker")
    void cappedByMaximumPaths() {
      Candidate a = received("p1", "10.0.0.3", 65001, "1.1.1.1", true, path("65001 65100"));
      Candidate b = received("p2", "10.0.0.2", 65001, "2.2.2.2", true, path("65001 65200"));
      Candidate c = received("p3", "10.0.0.1", 65001, "3.3.3.3", true, path("65001 65300"));
      Selection s = select(2, c, b, a);
      assertThat(s.best()).containsExactly(a, b);
      assertThat(s.lost()).containsExactly(java.util.Map.entry(c, DecisionStep.ROUTER_ID));
      assertThat(select(1, a, b, c).best()).containsExactly(a);
      assertThat(select(3, a, b, c).best()).containsExactly(a, b, c);
    }

    @Test
    @DisplayName("a path that lost an earlier step is never multipath")
    void onlyPathsEqualUpToStep8() {
      Candidate a = received("p1", "10.0.0.2", 65001, "1.1.1.1", true, path("65001 65100"));
      Candidate longer = received("p2", "10.0.0.1", 65001, "2.2.2.2", true, path("65001 65001 65200"));
      Selection s = select(8, a, longer);
      assertThat(s.best()).containsExactly(a);
      assertThat(s.lost()).containsExactly(java.util.Map.entry(longer, DecisionStep.AS_PATH_LENGTH));
    }

    @Test
    @DisplayName("iBGP paths are multipath only with an identical AS path (bgp_route.c: aspath_cmp)")
    void ibgpNeedsIdenticalAsPath() {
      Candidate a = received("p1", "10.0.0.2", 65100, "1.1.1.1", false, path("65001 65010"));
      Candidate same = received("p2", "10.0.0.3", 65100, "2.2.2.2", false, path("65001 65010"));
      Candidate other = received("p3", "10.0.0.1", 65100, "3.3.3.3", false, path("65002 65020"));
      Selection s = select(8, other, same, a);
      assertThat(s.best()).containsExactly(a, same);
      assertThat(s.lost()).containsExactly(java.util.Map.entry(other, DecisionStep.ROUTER_ID));
    }

    @Test
    @DisplayName("eBGP multipath compares the peers' ASes (bgp_route.c: new->peer->as == exist->peer->as)")
    void ebgpComparesPeerAs() {
      // Two peers in different ASes whose paths start with the same AS (a peer that does not
      // prepend itself, as a transparent route server would): FRR does not combine them.
      Candidate a = received("p1", "10.0.0.1", 65001, "1.1.1.1", true, path("65010 65100"));
      Candidate b = received("p2", "10.0.0.2", 65002, "2.2.2.2", true, path("65010 65200"));
      assertThat(select(8, a, b).best()).containsExactly(a);
    }
  }

  @Nested
  @DisplayName("FRR step 10 / Cisco step 'oldest path': between equal eBGP paths the router keeps the one received first")
  class ArrivalOrderStep {
    final Candidate a = received("p1", "10.0.0.1", 65001, "1.1.1.1", true, path("65001"));
    final Candidate b = received("p2", "10.0.0.2", 65002, "2.2.2.2", true, path("65002"));

    Selection select(FrrDecisionProcess.ArrivalOrder order, Candidate... candidates) {
      return FrrDecisionProcess.select(PREFIX, List.of(candidates), 1, order);
    }

    @Test
    @DisplayName("unknown order: the router id picks the path arsim shows, and the best is marked arrival-order dependent")
    void unknownOrderIsMarked() {
      for (Selection s : List.of(select(FrrDecisionProcess.ArrivalOrder.UNKNOWN, a, b),
          select(FrrDecisionProcess.ArrivalOrder.UNKNOWN, b, a))) {
        assertThat(s.primary()).isEqualTo(a);
        assertThat(s.lost()).containsExactly(java.util.Map.entry(b, DecisionStep.ROUTER_ID));
        assertThat(s.arrivalOrderDependent()).isTrue();
        assertThat(s.arrivalOrderAlternatives()).containsExactly(b);
      }
    }

    @Test
    @DisplayName("pinned order: the neighbour listed first wins at 'arrival order', even with the higher router id")
    void pinnedOrderDecides() {
      FrrDecisionProcess.ArrivalOrder order = new FrrDecisionProcess.ArrivalOrder(true,
          List.of(Ipv4Address.parse("10.0.0.2"), Ipv4Address.parse("10.0.0.1")));
      for (Selection s : List.of(select(order, a, b), select(order, b, a))) {
        assertThat(s.primary()).isEqualTo(b);
        assertThat(s.lost()).containsExactly(java.util.Map.entry(a, DecisionStep.ARRIVAL_ORDER));
        assertThat(s.arrivalOrderDependent()).isFalse();
      }
    }

    @Test
    @DisplayName("a listed neighbour arrived before every unlisted one; two unlisted ones stay undecided")
    void partlyPinned() {
      Candidate c = received("p3", "10.0.0.3", 65003, "0.0.0.3", true, path("65003"));
      FrrDecisionProcess.ArrivalOrder order = new FrrDecisionProcess.ArrivalOrder(true,
          List.of(Ipv4Address.parse("10.0.0.2")));
      Selection s = select(order, a, b, c);
      assertThat(s.primary()).isEqualTo(b);
      assertThat(s.arrivalOrderDependent()).isFalse();
      Selection unlisted = select(order, a, c);
      assertThat(unlisted.primary()).as("router id 0.0.0.3 < 1.1.1.1").isEqualTo(c);
      assertThat(unlisted.arrivalOrderAlternatives()).containsExactly(a);
    }

    @Test
    @DisplayName("no such step for iBGP paths, for paths an earlier step decides, or for a speaker without it")
    void onlyBetweenEqualEbgpPaths() {
      Candidate ibgp1 = received("p1", "10.0.0.1", 65100, "1.1.1.1", false, path("65001"));
      Candidate ibgp2 = received("p2", "10.0.0.2", 65100, "2.2.2.2", false, path("65001"));
      assertThat(select(FrrDecisionProcess.ArrivalOrder.UNKNOWN, ibgp1, ibgp2).arrivalOrderDependent()).isFalse();
      Candidate shorter = received("p3", "10.0.0.3", 65003, "3.3.3.3", true, path(""));
      assertThat(select(FrrDecisionProcess.ArrivalOrder.UNKNOWN, a, shorter).arrivalOrderDependent()).isFalse();
      assertThat(select(FrrDecisionProcess.ArrivalOrder.NONE, a, b).arrivalOrderDependent()).isFalse();
      assertThat(FrrDecisionProcess.select(PREFIX, List.of(a, b), 1).arrivalOrderDependent()).isFalse();
    }

    @Test
    @DisplayName("multipath members tied on arrival are dependent too: FRR still marks one of them best (R3)")
    void multipathBestIsDependent() {
      Candidate a2 = received("p2", "10.0.0.2", 65001, "2.2.2.2", true, path("65001"));
      Selection s = FrrDecisionProcess.select(PREFIX, List.of(a2, a), 256, FrrDecisionProcess.ArrivalOrder.UNKNOWN);
      assertThat(s.best()).containsExactly(a, a2);
      assertThat(s.arrivalOrderAlternatives()).containsExactly(a2);
    }
  }
}
