package io.arsim.core.topology.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.problem.Problem;
import io.arsim.core.topology.NetworkInterface;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.TopologyException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The spellings of ARM templates and {@code az ... show -o json} (Microsoft.Network REST API:
 * {@code VirtualNetwork.properties.addressSpace.addressPrefixes}, {@code NetworkInterface
 * .properties.enableIPForwarding}, {@code NetworkInterfaceIPConfiguration.properties
 * .privateIPAddress}, {@code Subnet.properties.addressPrefixes}, references as {@code {id: ...}})
 * read as arsim's, or refused with the arsim spelling to use; "did you mean" never names a key
 * that is there already.
 */
class ArmSpellingsTest {
  private static final String SUB = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net"
      + "/providers/Microsoft.Network/virtualNetworks/";

  private final TopologyReader reader = new TopologyReader();

  private static final String ARSIM = """
      name: pasted
      virtualNetworks:
        - name: hub
          location: westeurope
          addressSpace: [10.0.0.0/16]
          subnets:
            - {name: nva, addressPrefix: 10.0.1.0/24}
          virtualNetworkPeerings:
            - {remoteVirtualNetwork: spoke, allowForwardedTraffic: true}
        - name: spoke
          location: westeurope
          addressSpace: [10.1.0.0/16]
          subnets:
            - {name: workload, addressPrefix: 10.1.1.0/24}
          virtualNetworkPeerings:
            - {remoteVirtualNetwork: hub, allowForwardedTraffic: true}
      networkVirtualAppliances:
        - name: nva1
          asn: 65001
          networkInterfaces:
            - {subnet: hub/nva, privateIpAddress: 10.0.1.4, enableIpForwarding: true}
      """;

  private static final String PASTED = """
      name: pasted
      virtualNetworks:
        - name: hub
          location: westeurope
          addressSpace:
            addressPrefixes: [10.0.0.0/16]
          subnets:
            - {name: nva, addressPrefixes: [10.0.1.0/24]}
          virtualNetworkPeerings:
            - remoteVirtualNetwork: {id: "%1$sspoke"}
              allowForwardedTraffic: true
        - name: spoke
          location: westeurope
          addressSpace: {addressPrefixes: [10.1.0.0/16]}
          subnets:
            - {name: workload, addressPrefix: 10.1.1.0/24}
          virtualNetworkPeerings:
            - {remoteVirtualNetwork: hub, allowForwardedTraffic: true}
      networkVirtualAppliances:
        - name: nva1
          asn: 65001
          networkInterfaces:
            - subnet: {id: "%1$shub/subnets/nva"}
              privateIPAddress: 10.0.1.4
              enableIPForwarding: true
      """.formatted(SUB);

  private List<Problem> problemsOf(String yaml) {
    return catchThrowableOfType(TopologyException.class,
        () -> reader.read("t.yaml", TopologyFormat.YAML, yaml)).problems();
  }

  @Test
  void armAndAzSpellingsReadAsTheDesignWrittenInArsimsSpelling() {
    LoadedTopology pasted = reader.read("t.yaml", TopologyFormat.YAML, PASTED);
    Topology expected = reader.read("a.yaml", TopologyFormat.YAML, ARSIM).topology();
    assertThat(pasted.warnings()).isEmpty();
    assertThat(pasted.topology()).isEqualTo(expected);
    NetworkInterface nic = pasted.topology().networkVirtualAppliances().get(0).networkInterfaces().get(0);
    assertThat(nic.enableIpForwarding()).isTrue();
    assertThat(nic.privateIpAddress()).isEqualTo(Ipv4Address.parse("10.0.1.4"));
    assertThat(pasted.topology().virtualNetworks().get(0).addressSpace()).containsExactly(
        Ipv4Prefix.parse("10.0.0.0/16"));
  }

  @Test
  void aProblemInAValueWrittenTheArmWayIsReportedWhereTheUserWroteIt() {
    String yaml = PASTED.replace("addressPrefixes: [10.0.0.0/16]", "addressPrefixes: [10.0.0.1/16]")
        .replace("privateIPAddress: 10.0.1.4", "privateIPAddress: 10.0.1.400")
        .replace("%sspoke".formatted(SUB), "%sspoek".formatted(SUB));
    List<Problem> problems = problemsOf(yaml);
    assertThat(problems).extracting(p -> p.location().line() + ":" + p.location().column() + " " + p.code() + " "
        + p.path() + " " + p.pointer()).containsExactly(
        "6:25 invalid-value virtualNetworks[hub].addressSpace.addressPrefixes[0]"
            + " /virtualNetworks/0/addressSpace/addressPrefixes/0",
        "24:27 invalid-value networkVirtualAppliances[nva1].networkInterfaces[0].privateIPAddress"
            + " /networkVirtualAppliances/0/networkInterfaces/0/privateIPAddress");
    // Values are checked before references; with the values right, the reference is reported at its id.
    List<Problem> reference = problemsOf(PASTED.replace("%sspoke".formatted(SUB), "%sspoek".formatted(SUB)));
    assertThat(reference).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("unknown-reference");
      assertThat(p.location().line()).isEqualTo(10);
      assertThat(p.pointer()).isEqualTo("/virtualNetworks/0/virtualNetworkPeerings/0/remoteVirtualNetwork/id");
    });
  }

  @Test
  void bothSpellingsAtOnceAreRefusedNamingTheOneToKeep() {
    String yaml = ARSIM.replace("enableIpForwarding: true}", "enableIpForwarding: true, enableIPForwarding: true}");
    assertThat(problemsOf(yaml)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("unknown-property");
      assertThat(p.message()).isEqualTo("unknown property `enableIPForwarding`");
      assertThat(p.fix()).isEqualTo("remove it: it is another spelling of `enableIpForwarding`, which is set here"
          + " already");
      assertThat(p.location().line()).isEqualTo(21);
    });
  }

  @Test
  void aSubnetWithSeveralPrefixesSaysToWriteOne() {
    String yaml = ARSIM.replace("{name: workload, addressPrefix: 10.1.1.0/24}",
        "{name: workload, addressPrefixes: [10.1.1.0/24, 10.1.2.0/24]}");
    assertThat(problemsOf(yaml)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("unknown-property");
      assertThat(p.message()).contains("arsim models one prefix per subnet (`addressPrefix`)");
      assertThat(p.fix()).isEqualTo("write `addressPrefix: 10.1.1.0/24`, and make a subnet of each other prefix");
      assertThat(p.path()).isEqualTo("virtualNetworks[spoke].subnets[workload].addressPrefixes");
    });
  }

  @Test
  void didYouMeanNeverSuggestsAKeyThatIsAlreadyThere() {
    // `addressPrefx` is closest to `addressPrefix`, which this subnet has: the fix says so instead.
    String yaml = ARSIM.replace("{name: workload, addressPrefix: 10.1.1.0/24}",
        "{name: workload, addressPrefix: 10.1.1.0/24, addressPrefx: 10.1.2.0/24}");
    assertThat(problemsOf(yaml)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("unknown-property");
      assertThat(p.fix()).isEqualTo("remove it: `addressPrefix` is set here already");
    });
    // A misspelt required key next to its correct twin is not taken for the missing one.
    String nic = ARSIM.replace("{subnet: hub/nva, privateIpAddress: 10.0.1.4, enableIpForwarding: true}",
        "{subnet: hub/nva, subnett: hub/nva, enableIpForwarding: true}");
    assertThat(problemsOf(nic)).extracting(Problem::code, Problem::fix).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("missing-property",
            "add `privateIpAddress`; docs/topology.md says what it holds"),
        org.assertj.core.groups.Tuple.tuple("unknown-property", "remove it: `subnet` is set here already"));
  }

  @Test
  void enumValuesIgnoreCaseAsAzureDoes() {
    String yaml = ARSIM + """
        routeTables:
          - name: rt
            routes:
              - {name: default, addressPrefix: 0.0.0.0/0, nextHopType: virtualappliance, nextHopIpAddress: 10.0.1.4}
        """;
    assertThat(reader.read("t.yaml", TopologyFormat.YAML, yaml).topology().routeTables().get(0).routes().get(0)
        .nextHopType().name()).isEqualTo("VirtualAppliance");
  }

  @Test
  void aStreamIsReadLikeAFileAndItsFormatComesFromItsText() {
    LoadedTopology yaml = reader.read("<stdin>", new ByteArrayInputStream(ARSIM.getBytes(StandardCharsets.UTF_8)));
    assertThat(yaml.file()).isEqualTo("<stdin>");
    String json = "\uFEFF {\"name\": \"x\", \"virtualNetworks\": []}";
    assertThat(reader.read("<stdin>", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).topology()
        .name()).isEqualTo("x");
    assertThat(TopologyFormat.ofContent(" \n{\"name\": 1}")).isEqualTo(TopologyFormat.JSON);
    assertThat(TopologyFormat.ofContent("name: x")).isEqualTo(TopologyFormat.YAML);
    TopologyReader small = reader.withLimits(ReadLimits.defaults().withMaxInputBytes(100));
    List<Problem> big = catchThrowableOfType(TopologyException.class, () -> small.read("<stdin>",
        new ByteArrayInputStream(ARSIM.getBytes(StandardCharsets.UTF_8)))).problems();
    assertThat(big).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("file-too-large");
      assertThat(p.message()).startsWith("the input is larger than 100 bytes;");
    });
  }
}
