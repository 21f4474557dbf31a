package io.arsim.cli;

import io.arsim.core.topology.file.ReadLimits;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * What every command that reads a design takes: the largest file it reads. The reader is built with
 * the injector, before picocli parses the command line, so {@link Main} reads the value with
 * {@link #limits(String[])} first; the option is declared here for help and for picocli's checks.
 */
final class InputOptions {

  @Option(names = "--max-input-size", paramLabel = "SIZE", converter = SizeConverter.class,
      description = "Largest file to read (the design, and an intents, manifest or observed file where the"
          + " command reads one), in bytes or with K, M or G (e.g. 64M). Default 16M; docs/robustness.md lists"
          + " every limit.")
  Long maxInputSize;

  /** The limits the command line asks for: the defaults, with {@code --max-input-size} when given and valid. */
  static ReadLimits limits(String[] args) {
    ReadLimits limits = ReadLimits.defaults();
    return value(args).flatMap(InputOptions::size).map(limits::withMaxInputBytes).orElse(limits);
  }

  private static Optional<String> value(String[] args) {
    String value = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--")) {
        break;
      }
      if (args[i].equals("--max-input-size") && i + 1 < args.length) {
        value = args[++i];
      } else if (args[i].startsWith("--max-input-size=")) {
        value = args[i].substring("--max-input-size=".length());
      }
    }
    return Optional.ofNullable(value);
  }

  private static Optional<Long> size(String text) {
    try {
      return Optional.of(ReadLimits.parseSize(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // picocli reports it when it parses the option
    }
  }

  /** Sizes as {@link ReadLimits#parseSize} reads them; a bad one is a usage error (exit 2). */
  static final class SizeConverter implements CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      try {
        return ReadLimits.parseSize(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
