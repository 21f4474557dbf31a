package io.arsim.cli;

import io.arsim.cli.schema.CompareManifestSchema;
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
        "Prints the JSON Schema of topology files (or, with --intents, of intents files; with"
            + " --compare-manifest, of arsim compare's observed.yaml).",
        "It is generated from arsim's model. Point your editor at it for completion and checking (see "
            + "docs/topology.md, docs/intents.md and docs/compare.md)."
    },
    footer = {
        "",
        "Examples:",
        "  arsim schema",
        "  arsim schema -O topology.schema.json",
        "  arsim schema --intents -O intents.schema.json",
        "  arsim schema --compare-manifest -O compare-manifest.schema.json"
    })
@Formats(OutputFormat.json)
final class SchemaCommand implements Callable<Integer> {

  @picocli.CommandLine.Mixin OutputOptions output;

  @Option(names = "--intents", description = "The schema of intents files (arsim check) instead of topology files.")
  boolean intents;

  @Option(names = "--compare-manifest",
      description = "The schema of arsim compare's manifest (observed.yaml) instead of topology files.")
  boolean compareManifest;

  private final List<ExtensionKind<?>> kinds;

  @Inject
  SchemaCommand(List<ExtensionKind<?>> kinds) {
    this.kinds = kinds;
  }

  @Override
  public Integer call() {
    if (intents && compareManifest) {
      throw new UsageException("--intents and --compare-manifest each print one schema; give one of them");
    }
    output.out().print(intents ? new IntentsSchema().render() : compareManifest ? new CompareManifestSchema().render()
        : new TopologySchema(kinds).render());
    return ExitCodes.OK;
  }
}
