package io.arsim.engine.forwarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.net.Ipv4Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;

/**
 * The load balancer's flow hash: the same backend in both directions of a flow (Architecture Center,
 * "Deploy highly available NVAs": both directions through the same load balancer select the same
 * NVA), always one of the healthy backends, and a failed backend moves only its own flows (health
 * probe overview: the load balancer stops sending new connections to the unhealthy instance).
 */
class LoadBalancingProperties {

  private static List<String> backends(int count) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      names.add("fw" + i + "-nic");
    }
    return names;
  }

  @Property
  void bothDirectionsOfAFlowGetTheSameBackend(@ForAll int a, @ForAll int b, @ForAll @IntRange(min = 1, max = 8) int n) {
    List<String> pool = backends(n);
    Ipv4Address x = new Ipv4Address(a);
    Ipv4Address y = new Ipv4Address(b);
    assertThat(LoadBalancing.backend(pool, x, y)).isEqualTo(LoadBalancing.backend(pool, y, x));
    assertThat(LoadBalancing.backend(pool, x, y).orElseThrow()).isIn(pool);
  }

  @Property
  void failingABackendMovesOnlyItsFlows(@ForAll @Size(min = 1, max = 40) @UniqueElements List<Integer> sources,
      @ForAll int destination, @ForAll @IntRange(min = 2, max = 8) int n, @ForAll @IntRange(min = 0, max = 7) int fail) {
    List<String> pool = backends(n);
    String failed = pool.get(fail % n);
    List<String> healthy = pool.stream().filter(b -> !b.equals(failed)).toList();
    Ipv4Address to = new Ipv4Address(destination);
    for (int source : sources) {
      Ipv4Address from = new Ipv4Address(source);
      String before = LoadBalancing.backend(pool, from, to).orElseThrow();
      String after = LoadBalancing.backend(healthy, from, to).orElseThrow();
      if (!before.equals(failed)) {
        assertThat(after).as("flow %s -> %s stayed on %s", from, to, before).isEqualTo(before);
      }
    }
  }

  @Property
  void theOrderOfThePoolDoesNotMatter(@ForAll int a, @ForAll int b, @ForAll @IntRange(min = 1, max = 8) int n) {
    List<String> pool = backends(n);
    List<String> reversed = new ArrayList<>(pool);
    java.util.Collections.reverse(reversed);
    assertThat(LoadBalancing.backend(reversed, new Ipv4Address(a), new Ipv4Address(b)))
        .isEqualTo(LoadBalancing.backend(pool, new Ipv4Address(a), new Ipv4Address(b)));
  }

  @Property(tries = 20)
  void noHealthyBackendNoChoice(@ForAll int a, @ForAll int b) {
    assertThat(LoadBalancing.backend(List.of(), new Ipv4Address(a), new Ipv4Address(b))).isEqualTo(Optional.empty());
  }

  @Property(tries = 1)
  void flowsSpreadOverTheBackends() {
    int[] counts = new int[2];
    List<String> pool = backends(2);
    for (int i = 0; i < 1000; i++) {
      String chosen = LoadBalancing.backend(pool, new Ipv4Address(0x0a000104 + i), Ipv4Address.parse("10.0.2.4"))
          .orElseThrow();
      counts[chosen.equals(pool.get(0)) ? 0 : 1]++;
    }
    assertThat(counts[0]).isBetween(400, 600);
  }
}
