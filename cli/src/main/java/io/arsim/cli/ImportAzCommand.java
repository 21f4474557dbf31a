package io.arsim.cli;

import io.arsim.importer.az.AzDumpReader;
import io.arsim.importer.inventory.AzureInventory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code arsim import az FILE...}: a topology from az CLI or Resource Graph JSON. */
@Command(
    name = "az",
    mixinStandardHelpOptions = true,
    description = {
        "Writes a topology file from az CLI or Resource Graph JSON.",
        "Reads the JSON of az network vnet list, routeserver list / peering list, nic list, route-table "
            + "list, vnet-gateway list, express-route list, lb list, az vm list, or one az graph query result; "
            + "each file is told from its content and every file adds to the one inventory."
    },
    footer = {
        "",
        "Examples:",
        "  arsim import az examples/import/az/*.json -O deployed.yaml",
        "  arsim import az examples/import/az/*.json \\",
        "      --nva-config nva1=examples/import/nva1-frr.conf",
        "",
        "Exit codes: 0 written, 2 bad input (nothing written)."
    })
@Formats({OutputFormat.yaml})
final class ImportAzCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "az or Resource Graph JSON files.")
  List<Path> files;

  @Mixin ImportOptions options;

  @Override
  public Integer call() {
    List<Path> sorted = files.stream().sorted().toList();
    AzureInventory inventory = new AzDumpReader(options.maxInputBytes()).read(sorted);
    List<String> args = new ArrayList<>(List.of("az"));
    sorted.forEach(f -> args.add(f.toString()));
    return new ImportRun(spec, options).run(inventory, sorted.get(0), args);
  }
}
