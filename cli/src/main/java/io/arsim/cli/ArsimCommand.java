package io.arsim.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The top-level {@code arsim} command. */
@Command(
    name = "arsim",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Predicts what an Azure Route Server network will do before it is deployed.",
        "Describe a design (VNets, peerings, route servers, NVAs) in a YAML or JSON file; arsim "
            + "checks it against Azure's rules, runs the BGP control plane with Azure Route Server's "
            + "semantics, and shows sessions, learned and advertised routes, BGP tables, effective routes, "
            + "traces, failover and explanations."
    },
    subcommands = {ValidateCommand.class, SimulateCommand.class, RoutesCommand.class, BgpTableCommand.class,
        EffectiveRoutesCommand.class, ExplainCommand.class, TraceCommand.class, WhatIfCommand.class, SweepCommand.class,
        DiagramCommand.class,
        DiffCommand.class, LintCommand.class, CheckCommand.class, CompareCommand.class, ReportCommand.class,
        ServeCommand.class, PluginsCommand.class, SchemaCommand.class, ImportCommand.class},
    footer = {
        "",
        "Examples:",
        "  arsim validate examples/s1-dual-homed-active-active.yaml",
        "  arsim simulate examples/s1-dual-homed-active-active.yaml",
        "  arsim effective-routes examples/s1-dual-homed-active-active.yaml --vm vm-spoke",
        "  arsim trace examples/s1-dual-homed-active-active.yaml --from vm-spoke \\",
        "      --to 8.8.8.8",
        "  arsim diagram examples/s5-expressroute-with-as-override.yaml \\",
        "      --prefix 172.16.0.0/16",
        "  arsim whatif examples/s3-failover.yaml --fail nva1",
        "  arsim lint examples/s4-expressroute-without-as-override.yaml",
        "  arsim check examples/s1-dual-homed-active-active.yaml \\",
        "      --intents examples/intents/s1-dual-homed-active-active.yaml",
        "  arsim report examples/s1-dual-homed-active-active.yaml -O s1.html",
        "  arsim schema -O topology.schema.json",
        "  arsim --plugins ./plugins plugins",
        "",
        "Output: -f FORMAT picks the format (each command's help lists its own),",
        "-O FILE writes the result to FILE; a FILE of - reads the design from",
        "standard input.",
        "Shell completion (bash, zsh): source <(arsim generate-completion)",
        "",
        "Exit codes: 0 fine, 1 a check failed, 2 bad input, 3 internal error.",
        "Documentation: docs/README.md"
    })
final class ArsimCommand implements Runnable {

  @Spec CommandSpec spec;

  @Option(names = "--debug", scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "Log what arsim does and print stack traces with errors.")
  boolean debug;

  @Option(names = {"-q", "--quiet"}, scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "Print results and problems only: no summaries of valid files, warning sections or progress.")
  boolean quiet;

  /** Read by {@link Main} before parsing (see {@link PolicyDiscovery#pluginsOption}); here for help. */
  @Option(names = "--plugins", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "Also load routing-policy plugins from every *.jar in DIR (see `arsim plugins`).")
  java.nio.file.@org.jspecify.annotations.Nullable Path plugins;

  /** Read by {@link Main} before parsing (see {@link PolicyDiscovery#preferOptions}); here for help. */
  @Option(names = "--prefer-plugin", paramLabel = "ID=JAR", scope = picocli.CommandLine.ScopeType.INHERIT,
      converter = PreferenceConverter.class,
      description = "When two jars provide policy ID, use the one in JAR (its file name or path, as `arsim plugins`"
          + " shows it). Repeatable.")
  java.util.List<io.arsim.policy.catalog.PolicyCatalog.Preference> preferPlugin;

  /** {@code ID=JAR}; anything else is a usage error (exit 2). */
  static final class PreferenceConverter
      implements picocli.CommandLine.ITypeConverter<io.arsim.policy.catalog.PolicyCatalog.Preference> {
    @Override
    public io.arsim.policy.catalog.PolicyCatalog.Preference convert(String value) {
      try {
        return io.arsim.policy.catalog.PolicyCatalog.Preference.parse(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
