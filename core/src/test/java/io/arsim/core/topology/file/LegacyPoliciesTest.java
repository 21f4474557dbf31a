package io.arsim.core.topology.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.arsim.core.problem.Problem;
import io.arsim.core.topology.AllowAsIn;
import io.arsim.core.topology.BgpNeighbor;
import io.arsim.core.topology.MaximumPrefix;
import io.arsim.core.topology.TopologyException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** arsim 0.1's allowas-in and maximum-prefix policies are read as the neighbour settings of 0.2. */
class LegacyPoliciesTest {
  private static final String DESIGN = """
      name: legacy
      virtualNetworks:
        - name: hub
          location: westeurope
          addressSpace: [10.1.0.0/16]
          subnets:
            - {name: nva, addressPrefix: 10.1.1.0/24}
          virtualNetworkPeerings: [{name: to-other, remoteVirtualNetwork: other}]
        - name: other
          location: westeurope
          addressSpace: [10.2.0.0/16]
          subnets:
            - {name: nva, addressPrefix: 10.2.1.0/24}
          virtualNetworkPeerings:
            - {name: to-hub, remoteVirtualNetwork: hub}
      networkVirtualAppliances:
        - name: nva1
          asn: 65001
          networkInterfaces:
            - {subnet: hub/nva, privateIpAddress: 10.1.1.4, enableIpForwarding: true}
          bgpNeighbors:
            - {peerIp: 10.2.1.4, peerAsn: 65002, importPolicies: [ALLOW, keep, MAX], exportPolicies: [MAX, keep]}
        - name: nva2
          asn: 65002
          networkInterfaces:
            - {subnet: other/nva, privateIpAddress: 10.2.1.4, enableIpForwarding: true}
          bgpNeighbors:
            - {peerIp: 10.1.1.4, peerAsn: 65001}
      policies:
        - {name: ALLOW, type: allowas-in, config: CONFIG_ALLOW}
        - {name: keep, type: as-override}
        - {name: MAX, type: maximum-prefix, config: CONFIG_MAX}
      """.replace("virtualNetworkPeerings:\n            - {name: to-hub, remoteVirtualNetwork: hub}",
      "virtualNetworkPeerings: [{name: to-hub, remoteVirtualNetwork: hub}]");

  /** The 1-based line of the first line of the design holding {@code text}. */
  private static int line(String text) {
    String[] lines = DESIGN.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(text)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException(text);
  }

  private static LoadedTopology read(String allow, String max) {
    return new TopologyReader().read("legacy.yaml", TopologyFormat.YAML,
        DESIGN.replace("CONFIG_ALLOW", allow).replace("CONFIG_MAX", max));
  }

  @Test
  void thePoliciesBecomeTheNeighboursSettingsWithAWarningEach() {
    LoadedTopology loaded = read("{count: 2}", "{limit: 100, warningOnly: true}");
    BgpNeighbor neighbor = loaded.topology().networkVirtualAppliance("nva1").orElseThrow().bgpNeighbors().get(0);
    assertThat(neighbor.allowAsIn()).isEqualTo(AllowAsIn.times(2));
    assertThat(neighbor.maximumPrefix()).isEqualTo(new MaximumPrefix(100, true));
    assertThat(neighbor.importPolicies()).containsExactly("keep");
    assertThat(neighbor.exportPolicies()).containsExactly("keep");
    assertThat(loaded.topology().policies()).extracting(p -> p.name()).containsExactly("keep");
    assertThat(loaded.warnings()).extracting(Problem::code).containsExactly("legacy-policy-type", "legacy-policy-type");
    int column = DESIGN.split("\n")[line("name: ALLOW") - 1].indexOf("allowas-in") + 1;
    assertThat(loaded.warnings().get(0).render()).startsWith("legacy.yaml:" + line("name: ALLOW") + ":" + column
        + ": warning: policies[ALLOW].type: policy type `allowas-in` is a neighbour setting since arsim 0.2")
        .contains("write `allowAsIn: {count: 2}` on those neighbours");
    assertThat(loaded.warnings().get(1).render()).contains("`maximumPrefix: {limit: 100, warningOnly: true}`");
  }

  @Test
  void allowAsInWithoutConfigIsFrrsDefaultAndOriginModeIsKept() {
    assertThat(read("{}", "{limit: 5}").topology().networkVirtualAppliance("nva1").orElseThrow().bgpNeighbors()
        .get(0).allowAsIn()).isEqualTo(AllowAsIn.times(3));
    assertThat(read("{origin: true}", "{limit: 5}").topology().networkVirtualAppliance("nva1").orElseThrow()
        .bgpNeighbors().get(0).allowAsIn()).isEqualTo(AllowAsIn.originOnly());
  }

  @Test
  void aBadLegacyConfigIsAnErrorAtItsPlace() {
    List<String> problems = catchThrowableOfType(TopologyException.class, () -> read("{count: 11}", "{limit: 5}"))
        .problems().stream().filter(Problem::isError).map(Problem::render).toList();
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0)).startsWith("legacy.yaml:" + line("name: ALLOW") + ":45: error: policies[ALLOW].config:"
        + " allowAsIn `count` 11 is out of range; expected 1..10").endsWith("[invalid-value]" + System.lineSeparator()
        + "  fix: docs/topology.md describes allowAsIn and maximumPrefix");
    assertThat(catchThrowableOfType(TopologyException.class, () -> read("{count: 2}", "{limt: 5}")).problems())
        .filteredOn(Problem::isError).extracting(Problem::code).containsExactly("unknown-property");
  }

  @Test
  void theSettingsReadDirectlyOnTheNeighbour() {
    String direct = DESIGN.replace("importPolicies: [ALLOW, keep, MAX], exportPolicies: [MAX, keep]",
        "importPolicies: [keep], allowAsIn: {origin: true}, maximumPrefix: {limit: 7}")
        .replace("  - {name: ALLOW, type: allowas-in, config: CONFIG_ALLOW}\n", "")
        .replace("  - {name: MAX, type: maximum-prefix, config: CONFIG_MAX}\n", "");
    LoadedTopology loaded = new TopologyReader().read("direct.yaml", TopologyFormat.YAML, direct);
    BgpNeighbor neighbor = loaded.topology().networkVirtualAppliance("nva1").orElseThrow().bgpNeighbors().get(0);
    assertThat(neighbor.allowAsIn()).isEqualTo(AllowAsIn.originOnly());
    assertThat(neighbor.maximumPrefix()).isEqualTo(new MaximumPrefix(7, false));
    assertThat(loaded.warnings()).isEmpty();
    assertThat(catchThrowableOfType(TopologyException.class, () -> new TopologyReader().read("direct.yaml",
        TopologyFormat.YAML, direct.replace("{origin: true}", "{origin: true, count: 2}"))).problems())
        .extracting(Problem::code).containsExactly("invalid-value");
  }
}
