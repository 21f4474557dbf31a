package io.arsim.core.topology.file;

import java.io.Reader;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * SnakeYAML's character source over a whole document held in memory, in linear time.
 *
 * <p>SnakeYAML's own {@link StreamReader} reads 1,024 characters at a time and copies everything
 * from the start of the current token to the end of what it has read on every refill. A token
 * that does not end for a long time (a scalar, a comment or a run of spaces of several megabytes)
 * is therefore copied once per kilobyte: reading grows with the square of the token's length (a
 * 4 MB scalar took 15 seconds and 1.4 GB). This reader decodes the document's code points once
 * and answers every request from that array. It reproduces the line and column counting of
 * SnakeYAML 2.4 exactly (line breaks: LF, CR, CR LF, NEL, LS, PS; a byte-order mark takes no
 * column). The printable-character check SnakeYAML makes while reading is done before parsing, by
 * {@link DocumentParser}, where the offending character can be located.
 */
final class WholeTextStreamReader extends StreamReader {
  private final int[] text;
  private int pointer;
  private int index;
  private int documentIndex;
  private int line;
  private int column;

  WholeTextStreamReader(String text) {
    super(Reader.nullReader());
    this.text = text.codePoints().toArray();
  }

  /** The scanner asks for the mark of one position several times (token start and end, events). */
  private @Nullable Mark mark;

  @Override
  public Mark getMark() {
    if (mark == null || mark.getIndex() != index) {
      mark = new Mark("'reader'", index, line, column, text, pointer);
    }
    return mark;
  }

  @Override
  public void forward() {
    forward(1);
  }

  @Override
  public void forward(int length) {
    for (int i = 0; i < length && pointer < text.length; i++) {
      int c = text[pointer++];
      index++;
      documentIndex++;
      if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029'
          || (c == '\r' && pointer < text.length && text[pointer] != '\n')) {
        line++;
        column = 0;
      } else if (c != '\uFEFF') {
        column++;
      }
    }
  }

  @Override
  public int peek() {
    return pointer < text.length ? text[pointer] : '\0';
  }

  @Override
  public int peek(int offset) {
    return pointer + offset < text.length ? text[pointer + offset] : '\0';
  }

  @Override
  public String prefix(int length) {
    if (length == 0) {
      return "";
    }
    return new String(text, pointer, Math.max(0, Math.min(length, text.length - pointer)));
  }

  @Override
  public String prefixForward(int length) {
    String prefix = prefix(length);
    // As SnakeYAML: the scanner only asks for prefixes without line breaks here.
    pointer += length;
    index += length;
    documentIndex += length;
    column += length;
    return prefix;
  }

  @Override
  public int getColumn() {
    return column;
  }

  @Override
  public int getDocumentIndex() {
    return documentIndex;
  }

  @Override
  public void resetDocumentIndex() {
    documentIndex = 0;
  }

  @Override
  public int getIndex() {
    return index;
  }

  @Override
  public int getLine() {
    return line;
  }
}
