package io.arsim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * Where and in which format a command prints its result, the same way in every command:
 * {@code -f/--format FORMAT} and {@code -O/--output-file FILE} (docs/cli.md, "Output").
 *
 * <ul>
 *   <li>The formats a command supports are those of its {@link Formats} annotation, default first;
 *       {@code --help}, shell completion and the error for any other format name only those.
 *   <li>{@code -o/--output FORMAT}, the old spelling of {@code -f}, still works, with a one-line
 *       notice on standard error; {@code -o out.json} (a file name where a format belongs, the trap
 *       the old spelling set) is refused with the right spelling.
 *   <li>With {@code -O FILE} the result goes to FILE instead of standard output, written whole and
 *       atomically ({@link AtomicFiles}) after the command returns; a command that fails writes
 *       nothing, so an existing FILE stays as it was.
 * </ul>
 *
 * <p>To adopt it in a command: {@code @Mixin OutputOptions output} (commands that simulate one
 * design get it through {@link DesignArguments#output}), {@code @Formats({...})} on the command,
 * {@link #format()} for the format asked for, and {@link #out()} (text) or {@link #write(byte[])}
 * (bytes) instead of {@code spec.commandLine().getOut()}. {@link Main} does the rest: it lists the
 * formats in the help ({@link #describe}), checks the format before the command runs
 * ({@link #bind}) and writes the file after it returns ({@link #commit}).
 */
final class OutputOptions {
  /** The formats of a command that does not declare {@link Formats}. */
  static final List<OutputFormat> UNDECLARED =
      List.of(OutputFormat.table, OutputFormat.json, OutputFormat.tsv, OutputFormat.az);

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "The output format (the command's help lists the formats it prints).")
  @Nullable String format;

  @Option(names = {"-O", "--output-file"}, paramLabel = "FILE",
      description = "Write the result to FILE instead of standard output. FILE appears whole, or not at all: when"
          + " the command fails, an existing FILE stays as it was.")
  @Nullable Path outputFile;

  /** The old spelling of {@code -f}; hidden from the help, kept working with a notice. */
  @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", hidden = true)
  @Nullable String oldFormat;

  private OutputFormat chosen = OutputFormat.table;
  private @Nullable PrintWriter out;
  private @Nullable StringWriter buffer;
  private byte @Nullable [] bytes;
  private boolean used;

  /** The format asked for, or the command's default. */
  OutputFormat format() {
    return chosen;
  }

  /** Whether {@code -O FILE} was given. */
  boolean toFile() {
    return outputFile != null;
  }

  /** Where the command prints its result: standard output, or the buffer that {@code -O FILE} gets. */
  PrintWriter out() {
    used = true;
    if (out == null) {
      throw new IllegalStateException("output options not bound to a command");
    }
    return out;
  }

  /**
   * Writes a result that is bytes (a PNG): into {@code -O FILE}, or as UTF-8 text on standard output
   * (DOT, SVG); a command that prints bytes that are not text requires {@code -O} itself.
   */
  void write(byte[] content) {
    if (outputFile != null) {
      used = true;
      bytes = content.clone();
    } else {
      PrintWriter writer = out();
      writer.print(new String(content, StandardCharsets.UTF_8));
      writer.flush();
    }
  }

  /**
   * Checks the format against {@code command}'s {@link Formats} and sets up where output goes;
   * called by {@link Main} after parsing, before the command runs.
   *
   * @throws CommandLine.ParameterException for a format the command does not print (exit 2)
   */
  void bind(CommandLine command) {
    List<OutputFormat> supported = supported(command.getCommandSpec());
    String name = command.getCommandSpec().qualifiedName();
    String asked = format;
    if (oldFormat != null) {
      Optional<OutputFormat> old = OutputFormat.parse(oldFormat);
      if (old.isEmpty() && (oldFormat.contains(".") || oldFormat.contains("/") || oldFormat.contains("\\"))) {
        throw new CommandLine.ParameterException(command, "-o " + oldFormat + ": -o is the old spelling of"
            + " -f/--format, the output format; to write the result to a file, use -O " + oldFormat
            + (oldFormat.endsWith(".json") && supported.contains(OutputFormat.json) ? " -f json" : ""));
      }
      if (format != null && !OutputFormat.parse(format).equals(old)) {
        throw new CommandLine.ParameterException(command, "-o " + oldFormat + " and -f " + format + " ask for two"
            + " formats; give -f alone");
      }
      command.getErr().println("arsim: note: -o/--output is the old spelling of -f/--format; use -f " + oldFormat
          + " (-O FILE writes the result to a file)");
      asked = oldFormat;
    }
    if (asked == null) {
      chosen = supported.get(0);
    } else {
      String given = asked;
      chosen = OutputFormat.parse(given).filter(supported::contains).orElseThrow(() ->
          new CommandLine.ParameterException(command, "-f " + given + ": " + name + " prints "
              + OutputFormat.list(supported) + (supported.size() == 1 ? " only" : "")));
    }
    if (outputFile == null) {
      out = command.getOut();
    } else {
      buffer = new StringWriter();
      out = new PrintWriter(buffer);
    }
  }

  /**
   * Writes {@code -O FILE} (atomically) with what the command printed; called by {@link Main} when
   * the command has returned normally, whatever its exit code. Nothing to do without {@code -O}.
   */
  void commit() {
    if (outputFile == null || !used) {
      return;
    }
    if (bytes != null) {
      AtomicFiles.write(outputFile, bytes);
    } else {
      PrintWriter writer = out();
      writer.flush();
      AtomicFiles.write(outputFile, String.valueOf(buffer));
    }
  }

  /** The formats {@code command} prints: its {@link Formats}, or {@link #UNDECLARED}. */
  static List<OutputFormat> supported(CommandSpec command) {
    Formats formats = command.userObject() == null ? null : command.userObject().getClass().getAnnotation(Formats.class);
    return formats == null ? UNDECLARED : List.copyOf(Arrays.asList(formats.value()));
  }

  /** The output options of {@code command}, its own or those of one of its mixins. */
  static Optional<OutputOptions> of(CommandSpec command) {
    for (CommandSpec mixin : command.mixins().values()) {
      if (mixin.userObject() instanceof OutputOptions options) {
        return Optional.of(options);
      }
      Optional<OutputOptions> nested = of(mixin);
      if (nested.isPresent()) {
        return nested;
      }
    }
    return Optional.empty();
  }

  /**
   * Gives {@code -f/--format} of {@code root} and every subcommand a description and completion
   * candidates that name only the formats that command prints.
   */
  static void describe(CommandLine root) {
    for (CommandLine command : all(root)) {
      CommandSpec spec = command.getCommandSpec();
      OptionSpec option = spec.findOption("--format");
      if (option == null || of(spec).isEmpty()) {
        continue;
      }
      List<OutputFormat> formats = supported(spec);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < formats.size(); i++) {
        OutputFormat f = formats.get(i);
        text.append(i == 0 ? "" : i == formats.size() - 1 ? " or " : ", ").append(f.name()).append(" (")
            .append(i == 0 && formats.size() > 1 ? "default: " : "").append(f.meaning()).append(')');
      }
      String description = (formats.size() == 1 ? "Output format: " : "Output format, ") + text + ".";
      spec.remove(option);
      spec.addOption(option.toBuilder().description(description)
          .completionCandidates(formats.stream().map(OutputFormat::name).toList()).build());
    }
  }

  private static List<CommandLine> all(CommandLine root) {
    List<CommandLine> all = new java.util.ArrayList<>(List.of(root));
    root.getSubcommands().values().forEach(sub -> all.addAll(all(sub)));
    return all;
  }
}
