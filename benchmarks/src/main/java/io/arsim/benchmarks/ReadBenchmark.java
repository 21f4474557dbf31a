package io.arsim.benchmarks;

import io.arsim.core.topology.Topology;
import io.arsim.core.topology.TopologyException;
import io.arsim.core.topology.file.ReadLimits;
import io.arsim.core.topology.file.TopologyFormat;
import io.arsim.core.topology.file.TopologyReader;
import io.arsim.core.topology.file.TopologyWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading large and hostile topology files (docs/robustness.md): the time of one
 * {@code TopologyReader.read} of a document held in memory, in a 1 GB heap ({@code -Xmx1g}: an
 * OutOfMemoryError fails the run). Inputs, each close to a limit of {@link ReadLimits#defaults()}:
 *
 * <ul>
 *   <li>{@code design-json}, {@code design-yaml}: the largest accepted design, a hub-and-spoke
 *       design ({@code ScaleGenerator}, 8 hubs, 5,900 dual-homed spokes, 2,000 prefixes per NVA)
 *       written as JSON (15.4 MB, just under the 16 MiB limit) or YAML;
 *   <li>{@code scalar-yaml}, {@code scalar-json}: a value of 1,048,576 characters, the longest
 *       accepted (a 4 MB YAML scalar took 15 s before the linear-time reader);
 *   <li>{@code token-yaml}: a 16 MB value without a space, refused as {@code value-too-long};
 *   <li>{@code comment-yaml}: a 16 MB comment line, accepted;
 *   <li>{@code aliases-yaml}: 50 aliases to a list of 1,999 values, just within the alias limits;
 *   <li>{@code laughs-yaml}: a "billion laughs" document, refused as {@code too-many-aliases}.
 * </ul>
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar ReadBenchmark -f 1 -wi 2 -i 5 -prof gc</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseParallelGC"})
@State(Scope.Benchmark)
public class ReadBenchmark {
  /** Which input; see the class comment. */
  @Param({"design-json", "design-yaml", "scalar-yaml", "scalar-json", "token-yaml", "comment-yaml",
      "aliases-yaml", "laughs-yaml"})
  public String input;

  private String name;
  private TopologyFormat format;
  private String text;
  private final TopologyReader reader = new TopologyReader();

  @Setup(Level.Trial)
  public void setUp() {
    format = input.endsWith("-json") ? TopologyFormat.JSON : TopologyFormat.YAML;
    name = input + (format == TopologyFormat.JSON ? ".json" : ".yaml");
    text = text(input, format);
    long bytes = text.getBytes(StandardCharsets.UTF_8).length;
    System.out.printf("%n%s: %,d bytes%n", name, bytes);
  }

  /** The text of {@code input}. */
  static String text(String input, TopologyFormat format) {
    int max = ReadLimits.DEFAULT_MAX_STRING_LENGTH;
    return switch (input) {
      case "design-json", "design-yaml" -> new TopologyWriter().write(largestDesign(), format);
      case "scalar-yaml" -> "name: x\ndescription: " + "a".repeat(max) + "\n";
      case "scalar-json" -> "{\"name\": \"x\", \"description\": \"" + "a".repeat(max) + "\"}";
      case "token-yaml" -> "name: x\ndescription: " + "a".repeat(16_000_000) + "\n";
      case "comment-yaml" -> "name: x\n#" + " x".repeat(8_000_000) + "\n";
      case "aliases-yaml" -> {
        StringBuilder out = new StringBuilder("name: x\nx-list: &list [");
        out.append("1, ".repeat(1998)).append("1]\n");
        for (int i = 0; i < ReadLimits.DEFAULT_MAX_ALIASES; i++) {
          out.append("x-").append(i).append(": *list\n");
        }
        yield out.toString();
      }
      case "laughs-yaml" -> {
        StringBuilder out = new StringBuilder("name: x\nx-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        String previous = "a";
        for (char level = 'b'; level <= 'i'; level++) {
          out.append("x-").append(level).append(": &").append(level).append(" [")
              .append(String.join(", ", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
          previous = String.valueOf(level);
        }
        yield out.toString();
      }
      default -> throw new IllegalArgumentException("unknown input " + input);
    };
  }

  /** The largest design the benchmarks read: about 15 MB of JSON. */
  static Topology largestDesign() {
    return ScaleGenerator.hubAndSpoke(8, 5_900, 2_000);
  }

  /**
   * Reads the input; returns the number of VNets read, or minus the number of problems when the
   * reader refuses it (as it must for {@code token-yaml} and {@code laughs-yaml}, and as the
   * aliases and comment inputs do for their unknown properties after reading them whole).
   */
  @Benchmark
  public int read() {
    try {
      return reader.read(name, format, text).topology().virtualNetworks().size();
    } catch (TopologyException e) {
      return -e.problems().size();
    }
  }
}
