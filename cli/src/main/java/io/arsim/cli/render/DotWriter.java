package io.arsim.cli.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a Graphviz DOT graph deterministically: clusters, nodes and edges are emitted in sorted
 * order whatever order they were added in, ids are the quoted element names, and every label and
 * attribute value is escaped.
 */
public final class DotWriter {
  private final String name;
  private final Map<String, String> graphAttributes = new TreeMap<>();
  private final Map<String, Cluster> clusters = new TreeMap<>();
  private final Map<String, Map<String, String>> nodes = new TreeMap<>();
  private final Map<String, String> nodeCluster = new TreeMap<>();
  private final Map<String, Map<String, String>> edges = new TreeMap<>();

  private record Cluster(Map<String, String> attributes) {}

  public DotWriter(String name) {
    this.name = name;
  }

  /** Sets a graph-level attribute. */
  public DotWriter graph(String key, String value) {
    graphAttributes.put(key, value);
    return this;
  }

  /** Declares a cluster (a box around nodes) with its attributes. */
  public DotWriter cluster(String id, Map<String, String> attributes) {
    clusters.put(id, new Cluster(new TreeMap<>(attributes)));
    return this;
  }

  /** Declares a node, inside {@code cluster} when that is non-null; attributes merge. */
  public DotWriter node(String id, @org.jspecify.annotations.Nullable String cluster, Map<String, String> attributes) {
    nodes.computeIfAbsent(id, k -> new TreeMap<>()).putAll(attributes);
    if (cluster != null) {
      nodeCluster.put(id, cluster);
    }
    return this;
  }

  /** Whether a node was declared. */
  public boolean hasNode(String id) {
    return nodes.containsKey(id);
  }

  /** The declared nodes' ids, sorted. */
  public java.util.SortedSet<String> nodeIds() {
    return java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(nodes.keySet()));
  }

  /** Adds attributes to a declared node. */
  public DotWriter style(String id, Map<String, String> attributes) {
    Map<String, String> node = nodes.get(id);
    if (node != null) {
      node.putAll(attributes);
    }
    return this;
  }

  /**
   * Declares an edge; {@code key} distinguishes several edges between the same nodes, and edges
   * with the same key merge attributes.
   */
  public DotWriter edge(String from, String to, String key, Map<String, String> attributes) {
    edges.computeIfAbsent(quote(from) + " -> " + quote(to) + " " + key, k -> new TreeMap<>()).putAll(attributes);
    return this;
  }

  /** Adds attributes to an edge if it exists; returns whether it did. */
  public boolean styleEdge(String from, String to, String key, Map<String, String> attributes) {
    Map<String, String> edge = edges.get(quote(from) + " -> " + quote(to) + " " + key);
    if (edge == null) {
      return false;
    }
    edge.putAll(attributes);
    return true;
  }

  /** The DOT text, ending with a newline. */
  public String render() {
    StringBuilder out = new StringBuilder("digraph ").append(quote(name)).append(" {\n");
    graphAttributes.forEach((k, v) -> out.append("  ").append(k).append('=').append(quote(v)).append(";\n"));
    for (Map.Entry<String, Cluster> c : clusters.entrySet()) {
      out.append("  subgraph ").append(quote("cluster_" + c.getKey())).append(" {\n");
      c.getValue().attributes().forEach((k, v) -> out.append("    ").append(k).append('=').append(quote(v))
          .append(";\n"));
      for (Map.Entry<String, Map<String, String>> n : nodes.entrySet()) {
        if (c.getKey().equals(nodeCluster.get(n.getKey()))) {
          out.append("    ").append(quote(n.getKey())).append(attributes(n.getValue())).append(";\n");
        }
      }
      out.append("  }\n");
    }
    for (Map.Entry<String, Map<String, String>> n : nodes.entrySet()) {
      String cluster = nodeCluster.get(n.getKey());
      if (cluster == null || !clusters.containsKey(cluster)) {
        out.append("  ").append(quote(n.getKey())).append(attributes(n.getValue())).append(";\n");
      }
    }
    for (Map.Entry<String, Map<String, String>> e : edges.entrySet()) {
      String key = e.getKey();
      out.append("  ").append(key, 0, key.lastIndexOf(' ')).append(attributes(e.getValue())).append(";\n");
    }
    return out.append("}\n").toString();
  }

  private static String attributes(Map<String, String> attributes) {
    if (attributes.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    attributes.forEach((k, v) -> parts.add(k + "=" + quote(v)));
    return " [" + String.join(", ", parts) + "]";
  }

  /** A DOT quoted string: quotes and backslashes escaped, line breaks as DOT's centred {@code \n}. */
  public static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        out.append("\\\"");
      } else if (c == '\\') {
        out.append("\\\\");
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c != '\r') {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** Joins label lines with raw line breaks (escaped to DOT's {@code \n} on output). */
  public static String lines(String... lines) {
    return String.join("\n", lines);
  }
}
