package io.arsim.cli;

import static io.arsim.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.arsim.cli.CliRun.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code arsim report} on the bundled examples, run as a user runs it (docs/report.md). */
class ReportCommandIT {
  private static final String S4 = "examples/s4-expressroute-without-as-override.yaml";
  private static final String S5 = "examples/s5-expressroute-with-as-override.yaml";
  private static final String S5_INTENTS = "examples/intents/s5-expressroute-with-as-override.yaml";

  @Test
  void s5WithIntentsAndDiffHoldsEverySection(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("s5.html");
    Result r = run("report", S5, "--intents", S5_INTENTS, "--diff", S4, "-O", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    String html = Files.readString(file);
    for (String id : new String[] {"overview", "diagram", "sessions", "route-servers", "nvas", "gateways",
        "effective-routes", "lint", "sweep", "intents", "diff"}) {
      assertThat(html).contains("<section id=\"" + id + "\">", "<li><a href=\"#" + id + "\">");
    }
    // The hub route server learns on-premises 172.16.0.0/16 from the ExpressRoute gateway over iBGP, with
    // the Microsoft edge's 12076 before the on-premises ASN (65050 in S5) and the gateway as next hop side.
    assertThat(html).contains("<caption>Learned from ergw-hub1/IN_0 (10.1.254.4, AS 65515): 3 routes</caption>")
        .containsPattern("<tr><td>172\\.16\\.0\\.0/16</td><td>[0-9.]+</td><td>10\\.1\\.254\\.4</td><td>IBgp</td>"
            + "<td>12076-65050</td><td>32768</td></tr>");
    // Each circuit link holds on-premises' prefix with on-premises' AS alone, and the hub VNets from the
    // gateways (AS 65515).
    String primary = group(html, "er-circuit/primary");
    assertThat(primary).contains("ExpressRoute circuit link (Microsoft edge), AS 12076",
        "<td>172.16.0.0/16</td><td>192.168.100.1</td><td></td><td>0</td><td>65050</td>",
        "<td>10.1.0.0/16</td><td>10.1.254.4</td><td></td><td>0</td><td>65515</td>");
    // S5's NVAs use as-override, so the spoke's NICs reach on-premises through them (facts 5).
    assertThat(group(html, "vm-spoke / vm-spoke-nic")).containsPattern(
        "<td>VirtualNetworkGateway</td><td>Active</td><td>172\\.16\\.0\\.0/16</td><td>VirtualNetworkGateway</td>"
            + "<td>10\\.1\\.1\\.4</td>");
    assertThat(html).contains("<td>held</td><td>spoke-reaches-onprem-through-an-nva</td>",
        "Intents <span class=\"count\">5 held, 0 broken</span>", "<div class=\"diagram\">\n<svg");
    // The diagram's nodes link to their groups: a speaker to its tables, a VM to its NIC.
    assertThat(html).contains("xlink:href=\"#node-nva1\"", "<details class=\"group\" id=\"node-nva1\">");
    Matcher vm = Pattern.compile("xlink:href=\"#(nic-vm-spoke-[a-z0-9-]+)\"").matcher(html);
    assertThat(vm.find()).isTrue();
    assertThat(html).contains("<details class=\"group\" id=\"" + vm.group(1) + "\">\n<summary><span>vm-spoke /");
  }

  @Test
  void s4WithDiffToS5ShowsTheMissingAsOverrideAndWhatItChanges(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("s4.html");
    Result r = run("report", S4, "--diff", S5, "--no-sweep", "-O", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    String html = Files.readString(file);
    // Without as-override, the route server drops paths holding its own ASN 65515 (facts 5): lint errors.
    assertThat(html).contains("<tr class=\"bad\"><td>error</td><td>missing-as-override</td><td>nva1 -&gt; rs-hub1</td>");
    // With it (S5), rs-spoke learns on-premises from nva1 with 65515 replaced by nva1's ASN 65001.
    assertThat(html).contains("<td>rs-spoke/IN_0</td><td>learned</td><td>nva1</td><td>172.16.0.0/16</td>"
        + "<td>gained</td><td>-</td><td>10.1.1.4 [65001 65001 12076 65050]</td>");
    assertThat(html).doesNotContain("<section id=\"sweep\">", "<section id=\"intents\">");
  }

  @Test
  void theSameInputGivesTheSameBytes(@TempDir Path dir) throws IOException {
    for (String svg : new String[] {"--no-svg", "--no-sweep"}) {
      Path a = dir.resolve("a.html");
      Path b = dir.resolve("b.html");
      assertThat(run("report", S5, "--intents", S5_INTENTS, svg, "-O", a.toString()).code()).isZero();
      assertThat(run("report", S5, "--intents", S5_INTENTS, svg, "-O", b.toString()).code()).isZero();
      assertThat(Files.readAllBytes(a)).as(svg).isEqualTo(Files.readAllBytes(b));
    }
  }

  @Test
  void withoutGraphvizTheDiagramIsItsDotText() {
    Result r = run("report", S5, "--no-svg", "--no-sweep");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("<!DOCTYPE html>").doesNotContain("<svg")
        .contains("<p class=\"warn\">No picture: --no-svg was given.",
            "<pre>digraph &quot;s5-expressroute-with-as-override&quot; {",
            "href=&quot;#node-nva1&quot;", "<p class=\"links\">Go to: ", "<a href=\"#node-nva1\">nva1</a>");
  }

  /** Names can hold anything; the page shows them as text and runs only its own script. */
  @Test
  void namesFromTheDesignAreEscaped(@TempDir Path dir) throws IOException {
    String evil = Files.readString(ExampleFiles.root().resolve("examples/s1-dual-homed-active-active.yaml"))
        .replace("name: s1-dual-homed-active-active", "name: \"<script>alert(1)</script> & 'q'\"")
        .replace("vm-spoke", "vm<img src=x onerror=alert(2)>");
    Path design = dir.resolve("evil.yaml");
    Files.writeString(design, evil);
    for (String svg : new String[] {"--no-svg", "--no-sweep"}) {
      Result r = run("report", design.toString(), svg);
      assertThat(r.code()).as(r.err()).isZero();
      String body = r.out().substring(r.out().indexOf("<body>"), r.out().lastIndexOf("<script>"));
      assertThat(body).doesNotContain("<script", "<img", "'q'")
          .contains("Design review: &lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;q&#39;</h1>",
              "vm&lt;img src=x onerror=alert(2)&gt;");
    }
  }

  @Test
  void badInputIsExit2WithTheFileNamed(@TempDir Path dir) {
    Result intents = run("report", S5, "--intents", dir.resolve("missing.yaml").toString());
    assertThat(intents.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(intents.err()).contains("missing.yaml", "no such file").doesNotContain("Exception", "\tat ");
    Result other = run("report", S5, "--diff", dir.resolve("other.yaml").toString());
    assertThat(other.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(other.err()).contains("other.yaml").doesNotContain("Exception", "\tat ");
    Result format = run("report", S5, "-f", "json");
    assertThat(format.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(format.err()).contains("-f json: arsim report prints html only");
    assertThat(dir.resolve("out.html")).doesNotExist();
  }

  /** The group whose summary starts with {@code title}, up to its end. */
  private static String group(String html, String title) {
    int start = html.indexOf("<summary><span>" + title + "</span>");
    assertThat(start).as("group " + title).isPositive();
    return html.substring(start, html.indexOf("</details>", start));
  }
}
