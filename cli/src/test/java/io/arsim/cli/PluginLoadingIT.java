package io.arsim.cli;

import static io.arsim.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.cli.CliRun.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugin loading that tells the truth, through the command line: jars built here from source
 * (two versions of one plugin, one whose metadata fails, one whose config type arsim cannot
 * bind, one built for another SPI, one whose config code fails), and jars that are not plugins.
 */
class PluginLoadingIT {
  private static final String SERVICES = "META-INF/services/io.arsim.policy.spi.PolicyProvider";

  @TempDir static Path work;
  static Path tag100;
  static Path tag110;
  static Path loud;
  static Path timed;
  static Path old;
  static Path careless;

  private static String provider(String pkg, String cls, String id, String config, String extra) {
    return """
        package %s;
        import io.arsim.policy.spi.*;
        public final class %s implements PolicyProvider<%s> {
          @Override public String id() { return "%s"; }
          @Override public Class<%s> configType() { return %s.class; }
          @Override public RoutingPolicy create(%s config) { return (c, r) -> PolicyResult.accept(r); }
          %s
        }
        """.formatted(pkg, cls, config, id, config, config, config, extra);
  }

  private static Path plugin(String jar, String version, String cls, String id, String configSource, String extra)
      throws IOException {
    String config = cls.replace("Provider", "Config");
    return PluginJars.build(work, work.resolve("built").resolve(jar), version, Map.of(
            "com/acme/" + cls + ".java", provider("com.acme", cls, id, config, extra),
            "com/acme/" + config + ".java", "package com.acme;\n" + configSource),
        Map.of(SERVICES, "com.acme." + cls + "\n"));
  }

  @BeforeAll
  static void buildThePlugins() throws IOException {
    String tagConfig = "public record TagConfig(String community) {}\n";
    tag100 = plugin("tag-1.0.0.jar", "1.0.0", "TagProvider", "acme.tag", tagConfig,
        "@Override public String description() { return \"first version\"; }");
    tag110 = plugin("tag-1.1.0.jar", "1.1.0", "TagProvider", "acme.tag", tagConfig,
        "@Override public String description() { return \"second version\"; }");
    loud = plugin("loud.jar", "1.0.0", "LoudProvider", "acme.loud", "public record LoudConfig() {}\n",
        "@Override public String description() { throw new IllegalStateException(\"no description today\"); }");
    timed = plugin("timed.jar", "1.0.0", "TimedProvider", "acme.timed",
        "public record TimedConfig(java.time.Duration timeout) {}\n", "");
    old = plugin("old.jar", "0.9.0", "OldProvider", "acme.old", "public record OldConfig() {}\n",
        "@Override public String spiVersion() { return \"0.1\"; }");
    careless = plugin("careless.jar", "1.0.0", "CarelessProvider", "acme.careless",
        "public record CarelessConfig(String site) { public CarelessConfig { site.length(); } }\n", "");
  }

  private static Path folder(String name, Path... jars) throws IOException {
    Path dir = Files.createDirectories(work.resolve(name));
    for (Path jar : jars) {
      Files.copy(jar, dir.resolve(jar.getFileName()));
    }
    return dir;
  }

  @Test
  void pluginsListsWhatLoadedAndEveryJarThatFailedWithItsReason() throws IOException {
    Path dir = folder("mixed", tag100, loud);
    Files.write(dir.resolve("corrupt.jar"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    Files.write(dir.resolve("empty.jar"), new byte[0]);
    try (var lib = new java.util.jar.JarOutputStream(Files.newOutputStream(dir.resolve("lib.jar")))) {
      lib.putNextEntry(new java.util.jar.JarEntry("com/acme/lib/Util.txt"));
      lib.write('x');
    }
    Result result = run("--plugins", dir.toString(), "plugins");
    assertThat(result.code()).as(result.err()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.out()).as("what loaded is still listed").contains("acme.tag").contains("as-override");
    assertThat(result.err())
        .contains(dir.resolve("loud.jar") + "): its description() failed (its code failed: no description today)")
        .contains("plugin jar " + dir.resolve("corrupt.jar") + " cannot be read: it is not a valid jar (zip) file")
        .contains("plugin jar " + dir.resolve("empty.jar") + " cannot be read: it is empty (0 bytes)")
        .contains("plugin jar " + dir.resolve("lib.jar") + " declares no policy provider")
        .doesNotContain("internal error").doesNotContain("Exception");
  }

  @Test
  void aDesignThatNeedsAPluginFromABrokenJarIsToldWhichJarAndWhy() throws IOException {
    Path dir = folder("broken-only", tag100);
    Files.write(dir.resolve("tag-1.2.0.jar"), new byte[0]);
    Path design = work.resolve("needs-tag.yaml");
    Files.writeString(design, "name: t\npolicies:\n  - {name: tag, type: acme.tag, config: {community: \"65001:1\"}}\n");
    Result result = run("--plugins", dir.toString(), "validate", design.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).contains("plugin jar " + dir.resolve("tag-1.2.0.jar") + " cannot be read: it is empty");
  }

  @Test
  void twoVersionsOfOnePluginAreReportedWithBothJarsAndTheUserChooses() throws IOException {
    Path dir = folder("two-versions", tag100, tag110);
    Result both = run("--plugins", dir.toString(), "plugins");
    assertThat(both.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(both.err()).contains("policy id \"acme.tag\" is provided twice")
        .contains(dir.resolve("tag-1.0.0.jar").toString()).contains(dir.resolve("tag-1.1.0.jar").toString())
        .contains("--prefer-plugin acme.tag=tag-1.0.0.jar");

    Result chosen = run("--plugins", dir.toString(), "--prefer-plugin", "acme.tag=tag-1.1.0.jar", "plugins");
    assertThat(chosen.code()).as(chosen.err()).isZero();
    assertThat(chosen.out()).containsPattern("acme\\.tag +1\\.1\\.0 +.*tag-1\\.1\\.0\\.jar +second version")
        .contains("Not used (--prefer-plugin chose another jar for the same id):")
        .contains("com.acme.TagProvider in " + dir.resolve("tag-1.0.0.jar"));

    Result wrong = run("--plugins", dir.toString(), "plugins", "--prefer-plugin", "acme.tag=tag-2.0.0.jar");
    assertThat(wrong.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(wrong.err()).contains("the preference acme.tag=tag-2.0.0.jar names no jar that provide \"acme.tag\"");
    assertThat(run("--prefer-plugin", "acme.tag", "plugins").err()).contains("is not ID=JAR");
  }

  @Test
  void aConfigTypeArsimCannotBindIsThePluginsDefectNamingTheJar() throws IOException {
    Path dir = folder("timed", timed);
    Result result = run("--plugins", dir.toString(), "plugins");
    assertThat(result.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).contains("com.acme.TimedProvider (" + dir.resolve("timed.jar") + "): arsim cannot bind"
            + " the config of \"acme.timed\": TimedConfig.timeout has type Duration, which arsim cannot read from a"
            + " topology file; this is a defect in the plugin")
        .contains("Config types");
  }

  @Test
  void aPluginBuiltForAnotherSpiIsRefusedWithWhatToDo() throws IOException {
    Path dir = folder("old", old);
    Result result = run("--plugins", dir.toString(), "plugins");
    assertThat(result.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).contains("plugin \"acme.old\" was built for SPI 0.1, but this arsim provides SPI 0.2;"
        + " rebuild the plugin against arsim-policy-spi 0.2");
  }

  @Test
  void aFailureInAPluginsConfigCodeIsItsDefectNeverNull() throws IOException {
    Path dir = folder("careless", careless);
    Path design = work.resolve("careless.yaml");
    Files.writeString(design, "name: t\npolicies:\n  - name: c\n    type: acme.careless\n    config: {}\n");
    Result result = run("--plugins", dir.toString(), "validate", design.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(result.err()).contains(design + ":5:13: error: policies[c].config: plugin acme.careless failed while"
            + " reading this config: its code met a missing value it did not expect [policy-failed]")
        .contains("this is a defect in the plugin, not in your design")
        .doesNotContain(": null").doesNotContain("NullPointer");
  }
}
