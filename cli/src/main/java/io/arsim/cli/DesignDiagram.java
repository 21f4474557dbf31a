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
import io.arsim.engine.trace.Via;
import io.arsim.policy.spi.SpeakerKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The DOT text of a converged design ({@code arsim diagram}, docs/diagrams.md), drawn layer by
 * layer: VNets, speakers, the machines that are not speakers, peerings, load-balancer backends,
 * tunnels, BGP sessions, then the overlays (a prefix, a trace). Deterministic: the same design
 * gives the same text.
 */
final class DesignDiagram {
  private static final String FONT = "Helvetica";

  private final Design design;
  private final Topology topology;
  private final DotWriter dot;

  private DesignDiagram(Design design, String title) {
    this.design = design;
    this.topology = design.topology();
    this.dot = new DotWriter(topology.name());
    dot.graph("label", title).graph("labelloc", "t").graph("fontname", FONT).graph("compound", "true")
        .graph("rankdir", "LR").graph("nodesep", "0.4").graph("ranksep", "1.0");
  }

  /** The DOT text of {@code design}, with a trace and a prefix overlaid when given. */
  static String render(Design design, @Nullable Trace trace, @Nullable Ipv4Prefix overlay) {
    return render(design, trace, overlay, id -> Optional.empty());
  }

  /**
   * The DOT text of {@code design} whose nodes link to {@code links.apply(node id)} where that is
   * present (an {@code href} in SVG output): the report's diagram.
   */
  static String render(Design design, java.util.function.Function<String, Optional<String>> links) {
    return render(design, null, null, links);
  }

  private static String render(Design design, @Nullable Trace trace, @Nullable Ipv4Prefix overlay,
      java.util.function.Function<String, Optional<String>> links) {
    String title = design.topology().name() + (trace == null ? "" : "\ntrace " + trace.from() + " -> "
        + trace.destination() + ": " + trace.summary()) + (overlay == null ? "" : "\nprefix " + overlay);
    DesignDiagram diagram = new DesignDiagram(design, title);
    diagram.virtualNetworks();
    diagram.speakers();
    diagram.machines();
    diagram.peerings();
    diagram.backends();
    diagram.tunnels();
    diagram.sessions();
    if (overlay != null) {
      diagram.prefix(overlay);
    }
    if (trace != null) {
      diagram.trace(trace);
    }
    for (String id : diagram.dot.nodeIds()) {
      links.apply(id).ifPresent(href -> diagram.dot.style(id, Map.of("href", href, "target", "_self")));
    }
    return diagram.dot.render();
  }

  /** One cluster per VNet (name, region, address space), with an invisible anchor for peerings. */
  private void virtualNetworks() {
    for (VirtualNetwork vnet : topology.virtualNetworks()) {
      dot.cluster(vnet.name(), Map.of("label", DotWriter.lines(vnet.name(), vnet.location(),
          String.join(", ", vnet.addressSpace().stream().map(Object::toString).toList())), "style", "rounded",
          "color", "gray30", "fontname", FONT));
      dot.node("vnet:" + vnet.name(), vnet.name(), Map.of("shape", "point", "style", "invis", "width", "0.01"));
    }
  }

  /** Speakers: route-server instances, NVAs, gateways, the Microsoft edge, on-premises and branches. */
  private void speakers() {
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
      String vnet = edge ? null : node.virtualNetworkName().or(() -> vnetOf(address)).orElse(null);
      Optional<BranchSite> branch = topology.branch(node.name());
      Map<String, String> attributes = new TreeMap<>(Map.of("fontname", FONT, "style", "filled"));
      String kind = speakerShape(node, edge, branch.isPresent(), attributes);
      Ipv4Address shown = branch.map(BranchSite::tunnelEndpoint).orElse(null) != null
          ? branch.get().tunnelEndpoint() : address;
      attributes.put("label", DotWriter.lines(node.name(), kind + ", AS " + node.asn(), String.valueOf(shown)));
      attributes.put("tooltip", node.name() + " (" + kind + ", owner " + node.owner() + ")");
      dot.node(node.name(), vnet, attributes);
    }
  }

  /** Puts the shape and colour of a speaker into {@code attributes}; returns its kind in words. */
  private static String speakerShape(Node node, boolean edge, boolean branch, Map<String, String> attributes) {
    switch (node.kind()) {
      case ROUTE_SERVER -> {
        attributes.putAll(Map.of("shape", "box", "fillcolor", "#cfe2ff"));
        return "route server";
      }
      case NVA -> {
        attributes.putAll(Map.of("shape", "box3d", "fillcolor", "#fff3bf"));
        return "NVA";
      }
      case GATEWAY -> {
        attributes.putAll(Map.of("shape", "hexagon", "fillcolor", "#e5dbff"));
        return edge ? "Microsoft edge (MSEE)" : "gateway";
      }
      default -> {
        attributes.putAll(Map.of("shape", "house", "fillcolor", "#d3f9d8"));
        return branch ? "branch" : "on-premises";
      }
    }
  }

  /** NVAs without a BGP speaker, internal load balancers and VMs, each in its VNet. */
  private void machines() {
    for (NetworkVirtualAppliance nva : topology.networkVirtualAppliances()) {
      if (!dot.hasNode(nva.name()) && !nva.networkInterfaces().isEmpty()) {
        NetworkInterface nic = nva.networkInterfaces().get(0);
        dot.node(nva.name(), nic.subnet().virtualNetwork(), Map.of("shape", "box3d", "style", "filled",
            "fillcolor", "#fff3bf", "fontname", FONT, "label",
            DotWriter.lines(nva.name(), "NVA, AS " + nva.asn(), nic.privateIpAddress().toString())));
      }
    }
    for (LoadBalancer lb : topology.loadBalancers()) {
      String vnet = topology.virtualNetwork(lb.frontend().subnet().virtualNetwork()).map(VirtualNetwork::name)
          .orElse(null);
      dot.node("lb:" + lb.name(), vnet, Map.of("shape", "invtrapezium", "style", "filled", "fillcolor", "#e7f5ff",
          "fontname", FONT, "label", DotWriter.lines(lb.name(), "internal load balancer",
              lb.frontend().privateIpAddress().toString(), lb.haPorts() ? "HA ports" : "port rules"),
          "tooltip", lb.name() + " (frontend " + lb.frontend().privateIpAddress() + ")"));
    }
    for (VirtualMachine vm : topology.virtualMachines()) {
      if (vm.networkInterfaces().isEmpty()) {
        continue;
      }
      NetworkInterface nic = vm.networkInterfaces().get(0);
      dot.node(vm.name(), nic.subnet().virtualNetwork(), Map.of("shape", "ellipse", "fontsize", "10",
          "fontname", FONT, "label", DotWriter.lines(vm.name(), nic.privateIpAddress().toString())));
    }
  }

  /** VNet peerings: one dashed line per pair, labelled with the transit flags that are set. */
  private void peerings() {
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
          "ltail", "cluster_" + a, "lhead", "cluster_" + b, "fontname", FONT, "fontsize", "9",
          "tooltip", "VNet peering " + a + " <-> " + b));
      attributes.put("label", flags.isEmpty() ? "peering" : DotWriter.lines(flags.stream().sorted().toArray(String[]::new)));
      dot.edge("vnet:" + a, "vnet:" + b, "peering", attributes);
    });
  }

  /** A dotted line from each load balancer to each backend it has a node for. */
  private void backends() {
    Map<String, String> nicOwners = new TreeMap<>();
    topology.allInterfaces().forEach(a -> nicOwners.putIfAbsent(a.networkInterface().name(), a.owner()));
    for (LoadBalancer lb : topology.loadBalancers()) {
      for (String backend : lb.backendPool()) {
        String owner = nicOwners.get(backend);
        if (owner != null && dot.hasNode(owner)) {
          dot.edge("lb:" + lb.name(), owner, "backend", Map.of("style", "dotted", "color", "steelblue",
              "arrowhead", "none", "fontname", FONT, "fontsize", "9", "tooltip",
              "backend " + backend + " of " + lb.name()));
        }
      }
    }
  }

  /** Tunnels between NVAs (drawn once per pair) and to branches or addresses outside the design. */
  private void tunnels() {
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
          dot.node(to, null, Map.of("shape", "plaintext", "fontname", FONT, "fontsize", "10",
              "label", DotWriter.lines(tunnel.remoteAddress().toString(), "(outside the design)")));
        }
        String label = tunnel.name() + " (" + tunnel.type() + ")";
        Map<String, String> attributes = new TreeMap<>(Map.of("dir", "none", "penwidth", "3", "fontname", FONT,
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
  }

  /** BGP sessions: green when up, red with the reason when down. */
  private void sessions() {
    for (SessionState s : design.state().sessions()) {
      String a = min(s.a(), s.b());
      String b = max(s.a(), s.b());
      Map<String, String> attributes = new TreeMap<>(Map.of("dir", "none", "fontname", FONT, "fontsize", "9"));
      if (s.up()) {
        attributes.putAll(Map.of("color", "green4", "tooltip", "BGP " + a + " <-> " + b + ": up"));
      } else {
        attributes.putAll(Map.of("color", "red", "fontcolor", "red", "penwidth", "2", "label", wrap(s.reason(), 40),
            "tooltip", "BGP " + a + " <-> " + b + ": down: " + s.reason()));
      }
      dot.edge(a, b, "bgp", attributes);
    }
  }

  /** The speakers whose table holds {@code overlay}, and an orange arrow from each selected next hop. */
  private void prefix(Ipv4Prefix overlay) {
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

  /** Each branch of {@code trace} in bold blue, through load balancers, to a note saying how it ends. */
  private void trace(Trace trace) {
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
          dot.edge(from, "lb:" + via.name(), "trace", traceEdge("trace hop"));
          from = "lb:" + via.name();
        }
        dot.edge(from, hops.get(i + 1).owner(), "trace", traceEdge(via == null ? "trace hop" : via.detail()));
      }
      if (!hops.isEmpty()) {
        traceEnd(branch, hops.get(hops.size() - 1).owner());
      }
    }
  }

  /** Where a trace branch ends: its last hop's node, or a note naming the place and the outcome. */
  private void traceEnd(Branch branch, String last) {
    String end = dot.hasNode(branch.at()) ? branch.at() : "trace: " + branch.at();
    if (!dot.hasNode(end)) {
      dot.node(end, null, Map.of("shape", "note", "color", "blue", "fontcolor", "blue", "fontname", FONT,
          "label", DotWriter.lines(branch.at(), branch.outcome().toString())));
    }
    if (!end.equals(last)) {
      dot.edge(last, end, "trace", traceEdge(branch.outcome() + ": " + branch.detail()));
    }
  }

  private static Map<String, String> traceEdge(String tooltip) {
    return Map.of("color", "blue", "penwidth", "3", "style", "bold", "constraint", "false", "tooltip", tooltip);
  }

  private Optional<String> vnetOf(Ipv4Address address) {
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

  /** {@code text} broken into lines of about {@code width} characters, between words. */
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
}
