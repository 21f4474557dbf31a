package io.arsim.importer.arm;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses the template expression language ("Syntax and expressions in ARM templates"): function
 * calls {@code name(arg, ...)} (names case-insensitive, user-defined ones {@code namespace.name}),
 * string literals in single quotes with {@code ''} for a quote, integers, {@code true}, {@code false}
 * and {@code null}, property access {@code .name} and index access {@code [expr]}.
 */
final class ExpressionParser {
  private final String text;
  private int at;

  private ExpressionParser(String text) {
    this.text = text;
  }

  /** Whether a JSON string is an expression: {@code [...]} but not the {@code [[...} escape. */
  static boolean isExpression(String value) {
    return value.length() >= 2 && value.charAt(0) == '[' && value.charAt(value.length() - 1) == ']'
        && value.charAt(1) != '[';
  }

  /** Parses the inside of {@code [...]}. */
  static Expr parse(String expression) {
    ExpressionParser parser = new ExpressionParser(expression);
    parser.skipSpace();
    if (parser.at >= expression.length()) {
      throw parser.error("the expression is empty", "write a function call between the brackets, e.g. "
          + "[parameters('name')], or start the string with [[ to mean a literal [");
    }
    Expr expr = parser.expression();
    parser.skipSpace();
    if (parser.at < expression.length()) {
      throw parser.error("unexpected `" + expression.substring(parser.at) + "` after the end of the expression",
          "check the parentheses and quotes");
    }
    return expr;
  }

  private Expr expression() {
    skipSpace();
    int start = at;
    Expr expr = primary();
    while (true) {
      skipSpace();
      if (peek('.')) {
        at++;
        skipSpace();
        int nameAt = at;
        String name = identifier();
        if (name.isEmpty()) {
          at = nameAt;
          throw error("expected a property name after `.`", "write .propertyName");
        }
        expr = new Expr.Member(expr, name, nameAt);
      } else if (peek('[')) {
        at++;
        Expr index = expression();
        skipSpace();
        expect(']');
        expr = new Expr.Index(expr, index, start);
      } else {
        return expr;
      }
    }
  }

  private Expr primary() {
    skipSpace();
    int start = at;
    if (at >= text.length()) {
      throw error("the expression ends too early", "check the parentheses and quotes");
    }
    char c = text.charAt(at);
    if (c == '\'') {
      return new Expr.Literal(TextNode.valueOf(string()), start);
    }
    if (c == '-' || Character.isDigit(c)) {
      return number();
    }
    String name = identifier();
    if (name.isEmpty()) {
      throw error("unexpected `" + c + "`", "expected a function call, a 'string' or a number");
    }
    skipSpace();
    if (peek('.')) {
      int save = at;
      at++;
      skipSpace();
      String member = identifier();
      skipSpace();
      if (!member.isEmpty() && peek('(')) {
        name = name + "." + member;
      } else {
        at = save;
      }
    }
    skipSpace();
    if (!peek('(')) {
      switch (name.toLowerCase(Locale.ROOT)) {
        case "true":
          return new Expr.Literal(BooleanNode.TRUE, start);
        case "false":
          return new Expr.Literal(BooleanNode.FALSE, start);
        case "null":
          return new Expr.Literal(NullNode.getInstance(), start);
        default:
          at = start;
          throw error("`" + name + "` is neither a function call nor a literal",
              "call it as a function, e.g. " + name + "(), or quote it as a string: '" + name + "'");
      }
    }
    at++;
    List<Expr> args = new ArrayList<>();
    skipSpace();
    if (peek(')')) {
      at++;
    } else {
      while (true) {
        args.add(expression());
        skipSpace();
        if (peek(',')) {
          at++;
          continue;
        }
        expect(')');
        break;
      }
    }
    return new Expr.Call(name.toLowerCase(Locale.ROOT), name, List.copyOf(args), start);
  }

  private String string() {
    int start = at;
    at++;
    StringBuilder out = new StringBuilder();
    while (at < text.length()) {
      char c = text.charAt(at++);
      if (c == '\'') {
        if (peek('\'')) {
          out.append('\'');
          at++;
        } else {
          return out.toString();
        }
      } else {
        out.append(c);
      }
    }
    at = start;
    throw error("the string starting here has no closing quote", "end it with ' (write '' for a quote inside it)");
  }

  private Expr number() {
    int start = at;
    if (peek('-')) {
      at++;
    }
    while (at < text.length() && Character.isDigit(text.charAt(at))) {
      at++;
    }
    String digits = text.substring(start, at);
    if (digits.equals("-")) {
      at = start;
      throw error("`-` must be followed by digits", "write a number such as -1");
    }
    if (at < text.length() && text.charAt(at) == '.') {
      at = start;
      throw error("decimal numbers are not part of the template language", "use an integer, or json('1.5')");
    }
    try {
      long value = Long.parseLong(digits);
      return new Expr.Literal(value == (int) value ? IntNode.valueOf((int) value) : LongNode.valueOf(value), start);
    } catch (NumberFormatException e) {
      at = start;
      throw error("the number " + digits + " is too large", "use a 64-bit integer");
    }
  }

  private String identifier() {
    int start = at;
    while (at < text.length()) {
      char c = text.charAt(at);
      if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
        at++;
      } else {
        break;
      }
    }
    return text.substring(start, at);
  }

  private void expect(char c) {
    skipSpace();
    if (!peek(c)) {
      String found = at >= text.length() ? "the end of the expression" : "`" + text.charAt(at) + "`";
      throw error("expected `" + c + "` but found " + found, "check the parentheses, commas and quotes");
    }
    at++;
  }

  private boolean peek(char c) {
    return at < text.length() && text.charAt(at) == c;
  }

  private void skipSpace() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private TemplateError error(String message, String fix) {
    return new TemplateError("bad-expression", message, fix, at);
  }
}
