package io.arsim.benchmarks;

import io.arsim.importer.arm.ArmOptions;
import io.arsim.importer.arm.ArmTemplateReader;
import io.arsim.importer.az.AzDumpReader;
import io.arsim.importer.inventory.AzureInventory;
import io.arsim.importer.terraform.TerraformJsonReader;
import io.arsim.importer.topology.MappedTopology;
import io.arsim.importer.topology.ImportedTopologyWriter;
import io.arsim.importer.topology.TopologyMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One import of a large generated input from a file, as {@code arsim import} does it (read, map,
 * write the topology file): wall-clock time (no warm-up), peak heap during the import, and what was
 * found. Run it under a heap limit to show the
 * import fits:
 *
 * <pre>
 * java -Xmx512m -cp benchmarks/target/benchmarks.jar io.arsim.benchmarks.ImportMemoryReport az 50
 * java -Xmx1g -cp benchmarks/target/benchmarks.jar io.arsim.benchmarks.ImportMemoryReport arm 50
 * </pre>
 *
 * <p>Prints one line of {@code key=value} pairs.
 */
public final class ImportMemoryReport {
  private ImportMemoryReport() {}

  public static void main(String[] args) throws IOException {
    String source = args[0];
    int megabytes = Integer.parseInt(args[1]);
    Path file = Files.createTempFile("arsim-import-" + source, ".json");
    try {
      Files.write(file, ImportScale.of(source, megabytes));
      long size = Files.size(file);
      System.gc();
      resetPeaks();
      long t0 = System.nanoTime();
      AzureInventory inventory = read(source, file);
      long readNanos = System.nanoTime() - t0;
      MappedTopology mapped = new TopologyMapper().map(inventory, "scale");
      long totalNanos = System.nanoTime() - t0;
      // What `arsim import` does next: the topology file, with a comment per element.
      String yaml = new ImportedTopologyWriter().write(mapped, java.util.List.of("scale"));
      long writtenNanos = System.nanoTime() - t0;
      System.out.println(String.format(Locale.ROOT, "source=%s file_mb=%.1f read_ms=%.0f read_and_map_ms=%.0f"
              + " read_map_write_ms=%.0f yaml_mb=%.1f resources=%d problems=%d vnets=%d peak_heap_mb=%.1f"
              + " max_heap_mb=%.0f", source, size / 1048576.0,
          readNanos / 1e6, totalNanos / 1e6, writtenNanos / 1e6, yaml.length() / 1048576.0,
          inventory.resources().size(), inventory.problems().size(),
          mapped.topology().virtualNetworks().size(), peakUsed() / 1048576.0,
          Runtime.getRuntime().maxMemory() / 1048576.0));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static AzureInventory read(String source, Path file) {
    switch (source) {
      case "arm":
      case "arm-export":
        return new ArmTemplateReader().read(file, ArmOptions.defaults());
      case "az":
        return new AzDumpReader().read(List.of(file));
      default:
        return new TerraformJsonReader().read(file);
    }
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Sum of the heap pools' peaks: an upper bound of the heap the import needed (garbage included). */
  private static long peakUsed() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
