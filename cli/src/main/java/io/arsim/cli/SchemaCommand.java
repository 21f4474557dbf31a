package io.arsim.cli;

import io.arsim.cli.schema.TopologySchema;
import io.arsim.core.topology.ExtensionKind;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code arsim schema}: prints the JSON Schema of topology files. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
        "Prints the JSON Schema of topology files.",
        "It is generated from arsim's model. Point your editor at it for completion and checking (see "
            + "docs/topology.md)."
    },
    footer = {
        "",
        "Examples:",
        "  arsim schema",
        "  arsim schema --output-file topology.schema.json"
    })
final class SchemaCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--output-file", paramLabel = "FILE",
      description = "Write the schema to FILE (atomically) instead of standard output.")
  @Nullable Path outputFile;

  private final List<ExtensionKind<?>> kinds;

  @Inject
  SchemaCommand(List<ExtensionKind<?>> kinds) {
    this.kinds = kinds;
  }

  @Override
  public Integer call() {
    String schema = new TopologySchema(kinds).render();
    if (outputFile == null) {
      spec.commandLine().getOut().print(schema);
      spec.commandLine().getOut().flush();
    } else {
      AtomicFiles.write(outputFile, schema);
    }
    return ExitCodes.OK;
  }
}
