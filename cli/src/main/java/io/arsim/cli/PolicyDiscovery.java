package io.arsim.cli;

import io.arsim.policy.catalog.DiscoveredProvider;
import io.arsim.policy.spi.PolicyProvider;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds policy providers with {@link ServiceLoader}: on arsim's class path (the built-ins and any
 * jar added to it) and, with {@code --plugins DIR}, in every {@code *.jar} directly in that folder,
 * loaded by one {@link URLClassLoader} whose parent is arsim's own loader (so plugins see the SPI
 * and core, and nothing is loaded twice). Records the jar of each provider. A provider that cannot
 * be loaded does not stop discovery: every failure is collected and reported together when the
 * catalog is built. Discovery only makes providers available; a topology activates them by id.
 *
 * <p>This is the only place arsim calls {@code ServiceLoader.load(PolicyProvider.class)}; it reads
 * the plugin folder, so {@link Main} runs it before building the injector and hands the result to
 * {@link PolicyProvidersModule}.
 */
final class PolicyDiscovery {
  private static final Logger LOG = LoggerFactory.getLogger(PolicyDiscovery.class);
  private static final int MAX_ERRORS = 100;

  /**
   * What discovery found.
   *
   * @param providers every provider that could be instantiated, with its origin
   * @param problems one sentence per provider or jar that could not be loaded
   */
  record Result(List<DiscoveredProvider> providers, List<String> problems) {
    Result {
      providers = List.copyOf(providers);
      problems = List.copyOf(problems);
    }
  }

  private PolicyDiscovery() {}

  /** Discovers providers on the class path and, when {@code pluginDir} is given, in its jars. */
  static Result discover(@Nullable Path pluginDir) {
    List<String> problems = new ArrayList<>();
    ClassLoader parent = PolicyDiscovery.class.getClassLoader();
    ClassLoader loader = parent;
    if (pluginDir != null) {
      List<URL> jars = jars(pluginDir, problems);
      if (!jars.isEmpty()) {
        // Not closed: plugin classes are used until the process ends.
        loader = new URLClassLoader("arsim-plugins", jars.toArray(URL[]::new), parent);
      }
    }
    List<DiscoveredProvider> providers = new ArrayList<>();
    @SuppressWarnings("rawtypes") // ServiceLoader of a generic service type
    Iterator<PolicyProvider> iterator = ServiceLoader.load(PolicyProvider.class, loader).iterator();
    int errors = 0;
    while (errors < MAX_ERRORS) {
      try {
        if (!iterator.hasNext()) {
          break;
        }
        DiscoveredProvider found = DiscoveredProvider.locate(iterator.next());
        providers.add(found);
        LOG.debug("policy provider {} {} from {}", safeId(found), found.provider().version(), found.displayOrigin());
      } catch (ServiceConfigurationError | LinkageError e) {
        errors++;
        problems.add("a policy provider cannot be loaded: " + e.getMessage()
            + (e.getCause() != null ? " (" + e.getCause() + ")" : "")
            + "; check the class named in META-INF/services/io.arsim.policy.spi.PolicyProvider of its jar,"
            + " its public no-argument constructor, and that it was built against this arsim version");
      }
    }
    LOG.debug("{} policy providers found{}", providers.size(), pluginDir == null ? "" : " (plugins: " + pluginDir + ")");
    return new Result(providers, problems);
  }

  private static String safeId(DiscoveredProvider found) {
    try {
      return found.provider().id();
    } catch (RuntimeException e) {
      return found.provider().getClass().getName();
    }
  }

  private static List<URL> jars(Path dir, List<String> problems) {
    if (!Files.isDirectory(dir)) {
      problems.add("plugin folder " + dir + (Files.exists(dir) ? " is not a folder" : " does not exist")
          + "; --plugins expects a folder holding plugin jars");
      return List.of();
    }
    List<URL> urls = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path jar : files.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p))
          .sorted().toList()) {
        try {
          urls.add(jar.toUri().toURL());
          LOG.debug("plugin jar {}", jar);
        } catch (MalformedURLException e) {
          problems.add("plugin jar " + jar + " cannot be used: " + e.getMessage());
        }
      }
    } catch (IOException e) {
      problems.add("plugin folder " + dir + " cannot be read: " + e.getMessage());
    }
    if (urls.isEmpty()) {
      LOG.debug("no *.jar in plugin folder {}", dir);
    }
    return urls;
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
