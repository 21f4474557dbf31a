package io.arsim.cli;

import io.arsim.core.problem.Problem;
import io.arsim.core.problem.SourceLocation;
import io.arsim.core.topology.TopologyException;
import io.arsim.core.topology.file.InputFiles;
import io.arsim.importer.inventory.AzureInventory;
import io.arsim.importer.inventory.ImportException;
import io.arsim.importer.inventory.ImportNote;
import io.arsim.importer.nva.NvaParseResult;
import io.arsim.importer.nva.NvaVendor;
import io.arsim.importer.nva.frr.FrrConfigParser;
import io.arsim.importer.nva.iosxe.IosXeConfigParser;
import io.arsim.importer.topology.ImportedTopologyWriter;
import io.arsim.importer.topology.MappedTopology;
import io.arsim.importer.topology.NvaMapper;
import io.arsim.importer.topology.TopologyMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The part every {@code arsim import} subcommand shares: from an inventory to the topology file,
 * through the mapper, the NVA configurations and the writer; notes and warnings on standard error
 * as {@code file:place: message}; on any error nothing is written and the exit code is 2.
 */
final class ImportRun {
  private final CommandSpec spec;
  private final ImportOptions options;

  ImportRun(CommandSpec spec, ImportOptions options) {
    this.spec = spec;
    this.options = options;
  }

  int run(AzureInventory inventory, Path source, List<String> arguments) {
    PrintWriter err = spec.commandLine().getErr();
    for (String name : options.nvaVendors.keySet()) {
      if (!options.nvaConfigs.containsKey(name)) {
        throw new UsageException("--nva-vendor " + name + "=...: no --nva-config " + name + "=FILE to apply it to");
      }
    }
    List<Problem> problems = new ArrayList<>(inventory.problems());
    List<ImportNote> notes = new ArrayList<>(inventory.notes());
    String display = source.toString();
    if (inventory.hasErrors()) {
      notes.forEach(n -> err.println(n));
      throw new ImportException(display, problems);
    }
    MappedTopology mapped = new TopologyMapper().map(inventory, designName(source));
    Map<String, NvaParseResult> configs = new TreeMap<>();
    for (Map.Entry<String, Path> entry : options.nvaConfigs.entrySet()) {
      try {
        configs.put(entry.getKey(), parse(entry.getKey(), entry.getValue()));
      } catch (TopologyException e) {
        e.problems().forEach(p -> problems.add(unreadable(entry.getKey(), entry.getValue(), p)));
      }
    }
    mapped = new NvaMapper().apply(mapped, configs);
    problems.addAll(mapped.problems());
    notes.addAll(mapped.notes());
    // A VM peering a route server is an NVA candidate; those without a configuration get a warning below.
    notes.stream().filter(n -> !n.code().equals("nva-candidate")).forEach(n -> err.println(n));
    if (problems.stream().anyMatch(Problem::isError)) {
      throw new ImportException(display, problems);
    }
    problems.forEach(p -> err.println(p.render()));
    List<String> header = List.of("Written by: arsim import " + String.join(" ", arguments)
        + nvaArguments(), "", "The comment above an element names what it came from: the Azure resource id (and its"
        + " file:line)", "or, for an NVA, the line of its router configuration. Check it with `arsim validate`.");
    options.output.out().print(new ImportedTopologyWriter().write(mapped, header));
    return ExitCodes.OK;
  }

  private String nvaArguments() {
    StringBuilder out = new StringBuilder();
    new TreeMap<>(options.nvaConfigs).forEach((name, file) -> out.append(" --nva-config ").append(name).append('=')
        .append(file));
    return out.toString();
  }

  private String designName(Path source) {
    if (options.name != null) {
      return options.name;
    }
    String file = source.getFileName() == null ? "imported" : source.getFileName().toString();
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }

  /**
   * NVA {@code name}'s configuration, parsed.
   *
   * @throws TopologyException when {@code file} cannot be read ({@link InputFiles}: regular UTF-8
   *     files within the size limit only)
   */
  private NvaParseResult parse(String name, Path file) {
    String text = InputFiles.readText(file, "router configuration", options.maxInputBytes());
    String vendorText = options.nvaVendors.get(name);
    NvaVendor vendor;
    if (vendorText != null) {
      vendor = switch (vendorText) {
        case "frr" -> NvaVendor.FRR;
        case "cisco-iosxe" -> NvaVendor.CISCO_IOS_XE;
        default -> throw new UsageException("--nva-vendor " + name + "=" + vendorText + ": the vendor is frr or"
            + " cisco-iosxe");
      };
    } else {
      Optional<NvaVendor> detected = NvaMapper.detectVendor(text);
      if (detected.isEmpty()) {
        throw new ImportException(file.toString(), List.of(Problem.error("unknown-vendor", "", "cannot tell whether "
            + file + " is an FRR or a Cisco IOS-XE configuration (no 'frr version' line, no IOS-XE 'version' line"
            + " or interface name)", "add --nva-vendor " + name + "=frr or --nva-vendor " + name + "=cisco-iosxe")
            .located(SourceLocation.ofFile(file.toString()), "")));
      }
      vendor = detected.get();
    }
    String fileName = file.toString();
    return vendor == NvaVendor.FRR ? FrrConfigParser.parse(fileName, text)
        : IosXeConfigParser.parse(fileName, text);
  }

  /** Why {@code --nva-config name=file} cannot be read, naming the option. */
  private static Problem unreadable(String name, Path file, Problem why) {
    String fix = why.code().equals("file-not-found")
        ? "give the path of " + name + "'s configuration (frr.conf or show running-config output)" : why.fix();
    String message = why.message().equals("no such file") ? "the file does not exist" : why.message();
    return new Problem(why.severity(), why.code(), why.pointer(), "--nva-config " + name + "=" + file + ": "
        + message, fix, why.location() == null ? SourceLocation.ofFile(file.toString()) : why.location(),
        why.path());
  }
}
