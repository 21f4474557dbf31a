package io.arsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every command's {@code -f json} parses and has the top-level fields docs/json.md documents. */
class JsonOutputIT {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String S1 = "examples/s1-dual-homed-active-active.yaml";

  private static JsonNode run(int expectedCode, String... args) throws Exception {
    CliRun.Result r = CliRun.run(args);
    assertThat(r.code()).as("exit code of arsim %s; stderr: %s", String.join(" ", args), r.err()).isEqualTo(expectedCode);
    return MAPPER.readTree(r.out());
  }


  private static void assertObjectWith(JsonNode node, String... fields) {
    assertThat(node.isObject()).as("an object: %s", node).isTrue();
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly(fields);
  }

  private static JsonNode firstOfArray(JsonNode node) {
    assertThat(node.isArray()).as("an array: %s", node).isTrue();
    assertThat(node).isNotEmpty();
    return node.get(0);
  }

  @Test
  void validate() throws Exception {
    JsonNode root = run(2, "validate", "-f", "json", S1, "examples/invalid/dangling-route-table.yaml");
    assertObjectWith(root, "files");
    assertObjectWith(root.get("files").get(0), "file", "valid", "problems");
    assertObjectWith(root.get("files").get(1).get("problems").get(0),
        "severity", "code", "line", "column", "path", "pointer", "message", "fix");
  }

  @Test
  void simulate() throws Exception {
    JsonNode root = run(0, "simulate", "-f", "json", S1);
    assertObjectWith(root, "design", "rounds", "sessions", "speakers", "warnings");
    assertObjectWith(firstOfArray(root.get("sessions")), "speaker", "address", "peer", "peerAddress", "state",
        "reason");
    assertObjectWith(firstOfArray(root.get("speakers")), "name", "kind", "asn", "learned", "prefixes", "advertised");
  }

  @Test
  void routes() throws Exception {
    JsonNode learned = run(0, "routes", S1, "--route-server", "rs-spoke", "--peer", "nva2", "--learned", "-f", "json");
    assertObjectWith(firstOfArray(learned), "LocalAddress", "Network", "NextHop", "SourcePeer", "Origin", "AsPath",
        "Weight");
    JsonNode advertised = run(0, "routes", S1, "--route-server", "rs-spoke", "--peer", "nva2", "--advertised", "-f",
        "json");
    assertObjectWith(firstOfArray(advertised), "LocalAddress", "Network", "NextHop", "Origin", "AsPath", "Weight");
  }

  @Test
  void bgpTable() throws Exception {
    JsonNode root = run(0, "bgp-table", S1, "--nva", "nva2", "-f", "json");
    assertObjectWith(firstOfArray(root), "network", "best", "multipath", "nextHop", "from", "localPreference",
        "weight", "asPath", "origin", "lostAt", "arrivalOrderDependent");
    // The spoke prefix arrives from both route-server instances: FRR keeps the older, unknown here.
    List<JsonNode> spoke = new ArrayList<>();
    root.forEach(path -> {
      if (path.get("network").asText().equals("10.0.0.0/16")) {
        spoke.add(path);
      }
    });
    assertThat(spoke).extracting(p -> p.get("arrivalOrderDependent").asBoolean()).containsExactly(true, true);
  }

  @Test
  void effectiveRoutes() throws Exception {
    JsonNode root = run(0, "effective-routes", S1, "--vm", "vm-spoke", "-f", "json");
    assertObjectWith(firstOfArray(root), "source", "state", "addressPrefix", "nextHopType", "nextHopIpAddress",
        "origin");
  }

  @Test
  void explain() throws Exception {
    JsonNode root = run(0, "explain", S1, "--at", "nva1", "--prefix", "10.0.0.0/16", "-f", "json");
    assertObjectWith(root, "subject", "present", "lines", "arrivalOrderDependent", "arrivalOrderPaths",
        "policyEffects");
    assertThat(root.get("arrivalOrderDependent").asBoolean()).isTrue();
    assertThat(root.get("arrivalOrderPaths")).extracting(JsonNode::asText)
        .containsExactly("rs-spoke/IN_0 (10.0.255.4)", "rs-spoke/IN_1 (10.0.255.5)");
    assertThat(root.get("policyEffects")).isEmpty();
  }

  @Test
  void explainNamesThePolicyThatChangedAnAttribute() throws Exception {
    JsonNode root = run(0, "explain", "examples/s2-dual-homed-active-passive.yaml", "--at", "rs-spoke/IN_0",
        "--prefix", "0.0.0.0/0", "-f", "json");
    JsonNode effect = firstOfArray(root.get("policyEffects"));
    assertObjectWith(effect, "policy", "type", "direction", "speaker", "peer", "changes");
    assertThat(effect.get("policy").asText()).isEqualTo("prepend-nva2");
    assertThat(effect.get("type").asText()).isEqualTo("as-path-prepend");
    assertThat(effect.get("direction").asText()).isEqualTo("export");
    assertThat(effect.get("speaker").asText()).isEqualTo("nva2");
    assertThat(effect.get("peer").asText()).isEqualTo("rs-spoke/IN_0");
    JsonNode change = firstOfArray(effect.get("changes"));
    assertObjectWith(change, "attribute", "before", "after");
    assertThat(change.get("attribute").asText()).isEqualTo("AS path");
    assertThat(change.get("after").asText()).isEqualTo("[65002 65002]");
  }

  @Test
  void trace() throws Exception {
    JsonNode root = run(0, "trace", S1, "--from", "vm-spoke", "--to", "8.8.8.8", "-f", "json");
    assertTrace(root);
    JsonNode roundTrip = run(0, "trace", S1, "--from", "vm-spoke", "--to-vm", "vm-hub1", "--return", "-f", "json");
    assertObjectWith(roundTrip, "forward", "return", "asymmetric", "symmetry", "reasons", "translated");
    org.assertj.core.api.Assertions.assertThat(roundTrip.get("symmetry").asText()).isEqualTo("symmetric");
    assertTrace(roundTrip.get("forward"));
  }

  @Test
  void traceThroughALoadBalancerAndATunnel() throws Exception {
    JsonNode lb = run(0, "trace", "examples/nva-firewalls-behind-ilb.yaml", "--from", "vm-spoke1", "--to-vm",
        "vm-spoke2", "-f", "json");
    JsonNode backend = lb.get("branches").get(0).get("hops").get(1);
    assertObjectWith(backend.get("via"), "kind", "name", "detail");
    assertObjectWith(backend.get("nvaRoute"), "prefix", "kind", "distance", "nextHop", "egress", "origin", "sourceNat");
    JsonNode tunnel = run(0, "trace", "examples/sdwan-tunnels.yaml", "--from", "vm-hub1", "--to", "192.168.10.5",
        "-f", "json");
    JsonNode sdwan1 = tunnel.get("branches").get(0).get("hops").get(1);
    org.assertj.core.api.Assertions.assertThat(sdwan1.get("nvaRoute").get("egress").asText()).isEqualTo(
        "tunnel:to-branch1");
    org.assertj.core.api.Assertions.assertThat(tunnel.get("branches").get(0).get("at").asText()).isEqualTo(
        "beyond sdwan1 via tunnel to-branch1");
  }

  private static void assertTrace(JsonNode trace) {
    assertObjectWith(trace, "from", "fromNic", "source", "destination", "reaches", "summary", "truncated", "nvas",
        "branches");
    JsonNode branch = firstOfArray(trace.get("branches"));
    assertObjectWith(branch, "path", "outcome", "reaches", "detail", "at", "hops");
    JsonNode hop = firstOfArray(branch.get("hops"));
    assertObjectWith(hop, "nic", "owner", "nva", "address", "ecmpWidth", "route", "via", "bgpRoute", "nvaRoute");
    assertObjectWith(hop.get("route"), "addressPrefix", "source", "nextHopType", "nextHopIpAddress", "origin");
  }

  @Test
  void whatif() throws Exception {
    JsonNode root = run(0, "whatif", "examples/s3-failover.yaml", "--fail", "nva1", "-f", "json");
    assertObjectWith(root, "design", "failures", "downNodes", "downMachines", "sessions", "routes",
        "effectiveRoutes", "traces", "reachabilityLost");
    assertChangeLists(root);
  }

  @Test
  void sweep() throws Exception {
    JsonNode root = run(0, "sweep", "examples/s2-dual-homed-active-passive.yaml", "-f", "json");
    assertObjectWith(root, "design", "depth", "runs", "beforeAnyFailure", "failures");
    assertObjectWith(firstOfArray(root.get("failures")), "failed", "verdict", "sessionsDown", "error", "lost",
        "moved", "bypassed", "asymmetric");
  }

  @Test
  void diff() throws Exception {
    JsonNode root = run(0, "diff", S1, "examples/s2-dual-homed-active-passive.yaml", "-f", "json");
    assertObjectWith(root, "a", "b", "identical", "sessions", "routes", "effectiveRoutes", "traces");
    assertObjectWith(firstOfArray(root.get("routes")), "instance", "direction", "peer", "prefix", "change", "before",
        "after", "reason");
    assertObjectWith(firstOfArray(root.get("effectiveRoutes")), "nic", "owner", "prefix", "before", "after",
        "reason");
    assertObjectWith(firstOfArray(root.get("traces")), "change", "from", "to", "address", "before", "after");
  }

  private static void assertChangeLists(JsonNode root) {
    assertObjectWith(firstOfArray(root.get("sessions")), "speaker", "peer", "before", "after");
    assertObjectWith(firstOfArray(root.get("routes")), "instance", "direction", "peer", "prefix", "change", "before",
        "after", "reason");
    assertObjectWith(firstOfArray(root.get("effectiveRoutes")), "nic", "owner", "prefix", "before", "after",
        "reason");
    assertObjectWith(firstOfArray(root.get("traces")), "change", "from", "to", "address", "before", "after");
  }

  @Test
  void lint() throws Exception {
    JsonNode root = run(0, "lint", "examples/s5-expressroute-with-as-override.yaml", "-f", "json");
    assertObjectWith(root, "design", "errors", "warnings", "failed", "findings");
    JsonNode failing = run(1, "lint", "examples/s4-expressroute-without-as-override.yaml", "-f", "json");
    assertObjectWith(firstOfArray(failing.get("findings")), "severity", "rule", "subject", "message", "fix");
  }

  @Test
  void plugins() throws Exception {
    JsonNode root = run(0, "plugins", "-f", "json");
    assertObjectWith(root, "plugins");
    JsonNode first = firstOfArray(root.get("plugins"));
    assertThat(first.has("id") && first.has("version") && first.has("builtIn") && first.has("origin")
        && first.has("description")).as("plugin fields: %s", first).isTrue();
  }
}
