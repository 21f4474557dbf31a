package io.arsim.core.topology.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The linear-time YAML parser gives the same tokens, texts and locations as Jackson's stock YAML
 * parser, on every example design of the repository.
 */
class LinearYamlFactoryTest {

  private static List<String> tokens(JsonParser parser) throws IOException {
    List<String> out = new ArrayList<>();
    try (parser) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        out.add(token + " " + parser.getText() + " @" + parser.currentTokenLocation().getLineNr() + ":"
            + parser.currentTokenLocation().getColumnNr());
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      out.add("error " + e.getOriginalMessage() + " @" + e.getLocation().getLineNr() + ":"
          + e.getLocation().getColumnNr());
    }
    return out;
  }

  @Test
  void everyExampleParsesToTheSameTokensAsJacksonsOwnParser() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Examples.root().resolve("examples"))) {
      files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(20);
    LinearYamlFactory linear = (LinearYamlFactory) TopologyJson.factory(TopologyFormat.YAML, ReadLimits.defaults());
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(tokens(linear.parserFor(text))).as(file.toString())
          .isEqualTo(tokens(new YAMLFactory().createParser(text)));
    }
  }
}
