package io.arsim.core.topology.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.problem.Problem;
import io.arsim.core.problem.SourceLocation;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocationIndexTest {
  private static final String YAML = """
      name: idx
      virtualNetworks:
        - name: spoke
          location: westeurope
          addressSpace: [10.1.0.0/16, 10.2.0.0/16]
          subnets:
            - name: workload
              addressPrefix: 10.1.1.0/24
            - addressPrefix: 10.1.2.0/24
      weird/key: 1
      """;

  private static LocationIndex index(String text, TopologyFormat format) throws IOException {
    return DocumentParser.parse("f.yaml", format, text, ReadLimits.defaults()).locations();
  }

  @Test
  void describeUsesNamesWhereObjectsHaveThem() throws IOException {
    LocationIndex index = index(YAML, TopologyFormat.YAML);

    assertThat(index.describe("")).isEmpty();
    assertThat(index.describe("/virtualNetworks/0/subnets/0/addressPrefix"))
        .isEqualTo("virtualNetworks[spoke].subnets[workload].addressPrefix");
    assertThat(index.describe("/virtualNetworks/0/subnets/1")).isEqualTo("virtualNetworks[spoke].subnets[1]");
    assertThat(index.describe("/virtualNetworks/0/addressSpace/1")).isEqualTo("virtualNetworks[spoke].addressSpace[1]");
    assertThat(index.describe("/weird~1key")).isEqualTo("weird/key");
    assertThat(index.nameAt("/virtualNetworks/0")).contains("spoke");
    assertThat(index.nameAt("/virtualNetworks/0/subnets/1")).isEmpty();
  }

  @Test
  void locateFindsValuesByPointer() throws IOException {
    LocationIndex index = index(YAML, TopologyFormat.YAML);

    assertThat(index.locate("/virtualNetworks/0/name")).isEqualTo(new SourceLocation("f.yaml", 3, 11));
    assertThat(index.locate("/virtualNetworks/0/addressSpace/1")).isEqualTo(new SourceLocation("f.yaml", 5, 33));
    assertThat(index.locate("/virtualNetworks/0/subnets/1/addressPrefix"))
        .isEqualTo(new SourceLocation("f.yaml", 9, 24));
  }

  @Test
  void locateFallsBackToTheNearestEnclosingValue() throws IOException {
    LocationIndex index = index(YAML, TopologyFormat.YAML);

    assertThat(index.locate("/virtualNetworks/0/subnets/0/routeTable"))
        .as("a missing property is reported at its object").isEqualTo(index.locate("/virtualNetworks/0/subnets/0"));
    assertThat(index.locate("/virtualNetworks/0/subnets/0")).isEqualTo(new SourceLocation("f.yaml", 7, 9));
    assertThat(index.locate("/nothing/here")).isEqualTo(new SourceLocation("f.yaml", 1, 1));
    assertThat(LocationIndex.empty("e.yaml").locate("/a/b")).isEqualTo(new SourceLocation("e.yaml", 1, 1));
  }

  @Test
  void unknownPropertiesAreLocatedAtTheirKey() throws IOException {
    LocationIndex index = index(YAML, TopologyFormat.YAML);
    Problem problem = Problem.error("unknown-property", "/virtualNetworks/0/location", "m", "f");

    Problem located = index.locate(problem);

    assertThat(located.location()).isEqualTo(new SourceLocation("f.yaml", 4, 5));
    assertThat(located.path()).isEqualTo("virtualNetworks[spoke].location");
  }

  @Test
  void otherProblemsAreLocatedAtTheValue() throws IOException {
    LocationIndex index = index(YAML, TopologyFormat.YAML);

    Problem located = index.locate(Problem.error("invalid-value", "/virtualNetworks/0/location", "m", "f"));

    assertThat(located.location()).isEqualTo(new SourceLocation("f.yaml", 4, 15));
  }

  @Test
  void jsonIsIndexedLikeYaml() throws IOException {
    LocationIndex index = index("{\n  \"name\": \"j\",\n  \"virtualNetworks\": [{\"name\": \"hub\", \"location\": \"x\"}]\n}",
        TopologyFormat.JSON);

    assertThat(index.describe("/virtualNetworks/0/location")).isEqualTo("virtualNetworks[hub].location");
    assertThat(index.locate("/virtualNetworks/0/location")).isEqualTo(new SourceLocation("f.yaml", 3, 51));
  }

  @Test
  void aSyntaxErrorIsReportedWhereTheParserStopped() {
    var e = org.assertj.core.api.Assertions.catchThrowableOfType(io.arsim.core.topology.TopologyException.class,
        () -> index("name: a\nvirtualNetworks: [\n  b: c\n", TopologyFormat.YAML));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("syntax-error");
      assertThat(p.location()).isEqualTo(new SourceLocation("f.yaml", 4, 1));
    });
  }
}
