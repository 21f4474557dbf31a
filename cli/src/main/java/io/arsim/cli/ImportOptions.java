package io.arsim.cli;

import io.arsim.importer.inventory.ImportFiles;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What every {@code arsim import} subcommand takes besides its source: NVA configurations, the name, the output. */
final class ImportOptions {

  @Option(names = "--nva-config", paramLabel = "NAME=FILE",
      description = "The router configuration of the VM named NAME (its Azure name), which makes the VM an NVA: "
          + "an FRR configuration (the frr.conf file, or what vtysh prints for 'show running-config') or a Cisco "
          + "IOS-XE 'show running-config'. Repeatable.")
  Map<String, Path> nvaConfigs = new LinkedHashMap<>();

  @Option(names = "--nva-vendor", paramLabel = "NAME=VENDOR",
      description = "The vendor of NAME's configuration, frr or cisco-iosxe, when the file does not tell "
          + "(it does when it holds 'frr version' or IOS-XE's 'version 17.x'). Repeatable.")
  Map<String, String> nvaVendors = new LinkedHashMap<>();

  @Option(names = "--name", paramLabel = "NAME",
      description = "The design's name. Default: the source file's name without its extension.")
  @Nullable String name;

  @Option(names = "--max-input-size", paramLabel = "SIZE", converter = InputOptions.SizeConverter.class,
      description = "Largest file to read (the source, each parameters file and NVA configuration), in bytes or"
          + " with K, M or G (e.g. 512M). Default 256M; at most 1G. docs/robustness.md lists every limit.")
  @Nullable Long maxInputSize;

  @Mixin OutputOptions output;

  /** The largest file to read: {@code --max-input-size}, or {@link ImportFiles#DEFAULT_MAX_INPUT_BYTES}. */
  long maxInputBytes() {
    return maxInputSize == null ? ImportFiles.DEFAULT_MAX_INPUT_BYTES : maxInputSize;
  }
}
