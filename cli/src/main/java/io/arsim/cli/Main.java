package io.arsim.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import io.arsim.core.topology.file.ReadLimits;
import io.arsim.engine.BgpEngineModule;
import io.arsim.engine.DesignRun;
import io.arsim.engine.spi.EngineExtension;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
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
    System.exit(run(args, out, err));
  }

  /** Runs arsim with {@code args}; returns the exit code (docs/cli.md). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    boolean debug = Arrays.asList(args).contains("--debug");
    // slf4j-simple reads its level once, when the first logger is made.
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", debug ? "debug" : "warn");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
    // Discovery reads the plugin folder, so it runs here, before the injector (modules do no I/O).
    PolicyDiscovery.Result discovered = PolicyDiscovery.discover(PolicyDiscovery.pluginsOption(args))
        .preferring(PolicyDiscovery.preferOptions(args));
    Injector injector = Guice.createInjector(modules(discovered, InputOptions.limits(args)));
    CommandLine commandLine = new CommandLine(ArsimCommand.class, new GuiceFactory(injector));
    // Hidden: prints the bash/zsh completion script (`source <(arsim generate-completion)`).
    CommandLine completion = new CommandLine(new picocli.AutoComplete.GenerateCompletion());
    completion.getCommandSpec().usageMessage().hidden(true);
    commandLine.addSubcommand("generate-completion", completion);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(new ErrorHandler(debug));
    commandLine.setParameterExceptionHandler(new UsageErrorHandler());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Every Guice module of the installed arsim modules, with the discovered policy providers and
   * engine extensions (both found with ServiceLoader before the injector is built).
   */
  static List<Module> modules(PolicyDiscovery.Result discovered) {
    return modules(discovered, ReadLimits.defaults());
  }

  /** Every Guice module, with the discovered policy providers and the reader's limits. */
  static List<Module> modules(PolicyDiscovery.Result discovered, ReadLimits limits) {
    List<EngineExtension> extensions = DesignRun.discoverExtensions(Main.class.getClassLoader());
    return List.of(new CliModule(), new BgpEngineModule(extensions, limits), new PolicyProvidersModule(discovered));
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
