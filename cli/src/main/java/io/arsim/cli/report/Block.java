package io.arsim.cli.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/** What a section holds: text, tables, folded groups, preformatted text, a diagram, a filter. */
@API(status = INTERNAL, since = "0.2")
public sealed interface Block {

  /**
   * A paragraph of plain text (escaped on output).
   *
   * @param text the text
   * @param tone how it is coloured
   */
  record Paragraph(String text, Tone tone) implements Block {
    public Paragraph {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(tone, "tone");
    }

    /** A paragraph without colour. */
    public static Paragraph of(String text) {
      return new Paragraph(text, Tone.NORMAL);
    }
  }

  /**
   * Preformatted text, such as DOT source or a command line (escaped on output).
   *
   * @param text the text
   */
  record Code(String text) implements Block {
    public Code {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A table; {@code filterable} tables are narrowed by the {@link Filter} of their section.
   *
   * @param caption the caption above it, or empty
   * @param columns the column headings
   * @param rows the rows, each as long as {@code columns}
   * @param filterable whether the section's filter applies to it
   */
  record Table(String caption, List<String> columns, List<Row> rows, boolean filterable) implements Block {
    public Table {
      Objects.requireNonNull(caption, "caption");
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
      for (Row row : rows) {
        if (row.cells().size() != columns.size()) {
          throw new IllegalArgumentException("a row has " + row.cells().size() + " cells for " + columns.size()
              + " columns: " + row.cells());
        }
      }
    }
  }

  /**
   * A folded group ({@code <details>}) with an anchor: a diagram node links to it, and following
   * the link opens it.
   *
   * @param id the element id (see {@link ElementIds})
   * @param title the line shown while it is folded
   * @param detail a short note beside the title (a count), or empty
   * @param tone how the title is coloured
   * @param blocks what it holds
   */
  record Group(String id, String title, String detail, Tone tone, List<Block> blocks) implements Block {
    public Group {
      ElementIds.requireValid(id);
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(detail, "detail");
      Objects.requireNonNull(tone, "tone");
      blocks = List.copyOf(blocks);
    }
  }

  /**
   * A search box and a choice of one column's values that narrow the rows of the filterable tables
   * of the section it is in; groups left with no row are hidden.
   *
   * @param label what is searched ("routes")
   * @param column the heading of the column the choice applies to
   * @param choices the values to choose from, sorted
   */
  record Filter(String label, String column, List<String> choices) implements Block {
    public Filter {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(column, "column");
      choices = List.copyOf(choices);
    }
  }

  /**
   * The design's diagram.
   *
   * @param svg the SVG markup Graphviz drew, or empty when it could not be drawn
   * @param dot the DOT text it was drawn from
   * @param note why there is no picture (when {@code svg} is empty), or empty
   * @param links the nodes that link to a section, as (label, element id) pairs in order: the
   *     diagram's index, which works with or without the picture
   */
  record Diagram(SvgMarkup svg, String dot, String note, List<Link> links) implements Block {
    public Diagram {
      Objects.requireNonNull(svg, "svg");
      Objects.requireNonNull(dot, "dot");
      Objects.requireNonNull(note, "note");
      links = List.copyOf(links);
    }
  }

  /**
   * A link to an element of the page.
   *
   * @param label the text shown
   * @param target the element id it points at
   */
  record Link(String label, String target) {
    public Link {
      Objects.requireNonNull(label, "label");
      ElementIds.requireValid(target);
    }
  }

  /**
   * One table row.
   *
   * @param cells the cells' text (escaped on output)
   * @param tone how the row is coloured
   */
  record Row(List<String> cells, Tone tone) {
    public Row {
      cells = List.copyOf(cells);
      Objects.requireNonNull(tone, "tone");
    }

    /** A row without colour. */
    public static Row of(Object... cells) {
      return new Row(java.util.Arrays.stream(cells).map(String::valueOf).toList(), Tone.NORMAL);
    }

    /** A coloured row. */
    public static Row toned(Tone tone, Object... cells) {
      return new Row(java.util.Arrays.stream(cells).map(String::valueOf).toList(), tone);
    }
  }

  /** How a row, group or paragraph is coloured. */
  enum Tone {
    /** No colour. */
    NORMAL,
    /** Fine: an established session, an intent that holds. */
    GOOD,
    /** Worth a look: a warning. */
    WARN,
    /** Wrong: a session down, an error, a broken intent. */
    BAD;

    /** The CSS class, or empty. */
    String css() {
      return this == NORMAL ? "" : name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
