package io.arsim.core.topology.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.topology.TestTopologies;
import io.arsim.core.topology.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TopologyWriterTest {
  private final TopologyReader reader = new TopologyReader();
  private final TopologyWriter writer = new TopologyWriter();

  private Topology reread(Topology topology, TopologyFormat format) {
    String text = writer.write(topology, format);
    return reader.read("written." + format.name().toLowerCase(java.util.Locale.ROOT), format, text).topology();
  }

  @ParameterizedTest
  @EnumSource(TopologyFormat.class)
  void s1SurvivesARoundTrip(TopologyFormat format) {
    Topology s1 = reader.read(Examples.s1()).topology();

    assertThat(reread(s1, format)).isEqualTo(s1);
  }

  @ParameterizedTest
  @EnumSource(TopologyFormat.class)
  void aTopologyBuiltInCodeSurvivesARoundTrip(TopologyFormat format) {
    Topology full = TestTopologies.full();

    assertThat(reread(full, format)).isEqualTo(full);
    assertThat(reread(TestTopologies.mini(), format)).isEqualTo(TestTopologies.mini());
  }

  @Test
  void writingIsStable() {
    Topology s1 = reader.read(Examples.s1()).topology();
    String once = writer.write(s1, TopologyFormat.YAML);

    String twice = writer.write(reader.read("once.yaml", TopologyFormat.YAML, once).topology(), TopologyFormat.YAML);

    assertThat(twice).isEqualTo(once);
  }

  @Test
  void yamlIsWrittenWithoutDocumentMarkerAndWithDomainValuesAsText() {
    String yaml = writer.write(TestTopologies.full(), TopologyFormat.YAML);

    assertThat(yaml).startsWith("name: full\n");
    assertThat(yaml).contains("addressPrefix: 10.1.255.0/27", "subnet: hub/nva", "asn: 65001",
        "hubRoutingPreference: ASPath");
  }

  @Test
  void jsonWritesAsnsAsNumbersAndPrefixesAsStrings() {
    String json = writer.write(TestTopologies.full(), TopologyFormat.JSON);

    assertThat(json).contains("\"asn\" : 65001", "\"addressSpace\" : [ \"10.1.0.0/16\" ]");
  }
}
