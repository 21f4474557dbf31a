package io.arsim.core.topology.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.arsim.core.problem.Problem;
import io.arsim.core.problem.Severity;
import io.arsim.core.topology.TestTopologies;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.TopologyException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopologyReaderTest {
  private final TopologyReader reader = new TopologyReader();

  private static final String YAML = """
      name: mini
      virtualNetworks:
        - name: spoke
          location: westeurope
          addressSpace: [10.1.0.0/16]
          subnets:
            - name: workload
              addressPrefix: 10.1.1.0/24
      virtualMachines:
        - name: vm1
          networkInterfaces:
            - subnet: spoke/workload
              privateIpAddress: 10.1.1.4
      """;

  private static final String JSON = """
      {
        "name": "mini",
        "virtualNetworks": [
          {
            "name": "spoke",
            "location": "westeurope",
            "addressSpace": ["10.1.0.0/16"],
            "subnets": [{"name": "workload", "addressPrefix": "10.1.1.0/24"}]
          }
        ],
        "virtualMachines": [
          {
            "name": "vm1",
            "networkInterfaces": [{"subnet": "spoke/workload", "privateIpAddress": "10.1.1.4"}]
          }
        ]
      }
      """;

  private List<Problem> problemsOf(String yaml) {
    return catchThrowableOfType(TopologyException.class,
        () -> reader.read("t.yaml", TopologyFormat.YAML, yaml)).problems();
  }

  private static List<String> rendered(List<Problem> problems) {
    return problems.stream()
        .map(p -> p.location().line() + ":" + p.location().column() + " " + p.code() + " " + p.path())
        .toList();
  }

  @Test
  void yamlAndJsonGiveTheSameModel() {
    LoadedTopology fromYaml = reader.read("mini.yaml", TopologyFormat.YAML, YAML);
    LoadedTopology fromJson = reader.read("mini.json", TopologyFormat.JSON, JSON);

    assertThat(fromYaml.topology()).isEqualTo(fromJson.topology());
    assertThat(fromYaml.warnings()).isEmpty();
    assertThat(fromYaml.topology().virtualMachines().get(0).networkInterfaces().get(0).name())
        .as("an unnamed NIC gets its owner's default name").isEqualTo("vm1-nic");
  }

  @Test
  void readsTheS1ExampleFromDisk() {
    LoadedTopology loaded = reader.read(Examples.s1());

    assertThat(loaded.warnings()).isEmpty();
    assertThat(loaded.topology().name()).isEqualTo("s1-dual-homed-active-active");
    assertThat(loaded.topology().virtualNetworks()).extracting(v -> v.name()).containsExactly("spoke", "hub1", "hub2");
    assertThat(loaded.locations().describe("/virtualNetworks/0/subnets/1"))
        .isEqualTo("virtualNetworks[spoke].subnets[workload]");
  }

  @Test
  void reportsEveryProblemAtOnceWithLineAndColumn() {
    String yaml = """
        name: several
        virtualNetworks:
          - name: spoke
            location: westeurope
            addressSpace: [10.1.0.0/16]
            subnets:
              - name: workload
                addressPrefix: 10.1.1.0/24
                routTable: rt-spoke
              - name: app
                addressPrefix: 10.1.2.0/33
        virtualMachines:
          - name: vm1
            networkInterfaces:
              - subnet: spoke/workload
                privateIpAddress: 10.1.1.300
          - name: vm2
        networkVirtualAppliances:
          - name: nva1
            asn: "65001"
            networkInterfaces:
              - subnet: spoke/workload
                privateIpAddress: 10.1.1.5
        """;

    List<Problem> problems = problemsOf(yaml);

    assertThat(rendered(problems)).containsExactly(
        "9:9 unknown-property virtualNetworks[spoke].subnets[workload].routTable",
        "11:24 invalid-value virtualNetworks[spoke].subnets[app].addressPrefix",
        "16:27 invalid-value virtualMachines[vm1].networkInterfaces[0].privateIpAddress",
        "17:5 missing-property virtualMachines[vm2]",
        "20:10 wrong-type networkVirtualAppliances[nva1].asn");
    assertThat(problems).allMatch(p -> p.severity() == Severity.ERROR);
    assertThat(problems).allMatch(p -> !p.fix().isEmpty(), "every problem has a fix");
    assertThat(problems.get(3).pointer()).isEqualTo("/virtualMachines/1");
  }

  @Test
  void unknownPropertySuggestsTheClosestKnownOne() {
    String yaml = YAML.replace("      - name: workload\n", "      - name: workload\n        routTable: rt\n");

    List<Problem> problems = problemsOf(yaml);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("unknown-property");
      assertThat(p.message()).contains("`routTable`");
      assertThat(p.fix()).isEqualTo("did you mean `routeTable`?");
      assertThat(p.location().line()).isEqualTo(8);
      assertThat(p.path()).isEqualTo("virtualNetworks[spoke].subnets[workload].routTable");
    });
  }

  @Test
  void unknownPropertyWithoutCloseMatchListsTheKnownOnes() {
    String yaml = YAML.replace("        addressPrefix: 10.1.1.0/24\n",
        "        addressPrefix: 10.1.1.0/24\n        securityGroup: nsg\n");

    List<Problem> problems = problemsOf(yaml);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("unknown-property");
      assertThat(p.fix()).isEqualTo("known properties here: addressPrefix, name, routeTable");
    });
  }

  @Test
  void placeholdersForMissingValuesCauseNoFurtherErrors() {
    // Missing strings, prefixes, lists and enums are each reported once; the placeholders put in
    // their place must not add wrong-type or invalid-value problems.
    String yaml = """
        name: holes
        virtualNetworks:
          - name: spoke
            subnets:
              - name: workload
        routeTables:
          - name: rt
            routes:
              - name: default
        """;

    List<Problem> problems = problemsOf(yaml);

    assertThat(problems).extracting(Problem::code).containsOnly("missing-property");
    assertThat(problems).extracting(Problem::message).containsExactly(
        "required property `location` is missing",
        "required property `addressSpace` is missing",
        "required property `addressPrefix` is missing",
        "required property `addressPrefix` is missing",
        "required property `nextHopType` is missing");
    assertThat(problems).extracting(Problem::path).containsExactly(
        "virtualNetworks[spoke]", "virtualNetworks[spoke]", "virtualNetworks[spoke].subnets[workload]",
        "routeTables[rt].routes[default]", "routeTables[rt].routes[default]");
  }

  @Test
  void placeholdersForMissingRecordValuesCauseNoFurtherErrors() {
    String yaml = """
        name: holes
        virtualNetworks:
          - name: spoke
            location: westeurope
            addressSpace: [10.1.0.0/16]
            subnets:
              - name: workload
                addressPrefix: 10.1.1.0/24
        virtualMachines:
          - name: vm1
            networkInterfaces:
              - enableIpForwarding: false
        networkVirtualAppliances:
          - name: nva1
            networkInterfaces: []
        """;

    List<Problem> problems = problemsOf(yaml);

    assertThat(problems).extracting(Problem::message).containsExactly(
        "required property `subnet` is missing",
        "required property `privateIpAddress` is missing",
        "required property `asn` is missing");
  }

  @Test
  void aValidFileYieldsWarningsButNoException() {
    String yaml = YAML + """
        networkVirtualAppliances:
          - name: nva1
            asn: 65001
            networkInterfaces:
              - subnet: spoke/workload
                privateIpAddress: 10.1.1.5
        """;

    LoadedTopology loaded = reader.read("w.yaml", TopologyFormat.YAML, yaml);

    assertThat(loaded.warnings()).extracting(Problem::code).containsExactly("ip-forwarding-disabled");
    assertThat(loaded.warnings().get(0).location().line()).isEqualTo(18);
  }

  @Test
  void syntaxErrorsAreLocatedInYamlAndJson() {
    TopologyException yaml = catchThrowableOfType(TopologyException.class,
        () -> reader.read("s.yaml", TopologyFormat.YAML, "name: x\nvirtualNetworks: [\n  a: b\n"));
    TopologyException json = catchThrowableOfType(TopologyException.class,
        () -> reader.read("s.json", TopologyFormat.JSON, "{\"name\": \"x\"\n \"description\": \"y\"}"));

    assertThat(yaml.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("syntax-error");
      assertThat(p.message()).startsWith("the file is not well-formed YAML: ");
    });
    assertThat(json.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("syntax-error");
      assertThat(p.message()).startsWith("the file is not well-formed JSON: ");
      assertThat(p.location().line()).isEqualTo(2);
      assertThat(p.location().column()).isEqualTo(2);
    });
  }

  @Test
  void emptyAndNonObjectDocumentsAreRejected() {
    assertThat(problemsOf("   \n")).extracting(Problem::code).containsExactly("empty-file");
    assertThat(problemsOf("# only a comment\n")).extracting(Problem::code).containsExactly("empty-file");
    assertThat(problemsOf("- a\n- b\n")).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("wrong-type");
      assertThat(p.message()).contains("found array");
    });
  }

  @Test
  void duplicateKeysAreASyntaxError() {
    assertThat(problemsOf("name: a\nname: b\n")).extracting(Problem::code).containsExactly("syntax-error");
  }

  @Test
  void exceptionMessageListsEveryProblemAndTheSummary() {
    assertThatThrownBy(() -> reader.read("e.yaml", TopologyFormat.YAML, "name: e\nvirtualNetworks: 3\n"))
        .isInstanceOf(TopologyException.class)
        .hasMessageContaining("e.yaml:2:18: error: virtualNetworks: expected a list, found an integer (3)")
        .hasMessageEndingWith("e.yaml: 1 error");
  }

  @Test
  void fileWithUnknownExtensionIsRejected() {
    TopologyException e = catchThrowableOfType(TopologyException.class,
        () -> reader.read(java.nio.file.Path.of("design.txt")));

    assertThat(e.problems()).extracting(Problem::code).containsExactly("unknown-format");
    assertThat(e.file()).isEqualTo("design.txt");
  }

  @Test
  void missingFileIsReported() {
    TopologyException e = catchThrowableOfType(TopologyException.class,
        () -> reader.read(java.nio.file.Path.of("no-such-file.yaml")));

    assertThat(e.problems()).extracting(Problem::code).containsExactly("file-not-found");
  }

  @Test
  void readModelEqualsTheModelBuiltInCode() {
    Topology read = reader.read("mini.yaml", TopologyFormat.YAML, YAML).topology();

    assertThat(read).isEqualTo(TestTopologies.mini());
  }
}
