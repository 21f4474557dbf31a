package io.arsim.cli;

import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.Topology.AttachedInterface;
import io.arsim.engine.trace.Trace;
import io.arsim.engine.trace.Tracer;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code arsim diagram}: the design as a Graphviz graph, optionally with a trace or a prefix overlaid. */
@Command(
    name = "diagram",
    mixinStandardHelpOptions = true,
    description = {
        "Draws the design as a Graphviz diagram: DOT, or SVG/PNG through Graphviz `dot`.",
        "VNets are boxes (name, region, address space) holding their route-server instances, NVAs, VMs, "
            + "internal load balancers and gateways; branches sit outside; VNet peerings are dashed grey lines; "
            + "BGP sessions are solid lines, green when up and red with the reason when down; tunnels are bold "
            + "purple lines (red when they carry nothing); a load balancer has a dotted line to each backend. "
            + "--highlight-trace draws a trace's hops in bold blue; --prefix colours the "
            + "speakers holding the prefix and draws orange arrows from each speaker's selected next hops. "
            + "DOT and SVG go to standard output unless -O FILE is given; PNG needs -O FILE. "
            + "SVG and PNG need Graphviz installed (Debian: apt-get install graphviz). See docs/diagrams.md."
    },
    footer = {
        "",
        "Examples:",
        "  arsim diagram examples/s1-dual-homed-active-active.yaml",
        "  arsim diagram examples/s6-route-limit.yaml",
        "  arsim diagram examples/s1-dual-homed-active-active.yaml \\",
        "      --highlight-trace vm-spoke:8.8.8.8",
        "  arsim diagram examples/s5-expressroute-with-as-override.yaml \\",
        "      --prefix 172.16.0.0/16",
        "",
        "SVG or PNG (needs Graphviz): add -f svg -O s5.svg (docs/diagrams.md).",
        "",
        "Exit codes: 0 drawn, 2 bad input or Graphviz `dot` missing for svg/png."
    })
@Formats({OutputFormat.dot, OutputFormat.svg, OutputFormat.png})
final class DiagramCommand implements Callable<Integer> {

  static final String DOT_MISSING =
      "Graphviz `dot` not found; install it (Debian: apt-get install graphviz) or use -f dot";

  @Mixin DesignArguments args;

  @Option(names = "--highlight-trace", paramLabel = "FROM:TO",
      description = "Overlay the trace from a VM, NVA or NIC to an IPv4 address or a VM (e.g. vm-spoke:8.8.8.8).")
  @Nullable String highlightTrace;

  @Option(names = "--prefix", paramLabel = "PREFIX",
      description = "Overlay one prefix: the speakers whose table holds it and their selected next hops.")
  @Nullable String prefix;

  private final DesignLoader loader;

  @Inject
  DiagramCommand(DesignLoader loader) {
    this.loader = loader;
  }

  @Override
  public Integer call() throws IOException {
    OutputFormat format = args.format();
    if (format == OutputFormat.png && !args.output.toFile()) {
      throw new UsageException("-f png is a picture, not text; add -O FILE (e.g. -O design.png)");
    }
    Ipv4Prefix overlay = null;
    if (prefix != null) {
      try {
        overlay = Ipv4Prefix.parse(prefix);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--prefix: " + e.getMessage());
      }
    }
    Design design = loader.simulate(args.file, args.engine.settings());
    Trace trace = highlightTrace == null ? null : trace(design, highlightTrace);
    String dot = DesignDiagram.render(design, trace, overlay);
    args.output.write(format == OutputFormat.dot ? dot.getBytes(StandardCharsets.UTF_8) : graphviz(dot, format.name()));
    return ExitCodes.OK;
  }

  private static Trace trace(Design design, String spec) {
    int colon = spec.indexOf(':');
    if (colon <= 0 || colon == spec.length() - 1) {
      throw new UsageException("--highlight-trace: expected FROM:TO (e.g. vm-spoke:8.8.8.8), got \"" + spec + "\"");
    }
    Topology topology = design.topology();
    AttachedInterface source = TraceCommand.resolve(topology, spec.substring(0, colon));
    String to = spec.substring(colon + 1);
    Ipv4Address destination;
    if (to.matches("[0-9.]+")) {
      try {
        destination = Ipv4Address.parse(to);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--highlight-trace: " + e.getMessage());
      }
    } else {
      destination = TraceCommand.resolve(topology, to).networkInterface().privateIpAddress();
    }
    return new Tracer(topology, design.state()).trace(source, destination);
  }

  /** Runs Graphviz {@code dot -T<format>} on the DOT text, without a shell, for at most 30 s. */
  static byte[] graphviz(String dot, String format) throws IOException {
    Process process;
    try {
      process = new ProcessBuilder("dot", "-T" + format).redirectError(ProcessBuilder.Redirect.PIPE).start();
    } catch (IOException e) {
      throw new UsageException(DOT_MISSING);
    }
    CompletableFuture<byte[]> stdout = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
    CompletableFuture<byte[]> stderr = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
    try (OutputStream in = process.getOutputStream()) {
      in.write(dot.getBytes(StandardCharsets.UTF_8));
    }
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new UsageException("Graphviz `dot` did not finish within 30 s");
      }
      if (process.exitValue() != 0) {
        throw new UsageException("Graphviz `dot` failed (exit " + process.exitValue() + "): "
            + new String(stderr.get(), StandardCharsets.UTF_8).strip());
      }
      return stdout.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IOException("interrupted while waiting for Graphviz `dot`", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IOException("reading Graphviz `dot` output", e.getCause());
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      in.transferTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
