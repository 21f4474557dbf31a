package io.arsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.policy.catalog.DiscoveredProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds plugin jars in-process for the CLI tests: javac against the SPI and core classes the
 * tests run with (no arsim artifacts in a Maven repository needed), then a jar with a manifest.
 */
final class PluginJars {
  private PluginJars() {}

  /**
   * Compiles {@code sources} (file name to Java source) and writes them, with {@code resources}
   * (jar path to text), into {@code jar}.
   */
  static Path build(Path work, Path jar, String version, Map<String, String> sources, Map<String, String> resources)
      throws IOException {
    Path src = Files.createDirectories(work.resolve("src-" + jar.getFileName()));
    Path classes = Files.createDirectories(work.resolve("classes-" + jar.getFileName()));
    List<String> files = new ArrayList<>();
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = src.resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
      files.add(file.toString());
    }
    List<String> classPath = new ArrayList<>();
    for (Class<?> type : List.of(io.arsim.policy.spi.PolicyProvider.class, io.arsim.core.bgp.BgpRoute.class,
        org.jspecify.annotations.NullMarked.class, org.apiguardian.api.API.class,
        com.fasterxml.jackson.annotation.JsonProperty.class)) {
      classPath.add(DiscoveredProvider.location(type).orElseThrow().toString());
    }
    List<String> args = new ArrayList<>(List.of("--release", "17", "-proc:none", "-d", classes.toString(),
        "-classpath", String.join(java.io.File.pathSeparator, classPath)));
    args.addAll(files);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    int status = javac.run(null, null, new WriterStream(diagnostics), args.toArray(String[]::new));
    assertThat(status).as("javac: %s", diagnostics).isZero();
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, version);
    Files.createDirectories(jar.getParent());
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
      List<Path> compiled;
      try (var walk = Files.walk(classes)) {
        compiled = walk.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path file : compiled) {
        out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
      for (Map.Entry<String, String> resource : resources.entrySet()) {
        out.putNextEntry(new JarEntry(resource.getKey()));
        out.write(resource.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return jar;
  }

  /** javac diagnostics into a string. */
  private static final class WriterStream extends OutputStream {
    private final StringWriter target;

    WriterStream(StringWriter target) {
      this.target = target;
    }

    @Override
    public void write(int b) {
      target.write(b);
    }
  }
}
