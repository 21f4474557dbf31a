package io.arsim.importer.nva.frr;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.arsim.importer.nva.NvaParseResult;
import io.arsim.importer.nva.NvaVendor;
import io.arsim.importer.nva.internal.ConfigLines;
import io.arsim.importer.nva.internal.ConfigReport;
import io.arsim.importer.nva.internal.NvaModelBuilder;
import io.arsim.importer.nva.internal.SyntaxErrorReporter;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.apiguardian.api.API;

/**
 * Reads an FRR configuration into the vendor-neutral model. Never fails on content: lines it does
 * not understand, syntax errors and invalid values become warnings in the result.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class FrrConfigParser {
  private FrrConfigParser() {}

  /**
   * Parses {@code text}, the content of {@code file}.
   *
   * @param file the file name as the user gave it, used in every location
   * @param text the configuration
   */
  public static NvaParseResult parse(String file, String text) {
    String input = ConfigLines.terminated(text);
    ConfigLines lines = new ConfigLines(input);
    ConfigReport report = new ConfigReport(file);
    FrrParser.Frr_configurationContext tree = parseTree(file, input, report, lines);
    NvaModelBuilder model = new NvaModelBuilder(file, NvaVendor.FRR, report);
    new FrrExtractor(model, lines).extract(tree);
    return model.build();
  }

  /** Fast SLL prediction first; when it cannot decide, the full LL parse with error reporting. */
  private static FrrParser.Frr_configurationContext parseTree(
      String file, String input, ConfigReport report, ConfigLines lines) {
    SyntaxErrorReporter errors = new SyntaxErrorReporter(report, lines);
    FrrLexer lexer = new FrrLexer(CharStreams.fromString(input, file));
    lexer.removeErrorListeners();
    lexer.addErrorListener(errors);
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    FrrParser parser = new FrrParser(tokens);
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    try {
      return parser.frr_configuration();
    } catch (ParseCancellationException e) {
      tokens.seek(0);
      parser.reset();
      parser.addErrorListener(errors);
      parser.setErrorHandler(new DefaultErrorStrategy());
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      return parser.frr_configuration();
    }
  }
}
