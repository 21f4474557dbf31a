package io.arsim.cli;

import io.arsim.cli.render.DotWriter;
import io.arsim.core.bgp.Asn;
import io.arsim.core.net.IpPrefix;
import io.arsim.core.net.Ipv4Address;
import io.arsim.core.net.Ipv4Prefix;
import io.arsim.core.topology.BranchSite;
import io.arsim.core.topology.LoadBalancer;
import io.arsim.core.topology.NetworkInterface;
import io.arsim.core.topology.NetworkVirtualAppliance;
import io.arsim.core.topology.Topology.AttachedInterface;
import io.arsim.core.topology.Topology;
import io.arsim.core.topology.Tunnel;
import io.arsim.core.topology.VirtualMachine;
import io.arsim.core.topology.VirtualNetwork;
import io.arsim.core.topology.VirtualNetworkPeering;
import io.arsim.engine.bgp.Candidate;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.bgp.NodeState;
import io.arsim.engine.bgp.Selection;
import io.arsim.engine.bgp.SessionState;
import io.arsim.engine.forwarding.Overlay;
import io.arsim.engine.trace.Branch;
import io.arsim.engine.trace.Hop;
import io.arsim.engine.trace.Trace;
import io.arsim.engine.trace.Tracer;
import io.arsim.policy.spi.SpeakerKind;
import io.arsim.engine.trace.Via;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
            + "DOT and SVG go to standard output unless --output-file is given; PNG needs --output-file. "
            + "SVG and PNG need Graphviz installed (Debian: apt-get install graphviz). See docs/diagrams.md."
    },
    footer = {
        "",
        "Examples:",
        "  arsim diagram examples/s1-dual-homed-active-active.yaml",
        "  arsim diagram examples/s6-route-limit.yaml",
        "  arsim diagram examples/s1-dual-homed-active-active.yaml \\",
        "      --highlight-trace vm-spoke:8.8.8.8",
        "  arsim diagram examples/s5-expressroute-with-as-override.yaml --prefix 172.16.0.0/16",
        "",
        "SVG or PNG (needs Graphviz): add --format svg --output-file s5.svg (docs/diagrams.md).",
        "",
        "Exit codes: 0 drawn, 2 bad input or Graphviz `dot` missing for svg/png."
    })
final class DiagramCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format { dot, svg, png }

  static final String DOT_MISSING =
      "Graphviz `dot` not found; install it (Debian: apt-get install graphviz) or use --format dot";

  @Spec CommandSpec spec;

  @Mixin DesignArguments args;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "dot",
      description = "dot (default), svg or png; svg and png run Graphviz `dot`.")
  Format format;

  @Option(names = "--output-file", paramLabel = "FILE",
      description = "Write the diagram to FILE (atomically) instead of standard output; required for png.")
  @Nullable Path outputFile;

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
    args.output.requireTableOrJson("diagram");
    if (format == Format.png && outputFile == null) {
      throw new UsageException("--format png needs --output-file FILE");
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
    String dot = render(design, trace, overlay);
    if (format == Format.dot) {
      emit(dot.getBytes(StandardCharsets.UTF_8));
    } else {
      emit(graphviz(dot, format.name()));
    }
    return ExitCodes.OK;
  }

  private void emit(byte[] content) throws IOException {
    if (outputFile != null) {
      AtomicFiles.write(outputFile, content);
    } else {
      spec.commandLine().getOut().print(new String(content, StandardCharsets.UTF_8));
      spec.commandLine().getOut().flush();
    }
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

  /** The DOT text of a design with its overlays; deterministic. */
  static String render(Design design, @Nullable Trace trace, @Nullable Ipv4Prefix overlay) {
    Topology topology = design.topology();
    DotWriter dot = new DotWriter(topology.name());
    String title = topology.name() + (trace == null ? "" : "\ntrace " + trace.from() + " -> " + trace.destination()
        + ": " + trace.summary()) + (overlay == null ? "" : "\nprefix " + overlay);
    dot.graph("label", title).graph("labelloc", "t").graph("fontname", "Helvetica").graph("compound", "true")
        .graph("rankdir", "LR").graph("nodesep", "0.4").graph("ranksep", "1.0");
    for (VirtualNetwork vnet : topology.virtualNetworks()) {
      dot.cluster(vnet.name(), Map.of("label", DotWriter.lines(vnet.name(), vnet.location(),
          String.join(", ", vnet.addressSpace().stream().map(Object::toString).toList())), "style", "rounded",
          "color", "gray30", "fontname", "Helvetica"));
      dot.node("vnet:" + vnet.name(), vnet.name(), Map.of("shape", "point", "style", "invis", "width", "0.01"));
    }
    // Speakers: route-server instances, NVAs, gateways, MSEE, on-premises.
    Map<String, Ipv4Address> addresses = new TreeMap<>();
    for (SessionState s : design.network().sessions()) {
      addresses.putIfAbsent(s.a(), s.aAddress());
      addresses.putIfAbsent(s.b(), s.bAddress());
    }
    for (Node node : design.network().nodes()) {
      Optional<NetworkVirtualAppliance> appliance = topology.networkVirtualAppliance(node.name())
          .filter(n -> !n.networkInterfaces().isEmpty());
      // A circuit's Microsoft edge link sits outside every VNet, even though the gateways reach it
      // at addresses in their GatewaySubnet: draw it outside, at its address toward on-premises.
      boolean edge = node.kind() == SpeakerKind.GATEWAY && node.asn().equals(Asn.MICROSOFT_EDGE);
      Ipv4Address address = edge ? node.routerId() : appliance.map(n -> n.networkInterfaces().get(0).privateIpAddress())
          .orElse(addresses.getOrDefault(node.name(), node.routerId()));
      String vnet = edge ? null : node.virtualNetworkName().or(() -> vnetOf(topology, address)).orElse(null);
      Optional<BranchSite> branch = topology.branch(node.name());
      Map<String, String> attributes = new TreeMap<>(Map.of("fontname", "Helvetica", "style", "filled"));
      String kind;
      switch (node.kind()) {
        case ROUTE_SERVER -> {
          kind = "route server";
          attributes.putAll(Map.of("shape", "box", "fillcolor", "#cfe2ff"));
        }
        case NVA -> {
          kind = "NVA";
          attributes.putAll(Map.of("shape", "box3d", "fillcolor", "#fff3bf"));
        }
        case GATEWAY -> {
          kind = edge ? "Microsoft edge (MSEE)" : "gateway";
          attributes.putAll(Map.of("shape", "hexagon", "fillcolor", "#e5dbff"));
        }
        default -> {
          kind = branch.isPresent() ? "branch" : "on-premises";
          attributes.putAll(Map.of("shape", "house", "fillcolor", "#d3f9d8"));
        }
      }
      Ipv4Address shown = branch.map(BranchSite::tunnelEndpoint).orElse(null) != null
          ? branch.get().tunnelEndpoint() : address;
      attributes.put("label", DotWriter.lines(node.name(), kind + ", AS " + node.asn(), String.valueOf(shown)));
      attributes.put("tooltip", node.name() + " (" + kind + ", owner " + node.owner() + ")");
      dot.node(node.name(), vnet, attributes);
    }
    for (NetworkVirtualAppliance nva : topology.networkVirtualAppliances()) {
      if (!dot.hasNode(nva.name()) && !nva.networkInterfaces().isEmpty()) {
        NetworkInterface nic = nva.networkInterfaces().get(0);
        dot.node(nva.name(), nic.subnet().virtualNetwork(), Map.of("shape", "box3d", "style", "filled",
            "fillcolor", "#fff3bf", "fontname", "Helvetica", "label",
            DotWriter.lines(nva.name(), "NVA, AS " + nva.asn(), nic.privateIpAddress().toString())));
      }
    }
    for (LoadBalancer lb : topology.loadBalancers()) {
      String id = "lb:" + lb.name();
      String vnet = topology.virtualNetwork(lb.frontend().subnet().virtualNetwork()).map(VirtualNetwork::name)
          .orElse(null);
      dot.node(id, vnet, Map.of("shape", "invtrapezium", "style", "filled", "fillcolor", "#e7f5ff", "fontname",
          "Helvetica", "label", DotWriter.lines(lb.name(), "internal load balancer",
              lb.frontend().privateIpAddress().toString(), lb.haPorts() ? "HA ports" : "port rules"),
          "tooltip", lb.name() + " (frontend " + lb.frontend().privateIpAddress() + ")"));
    }
    for (VirtualMachine vm : topology.virtualMachines()) {
      if (vm.networkInterfaces().isEmpty()) {
        continue;
      }
      NetworkInterface nic = vm.networkInterfaces().get(0);
      dot.node(vm.name(), nic.subnet().virtualNetwork(), Map.of("shape", "ellipse", "fontsize", "10",
          "fontname", "Helvetica", "label", DotWriter.lines(vm.name(), nic.privateIpAddress().toString())));
    }
    // VNet peerings: one dashed line per pair, labelled with the transit flags that are set.
    Map<String, List<String>> pairs = new TreeMap<>();
    for (VirtualNetwork vnet : topology.virtualNetworks()) {
      for (VirtualNetworkPeering p : vnet.virtualNetworkPeerings()) {
        if (topology.virtualNetwork(p.remoteVirtualNetwork()).isEmpty()) {
          continue;
        }
        String a = min(vnet.name(), p.remoteVirtualNetwork());
        String b = max(vnet.name(), p.remoteVirtualNetwork());
        List<String> flags = pairs.computeIfAbsent(a + "\u0000" + b, k -> new ArrayList<>());
        if (p.useRemoteGateways()) {
          flags.add(vnet.name() + ": useRemoteGateways");
        }
        if (p.allowGatewayTransit()) {
          flags.add(vnet.name() + ": allowGatewayTransit");
        }
      }
    }
    pairs.forEach((key, flags) -> {
      String a = key.substring(0, key.indexOf('\u0000'));
      String b = key.substring(key.indexOf('\u0000') + 1);
      Map<String, String> attributes = new TreeMap<>(Map.of("dir", "none", "style", "dashed", "color", "gray50",
          "ltail", "cluster_" + a, "lhead", "cluster_" + b, "fontname", "Helvetica", "fontsize", "9",
          "tooltip", "VNet peering " + a + " <-> " + b));
      attributes.put("label", flags.isEmpty() ? "peering" : DotWriter.lines(flags.stream().sorted().toArray(String[]::new)));
      dot.edge("vnet:" + a, "vnet:" + b, "peering", attributes);
    });
    // Load balancers to their backends; tunnels between NVAs and to branches.
    Map<String, String> nicOwners = new TreeMap<>();
    topology.allInterfaces().forEach(a -> nicOwners.putIfAbsent(a.networkInterface().name(), a.owner()));
    for (LoadBalancer lb : topology.loadBalancers()) {
      for (String backend : lb.backendPool()) {
        String owner = nicOwners.get(backend);
        if (owner != null && dot.hasNode(owner)) {
          dot.edge("lb:" + lb.name(), owner, "backend", Map.of("style", "dotted", "color", "steelblue",
              "arrowhead", "none", "fontname", "Helvetica", "fontsize", "9", "tooltip",
              "backend " + backend + " of " + lb.name()));
        }
      }
    }
    Overlay tunnels = Overlay.of(topology);
    for (NetworkVirtualAppliance nva : topology.networkVirtualAppliances()) {
      for (Tunnel tunnel : nva.tunnels()) {
        Overlay.TunnelEnd end = tunnels.end(nva.name(), tunnel.name()).orElseThrow();
        String far = end.farName();
        if (end.farKind() == Overlay.FarKind.NVA && far != null && end.farTunnel() != null
            && far.compareTo(nva.name()) < 0) {
          continue;
        }
        String to = far != null ? far : "outside:" + tunnel.remoteAddress();
        if (!dot.hasNode(to)) {
          dot.node(to, null, Map.of("shape", "plaintext", "fontname", "Helvetica", "fontsize", "10",
              "label", DotWriter.lines(tunnel.remoteAddress().toString(), "(outside the design)")));
        }
        String label = tunnel.name() + " (" + tunnel.type() + ")";
        Map<String, String> attributes = new TreeMap<>(Map.of("dir", "none", "penwidth", "3", "fontname", "Helvetica",
            "fontsize", "9", "style", "bold"));
        if (end.up()) {
          attributes.putAll(Map.of("color", "purple", "fontcolor", "purple", "label", label,
              "tooltip", "tunnel " + label + ": " + nva.name() + " - " + end.describeFar()));
        } else {
          attributes.putAll(Map.of("color", "red", "fontcolor", "red", "label", label + "\n" + wrap(
              String.valueOf(end.downReason()), 40), "tooltip", "tunnel " + label + " carries nothing: "
              + end.downReason()));
        }
        dot.edge(nva.name(), to, "tunnel", attributes);
      }
    }
    // BGP sessions.
    for (SessionState s : design.state().sessions()) {
      String a = min(s.a(), s.b());
      String b = max(s.a(), s.b());
      Map<String, String> attributes = new TreeMap<>(Map.of("dir", "none", "fontname", "Helvetica", "fontsize", "9"));
      if (s.up()) {
        attributes.putAll(Map.of("color", "green4", "tooltip", "BGP " + a + " <-> " + b + ": up"));
      } else {
        attributes.putAll(Map.of("color", "red", "fontcolor", "red", "penwidth", "2", "label", wrap(s.reason(), 40),
            "tooltip", "BGP " + a + " <-> " + b + ": down: " + s.reason()));
      }
      dot.edge(a, b, "bgp", attributes);
    }
    if (overlay != null) {
      for (Map.Entry<String, NodeState> e : design.state().nodes().entrySet()) {
        Selection selection = e.getValue().table().get(overlay);
        if (selection == null) {
          continue;
        }
        dot.style(e.getKey(), Map.of("color", "darkorange", "penwidth", "3"));
        for (Candidate best : selection.best()) {
          if (dot.hasNode(best.peer())) {
            dot.edge(best.peer(), e.getKey(), "prefix", Map.of("color", "darkorange", "penwidth", "2",
                "style", "bold", "constraint", "false", "arrowhead", "normal",
                "tooltip", e.getKey() + " selects " + overlay + " from " + best.peer()));
          }
        }
      }
    }
    if (trace != null) {
      for (Branch branch : trace.branches()) {
        List<Hop> hops = branch.hops();
        for (Hop hop : hops) {
          dot.style(hop.owner(), Map.of("color", "blue", "penwidth", "3"));
        }
        for (int i = 0; i + 1 < hops.size(); i++) {
          Via via = hops.get(i + 1).via();
          String from = hops.get(i).owner();
          if (via != null && via.kind() == Via.Kind.LOAD_BALANCER && dot.hasNode("lb:" + via.name())) {
            dot.style("lb:" + via.name(), Map.of("color", "blue", "penwidth", "3"));
            dot.edge(from, "lb:" + via.name(), "trace", Map.of("color", "blue", "penwidth", "3",
                "style", "bold", "constraint", "false", "tooltip", "trace hop"));
            from = "lb:" + via.name();
          }
          dot.edge(from, hops.get(i + 1).owner(), "trace", Map.of("color", "blue", "penwidth", "3",
              "style", "bold", "constraint", "false", "tooltip", via == null ? "trace hop" : via.detail()));
        }
        if (!hops.isEmpty()) {
          String end = dot.hasNode(branch.at()) ? branch.at() : "trace: " + branch.at();
          if (!dot.hasNode(end)) {
            dot.node(end, null, Map.of("shape", "note", "color", "blue", "fontcolor", "blue", "fontname", "Helvetica",
                "label", DotWriter.lines(branch.at(), branch.outcome().toString())));
          }
          if (!end.equals(hops.get(hops.size() - 1).owner())) {
            dot.edge(hops.get(hops.size() - 1).owner(), end, "trace", Map.of("color", "blue", "penwidth", "3",
                "style", "bold", "constraint", "false", "tooltip", branch.outcome() + ": " + branch.detail()));
          }
        }
      }
    }
    return dot.render();
  }

  private static Optional<String> vnetOf(Topology topology, Ipv4Address address) {
    for (VirtualNetwork vnet : topology.virtualNetworks()) {
      for (IpPrefix p : vnet.addressSpace()) {
        if (p instanceof Ipv4Prefix v4 && v4.contains(address)) {
          return Optional.of(vnet.name());
        }
      }
    }
    return Optional.empty();
  }

  private static String min(String a, String b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static String max(String a, String b) {
    return a.compareTo(b) <= 0 ? b : a;
  }

  static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder();
    int line = 0;
    for (String word : text.split(" ")) {
      if (line > 0 && line + word.length() + 1 > width) {
        out.append('\n');
        line = 0;
      } else if (line > 0) {
        out.append(' ');
        line++;
      }
      out.append(word);
      line += word.length();
    }
    return out.toString();
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
