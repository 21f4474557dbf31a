package io.arsim.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * What every command that simulates one design takes: the design file ({@code -} for standard
 * input), the engine settings for the facts Azure leaves open, the reader's limits, and where and
 * in which format to print ({@link OutputOptions}: {@code -f/--format}, {@code -O/--output-file};
 * the command's {@link Formats} lists its formats).
 *
 * <p>Since 0.2 {@link #output} is the {@link OutputOptions} mixin, no longer the format itself: read
 * the format with {@link #format()} (or {@link #json()}, {@link #tsv()}) and print through
 * {@code output.out()}; name the design in messages with {@link #fileName()}, which says
 * {@code <stdin>} for {@code -}.
 */
final class DesignArguments {

  @Parameters(index = "0", paramLabel = "FILE",
      description = "The design (.yaml, .yml or .json), or - to read it from standard input.")
  Path file;

  @Mixin EngineOptions engine;

  @Mixin InputOptions input;

  @Mixin OutputOptions output;

  /** The format asked for with {@code -f} (or the command's default). */
  OutputFormat format() {
    return output.format();
  }

  /** Whether JSON was asked for. */
  boolean json() {
    return format() == OutputFormat.json;
  }

  /** Whether tab-separated rows were asked for. */
  boolean tsv() {
    return format() == OutputFormat.tsv;
  }

  /** The design as messages name it: the path as given, or {@code <stdin>}. */
  String fileName() {
    return StandardInput.display(file);
  }
}
