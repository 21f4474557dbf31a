package io.arsim.cli;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Enumeration;
import java.util.List;

/**
 * The class loader of one plugin jar. The plugin's own classes come from its jar first, so two
 * jars holding the same classes (two versions of one plugin) and a jar whose classes are also on
 * arsim's class path are loaded side by side, each with its own origin, and a duplicate id is seen
 * for what it is instead of one jar silently shadowing the other. What the plugin and arsim share
 * comes from arsim: the JDK, arsim's own classes (the SPI and core), Jackson's annotations (config
 * records carry them), SLF4J, JSpecify and API Guardian. ServiceLoader sees this jar's
 * {@code META-INF/services} files only.
 */
final class PluginClassLoader extends URLClassLoader {
  private static final List<String> SHARED = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.", "io.arsim.",
      "com.fasterxml.jackson.", "org.slf4j.", "org.jspecify.", "org.apiguardian.", "org.yaml.snakeyaml.");

  static {
    ClassLoader.registerAsParallelCapable();
  }

  PluginClassLoader(String name, URL jar, ClassLoader parent) {
    super(name, new URL[] {jar}, parent);
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    synchronized (getClassLoadingLock(name)) {
      Class<?> type = findLoadedClass(name);
      if (type == null) {
        if (SHARED.stream().anyMatch(name::startsWith)) {
          type = getParent().loadClass(name);
        } else {
          try {
            type = findClass(name);
          } catch (ClassNotFoundException notInTheJar) {
            type = getParent().loadClass(name);
          }
        }
      }
      if (resolve) {
        resolveClass(type);
      }
      return type;
    }
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    // ServiceLoader reads META-INF/services through this: the jar's own files only, so the
    // providers found through this loader are the jar's.
    return name.startsWith("META-INF/services/") ? findResources(name) : super.getResources(name);
  }
}
