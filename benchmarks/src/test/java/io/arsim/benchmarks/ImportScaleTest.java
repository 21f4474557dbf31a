package io.arsim.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.importer.inventory.AzureInventory;
import io.arsim.importer.topology.MappedTopology;
import io.arsim.importer.topology.TopologyMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generated import inputs are what they claim: the size asked for, read without a problem. */
class ImportScaleTest {

  @ParameterizedTest
  @ValueSource(strings = {"arm", "arm-export", "az", "terraform"})
  void aOneMegabyteInputImportsCleanly(String source) {
    byte[] content = ImportScale.of(source, 1);
    AzureInventory inventory = ImportBenchmark.read(source, content);
    MappedTopology mapped = new TopologyMapper().map(inventory, "scale");

    assertThat(content.length).isBetween(1 << 20, (1 << 20) + 16384);
    assertThat(inventory.problems()).isEmpty();
    assertThat(mapped.problems()).isEmpty();
    assertThat(mapped.topology().virtualNetworks()).hasSizeGreaterThan(50);
  }
}
