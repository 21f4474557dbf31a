package io.arsim.importer.arm;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * ARM's {@code format()}: .NET composite formatting ({@code String.Format}) of index items, with an
 * optional alignment and format string, and doubled braces for literal braces. Numeric format strings supported: {@code D}/{@code d} (digits), {@code N}/{@code n}
 * (group separators, invariant culture), {@code X}/{@code x} (hexadecimal); others are reported.
 */
final class Format {
  private Format() {}

  static String format(String pattern, List<JsonNode> args) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '{' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '{') {
        out.append('{');
        i += 2;
      } else if (c == '}' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '}') {
        out.append('}');
        i += 2;
      } else if (c == '{') {
        int end = pattern.indexOf('}', i);
        if (end < 0) {
          throw bad(pattern, "a { has no closing }");
        }
        out.append(item(pattern, pattern.substring(i + 1, end), args));
        i = end + 1;
      } else if (c == '}') {
        throw bad(pattern, "a } has no opening {");
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static String item(String pattern, String item, List<JsonNode> args) {
    String spec = "";
    int colon = item.indexOf(':');
    if (colon >= 0) {
      spec = item.substring(colon + 1);
      item = item.substring(0, colon);
    }
    int alignment = 0;
    int comma = item.indexOf(',');
    try {
      if (comma >= 0) {
        alignment = Integer.parseInt(item.substring(comma + 1).strip());
        item = item.substring(0, comma);
      }
      int index = Integer.parseInt(item.strip());
      if (index < 0 || index >= args.size()) {
        throw new TemplateError("wrong-argument", "format(): {" + index + "} refers to argument " + index
            + " but only " + args.size() + " value(s) follow the format string " + Values.show(
            Values.JSON.textNode(pattern)), "pass a value for every {n}, counting from 0");
      }
      String text = formatValue(args.get(index), spec, pattern);
      StringBuilder padded = new StringBuilder();
      for (int k = text.length(); k < Math.abs(alignment); k++) {
        padded.append(' ');
      }
      return alignment >= 0 ? padded + text : text + padded;
    } catch (NumberFormatException e) {
      throw bad(pattern, "{" + item + "} is not {index}, {index,alignment} or {index:format}");
    }
  }

  private static String formatValue(JsonNode value, String spec, String pattern) {
    if (spec.isEmpty()) {
      return Values.text(value);
    }
    if (!value.isIntegralNumber()) {
      throw bad(pattern, "format string `" + spec + "` applies to numbers, the value is " + Values.show(value));
    }
    char kind = spec.charAt(0);
    int precision = -1;
    if (spec.length() > 1) {
      try {
        precision = Integer.parseInt(spec.substring(1));
      } catch (NumberFormatException e) {
        throw bad(pattern, "format string `" + spec + "` is not supported");
      }
    }
    long n = value.longValue();
    switch (kind) {
      case 'D':
      case 'd': {
        String digits = Long.toString(Math.abs(n));
        StringBuilder out = new StringBuilder(n < 0 ? "-" : "");
        for (int k = digits.length(); k < precision; k++) {
          out.append('0');
        }
        return out.append(digits).toString();
      }
      case 'N':
      case 'n': {
        int decimals = precision < 0 ? 2 : precision;
        DecimalFormat format = new DecimalFormat("#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : ""),
            DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(new BigDecimal(n).setScale(decimals, RoundingMode.HALF_EVEN));
      }
      case 'X':
      case 'x': {
        String hex = Long.toHexString(n);
        hex = kind == 'X' ? hex.toUpperCase(Locale.ROOT) : hex;
        StringBuilder out = new StringBuilder();
        for (int k = hex.length(); k < precision; k++) {
          out.append('0');
        }
        return out.append(hex).toString();
      }
      default:
        throw new TemplateError("unsupported-function", "format(): the format string `" + spec
            + "` is not supported by arsim (supported: D, N, X)", "format the number with D, N or X");
    }
  }

  private static TemplateError bad(String pattern, String what) {
    return new TemplateError("wrong-argument", "format(): " + what + " in " + Values.show(Values.JSON.textNode(pattern)),
        "write {0}, {1}, ... for the values and {{ or }} for literal braces");
  }
}
