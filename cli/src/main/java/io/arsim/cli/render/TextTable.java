package io.arsim.cli.render;

import java.util.ArrayList;
import java.util.List;

/** A plain text table with aligned columns, headers first, two spaces between columns. */
public final class TextTable {
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  public TextTable(String... headers) {
    this.headers = List.of(headers);
  }

  /** Adds a row; it must have one cell per header. */
  public TextTable row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
    }
    List<String> row = new ArrayList<>();
    for (Object cell : cells) {
      row.add(String.valueOf(cell));
    }
    rows.add(row);
    return this;
  }

  /** Whether the table has no rows. */
  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The table as text, each line ending with a line separator, trailing spaces trimmed. */
  public String render() {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headers.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, headers, widths);
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("-".repeat(width));
    }
    line(out, rule, widths);
    rows.forEach(r -> line(out, r, widths));
    return out.toString();
  }

  /**
   * The rows as tab-separated values, az CLI style: no header, one row per line, cells in column
   * order; tabs and line breaks inside a cell become spaces.
   */
  public String renderTsv() {
    return renderTsv(null);
  }

  /**
   * The rows as tab-separated values with {@code kind} as an extra first cell of every row (for
   * commands that print several tables), or without it when {@code kind} is null.
   */
  public String renderTsv(@org.jspecify.annotations.Nullable String kind) {
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      if (kind != null) {
        line.append(kind).append('\t');
      }
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          line.append('\t');
        }
        line.append(row.get(i).replaceAll("[\t\r\n]+", " "));
      }
      out.append(line).append(System.lineSeparator());
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      line.append(cells.get(i));
      if (i < cells.size() - 1) {
        line.append(" ".repeat(widths[i] - cells.get(i).length() + 2));
      }
    }
    out.append(line.toString().stripTrailing()).append(System.lineSeparator());
  }
}
