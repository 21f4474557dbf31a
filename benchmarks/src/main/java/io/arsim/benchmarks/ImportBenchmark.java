package io.arsim.benchmarks;

import io.arsim.importer.arm.ArmOptions;
import io.arsim.importer.arm.ArmTemplateReader;
import io.arsim.importer.az.AzDumpReader;
import io.arsim.importer.inventory.AzureInventory;
import io.arsim.importer.terraform.TerraformJsonReader;
import io.arsim.importer.topology.MappedTopology;
import io.arsim.importer.topology.TopologyMapper;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing a large ARM template, az dump or Terraform state ({@link ImportScale}) into an inventory
 * and mapping it to a topology. The inputs are generated in memory once per trial; each operation
 * reads, evaluates, indexes and maps the whole input. Allocation per operation comes from
 * {@code -prof gc}; the peak heap of one import under a heap limit from {@link ImportMemoryReport}.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar ImportBenchmark -f 1 -wi 2 -i 3 -prof gc</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Benchmark)
public class ImportBenchmark {
  @Param({"arm", "arm-export", "az", "terraform"})
  public String source;

  @Param({"5", "50"})
  public int megabytes;

  private byte[] content;

  @Setup(Level.Trial)
  public void setUp() {
    content = ImportScale.of(source, megabytes);
  }

  @Benchmark
  public MappedTopology importAndMap() {
    return new TopologyMapper().map(read(source, content), "scale");
  }

  static AzureInventory read(String source, byte[] content) {
    switch (source) {
      case "arm":
      case "arm-export":
        return new ArmTemplateReader().read("scale.json", content, ArmOptions.defaults());
      case "az":
        return new AzDumpReader().read("scale.json", content);
      default:
        return new TerraformJsonReader().read("scale.json", content);
    }
  }
}
