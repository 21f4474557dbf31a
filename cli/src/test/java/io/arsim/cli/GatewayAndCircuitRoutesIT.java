package io.arsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code routes --gateway}, {@code routes --circuit} and the {@code -f az} shapes of {@code routes}
 * and {@code effective-routes}, on examples/s5-expressroute-with-as-override.yaml. Every expected
 * row is written from a rule of shared/domain/real-deployments.md (R1, R2) or the shape
 * docs/json.md "Output as Azure prints it" promises; the addresses from the documented default of
 * docs/expressroute.md "Addresses" (hub1's GatewaySubnet 10.1.254.0/27: ergw-hub1/IN_0 at .4, IN_1
 * at .5, the circuit's links at .6 primary and .7 secondary; hub2's likewise in 10.2.254.0/27).
 */
class GatewayAndCircuitRoutesIT {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String S5 = "examples/s5-expressroute-with-as-override.yaml";

  private static JsonNode json(String... args) throws Exception {
    CliRun.Result r = CliRun.run(args);
    assertThat(r.code()).as("exit code of arsim %s; stderr: %s", String.join(" ", args), r.err()).isZero();
    return MAPPER.readTree(r.out());
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** A learned row as "LocalAddress Network NextHop SourcePeer Origin AsPath Weight" ("-" for empty). */
  private static String row(JsonNode r) {
    return String.join(" ", dash(r.get("LocalAddress")), dash(r.get("Network")), dash(r.get("NextHop")),
        dash(r.get("SourcePeer")), dash(r.get("Origin")), dash(r.get("AsPath")), r.get("Weight").asText());
  }

  private static String dash(JsonNode n) {
    return n == null || n.isNull() || n.asText().isEmpty() ? "-" : n.asText();
  }

  @Test
  void theGatewaysLearnedRoutesHaveBothInstancesWithMseeWeightsOwnPrefixesAndIbgpSessions() throws Exception {
    JsonNode rows = json("routes", S5, "--gateway", "ergw-hub1", "--learned", "-f", "json");
    List<String> lines = new ArrayList<>();
    rows.forEach(r -> lines.add(row(r)));

    // R2: an ExpressRoute gateway has two instances; both views are listed.
    assertThat(rows).extracting(r -> r.get("LocalAddress").asText()).containsOnly("10.1.254.4", "10.1.254.5")
        .contains("10.1.254.4", "10.1.254.5");

    assertThat(lines).contains(
        // R1: the route server does not advertise its VNet's space to the gateways; the gateway lists
        // it as its own: origin Network, no next hop (docs/json.md: NextHop empty for Network rows).
        "10.1.254.4 10.1.0.0/16 - 10.1.254.4 Network - 32768",
        "10.1.254.5 10.1.0.0/16 - 10.1.254.5 Network - 32768",
        // R2: on-premises once per MSEE link, next hop the link's address in GatewaySubnet, path
        // [12076 65050], weight 32769 on the Microsoft edge's paths; eBGP 65515 <-> 12076.
        "10.1.254.4 172.16.0.0/16 10.1.254.6 10.1.254.6 EBgp 12076-65050 32769",
        "10.1.254.4 172.16.0.0/16 10.1.254.7 10.1.254.7 EBgp 12076-65050 32769",
        "10.1.254.5 172.16.0.0/16 10.1.254.6 10.1.254.6 EBgp 12076-65050 32769",
        "10.1.254.5 172.16.0.0/16 10.1.254.7 10.1.254.7 EBgp 12076-65050 32769",
        // R1: the route server reflects nva1's spoke route unchanged (next hop nva1 10.1.1.4, path
        // [65001 65001] after as-override, no 65515); origin IBgp, SourcePeer = the route-server
        // instance the session runs to (10.1.255.4 / .5), never the next hop.
        "10.1.254.4 10.0.0.0/16 10.1.1.4 10.1.255.4 IBgp 65001-65001 32768",
        "10.1.254.4 10.0.0.0/16 10.1.1.4 10.1.255.5 IBgp 65001-65001 32768",
        "10.1.254.5 10.0.0.0/16 10.1.1.4 10.1.255.4 IBgp 65001-65001 32768",
        "10.1.254.5 10.0.0.0/16 10.1.1.4 10.1.255.5 IBgp 65001-65001 32768",
        // R2: the two instances are iBGP speakers toward each other: each learns the other's VNet
        // space (empty path, the sender as next hop).
        "10.1.254.4 10.1.0.0/16 10.1.254.5 10.1.254.5 IBgp - 32768",
        "10.1.254.5 10.1.0.0/16 10.1.254.4 10.1.254.4 IBgp - 32768");

    // R1: the route server never sends a gateway its VNet's own space.
    assertThat(lines).noneMatch(l -> l.contains(" 10.1.0.0/16 ") && (l.contains(" 10.1.255.4 IBgp")
        || l.contains(" 10.1.255.5 IBgp")));
    Set<String> sessions = Set.of("10.1.254.4", "10.1.254.5", "10.1.254.6", "10.1.254.7", "10.1.255.4", "10.1.255.5");
    for (JsonNode r : rows) {
      String origin = r.get("Origin").asText();
      String peer = r.get("SourcePeer").asText();
      // R1: SourcePeer is a session's address: the instances, the MSEE links, the route server.
      assertThat(sessions).as(row(r)).contains(peer);
      if (origin.equals("EBgp")) {
        // R2: the only eBGP sessions are to the MSEE links, and their paths weigh 32769.
        assertThat(peer).as(row(r)).isIn("10.1.254.6", "10.1.254.7");
        assertThat(r.get("Weight").asInt()).as(row(r)).isEqualTo(32769);
      } else {
        // R2: 32768 on every other row; iBGP toward the route server and the other instance.
        assertThat(r.get("Weight").asInt()).as(row(r)).isEqualTo(32768);
        assertThat(origin).as(row(r)).isIn("IBgp", "Network");
      }
      if (origin.equals("Network")) {
        assertThat(dash(r.get("NextHop"))).as(row(r)).isEqualTo("-");
      }
    }
  }

  @Test
  void theCircuitsTableHoldsOnePathPerGatewayInstanceAndOneBest() {
    CliRun.Result r = CliRun.run("routes", S5, "--circuit", "er-circuit", "--path", "primary");
    assertThat(r.code()).as(r.err()).isZero();
    Map<String, List<String>> nextHops = new HashMap<>();
    Map<String, Integer> bests = new HashMap<>();
    for (String line : r.out().lines().toList()) {
      String[] f = line.trim().split("\\s+");
      if (f.length < 4 || !f[0].equals("primary")) {
        continue;
      }
      nextHops.computeIfAbsent(f[2], k -> new ArrayList<>()).add(f[3]);
      if (f[1].equals("*>")) {
        bests.merge(f[2], 1, Integer::sum);
      }
    }
    // R2: one path per gateway instance for each Azure prefix: hub1's space from both ergw-hub1
    // instances (10.1.254.4/.5), hub2's from both ergw-hub2 instances (10.2.254.4/.5).
    assertThat(nextHops.get("10.1.0.0/16")).containsExactlyInAnyOrder("10.1.254.4", "10.1.254.5");
    assertThat(nextHops.get("10.2.0.0/16")).containsExactlyInAnyOrder("10.2.254.4", "10.2.254.5");
    // The spoke arrives through both hubs' gateways (each hub's route server reflects the NVA's
    // route; docs/expressroute.md "What a gateway advertises outside Azure"): four instances.
    assertThat(nextHops.get("10.0.0.0/16"))
        .containsExactlyInAnyOrder("10.1.254.4", "10.1.254.5", "10.2.254.4", "10.2.254.5");
    // On-premises' own prefix: next hop the customer router, the first address of the primary /30.
    assertThat(nextHops.get("172.16.0.0/16")).containsExactly("192.168.100.1");
    // R2: ...and marks one best per prefix.
    assertThat(bests).containsOnlyKeys(nextHops.keySet());
    assertThat(bests.values()).containsOnly(1);
  }

  @Test
  void routeServerRoutesAsAzPrintsThemAreKeyedByInstance() throws Exception {
    JsonNode learned = json("routes", S5, "--route-server", "rs-hub1", "--peer", "nva1", "--learned", "-f", "az");
    // docs/json.md: {"RouteServiceRole_IN_0": [route], "RouteServiceRole_IN_1": [route]}.
    assertThat(fieldNames(learned)).containsExactly("RouteServiceRole_IN_0", "RouteServiceRole_IN_1");
    for (int i = 0; i < 2; i++) {
      JsonNode routes = learned.get("RouteServiceRole_IN_" + i);
      assertThat(routes.isArray() && !routes.isEmpty()).as("%s", routes).isTrue();
      for (JsonNode route : routes) {
        // Keys in alphabetical order, as az prints them; learned routes carry sourcePeer.
        assertThat(fieldNames(route))
            .containsExactly("asPath", "localAddress", "network", "nextHop", "origin", "sourcePeer", "weight");
        // rs-hub1's instances are 10.1.255.4 and .5; nva1 (10.1.1.4) is an eBGP peer.
        assertThat(route.get("localAddress").asText()).isEqualTo("10.1.255." + (4 + i));
        assertThat(route.get("sourcePeer").asText()).isEqualTo("10.1.1.4");
        assertThat(route.get("origin").asText()).isEqualTo("EBgp");
        assertThat(route.get("weight").isInt()).isTrue();
      }
    }

    JsonNode advertised = json("routes", S5, "--route-server", "rs-hub1", "--peer", "nva1", "--advertised", "-f", "az");
    assertThat(fieldNames(advertised)).containsExactly("RouteServiceRole_IN_0", "RouteServiceRole_IN_1");
    for (int i = 0; i < 2; i++) {
      JsonNode routes = advertised.get("RouteServiceRole_IN_" + i);
      assertThat(routes.isArray() && !routes.isEmpty()).as("%s", routes).isTrue();
      for (JsonNode route : routes) {
        // docs/json.md: advertised routes have no sourcePeer.
        assertThat(fieldNames(route)).containsExactly("asPath", "localAddress", "network", "nextHop", "origin", "weight");
        // R1: toward NVAs the next hop is the instance's own address, 65515 prepended.
        assertThat(route.get("nextHop").asText()).isEqualTo("10.1.255." + (4 + i));
        assertThat(route.get("asPath").asText()).startsWith("65515");
      }
    }

    JsonNode one = json("routes", S5, "--route-server", "rs-hub1", "--peer", "nva1", "--learned", "--instance", "1",
        "-f", "az");
    // --instance keeps one.
    assertThat(fieldNames(one)).containsExactly("RouteServiceRole_IN_1");
  }

  @Test
  void gatewayAndCircuitRoutesAsAzPrintsThemAreAValueArray() throws Exception {
    JsonNode gateway = json("routes", S5, "--gateway", "ergw-hub1", "--learned", "-f", "az");
    assertThat(fieldNames(gateway)).containsExactly("value");
    assertThat(gateway.get("value")).isNotEmpty();
    for (JsonNode route : gateway.get("value")) {
      assertThat(fieldNames(route))
          .containsExactly("asPath", "localAddress", "network", "nextHop", "origin", "sourcePeer", "weight");
    }
    // every path of both instances (R2: two instances).
    assertThat(gateway.get("value")).extracting(r -> r.get("localAddress").asText())
        .contains("10.1.254.4", "10.1.254.5");

    JsonNode circuit = json("routes", S5, "--circuit", "er-circuit", "--path", "primary", "-f", "az");
    assertThat(fieldNames(circuit)).containsExactly("value");
    assertThat(circuit.get("value")).isNotEmpty();
    for (JsonNode route : circuit.get("value")) {
      // docs/json.md: a circuitRoute is locPrf, network, nextHop, path, weight; locPrf empty (eBGP).
      assertThat(fieldNames(route)).containsExactly("locPrf", "network", "nextHop", "path", "weight");
      assertThat(route.get("locPrf").asText()).isEmpty();
      assertThat(route.get("weight").isInt()).isTrue();
    }
  }

  @Test
  void effectiveRoutesAsAzPrintsThem() throws Exception {
    JsonNode table = json("effective-routes", S5, "--vm", "vm-hub1", "-f", "az");
    // docs/json.md: {"nextLink": null, "value": [effectiveRoute]}.
    assertThat(fieldNames(table)).containsExactly("nextLink", "value");
    assertThat(table.get("nextLink").isNull()).isTrue();
    List<String> gatewayRows = new ArrayList<>();
    for (JsonNode route : table.get("value")) {
      assertThat(fieldNames(route)).containsExactly("addressPrefix", "disableBgpRoutePropagation", "name",
          "nextHopIpAddress", "nextHopType", "source", "state");
      assertThat(route.get("addressPrefix").isArray()).isTrue();
      assertThat(route.get("addressPrefix")).hasSize(1);
      assertThat(route.get("nextHopIpAddress").isArray()).isTrue();
      if (route.get("source").asText().equals("VirtualNetworkGateway")
          && route.get("addressPrefix").get(0).asText().equals("172.16.0.0/16")) {
        gatewayRows.add(route.get("nextHopIpAddress").get(0).asText());
      }
      if (route.get("nextHopType").asText().equals("Internet")) {
        // docs/json.md: an empty array when the type has no next hop.
        assertThat(route.get("nextHopIpAddress")).isEmpty();
      }
    }
    // R2: VMs get on-premises with the MSEE addresses as next hops, one element per next hop.
    assertThat(gatewayRows).containsExactlyInAnyOrder("10.1.254.6", "10.1.254.7");
  }

  /**
   * examples/vpn-static-site-and-vnet-to-vnet.yaml: a site without BGP routes, by arsim's documented
   * default (docs/expressroute.md "Static VPN sites"), the gateway's VNet (hub 10.1.0.0/16) and its
   * useRemoteGateways spoke (10.5.0.0/16) statically into one tunnel per instance of the
   * active-active gateway (10.1.254.4, 10.1.254.5 as bgpPeeringAddresses give them).
   */
  @Test
  void tracesFromAStaticSiteFollowItsStaticRoutesIntoBothTunnels() throws Exception {
    String example = "examples/vpn-static-site-and-vnet-to-vnet.yaml";
    JsonNode forward = json("trace", example, "--from", "branch", "--to-vm", "vm-spoke", "-f", "json");
    assertThat(forward.get("reaches").asBoolean()).isTrue();
    // The site's router id, where its traces start: the first host of its first prefix.
    assertThat(forward.get("source").asText()).isEqualTo("192.168.20.1");
    List<String> nextHops = new ArrayList<>();
    for (JsonNode branch : forward.get("branches")) {
      assertThat(branch.get("outcome").asText()).isEqualTo("DELIVERED");
      JsonNode first = branch.get("hops").get(0).get("bgpRoute");
      // docs/json.md: a static route's bgpRoute has peer "static" and an empty AS path.
      assertThat(first.get("peer").asText()).isEqualTo("static");
      assertThat(first.get("asPath").asText()).isEmpty();
      assertThat(first.get("prefix").asText()).isEqualTo("10.5.0.0/16");
      nextHops.add(first.get("nextHop").asText());
    }
    assertThat(nextHops).containsExactlyInAnyOrder("10.1.254.4", "10.1.254.5");

    // The way back from vm-spoke to the branch: the static prefix is programmed once per instance
    // (R2), and the reply takes the branch's static routes: symmetric (no stateful NVA either way).
    JsonNode trip = json("trace", example, "--from", "vm-spoke", "--to", "192.168.20.5", "--return", "-f", "json");
    assertThat(trip.get("symmetry").asText()).isEqualTo("symmetric");
    assertThat(trip.get("return").get("reaches").asBoolean()).isTrue();
    assertThat(trip.get("return").get("branches")).hasSize(2);
  }
}
