package io.arsim.importer.nva.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/** The lines of a configuration file, for quoting them in messages. */
@API(status = INTERNAL, since = "0.2")
public final class ConfigLines {
  private final List<String> lines;

  public ConfigLines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
        out.add(text.substring(start, end));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    this.lines = out;
  }

  /** Line {@code line} (1-based) without surrounding spaces; empty when out of range. */
  public String text(int line) {
    return line >= 1 && line <= lines.size() ? lines.get(line - 1).strip() : "";
  }

  /** The text ready for the lexer: ends with a newline, so that every line, the last included, is complete. */
  public static String terminated(String text) {
    return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
  }
}
