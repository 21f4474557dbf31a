package io.arsim.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arsim.cli.report.Block.Code;
import io.arsim.cli.report.Block.Diagram;
import io.arsim.cli.report.Block.Filter;
import io.arsim.cli.report.Block.Group;
import io.arsim.cli.report.Block.Link;
import io.arsim.cli.report.Block.Paragraph;
import io.arsim.cli.report.Block.Row;
import io.arsim.cli.report.Block.Table;
import io.arsim.cli.report.Block.Tone;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {
  private static final String EVIL = "<script>alert(1)</script> & \"q\" 'a' <img src=x onerror=alert(2)>";

  /** Every text of the model, wherever it goes, comes out as text: no element or attribute of its own. */
  @Test
  void escapesEveryTextOfTheModel() {
    ReportPage page = new ReportPage(EVIL, List.of(EVIL), List.of(new Section("s", EVIL, EVIL, List.of(
        Paragraph.of(EVIL), new Code(EVIL), new Filter(EVIL, EVIL, List.of(EVIL)),
        new Table(EVIL, List.of(EVIL), List.of(Row.of(EVIL)), true),
        new Group("g", EVIL, EVIL, Tone.BAD, List.of(Paragraph.of(EVIL))),
        new Diagram(SvgMarkup.none(), EVIL, EVIL, List.of(new Link(EVIL, "g")))))));
    String html = HtmlReportWriter.write(page);
    String body = html.substring(html.indexOf("<body>"), html.lastIndexOf("<script>"));
    assertThat(body).doesNotContain("<script>alert", "<img", "'a'", "\"q\"", "& ")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; &#39;a&#39; &lt;img src=x"
            + " onerror=alert(2)&gt;");
    assertThat(count(html, "<script")).as("only the report's own script").isEqualTo(1);
    assertThat(count(html, Pattern.quote("&lt;script&gt;alert(1)"))).as("every place the text went").isEqualTo(23);
  }

  @Test
  void controlCharactersBecomeTheReplacementCharacter() {
    assertThat(HtmlReportWriter.escape("a\u0000b\u001bc\td\ne")).isEqualTo("a\uFFFDb\uFFFDc\td\ne");
    assertThat(HtmlReportWriter.escape("plain")).isSameAs("plain");
  }

  @Test
  void oneSelfContainedDocumentThatLoadsNothing() {
    String html = HtmlReportWriter.write(new ReportPage("d", List.of(), List.of(new Section("s", "S", "",
        List.of(Paragraph.of("x"))))));
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").endsWith("</html>\n")
        .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
        .contains("<style>\n", "<script>\n");
    // Nothing fetched: no src, no stylesheet link, no absolute URL (but the XLink namespace's name).
    assertThat(html.replace("'http://www.w3.org/1999/xlink'", "")).doesNotContain(" src=", "<link", "http://", "https://", "//cdn");
  }

  @Test
  void sectionsAreListedInTheContentsAndAnchored() {
    String html = HtmlReportWriter.write(new ReportPage("d", List.of(), List.of(
        new Section("sessions", "BGP sessions", "2 sessions", List.of()),
        new Section("lint", "Lint findings", "", List.of()))));
    assertThat(html).contains("<li><a href=\"#sessions\">BGP sessions</a> <span class=\"count\">2 sessions</span></li>",
        "<li><a href=\"#lint\">Lint findings</a></li>", "<section id=\"sessions\">\n<h2>BGP sessions",
        "<section id=\"lint\">\n<h2>Lint findings</h2>");
    assertThat(html.indexOf("id=\"sessions\"")).isLessThan(html.indexOf("id=\"lint\""));
  }

  @Test
  void groupsFoldTablesUnderAnAnchorAndTonesBecomeClasses() {
    String html = HtmlReportWriter.write(new ReportPage("d", List.of(), List.of(new Section("s", "S", "", List.of(
        new Group("node-nva1", "nva1", "NVA, 4 prefixes", Tone.BAD, List.of(new Table("BGP table",
            List.of("Status", "Network"), List.of(Row.of("*>", "10.0.0.0/16"), Row.toned(Tone.WARN, "*", "10.0.0.0/16")),
            false))))))));
    assertThat(html).contains("<details class=\"group\" id=\"node-nva1\">\n<summary><span class=\"bad\">nva1</span>"
        + " <span class=\"count\">NVA, 4 prefixes</span></summary>",
        "<caption>BGP table</caption>", "<thead><tr><th>Status</th><th>Network</th></tr></thead>",
        "<tr><td>*&gt;</td><td>10.0.0.0/16</td></tr>", "<tr class=\"warn\"><td>*</td><td>10.0.0.0/16</td></tr>");
  }

  @Test
  void aFilterOffersTheColumnsValuesAndMarksItsTables() {
    String html = HtmlReportWriter.write(new ReportPage("d", List.of(), List.of(new Section("effective-routes", "E",
        "", List.of(new Filter("routes", "Source", List.of("Default", "User")),
            new Table("", List.of("Source"), List.of(Row.of("User")), true))))));
    assertThat(html).contains("<div class=\"filter\" data-column=\"Source\" data-label=\"routes\">",
        "<select class=\"filter-choice\"><option value=\"\">any</option><option>Default</option><option>User</option>"
            + "</select>", "<table class=\"filterable\">");
  }

  @Test
  void aDiagramWithoutPictureShowsItsDotTextAndTheNodeIndex() {
    String html = HtmlReportWriter.write(new ReportPage("d", List.of(), List.of(new Section("diagram", "Diagram", "",
        List.of(new Diagram(SvgMarkup.none(), "digraph \"a\" { \"x\" -> \"y\"; }", "No picture: Graphviz missing",
            List.of(new Link("nva1", "node-nva1"))))))));
    assertThat(html).contains("<p class=\"warn\">No picture: Graphviz missing</p>",
        "<pre>digraph &quot;a&quot; { &quot;x&quot; -&gt; &quot;y&quot;; }</pre>",
        "<p class=\"links\">Go to: <a href=\"#node-nva1\">nva1</a> </p>").doesNotContain("<svg");
  }

  @Test
  void aDiagramWithPictureInlinesTheSvg() {
    SvgMarkup svg = new SvgMarkup("<svg width=\"10pt\"><g><a xlink:href=\"#node-a\"><text>a</text></a></g></svg>\n");
    String html = HtmlReportWriter.write(new ReportPage("d", List.of(), List.of(new Section("diagram", "Diagram", "",
        List.of(new Diagram(svg, "digraph {}", "", List.of()))))));
    assertThat(html).contains("<div class=\"diagram\">\n<svg width=\"10pt\"><g><a xlink:href=\"#node-a\">")
        .doesNotContain("digraph");
  }

  @Test
  void theSamePageGivesTheSameBytes() {
    ReportPage page = new ReportPage("d", List.of("f"), List.of(new Section("s", "S", "1", List.of(
        new Table("", List.of("A", "B"), List.of(Row.of("1", "2"), Row.of("3", "4")), true)))));
    assertThat(HtmlReportWriter.write(page)).isEqualTo(HtmlReportWriter.write(page));
  }

  @Test
  void rejectsAModelThatCannotBeWritten() {
    assertThatThrownBy(() -> new Table("", List.of("A", "B"), List.of(Row.of("1")), false))
        .hasMessageContaining("1 cells for 2 columns");
    assertThatThrownBy(() -> new Section("has space", "S", "", List.of())).hasMessageContaining("not an element id");
    assertThatThrownBy(() -> new ReportPage("d", List.of(), List.of(new Section("a", "A", "", List.of()),
        new Section("a", "B", "", List.of())))).hasMessageContaining("distinct");
  }

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
