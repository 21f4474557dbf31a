package io.arsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Renders the seed's ExpressRoute design to SVG with Graphviz; .ci/run installs graphviz. */
class DiagramRenderIT {

  private static boolean dotAvailable() {
    try {
      Process p = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (Exception e) {
      return false;
    }
  }

  @Test
  void rendersTheExpressRouteExampleToSvg(@TempDir Path dir) throws Exception {
    // .ci/run installs Graphviz, so under CI a missing `dot` is a failure, not a skip.
    if (System.getenv("CI") != null) {
      org.assertj.core.api.Assertions.assertThat(dotAvailable()).as("Graphviz `dot` on the PATH under CI").isTrue();
    }
    Assumptions.assumeTrue(dotAvailable(), "Graphviz `dot` is not on the PATH");
    Path svg = dir.resolve("s5.svg");
    String file = SchemaCommandTest.repositoryRoot().resolve("examples/s5-expressroute-with-as-override.yaml")
        .toString();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"diagram", file, "--format", "svg", "--output-file", svg.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document doc = factory.newDocumentBuilder().parse(svg.toFile());
    assertThat(doc.getDocumentElement().getLocalName() == null ? doc.getDocumentElement().getTagName()
        : doc.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(Files.readString(svg).replace("&#45;", "-")).contains("rs-spoke/IN_0", "rs-hub1/IN_1", "nva1", "nva2", "ergw-hub1/IN_0",
        "ergw-hub2/IN_1", "er-circuit/primary", "er-circuit/secondary", "onprem", "vm-spoke");
  }
}
