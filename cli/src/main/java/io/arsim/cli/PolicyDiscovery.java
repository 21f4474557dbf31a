package io.arsim.cli;

import io.arsim.policy.catalog.DiscoveredProvider;
import io.arsim.policy.catalog.PolicyCatalog;
import io.arsim.policy.spi.PolicyProvider;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds policy providers with {@link ServiceLoader}: on arsim's class path (the built-ins and any
 * jar added to it) and, with {@code --plugins DIR}, in every {@code *.jar} directly in that folder,
 * each jar in a {@link PluginClassLoader} of its own whose parent is arsim's loader (so plugins see
 * the SPI and core, and two jars with the same classes are two sources, not one shadowing the
 * other). Records the jar of each provider. A jar that cannot be read (corrupt, empty, no provider
 * declared) or a provider that cannot be loaded does not stop discovery: every failure is collected,
 * in words, and reported together when the catalog is built. Discovery only makes providers
 * available; a topology activates them by id.
 *
 * <p>This is the only place arsim calls {@code ServiceLoader.load(PolicyProvider.class)}; it reads
 * the plugin folder, so {@link Main} runs it before building the injector and hands the result to
 * {@link PolicyProvidersModule}.
 */
final class PolicyDiscovery {
  private static final Logger LOG = LoggerFactory.getLogger(PolicyDiscovery.class);
  private static final int MAX_ERRORS = 100;
  static final String SERVICES = "META-INF/services/io.arsim.policy.spi.PolicyProvider";
  private static final Pattern PROVIDER = Pattern.compile("Provider (\\S+) (.*)");

  /**
   * What discovery found.
   *
   * @param providers every provider that could be instantiated, with its origin
   * @param problems one sentence per provider or jar that could not be loaded
   * @param preferences the user's choices between providers of one id ({@code --prefer-plugin})
   */
  record Result(List<DiscoveredProvider> providers, List<String> problems, List<PolicyCatalog.Preference> preferences) {
    Result {
      providers = List.copyOf(providers);
      problems = List.copyOf(problems);
      preferences = List.copyOf(preferences);
    }

    Result(List<DiscoveredProvider> providers, List<String> problems) {
      this(providers, problems, List.of());
    }

    /** This result with the user's preferences. */
    Result preferring(List<PolicyCatalog.Preference> chosen) {
      return new Result(providers, problems, chosen);
    }
  }

  private PolicyDiscovery() {}

  /** Discovers providers on the class path and, when {@code pluginDir} is given, in its jars. */
  static Result discover(@Nullable Path pluginDir) {
    List<String> problems = new ArrayList<>();
    ClassLoader parent = PolicyDiscovery.class.getClassLoader();
    List<DiscoveredProvider> providers = new ArrayList<>();
    load(ServiceLoader.load(PolicyProvider.class, parent), null, "arsim's class path", providers, problems);
    if (pluginDir != null) {
      for (Path jar : jars(pluginDir, problems)) {
        if (!readable(jar, problems)) {
          continue;
        }
        URL url;
        try {
          url = jar.toUri().toURL();
        } catch (MalformedURLException e) {
          problems.add("plugin jar " + jar + " cannot be used: its path is not a valid location");
          continue;
        }
        // Not closed: plugin classes are used until the process ends.
        PluginClassLoader loader = new PluginClassLoader("arsim-plugin " + jar.getFileName(), url, parent);
        int before = providers.size();
        load(ServiceLoader.load(PolicyProvider.class, loader), loader, "plugin jar " + jar, providers, problems);
        LOG.debug("plugin jar {}: {} provider(s)", jar, providers.size() - before);
      }
    }
    LOG.debug("{} policy providers found{}", providers.size(), pluginDir == null ? "" : " (plugins: " + pluginDir + ")");
    return new Result(providers, problems);
  }

  /** Instantiates what {@code loader} finds; with a plugin's {@code own} loader, only its own classes. */
  @SuppressWarnings("rawtypes") // ServiceLoader of a generic service type
  private static void load(ServiceLoader<PolicyProvider> services, @Nullable ClassLoader own, String where,
      List<DiscoveredProvider> providers, List<String> problems) {
    Iterator<PolicyProvider> iterator = services.iterator();
    int errors = 0;
    while (errors < MAX_ERRORS) {
      try {
        if (!iterator.hasNext()) {
          break;
        }
        PolicyProvider<?> provider = iterator.next();
        if (own != null && provider.getClass().getClassLoader() != own) {
          errors++;
          problems.add(where + " lists " + provider.getClass().getName() + " in " + SERVICES + ", but that class is"
              + " not in the jar (arsim's class path has it); list the jar's own provider classes only");
          continue;
        }
        DiscoveredProvider found = DiscoveredProvider.locate(provider);
        providers.add(found);
        LOG.debug("policy provider {} {} from {}", safe(provider::id, provider), safe(provider::version, provider),
            found.displayOrigin());
      } catch (ServiceConfigurationError | LinkageError e) {
        errors++;
        LOG.debug("{}: a provider cannot be loaded", where, e);
        problems.add("a policy provider cannot be loaded from " + where + ": " + describe(e)
            + "; check the class named in " + SERVICES + " of its jar, its public no-argument constructor, and that it"
            + " was built against this arsim version");
      }
    }
  }

  /** What went wrong loading a provider, in words. */
  static String describe(Throwable e) {
    String message = String.valueOf(e.getMessage()).replace(PolicyProvider.class.getName() + ": ", "");
    Matcher provider = PROVIDER.matcher(message);
    Throwable cause = e.getCause();
    if (e instanceof UnsupportedClassVersionError || cause instanceof UnsupportedClassVersionError) {
      return "a class was compiled for a newer Java than this one (Java " + Runtime.version().feature() + ")";
    }
    if (e instanceof NoClassDefFoundError || cause instanceof NoClassDefFoundError) {
      Throwable missing = e instanceof NoClassDefFoundError ? e : cause;
      return "a class needs " + String.valueOf(missing.getMessage()).replace('/', '.') + ", which neither its jar nor"
          + " arsim has (a library the plugin should bundle, or another arsim version)";
    }
    if (!provider.matches()) {
      return message;
    }
    String name = provider.group(1);
    String what = provider.group(2);
    if (what.equals("not found")) {
      return "class " + name + " is not in the jar";
    }
    if (what.equals("not a subtype")) {
      return "class " + name + " does not implement " + PolicyProvider.class.getName();
    }
    if (what.startsWith("could not be instantiated") && cause != null) {
      return "the constructor of " + name + " failed (" + (cause.getMessage() == null || cause.getMessage().isBlank()
          ? "without saying why" : cause.getMessage()) + ")";
    }
    if (what.contains("no-arg constructor") || what.contains("public constructor")) {
      return "class " + name + " has no public constructor without arguments";
    }
    return "class " + name + " " + what;
  }

  private static String safe(java.util.function.Supplier<String> metadata, PolicyProvider<?> provider) {
    try {
      return metadata.get();
    } catch (RuntimeException | LinkageError e) {
      return provider.getClass().getName();
    }
  }

  /** Whether {@code jar} is a jar that declares providers; if not, says why in {@code problems}. */
  private static boolean readable(Path jar, List<String> problems) {
    try (JarFile file = new JarFile(jar.toFile())) {
      if (file.getEntry(SERVICES) == null) {
        problems.add("plugin jar " + jar + " declares no policy provider: it has no " + SERVICES + "; remove it"
            + " from the plugin folder (a plugin's own libraries belong inside its jar: docs/plugins.md)");
        return false;
      }
      return true;
    } catch (java.util.zip.ZipException e) {
      boolean empty = jar.toFile().length() == 0;
      problems.add("plugin jar " + jar + " cannot be read: " + (empty ? "it is empty (0 bytes)"
          : "it is not a valid jar (zip) file") + "; build it again or copy it again, or remove it from the folder");
      return false;
    } catch (IOException e) {
      problems.add("plugin jar " + jar + " cannot be read: " + (e instanceof java.nio.file.AccessDeniedException
          || e.getMessage() != null && e.getMessage().contains("Permission denied") ? "permission denied"
          : String.valueOf(e.getMessage())));
      return false;
    }
  }

  private static List<Path> jars(Path dir, List<String> problems) {
    if (!Files.isDirectory(dir)) {
      problems.add("plugin folder " + dir + (Files.exists(dir) ? " is not a folder" : " does not exist")
          + "; --plugins expects a folder holding plugin jars");
      return List.of();
    }
    List<Path> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path jar : files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList()) {
        if (Files.isRegularFile(jar)) {
          found.add(jar);
          LOG.debug("plugin jar {}", jar);
        } else {
          problems.add("plugin jar " + jar + " is not a regular file (a folder, a pipe or a device); remove it or"
              + " rename it");
        }
      }
    } catch (IOException e) {
      problems.add("plugin folder " + dir + " cannot be read: " + (e instanceof java.nio.file.AccessDeniedException
          ? "permission denied" : String.valueOf(e.getMessage())));
    }
    if (found.isEmpty()) {
      LOG.debug("no *.jar in plugin folder {}", dir);
    }
    return found;
  }

  /**
   * The values of the global {@code --prefer-plugin ID=JAR} option, read before picocli parses the
   * command line like {@link #pluginsOption}; values that are not {@code ID=JAR} are left to
   * picocli to report.
   */
  static List<PolicyCatalog.Preference> preferOptions(String[] args) {
    List<PolicyCatalog.Preference> preferences = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--")) {
        break;
      }
      String value = null;
      if (args[i].equals("--prefer-plugin") && i + 1 < args.length) {
        value = args[++i];
      } else if (args[i].startsWith("--prefer-plugin=")) {
        value = args[i].substring("--prefer-plugin=".length());
      }
      if (value != null) {
        try {
          preferences.add(PolicyCatalog.Preference.parse(value));
        } catch (IllegalArgumentException e) {
          // picocli reports it when it parses the option
        }
      }
    }
    return preferences;
  }

  /**
   * The value of the global {@code --plugins DIR} option ({@code --plugins DIR} or
   * {@code --plugins=DIR}), read before picocli parses the command line because the injector,
   * which the commands come from, needs the discovered providers. picocli parses the same option
   * again (it is declared on {@link ArsimCommand}) for help and errors.
   */
  static @Nullable Path pluginsOption(String[] args) {
    Path dir = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--")) {
        break;
      }
      if (args[i].equals("--plugins") && i + 1 < args.length) {
        dir = Path.of(args[++i]);
      } else if (args[i].startsWith("--plugins=")) {
        dir = Path.of(args[i].substring("--plugins=".length()));
      }
    }
    return dir;
  }
}
