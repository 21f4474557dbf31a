package io.arsim.cli;

import io.arsim.importer.arm.ArmOptions;
import io.arsim.importer.arm.ArmTemplateReader;
import io.arsim.importer.inventory.AzureInventory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code arsim import arm TEMPLATE [--parameters FILE]}: a topology from an ARM template. */
@Command(
    name = "arm",
    mixinStandardHelpOptions = true,
    description = {
        "Writes a topology file from an ARM template.",
        "Evaluates the template (az group export, the portal's Export template, az bicep build) with "
            + "its parameters: defaults, --parameters files and --parameter NAME=VALUE. An unsupported template "
            + "function or resource type is reported at its line:column."
    },
    footer = {
        "",
        "Examples:",
        "  arsim import arm examples/import/hub-spoke.json \\",
        "      --parameters examples/import/hub-spoke.parameters.json",
        "  arsim import arm examples/import/hub-spoke.json \\",
        "      --parameters examples/import/hub-spoke.parameters.json \\",
        "      --nva-config nva1=examples/import/nva1-frr.conf \\",
        "      --nva-config nva2=examples/import/nva2-iosxe.cfg -O design.yaml",
        "",
        "Exit codes: 0 written, 2 bad input (nothing written)."
    })
@Formats({OutputFormat.yaml})
final class ImportArmCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TEMPLATE", description = "The ARM template (JSON).")
  Path template;

  @Option(names = "--parameters", paramLabel = "FILE", description = "A parameters file. Repeatable; later wins.")
  List<Path> parameterFiles = new ArrayList<>();

  @Option(names = "--parameter", paramLabel = "NAME=VALUE", description = "A parameter value. Repeatable; wins"
      + " over files.")
  Map<String, String> parameters = new java.util.LinkedHashMap<>();

  @Mixin ImportOptions options;

  @Override
  public Integer call() {
    ArmOptions arm = ArmOptions.defaults();
    for (Path file : parameterFiles) {
      arm = arm.withParameterFile(file);
    }
    for (Map.Entry<String, String> p : parameters.entrySet()) {
      arm = arm.withParameter(p.getKey(), p.getValue());
    }
    AzureInventory inventory = new ArmTemplateReader(options.maxInputBytes()).read(template, arm);
    List<String> args = new ArrayList<>(List.of("arm", template.toString()));
    parameterFiles.forEach(f -> args.addAll(List.of("--parameters", f.toString())));
    return new ImportRun(spec, options).run(inventory, template, args);
  }
}
