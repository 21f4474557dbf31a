package io.arsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.policy.spi.PolicyProvider;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin jar's classes come from the jar even when its parent (arsim's class path) has classes
 * of the same names, and ServiceLoader sees only the jar's own providers: a plugin on the class
 * path and another version of it in the plugin folder are two providers, not one.
 */
class PluginClassLoaderIT {
  @TempDir Path work;

  private Path version(String name, String description) throws IOException {
    return PluginJars.build(work, work.resolve(name), "1", Map.of(
            "com/acme/TagProvider.java", """
                package com.acme;
                import io.arsim.policy.spi.*;
                public final class TagProvider implements PolicyProvider<TagConfig> {
                  @Override public String id() { return "acme.tag"; }
                  @Override public Class<TagConfig> configType() { return TagConfig.class; }
                  @Override public RoutingPolicy create(TagConfig c) { return (x, r) -> PolicyResult.accept(r); }
                  @Override public String description() { return "%s"; }
                }
                """.formatted(description),
            "com/acme/TagConfig.java", "package com.acme;\npublic record TagConfig() {}\n"),
        Map.of(PolicyDiscovery.SERVICES, "com.acme.TagProvider\n"));
  }

  @Test
  void theJarsOwnClassesWinOverTheClassPathsAndOnlyItsProvidersAreFound() throws IOException, ClassNotFoundException {
    URL onClassPath = version("tag-1.0.0.jar", "first").toUri().toURL();
    URL inFolder = version("tag-1.1.0.jar", "second").toUri().toURL();
    try (URLClassLoader classPath = new URLClassLoader(new URL[] {onClassPath}, getClass().getClassLoader());
         PluginClassLoader plugin = new PluginClassLoader("test", inFolder, classPath)) {
      @SuppressWarnings("rawtypes")
      List<PolicyProvider> fromClassPath = ServiceLoader.load(PolicyProvider.class, classPath).stream()
          .map(ServiceLoader.Provider::get).filter(p -> p.id().equals("acme.tag")).toList();
      @SuppressWarnings("rawtypes")
      List<PolicyProvider> fromJar = ServiceLoader.load(PolicyProvider.class, plugin).stream()
          .map(ServiceLoader.Provider::get).toList();
      assertThat(fromClassPath).singleElement().satisfies(p -> assertThat(p.description()).isEqualTo("first"));
      assertThat(fromJar).as("the jar's providers only, not the class path's built-ins").singleElement()
          .satisfies(p -> {
            assertThat(p.description()).isEqualTo("second");
            assertThat(p.getClass().getClassLoader()).isSameAs(plugin);
            assertThat(p.getClass()).isNotSameAs(fromClassPath.get(0).getClass());
          });
      assertThat(plugin.loadClass(PolicyProvider.class.getName())).as("the SPI is arsim's")
          .isSameAs(PolicyProvider.class);
    }
  }
}
