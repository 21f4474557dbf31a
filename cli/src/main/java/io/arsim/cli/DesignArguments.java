package io.arsim.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What every command that simulates one design takes: the design file, the engine settings for
 * the facts Azure leaves open, and the output format.
 */
final class DesignArguments {

  @Parameters(index = "0", paramLabel = "FILE", description = "The design (.yaml, .yml or .json).")
  Path file;

  @Mixin EngineOptions engine;

  @Mixin InputOptions input;

  @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table",
      description = "table (default), json, tsv, or az (the az CLI's JSON: routes and effective-routes).")
  OutputFormat output;

  /** Whether JSON was asked for. */
  boolean json() {
    return output == OutputFormat.json;
  }

  /** Whether tab-separated rows were asked for. */
  boolean tsv() {
    return output == OutputFormat.tsv;
  }
}
