package io.arsim.cli.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.arsim.cli.report.Block.Code;
import io.arsim.cli.report.Block.Diagram;
import io.arsim.cli.report.Block.Filter;
import io.arsim.cli.report.Block.Group;
import io.arsim.cli.report.Block.Link;
import io.arsim.cli.report.Block.Paragraph;
import io.arsim.cli.report.Block.Row;
import io.arsim.cli.report.Block.Table;
import io.arsim.cli.report.Block.Tone;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Writes a {@link ReportPage} as one self-contained HTML5 document: the style sheet and the script
 * are inline, the diagram is inline SVG, and a Content-Security-Policy forbids loading anything, so
 * the file opens the same with no network. Every text of the model is HTML-escaped; only
 * {@link SvgMarkup} goes in as it is. The same page gives the same bytes.
 */
@API(status = INTERNAL, since = "0.2")
public final class HtmlReportWriter {
  private static final String CSS = resource("report.css");
  private static final String SCRIPT = resource("report.js");

  private final StringBuilder out = new StringBuilder(1 << 16);

  private HtmlReportWriter() {}

  /** The HTML document of {@code page}. */
  public static String write(ReportPage page) {
    HtmlReportWriter writer = new HtmlReportWriter();
    writer.page(page);
    return writer.out.toString();
  }

  private void page(ReportPage page) {
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';"
            + " script-src 'unsafe-inline'; img-src data:\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"arsim report\">\n")
        .append("<title>").append(escape(page.title())).append(" - arsim design review</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<header>\n<h1>Design review: ")
        .append(escape(page.title())).append("</h1>\n<ul class=\"facts\">\n");
    page.facts().forEach(f -> out.append("<li>").append(escape(f)).append("</li>\n"));
    out.append("</ul>\n</header>\n<nav id=\"contents\">\n<h2>Contents</h2>\n<ol>\n");
    for (Section s : page.sections()) {
      out.append("<li><a href=\"#").append(s.id()).append("\">").append(escape(s.title())).append("</a>");
      count(s.summary());
      out.append("</li>\n");
    }
    out.append("</ol>\n</nav>\n<main>\n");
    for (Section s : page.sections()) {
      out.append("<section id=\"").append(s.id()).append("\">\n<h2>").append(escape(s.title()));
      count(s.summary());
      out.append("</h2>\n");
      blocks(s.blocks());
      out.append("</section>\n");
    }
    out.append("</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
  }

  private void count(String summary) {
    if (!summary.isEmpty()) {
      out.append(" <span class=\"count\">").append(escape(summary)).append("</span>");
    }
  }

  private void blocks(List<Block> blocks) {
    for (Block block : blocks) {
      if (block instanceof Paragraph p) {
        out.append("<p").append(toneClass(p.tone())).append('>').append(escape(p.text())).append("</p>\n");
      } else if (block instanceof Code c) {
        out.append("<pre>").append(escape(c.text())).append("</pre>\n");
      } else if (block instanceof Table t) {
        table(t);
      } else if (block instanceof Group g) {
        out.append("<details class=\"group\" id=\"").append(g.id()).append("\">\n<summary><span")
            .append(toneClass(g.tone())).append('>').append(escape(g.title())).append("</span>");
        count(g.detail());
        out.append("</summary>\n");
        blocks(g.blocks());
        out.append("</details>\n");
      } else if (block instanceof Filter f) {
        filter(f);
      } else if (block instanceof Diagram d) {
        diagram(d);
      }
    }
  }

  private void table(Table t) {
    out.append("<table").append(t.filterable() ? " class=\"filterable\"" : "").append(">\n");
    if (!t.caption().isEmpty()) {
      out.append("<caption>").append(escape(t.caption())).append("</caption>\n");
    }
    out.append("<thead><tr>");
    t.columns().forEach(c -> out.append("<th>").append(escape(c)).append("</th>"));
    out.append("</tr></thead>\n<tbody>\n");
    for (Row row : t.rows()) {
      out.append("<tr").append(toneClass(row.tone())).append('>');
      row.cells().forEach(c -> out.append("<td>").append(escape(c)).append("</td>"));
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private void filter(Filter f) {
    out.append("<div class=\"filter\" data-column=\"").append(escape(f.column())).append("\" data-label=\"")
        .append(escape(f.label())).append("\">\n<label>Search ").append(escape(f.label()))
        .append(" <input type=\"search\" class=\"filter-text\" placeholder=\"prefix, next hop, NIC...\"></label>\n")
        .append("<label>").append(escape(f.column())).append(" <select class=\"filter-choice\">")
        .append("<option value=\"\">any</option>");
    f.choices().forEach(c -> out.append("<option>").append(escape(c)).append("</option>"));
    out.append("</select></label>\n<span class=\"filter-count\" aria-live=\"polite\"></span>\n</div>\n");
  }

  private void diagram(Diagram d) {
    if (d.svg().isEmpty()) {
      out.append("<p class=\"warn\">").append(escape(d.note())).append("</p>\n")
          .append("<details class=\"group\" id=\"diagram-dot\" open>\n<summary>The diagram as Graphviz DOT text</summary>\n")
          .append("<pre>").append(escape(d.dot())).append("</pre>\n</details>\n");
    } else {
      out.append("<div class=\"diagram\">\n").append(d.svg().markup()).append("</div>\n");
    }
    if (!d.links().isEmpty()) {
      out.append("<p class=\"links\">Go to: ");
      for (Link link : d.links()) {
        out.append("<a href=\"#").append(link.target()).append("\">").append(escape(link.label())).append("</a> ");
      }
      out.append("</p>\n");
    }
  }

  private static String toneClass(Tone tone) {
    return tone == Tone.NORMAL ? "" : " class=\"" + tone.css() + "\"";
  }

  /** {@code text} with {@code & < > " '} as character references and control characters (but line breaks and
   * tabs) as U+FFFD; safe in element content and in quoted attributes. */
  public static String escape(String text) {
    StringBuilder escaped = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        // Control characters are not allowed in HTML text: show them as the replacement character.
        default -> c < 0x20 && c != '\n' && c != '\t' ? "\uFFFD" : null;
      };
      if (replacement != null && escaped == null) {
        escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (escaped != null) {
        if (replacement != null) {
          escaped.append(replacement);
        } else {
          escaped.append(c);
        }
      }
    }
    return escaped == null ? text : escaped.toString();
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReportWriter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
