package io.arsim.importer.nva.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.apiguardian.api.API;

/** Turns lexer and parser syntax errors into warnings at {@code file:line:column}; parsing goes on. */
@API(status = INTERNAL, since = "0.2")
public final class SyntaxErrorReporter extends BaseErrorListener {
  /** The code of a syntax-error warning. */
  public static final String SYNTAX_ERROR = "nva-syntax-error";

  private final ConfigReport report;
  private final ConfigLines lines;

  public SyntaxErrorReporter(ConfigReport report, ConfigLines lines) {
    this.report = report;
    this.lines = lines;
  }

  @Override
  public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
      String msg, RecognitionException e) {
    report.warn(SYNTAX_ERROR, line, charPositionInLine + 1,
        "\"" + lines.text(line) + "\" cannot be read at column " + (charPositionInLine + 1) + " (" + msg
            + "); the line is ignored",
        "check the line against the vendor's command reference");
  }
}
