package io.arsim.expressroute;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.topology.RouteServer;
import io.arsim.core.topology.Topology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A guard over every bundled example with a route server: its two instances learn as many routes
 * as each other. Both instances peer with the same NVAs and gateway instances (S1: an NVA peers
 * with both; docs/expressroute.md "Sessions": every gateway instance with both route-server
 * instances), and every bundled NVA configures the two instances alike, so nothing in the rules
 * makes one instance hold more than the other. (R1 names one legitimate difference: an instance
 * ignores a learned route whose next hop is its own address; no bundled example sends one.)
 */
class RouteServerInstancesAlikeTest {

  /** Examples where the instances legitimately differ, with the reason. None today. */
  private static final Map<String, String> EXCLUDED = Map.of();

  @Test
  void bothInstancesOfEveryRouteServerLearnAsManyRoutes() throws IOException {
    List<Path> examples;
    try (Stream<Path> files = Files.list(Er.root().resolve("examples"))) {
      examples = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    List<String> checked = new ArrayList<>();
    for (Path example : examples) {
      String name = example.getFileName().toString();
      Topology topology = Er.reader().read(example).topology();
      if (topology.routeServers().isEmpty() || EXCLUDED.containsKey(name)) {
        continue;
      }
      Er.Run run = Er.run(topology);
      for (RouteServer rs : topology.routeServers()) {
        int in0 = learned(run, rs.name() + "/IN_0");
        int in1 = learned(run, rs.name() + "/IN_1");
        assertThat(in1).as("%s: %s/IN_1 learns as many routes as /IN_0", name, rs.name()).isEqualTo(in0);
        checked.add(name + " " + rs.name());
      }
    }
    assertThat(checked).as("examples with a route server").hasSizeGreaterThanOrEqualTo(20);
  }

  private static int learned(Er.Run run, String instance) {
    return run.state().node(instance).orElseThrow().learnedByPeer().values().stream()
        .mapToInt(SortedMap::size).sum();
  }
}
