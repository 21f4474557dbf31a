package io.arsim.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats arsim prints a result in; {@code -f/--format} picks one (see {@link OutputOptions}).
 * A command lists the ones it supports with {@link Formats}; the first is its default.
 *
 * <p>For commands written before {@link OutputOptions}: {@link #requireTableOrJson} and
 * {@link #requireNotAz} still reject a format at run time, but a command that declares
 * {@link Formats} gets the same check (and the right help) without them.
 */
enum OutputFormat {
  /** Aligned text for people. */
  table("aligned text for people"),
  /** A JSON document with a documented, stable schema (docs/json.md). */
  json("one JSON document, docs/json.md"),
  /**
   * Tab-separated values like the az CLI's {@code --output tsv}: the rows of the command's table,
   * one per line, no header, no title, for {@code cut}, {@code awk} and shell loops.
   */
  tsv("the table's rows, tab-separated, no header"),
  /**
   * The JSON the az CLI prints for the same question ({@code az network routeserver peering
   * list-learned-routes}, {@code az network nic show-effective-route-table}...), so arsim's answer
   * can be diffed with a real deployment's (docs/json.md).
   */
  az("the JSON the az CLI prints for the same question"),
  /** Graphviz DOT text. */
  dot("Graphviz DOT text"),
  /** An SVG picture, drawn by Graphviz {@code dot}. */
  svg("an SVG picture, drawn by Graphviz `dot`"),
  /** A PNG picture, drawn by Graphviz {@code dot}; binary, so only into a file. */
  png("a PNG picture, drawn by Graphviz `dot`; needs -O FILE"),
  /** A topology file (what {@code arsim import} writes), docs/topology.md. */
  yaml("a topology file, docs/topology.md"),
  /** One self-contained HTML page ({@code arsim report}, docs/report.md). */
  html("one self-contained HTML page, docs/report.md");

  private final String meaning;

  OutputFormat(String meaning) {
    this.meaning = meaning;
  }

  /** What the format is, in a few words, for {@code --help}. */
  String meaning() {
    return meaning;
  }

  /** The format named {@code text}, in any case. */
  static Optional<OutputFormat> parse(String text) {
    for (OutputFormat format : values()) {
      if (format.name().equals(text.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /** "table, json or tsv". */
  static String list(List<OutputFormat> formats) {
    List<String> names = formats.stream().map(OutputFormat::name).toList();
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }

  /**
   * Rejects {@code tsv} and {@code az} in a command that prints no table and has no az twin.
   *
   * @throws UsageException when this is {@code tsv} or {@code az}
   */
  void requireTableOrJson(String command) {
    if (this != table && this != json) {
      throw new UsageException("arsim " + command + " has no " + this + " output; use -f table or -f json");
    }
  }

  /**
   * Rejects {@code az} in a command whose output has no az CLI twin.
   *
   * @throws UsageException when this is {@code az}
   */
  void requireNotAz(String command) {
    if (this == az) {
      throw new UsageException("arsim " + command + " has no az CLI twin, so it has no az output; use -f table, "
          + "json or tsv (az is for routes and effective-routes)");
    }
  }
}
