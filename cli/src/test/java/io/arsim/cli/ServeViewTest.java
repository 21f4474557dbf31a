package io.arsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.cli.render.Json;
import io.arsim.core.bgp.AsPath;
import io.arsim.core.bgp.BgpRoute;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.engine.bgp.NodeState;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The per-instance routes of {@code arsim serve --watch}: what is shown, and in which order. */
class ServeViewTest {

  private static BgpRoute route(String prefix, String from, String nextHop, long... asns) {
    return BgpRoute.builder().prefix(Ipv4Prefix.parse(prefix)).receivedFrom(from)
        .nextHop(Ipv4Address.parse(nextHop)).asPath(AsPath.of(asns)).build();
  }

  private static SortedMap<Ipv4Prefix, BgpRoute> routes(BgpRoute... routes) {
    SortedMap<Ipv4Prefix, BgpRoute> map = new TreeMap<>();
    for (BgpRoute r : routes) {
      map.put(r.prefix(), r);
    }
    return map;
  }

  private static NodeState state() {
    SortedMap<String, SortedMap<Ipv4Prefix, BgpRoute>> learned = new TreeMap<>();
    // Put in out of order: the view sorts by peer, then prefix.
    learned.put("nva2", routes(route("192.168.0.0/16", "nva2", "10.2.1.4", 65002),
        route("0.0.0.0/0", "nva2", "10.2.1.4", 65002)));
    learned.put("nva1", routes(route("172.16.0.0/12", "nva1", "10.1.1.4", 65001)));
    SortedMap<String, SortedMap<Ipv4Prefix, BgpRoute>> advertised = new TreeMap<>();
    advertised.put("nva1", routes(route("10.0.0.0/16", "local", "10.0.255.4", 65515),
        route("0.0.0.0/0", "nva2", "10.0.255.4", 65515, 65002)));
    advertised.put("nva2", routes(route("172.16.0.0/12", "nva1", "10.0.255.4", 65515, 65001)));
    return new NodeState(new TreeMap<>(), learned, advertised, new TreeMap<>(), List.of());
  }

  @Test
  void learnedFromEveryPeerAdvertisedToTheRealRoutersOnlySorted() {
    ServeCommand.InstanceRoutes routes = ServeCommand.routesOf("rs-spoke/IN_0", state(), List.of("nva1"));
    assertThat(routes.learned()).containsExactly(
        new ServeCommand.RouteView("nva1", "172.16.0.0/12", "10.1.1.4", "65001"),
        new ServeCommand.RouteView("nva2", "0.0.0.0/0", "10.2.1.4", "65002"),
        new ServeCommand.RouteView("nva2", "192.168.0.0/16", "10.2.1.4", "65002"));
    assertThat(routes.advertised()).containsExactly(
        new ServeCommand.RouteView("nva1", "0.0.0.0/0", "10.0.255.4", "65515 65002"),
        new ServeCommand.RouteView("nva1", "10.0.0.0/16", "10.0.255.4", "65515"));
  }

  @Test
  void rendersATableAndJsonArrays() {
    ServeCommand.InstanceRoutes routes = ServeCommand.routesOf("rs-spoke/IN_0", state(), List.of("nva1"));
    String n = System.lineSeparator();
    assertThat(ServeCommand.render(routes)).isEqualTo(String.join(n,
        "Routes of rs-spoke/IN_0",
        "Route       Peer  Prefix          Next hop    AS path",
        "----------  ----  --------------  ----------  -----------",
        "learned     nva1  172.16.0.0/12   10.1.1.4    65001",
        "learned     nva2  0.0.0.0/0       10.2.1.4    65002",
        "learned     nva2  192.168.0.0/16  10.2.1.4    65002",
        "advertised  nva1  0.0.0.0/0       10.0.255.4  65515 65002",
        "advertised  nva1  10.0.0.0/16     10.0.255.4  65515") + n);
    assertThat(Json.renderLine(routes)).startsWith("{\"instance\":\"rs-spoke/IN_0\",\"learned\":[{\"peer\":\"nva1\","
        + "\"prefix\":\"172.16.0.0/12\",\"nextHop\":\"10.1.1.4\",\"asPath\":\"65001\"},");
  }

  @Test
  void anInstanceWithoutRoutesSaysSo() {
    NodeState empty = new NodeState(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), List.of());
    assertThat(ServeCommand.render(ServeCommand.routesOf("rs-spoke/IN_1", empty, List.of("nva1"))))
        .isEqualTo("Routes of rs-spoke/IN_1" + System.lineSeparator() + "(none)" + System.lineSeparator());
  }
}
