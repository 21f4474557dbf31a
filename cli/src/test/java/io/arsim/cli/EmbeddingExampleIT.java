package io.arsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the embedding example in {@code examples/embedding} in-process (javac against the class
 * path this test runs with: the engine, core, the policy SPI and the ExpressRoute extension, which
 * is what the example's pom gets from arsim's BOM) and runs its check on the reference scenarios:
 * the expected answers are the documented outcomes (shared scenarios S1, S4, S5).
 */
class EmbeddingExampleIT {
  private static final Path EXAMPLE = Path.of("..", "examples", "embedding");
  private static final Path EXAMPLES = Path.of("..", "examples");

  @TempDir static Path work;
  static Method check;

  @BeforeAll
  static void buildTheExample() throws Exception {
    Path classes = Files.createDirectories(work.resolve("classes"));
    List<String> sources;
    try (Stream<Path> files = Files.walk(EXAMPLE.resolve("src/main/java"))) {
      sources = files.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().toList();
    }
    List<String> args = new ArrayList<>(List.of("--release", "17", "-proc:none", "-d", classes.toString(),
        "-classpath", System.getProperty("java.class.path")));
    args.addAll(sources);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    int status = javac.run(null, new WriterStream(diagnostics), new WriterStream(diagnostics),
        args.toArray(String[]::new));
    assertThat(status).as("javac: %s", diagnostics).isZero();
    URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        EmbeddingExampleIT.class.getClassLoader());
    Class<?> type = loader.loadClass("com.example.arsim.embed.EffectiveRoutesCheck");
    check = type.getMethod("check", Path.class, String.class, io.arsim.core.net.Ipv4Prefix.class,
        PrintStream.class);
  }

  private static String run(String example, String vm, String prefix, int expectedCode) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      Object code = check.invoke(null, EXAMPLES.resolve(example), vm, io.arsim.core.net.Ipv4Prefix.parse(prefix), out);
      assertThat(code).as(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expectedCode);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void s1TheSpokeReachesTheDefaultRouteThroughBothNvas() throws Exception {
    assertThat(run("s1-dual-homed-active-active.yaml", "vm-spoke", "0.0.0.0/0", 0)).isEqualTo(String.join("\n",
        "vm-spoke -> 0.0.0.0: 0.0.0.0/0 VirtualNetworkGateway VirtualNetworkGateway 10.1.1.4",
        "vm-spoke -> 0.0.0.0: 0.0.0.0/0 VirtualNetworkGateway VirtualNetworkGateway 10.2.1.4",
        "OK: vm-spoke reaches 0.0.0.0/0 through BGP routes", ""));
  }

  @Test
  void theExpressRouteExtensionIsFoundOnTheClassPath() throws Exception {
    // S5: with as-override the spoke reaches on-premises through both NVAs (ECMP).
    assertThat(run("s5-expressroute-with-as-override.yaml", "vm-spoke", "172.16.0.0/16", 0))
        .contains("172.16.0.0/16 VirtualNetworkGateway VirtualNetworkGateway 10.1.1.4",
            "172.16.0.0/16 VirtualNetworkGateway VirtualNetworkGateway 10.2.1.4");
    // S4: without it the spoke route server drops on-premises; only the None system route is left.
    assertThat(run("s4-expressroute-without-as-override.yaml", "vm-spoke", "172.16.0.0/16", 1)).isEqualTo(
        String.join("\n", "vm-spoke -> 172.16.0.0: 172.16.0.0/12 Default None -",
            "FAIL: vm-spoke does not reach 172.16.0.0/16 through a BGP route", ""));
  }

  @Test
  void aBrokenDesignIsReportedNotThrown() throws Exception {
    Path broken = work.resolve("broken.yaml");
    Files.writeString(broken, "name: broken\nvirtualNetworks: 3\n");
    // An absolute path: resolving it against examples/ gives it unchanged.
    assertThat(run(broken.toAbsolutePath().toString(), "vm", "0.0.0.0/0", 2))
        .contains("broken.yaml").contains("virtualNetworks");
  }

  /** A javac diagnostics sink. */
  private static final class WriterStream extends OutputStream {
    private final StringWriter writer;

    WriterStream(StringWriter writer) {
      this.writer = writer;
    }

    @Override
    public void write(int b) throws IOException {
      writer.write(b);
    }
  }
}
