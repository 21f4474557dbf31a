package io.arsim.cli;

import io.arsim.importer.inventory.AzureInventory;
import io.arsim.importer.terraform.TerraformJsonReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code arsim import terraform FILE}: a topology from {@code terraform show -json}. */
@Command(
    name = "terraform",
    mixinStandardHelpOptions = true,
    description = {
        "Writes a topology file from terraform show -json.",
        "Reads the JSON of a plan (terraform show -json plan.out) or a state (terraform show -json) with "
            + "azurerm resources; ids a plan does not know yet are resolved through the configuration."
    },
    footer = {
        "",
        "Examples:",
        "  arsim import terraform examples/import/terraform-show.json",
        "  arsim import terraform examples/import/terraform-show.json \\",
        "      --nva-config nva1=examples/import/nva1-frr.conf -O design.yaml",
        "",
        "Exit codes: 0 written, 2 bad input (nothing written)."
    })
@Formats({OutputFormat.yaml})
final class ImportTerraformCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The JSON of terraform show -json.")
  Path file;

  @Mixin ImportOptions options;

  @Override
  public Integer call() {
    AzureInventory inventory = new TerraformJsonReader(TerraformJsonReader.PLACEHOLDER_SUBSCRIPTION, options.maxInputBytes()).read(file);
    return new ImportRun(spec, options).run(inventory, file, List.of("terraform", file.toString()));
  }
}
