package io.arsim.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import io.arsim.core.topology.file.ReadLimits;
import io.arsim.engine.BgpEngineModule;
import io.arsim.engine.DesignRun;
import io.arsim.engine.spi.EngineExtension;
import io.arsim.importer.ImportModule;
import io.arsim.serve.ServeModule;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Entry point and the one composition root of arsim: builds the Guice injector once, then lets
 * picocli parse the command line and run the chosen command.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, System.in, out, err));
  }

  /** Runs arsim with {@code args} and no standard input; returns the exit code (docs/cli.md). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, InputStream.nullInputStream(), out, err);
  }

  /**
   * Runs arsim with {@code args}, reading a design named {@code -} from {@code in}; returns the
   * exit code (docs/cli.md).
   */
  public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    boolean debug = Arrays.asList(args).contains("--debug");
    // slf4j-simple reads its level once, when the first logger is made.
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", debug ? "debug" : "warn");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
    // Discovery reads the plugin folder, so it runs here, before the injector (modules do no I/O).
    PolicyDiscovery.Result discovered = PolicyDiscovery.discover(PolicyDiscovery.pluginsOption(args))
        .preferring(PolicyDiscovery.preferOptions(args));
    Injector injector = Guice.createInjector(modules(discovered, InputOptions.limits(args), new StandardInput(in)));
    CommandLine commandLine = commandLine(injector);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(new ErrorHandler(debug));
    commandLine.setParameterExceptionHandler(new UsageErrorHandler());
    commandLine.setExecutionStrategy(Main::execute);
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * The {@code arsim} command line with every subcommand, created through {@code injector}: the
   * hidden {@code generate-completion}, help footers printed as written (examples are never
   * wrapped), and {@code -f/--format} described per command ({@link OutputOptions#describe}).
   */
  static CommandLine commandLine(Injector injector) {
    CommandLine commandLine = new CommandLine(ArsimCommand.class, new GuiceFactory(injector));
    // Hidden: prints the bash/zsh completion script (`source <(arsim generate-completion)`).
    CommandLine completion = new CommandLine(new picocli.AutoComplete.GenerateCompletion());
    completion.getCommandSpec().usageMessage().hidden(true);
    commandLine.addSubcommand("generate-completion", completion);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    OutputOptions.describe(commandLine);
    unwrappedFooters(commandLine);
    return commandLine;
  }

  /**
   * Prints every command's footer (its examples and exit codes) line by line as written: picocli
   * would wrap long lines at the usage width, splitting an example between words or inside a path.
   * The lines are kept short enough for an 80-column terminal instead (CliReferenceTest).
   */
  private static void unwrappedFooters(CommandLine command) {
    command.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, help -> {
      StringBuilder text = new StringBuilder();
      for (String line : help.commandSpec().usageMessage().footer()) {
        text.append(line).append(System.lineSeparator());
      }
      return text.toString();
    });
    command.getSubcommands().values().forEach(Main::unwrappedFooters);
  }

  /**
   * Runs the command picocli parsed, between binding its output options (the format is checked
   * before any work) and writing its output file (only when it returned normally).
   */
  private static int execute(CommandLine.ParseResult parseResult) {
    if (CommandLine.printHelpIfRequested(parseResult)) {
      return ExitCodes.OK;
    }
    CommandLine.ParseResult last = parseResult;
    while (last.hasSubcommand()) {
      last = last.subcommand();
    }
    CommandLine command = last.commandSpec().commandLine();
    Optional<OutputOptions> output = OutputOptions.of(command.getCommandSpec());
    output.ifPresent(o -> o.bind(command));
    int code = new CommandLine.RunLast().execute(parseResult);
    try {
      output.ifPresent(OutputOptions::commit);
    } catch (RuntimeException e) {
      throw new CommandLine.ExecutionException(command, "writing the output file", e);
    }
    return code;
  }

  /**
   * Every Guice module of the installed arsim modules, with the discovered policy providers and
   * engine extensions (both found with ServiceLoader before the injector is built).
   */
  static List<Module> modules(PolicyDiscovery.Result discovered) {
    return modules(discovered, ReadLimits.defaults(), new StandardInput(InputStream.nullInputStream()));
  }

  /** Every Guice module, with the discovered policy providers, the reader's limits and standard input. */
  static List<Module> modules(PolicyDiscovery.Result discovered, ReadLimits limits, StandardInput in) {
    List<EngineExtension> extensions = DesignRun.discoverExtensions(Main.class.getClassLoader());
    return List.of(new CliModule(in), new BgpEngineModule(extensions, limits), new PolicyProvidersModule(discovered),
        new ImportModule(), new ServeModule());
  }

  /** Creates picocli commands through Guice so they get constructor injection. */
  static final class GuiceFactory implements CommandLine.IFactory {
    private final Injector injector;

    GuiceFactory(Injector injector) {
      this.injector = injector;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        return injector.getInstance(type);
      } catch (com.google.inject.ConfigurationException e) {
        return CommandLine.defaultFactory().create(type);
      }
    }
  }
}
