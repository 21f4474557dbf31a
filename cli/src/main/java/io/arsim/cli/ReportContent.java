package io.arsim.cli;

import io.arsim.cli.report.Block;
import io.arsim.cli.report.Block.Diagram;
import io.arsim.cli.report.Block.Filter;
import io.arsim.cli.report.Block.Group;
import io.arsim.cli.report.Block.Link;
import io.arsim.cli.report.Block.Paragraph;
import io.arsim.cli.report.Block.Row;
import io.arsim.cli.report.Block.Table;
import io.arsim.cli.report.Block.Tone;
import io.arsim.cli.report.Section;
import io.arsim.cli.report.SvgMarkup;
import io.arsim.core.problem.Problem;
import io.arsim.core.topology.NetworkInterface;
import io.arsim.core.topology.NetworkVirtualAppliance;
import io.arsim.core.topology.Topology.AttachedInterface;
import io.arsim.core.topology.VirtualMachine;
import io.arsim.engine.bgp.Node;
import io.arsim.engine.effective.EffectiveRoute;
import io.arsim.engine.effective.EffectiveRoutes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The report's overview, diagram and effective-route sections (docs/report.md); the speakers' are
 * {@link ReportSpeakers}', the checks' {@link ReportChecks}'.
 */
final class ReportContent {
  /** How the report draws the diagram: the DOT text to a picture, or why there is none. */
  interface Drawing {
    /** The SVG picture of {@code dot}, or none and why. */
    Picture draw(String dot);
  }

  /**
   * A drawn diagram.
   *
   * @param svg the picture, or empty
   * @param whyNot why there is no picture, or empty
   */
  record Picture(SvgMarkup svg, String whyNot) {
    static Picture none(String whyNot) {
      return new Picture(SvgMarkup.none(), whyNot);
    }
  }

  private final Design design;
  private final ReportIds ids;

  ReportContent(Design design, ReportIds ids) {
    this.design = design;
    this.ids = ids;
  }

  /** The results at a glance ({@code checks}) and the warnings reading the file gave. */
  Section overview(String file, List<Row> checks) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Table("", List.of("What", "Result"), checks, false));
    List<Problem> warnings = design.loaded().warnings();
    if (warnings.isEmpty()) {
      blocks.add(Paragraph.of("Reading " + file + " gave no warning."));
    } else {
      List<Row> rows = warnings.stream().map(w -> Row.toned(Tone.WARN, w.render())).toList();
      blocks.add(new Table("Warnings from reading " + file, List.of("Warning"), rows, false));
    }
    return new Section("overview", "Overview", "", blocks);
  }

  /**
   * The diagram ({@code arsim diagram}'s), each node linking to its group: a speaker to its tables, a
   * VM or an NVA without BGP to its NIC's effective routes.
   */
  Section diagram(Drawing drawing) {
    Map<String, String> links = new TreeMap<>();
    for (Node node : design.network().nodes()) {
      links.put(node.name(), ids.node(node.name()));
    }
    for (VirtualMachine vm : design.topology().virtualMachines()) {
      if (!vm.networkInterfaces().isEmpty()) {
        links.putIfAbsent(vm.name(), ids.nic(vm.name(), vm.networkInterfaces().get(0).name()));
      }
    }
    for (NetworkVirtualAppliance nva : design.topology().networkVirtualAppliances()) {
      if (!nva.networkInterfaces().isEmpty()) {
        links.putIfAbsent(nva.name(), ids.nic(nva.name(), nva.networkInterfaces().get(0).name()));
      }
    }
    Function<String, Optional<String>> href = id -> Optional.ofNullable(links.get(id)).map(t -> "#" + t);
    String dot = DesignDiagram.render(design, href);
    Picture picture = drawing.draw(dot);
    SvgMarkup svg = picture.svg();
    String note = svg.isEmpty() ? "No picture: " + picture.whyNot() + ". Below is the diagram as DOT text (paste it"
        + " into any Graphviz viewer); the links under it lead to each node's tables." : "";
    List<Link> index = new ArrayList<>();
    links.forEach((name, target) -> index.add(new Link(name, target)));
    return new Section("diagram", "Diagram", svg.isEmpty() ? "DOT text (Graphviz not found)"
        : "click a node for its tables", List.of(new Diagram(svg, dot, note, index)));
  }

  /** Every NIC's effective routes, one folded group per NIC, with a search box and a Source filter. */
  Section effectiveRoutes() {
    List<Block> blocks = new ArrayList<>();
    TreeSet<String> sources = new TreeSet<>();
    List<Block> groups = new ArrayList<>();
    int total = 0;
    for (AttachedInterface a : design.topology().allInterfaces()) {
      NetworkInterface nic = a.networkInterface();
      List<EffectiveRoute> routes = EffectiveRoutes.of(design.topology(), design.state(), nic);
      List<Row> rows = new ArrayList<>();
      for (EffectiveRoute r : routes) {
        String source = String.valueOf(r.source());
        sources.add(source);
        rows.add(r.active() ? Row.of(source, r.state(), r.prefix(), r.nextHopType(),
            r.nextHopAddress().map(Object::toString).orElse(""), r.origin())
            : Row.toned(Tone.WARN, source, r.state(), r.prefix(), r.nextHopType(),
                r.nextHopAddress().map(Object::toString).orElse(""), r.origin()));
      }
      total += rows.size();
      groups.add(new Group(ids.nic(a.owner(), nic.name()), a.owner() + " / " + nic.name(), (a.ownerIsNva() ? "NVA, "
          : "VM, ") + nic.subnet() + ", " + nic.privateIpAddress() + ", " + rows.size() + " routes", Tone.NORMAL,
          List.of(new Table("", List.of("Source", "State", "Address Prefix", "Next Hop Type", "Next Hop IP Address",
              "From"), rows, true))));
    }
    if (groups.isEmpty()) {
      return new Section("effective-routes", "Effective routes", "no NIC",
          List.of(Paragraph.of("The design has no VM or NVA NIC.")));
    }
    blocks.add(new Filter("routes", "Source", List.copyOf(sources)));
    blocks.addAll(groups);
    return new Section("effective-routes", "Effective routes", groups.size() + " NICs, " + total + " routes", blocks);
  }
}
