package io.arsim.cli;

import io.arsim.cli.schema.IntentsSchema;
import io.arsim.cli.schema.TopologySchema;
import io.arsim.core.topology.ExtensionKind;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code arsim schema}: prints the JSON Schema of topology files. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
        "Prints the JSON Schema of topology files (or, with --intents, of intents files).",
        "It is generated from arsim's model. Point your editor at it for completion and checking (see "
            + "docs/topology.md and docs/intents.md)."
    },
    footer = {
        "",
        "Examples:",
        "  arsim schema",
        "  arsim schema -O topology.schema.json",
        "  arsim schema --intents -O intents.schema.json"
    })
@Formats(OutputFormat.json)
final class SchemaCommand implements Callable<Integer> {

  @picocli.CommandLine.Mixin OutputOptions output;

  @Option(names = "--intents", description = "The schema of intents files (arsim check) instead of topology files.")
  boolean intents;

  private final List<ExtensionKind<?>> kinds;

  @Inject
  SchemaCommand(List<ExtensionKind<?>> kinds) {
    this.kinds = kinds;
  }

  @Override
  public Integer call() {
    output.out().print(intents ? new IntentsSchema().render() : new TopologySchema(kinds).render());
    return ExitCodes.OK;
  }
}
