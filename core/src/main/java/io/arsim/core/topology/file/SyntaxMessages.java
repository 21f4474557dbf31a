package io.arsim.core.topology.file;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Jackson's syntax errors in plain words, the one place every reader of JSON or YAML translates
 * them: {@code Unexpected character ('}' (code 125)): was expecting double-quote to start field name}
 * becomes "a '}' where a field name in double quotes was expected", and
 * {@code Illegal character ((CTRL-CHAR, code 0))} becomes "a control character (U+0000)". What is
 * not recognised keeps its words, without character codes and without the parser's source excerpt.
 *
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class SyntaxMessages {
  /** A character as Jackson describes one: {@code (CTRL-CHAR, code 0)} or {@code 'x' (code 120)}. */
  private static final String CHAR = "(\\(CTRL-CHAR, code (\\d+)\\)|'(.{1,2})' \\(code (\\d+)(?: / 0x[0-9a-fA-F]+)?\\))";
  private static final Pattern CHAR_ONLY = Pattern.compile(CHAR);
  private static final String VALUE = "a value (a string in double quotes, a number, a list, an object, true, false"
      + " or null)";
  private static final Pattern START = Pattern.compile(
      "\\s*\\((?:start marker at|for (\\w+) starting at) \\[Source: .*?line: (\\d+), column: (\\d+)\\]\\)");
  private static final Pattern SOURCE = Pattern.compile(
      "\\s*(?:at )?\\[Source: (?:.*?line: \\d+, column: \\d+\\]|[^\\]]*\\])");

  private record Rule(Pattern pattern, Function<MatchResult, String> words) {}

  private static final List<Rule> RULES = List.of(
      rule("^Unexpected character \\(" + CHAR + "\\): was expecting double-quote to start field name.*",
          m -> character(m) + " where a field name in double quotes was expected"),
      rule("^Unexpected character \\(" + CHAR + "\\): was expecting comma to separate Object entries.*",
          m -> character(m) + " where a ',' between the fields of an object, or the '}' that closes it, was"
              + " expected"),
      rule("^Unexpected character \\(" + CHAR + "\\): was expecting comma to separate Array entries.*",
          m -> character(m) + " where a ',' between the items of a list, or the ']' that closes it, was expected"),
      rule("^Unexpected character \\(" + CHAR + "\\): was expecting a colon to separate field name and value.*",
          m -> character(m) + " where the ':' between a field name and its value was expected"),
      rule("^Unexpected character \\(" + CHAR + "\\): expected a (?:valid )?value.*",
          m -> character(m) + " where " + VALUE + " was expected"),
      rule("^Unexpected character \\(" + CHAR + "\\): was expecting closing quote.*",
          m -> character(m) + " where the closing '\"' of a string was expected"),
      rule("^Unexpected character \\(" + CHAR + "\\) in numeric value.*",
          m -> character(m) + " inside a number"),
      rule("^Illegal character \\(" + CHAR + "\\): only regular white space.*",
          m -> character(m) + " between values, where only spaces, tabs and line breaks may stand"),
      rule("^Illegal unquoted character \\(" + CHAR + "\\): has to be escaped.*",
          m -> character(m) + " inside a string; write it escaped with a backslash (\\n, \\t, \\u0000)"),
      rule("^Unrecognized token '(.*)': was expecting.*",
          m -> "'" + m.group(1) + "' where " + VALUE + " was expected"),
      rule("^Unexpected end-of-input: expected close marker for (Object|Array)(?: \\(start marker at .*line: (\\d+),"
              + " column: (\\d+).*)?",
          m -> "the file ends inside " + (m.group(1).equals("Object") ? "an object" : "a list")
              + (m.group(2) == null ? "" : " opened at line " + m.group(2) + ", column " + m.group(3))
              + " (its closing " + (m.group(1).equals("Object") ? "'}'" : "']'") + " is missing)"),
      rule("^Unexpected end-of-input.*(?:quote|'\"'|VALUE_STRING|String value).*",
          m -> "the file ends inside a string (its closing '\"' is missing)"),
      rule("^Unexpected end-of-input.*", m -> "the file ends in the middle of a value"),
      rule("^Unexpected close marker '(.)': expected '(.)'.*",
          m -> "a '" + m.group(1) + "' where '" + m.group(2) + "' was expected (brackets do not match)"),
      rule("^Invalid UTF-8 (?:start|middle) byte (0x[0-9a-fA-F]+).*",
          m -> "byte " + m.group(1) + " is not part of a UTF-8 character (save the file as UTF-8)"));

  private SyntaxMessages() {}

  private static Rule rule(String regex, Function<MatchResult, String> words) {
    return new Rule(Pattern.compile(regex, Pattern.DOTALL), words);
  }

  /**
   * {@code parserMessage} (Jackson's {@code getOriginalMessage()}, or one line of it) in plain words.
   * Only its first line is used: the lines after it quote the source, which arsim reports as a
   * line and a column instead.
   */
  public static String plain(String parserMessage) {
    String first = parserMessage.strip().split("\n", 2)[0].strip();
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(first);
      if (m.matches()) {
        return rule.words().apply(m);
      }
    }
    String text = START.matcher(first).replaceAll("");
    text = SOURCE.matcher(text).replaceAll("");
    return CHAR_ONLY.matcher(text).replaceAll(m -> Matcher.quoteReplacement(character(m, 0)));
  }

  /** The character of a match whose first group is {@link #CHAR}. */
  private static String character(MatchResult m) {
    return character(m, 0);
  }

  private static String character(MatchResult m, int offset) {
    if (m.group(offset + 2) != null) {
      return String.format(Locale.ROOT, "a control character (U+%04X)", Integer.parseInt(m.group(offset + 2)));
    }
    int code = Integer.parseInt(m.group(offset + 4));
    if (code == 0xFEFF) {
      return "a byte order mark (U+FEFF)";
    }
    return "a '" + m.group(offset + 3) + "'";
  }
}
