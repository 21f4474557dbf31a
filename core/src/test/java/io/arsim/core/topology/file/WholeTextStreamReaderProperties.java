package io.arsim.core.topology.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * {@link WholeTextStreamReader} answers every request exactly as SnakeYAML's own
 * {@link StreamReader} does: the same code points ahead, the same prefixes, and the same index,
 * line and column after any sequence of moves, over text with every kind of line break, byte-order
 * marks and characters outside the BMP. Only the time it takes differs.
 */
class WholeTextStreamReaderProperties {

  /** One request to a reader: peek, prefix, forward or prefixForward, with a length. */
  record Step(int kind, int length) {}

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.of("a", "b", " ", "\t", ":", "-", "#", "\n", "\r", "\r\n", "\u0085",
        "\u2028", "\u2029", "\uFEFF", "é", "\uD83D\uDE00", "0", "'", "\"");
    return pieces.list().ofMaxSize(300).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 40))
        .as(Step::new).list().ofMaxSize(60);
  }

  @Property
  void behavesLikeSnakeYamlsReader(@ForAll("texts") String text, @ForAll("steps") List<Step> steps) {
    StreamReader expected = new StreamReader(text);
    WholeTextStreamReader actual = new WholeTextStreamReader(text);
    for (Step step : steps) {
      switch (step.kind()) {
        case 0 -> assertThat(actual.peek(step.length())).as("peek(%d)", step.length())
            .isEqualTo(expected.peek(step.length()));
        case 1 -> assertThat(actual.prefix(step.length())).as("prefix(%d)", step.length())
            .isEqualTo(expected.prefix(step.length()));
        case 2 -> {
          actual.forward(step.length());
          expected.forward(step.length());
        }
        default -> {
          // The scanner asks for prefixes without line breaks only.
          int length = 0;
          while (length < step.length() && !isBreak(expected.peek(length)) && expected.peek(length) != 0) {
            length++;
          }
          assertThat(actual.prefixForward(length)).isEqualTo(expected.prefixForward(length));
        }
      }
      assertThat(actual.peek()).isEqualTo(expected.peek());
      assertThat(actual.getIndex()).as("index").isEqualTo(expected.getIndex());
      assertThat(actual.getDocumentIndex()).as("document index").isEqualTo(expected.getDocumentIndex());
      assertThat(actual.getLine()).as("line").isEqualTo(expected.getLine());
      assertThat(actual.getColumn()).as("column").isEqualTo(expected.getColumn());
      Mark a = actual.getMark();
      Mark e = expected.getMark();
      assertThat(List.of(a.getIndex(), a.getLine(), a.getColumn()))
          .isEqualTo(List.of(e.getIndex(), e.getLine(), e.getColumn()));
    }
  }

  private static boolean isBreak(int c) {
    return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
  }
}
