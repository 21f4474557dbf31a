package io.arsim.importer.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.core.topology.file.LoadedTopology;
import io.arsim.core.topology.file.TopologyFormat;
import io.arsim.core.topology.file.TopologyReader;
import io.arsim.importer.arm.ArmOptions;
import io.arsim.importer.arm.ArmTemplateReader;
import io.arsim.importer.testing.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The written file reads back as the same topology, quotes only what YAML would misread, and says where each element came from. */
class ImportedTopologyWriterTest {

  @Test
  void theWrittenFileReadsBackAsTheSameTopologyWithASourceCommentPerElement() {
    MappedTopology mapped = new TopologyMapper().map(new ArmTemplateReader().read(Samples.path("arm/dual-homed.json"),
        ArmOptions.defaults().withParameterFile(Samples.path("arm/dual-homed.parameters.json"))), "dual-homed");

    String yaml = new ImportedTopologyWriter().write(mapped, List.of("imported for a test"));
    LoadedTopology read = new TopologyReader().read("imported.yaml", TopologyFormat.YAML, yaml);

    assertThat(read.topology()).isEqualTo(mapped.topology());
    assertThat(yaml).startsWith("# imported for a test\nname: dual-homed\n");
    assertThat(yaml).contains("  # /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/arsim-import/"
        + "providers/Microsoft.Network/virtualNetworks/spoke (").contains("dual-homed.json:");
    // Every VNet, subnet, peering, route table, route, VM, NIC, route server and connection has its comment.
    assertThat(yaml.lines().filter(l -> l.trim().startsWith("# /subscriptions/")).count())
        .isEqualTo(mapped.sources().size()).isGreaterThan(20);
    assertThat(new ImportedTopologyWriter().write(mapped, List.of("imported for a test"))).isEqualTo(yaml);
  }

  @Test
  void stringsYamlWouldReadAsSomethingElseAreQuoted() {
    assertThat(ImportedTopologyWriter.scalar("10.0.0.0/16")).isEqualTo("10.0.0.0/16");
    assertThat(ImportedTopologyWriter.scalar("hub-to-spoke")).isEqualTo("hub-to-spoke");
    assertThat(ImportedTopologyWriter.scalar("rs-hub instance 0")).isEqualTo("rs-hub instance 0");
    // YAML 1.1 reads these as a sexagesimal number, booleans, null, a number, a comment, a mapping.
    assertThat(ImportedTopologyWriter.scalar("65001:50")).isEqualTo("\"65001:50\"");
    assertThat(ImportedTopologyWriter.scalar("yes")).isEqualTo("\"yes\"");
    assertThat(ImportedTopologyWriter.scalar("Off")).isEqualTo("\"Off\"");
    assertThat(ImportedTopologyWriter.scalar("null")).isEqualTo("\"null\"");
    assertThat(ImportedTopologyWriter.scalar("65001")).isEqualTo("\"65001\"");
    assertThat(ImportedTopologyWriter.scalar("a #b")).isEqualTo("\"a #b\"");
    assertThat(ImportedTopologyWriter.scalar("key: value")).isEqualTo("\"key: value\"");
    assertThat(ImportedTopologyWriter.scalar("_65050$")).isEqualTo("\"_65050$\"");
    assertThat(ImportedTopologyWriter.scalar("")).isEqualTo("\"\"");
  }
}
