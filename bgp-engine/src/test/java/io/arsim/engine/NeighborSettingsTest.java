package io.arsim.engine;

import static io.arsim.engine.Tiny.ip;
import static io.arsim.engine.Tiny.px;
import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.topology.AllowAsIn;
import io.arsim.core.topology.MaximumPrefix;
import io.arsim.engine.bgp.ConvergedState;
import io.arsim.engine.bgp.EngineSettings;
import io.arsim.engine.bgp.Neighbor;
import io.arsim.engine.bgp.NeighborSettings;
import io.arsim.engine.bgp.Rejection;
import io.arsim.engine.convergence.NetworkBuilder;
import io.arsim.engine.convergence.Simulation;
import io.arsim.policy.catalog.ConfiguredPolicy;
import io.arsim.policy.catalog.PolicyChain;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * allowas-in and maximum-prefix as neighbour settings, with FRR's semantics (bgp-reference.md):
 * allowas-in N drops a path only when the local ASN appears more than N times ({@code
 * aspath_loop_check(...) > allowas_in}); origin mode accepts it only as the origin AS;
 * maximum-prefix counts the routes accepted after the import policies and tears the session down
 * above the limit, unless warning-only.
 */
class NeighborSettingsTest {

  /** nva1 (65001) receives from nva2 (65002) routes whose paths hold 65001 once, twice or as origin only. */
  private static ConvergedState run(NeighborSettings settingsOfNva1) {
    NetworkBuilder b = new NetworkBuilder();
    Tiny.nva(b, "nva1", 65001, "10.1.1.4");
    Tiny.nva(b, "nva2", 65002, "10.2.1.4");
    Tiny.nva(b, "src-once", 65010, "10.3.1.4", "192.168.1.0/24");
    Tiny.nva(b, "src-twice", 65011, "10.3.2.4", "192.168.2.0/24");
    Tiny.nva(b, "src-origin", 65012, "10.3.3.4", "192.168.3.0/24");
    // nva2 learns each source's route with a path made to cross 65001: once in the middle, twice,
    // or only at the origin.
    Tiny.peer(b, "nva2", "10.2.1.4", "src-once", "10.3.1.4", List.of(Tiny.through(65001)), List.of());
    Tiny.peer(b, "nva2", "10.2.1.5", "src-twice", "10.3.2.4", List.of(Tiny.through(65001, 65099, 65001)), List.of());
    Tiny.peer(b, "nva2", "10.2.1.6", "src-origin", "10.3.3.4", List.of(appendOrigin()), List.of());
    b.addNeighbor("nva1", new Neighbor("nva2", ip("10.1.1.4"), ip("10.2.1.4"), b.asnOf("nva2"), settingsOfNva1,
        PolicyChain.EMPTY, PolicyChain.EMPTY));
    b.addNeighbor("nva2", Neighbor.plain("nva1", ip("10.2.1.4"), ip("10.1.1.4"), b.asnOf("nva1")));
    return Simulation.converge(b.build(), EngineSettings.defaults());
  }

  /** Makes 65001 the path's only, and so origin, AS. */
  private static ConfiguredPolicy appendOrigin() {
    return Tiny.rewrite("origin-65001", a -> a.asPath(io.arsim.core.bgp.AsPath.of(65001)));
  }

  private static List<String> learned(ConvergedState state) {
    return Scenarios.learned(state, "nva1", "nva2");
  }

  @Test
  void withoutAllowAsInEveryPathHoldingTheOwnAsnIsDropped() {
    ConvergedState state = run(NeighborSettings.NONE);
    assertThat(learned(state)).isEmpty();
    assertThat(state.node("nva1").orElseThrow().rejections()).extracting(r -> r.route().prefix(), Rejection::stage)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(px("192.168.1.0/24"), Rejection.Stage.INBOUND_RULE),
            org.assertj.core.groups.Tuple.tuple(px("192.168.2.0/24"), Rejection.Stage.INBOUND_RULE),
            org.assertj.core.groups.Tuple.tuple(px("192.168.3.0/24"), Rejection.Stage.INBOUND_RULE));
    assertThat(state.node("nva1").orElseThrow().rejections().get(0).reason())
        .contains("holds nva1's own ASN 65001").contains("allowAsIn on the neighbour would accept it");
  }

  @Test
  void allowAsInOneAcceptsASingleOccurrenceOnly() {
    assertThat(learned(run(new NeighborSettings(false, AllowAsIn.times(1), null))))
        .containsExactly("192.168.1.0/24 10.2.1.4 [65002 65001 65010]", "192.168.3.0/24 10.2.1.4 [65002 65001]");
  }

  @Test
  void allowAsInTwoAcceptsTwoOccurrences() {
    assertThat(learned(run(new NeighborSettings(false, AllowAsIn.times(2), null)))).containsExactly(
        "192.168.1.0/24 10.2.1.4 [65002 65001 65010]",
        "192.168.2.0/24 10.2.1.4 [65002 65001 65099 65001 65011]",
        "192.168.3.0/24 10.2.1.4 [65002 65001]");
  }

  @Test
  void allowAsInOriginAcceptsThePathWhoseOriginIsTheOwnAs() {
    ConvergedState state = run(new NeighborSettings(false, AllowAsIn.originOnly(), null));
    assertThat(learned(state)).containsExactly("192.168.3.0/24 10.2.1.4 [65002 65001]");
  }

  @Test
  void maximumPrefixTearsTheSessionDownAboveTheLimitOfAcceptedRoutes() {
    NeighborSettings allowAll = new NeighborSettings(false, AllowAsIn.times(2), new MaximumPrefix(2, false));
    ConvergedState state = run(allowAll);
    assertThat(state.session("nva1", "nva2").orElseThrow().up()).isFalse();
    assertThat(state.session("nva1", "nva2").orElseThrow().reason()).isEqualTo("maximum-prefix: nva2 sent 3 routes"
        + " that nva1 accepted, more than the limit 2 of its neighbour 10.2.1.4, so the session is torn down");
    assertThat(state.node("nva1").orElseThrow().table()).isEmpty();
    // Only accepted routes count: without allowas-in nva1 accepts none, so the session stays up.
    assertThat(run(new NeighborSettings(false, null, new MaximumPrefix(2, false))).session("nva1", "nva2")
        .orElseThrow().up()).isTrue();
    // At the limit, and above it with warning-only, everything stays.
    assertThat(learned(run(new NeighborSettings(false, AllowAsIn.times(2), new MaximumPrefix(3, false)))))
        .hasSize(3);
    assertThat(learned(run(new NeighborSettings(false, AllowAsIn.times(2), new MaximumPrefix(2, true))))).hasSize(3);
  }
}
