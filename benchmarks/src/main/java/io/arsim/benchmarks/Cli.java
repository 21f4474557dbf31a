package io.arsim.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The few {@code --name value} options the benchmark mains take. */
final class Cli {
  private Cli() {}

  static Map<String, String> parse(String[] args, List<String> flags) {
    Map<String, String> options = new TreeMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument " + arg);
      }
      if (flags.contains(arg)) {
        options.put(arg, "true");
      } else if (i + 1 < args.length) {
        options.put(arg, args[++i]);
      } else {
        throw new IllegalArgumentException(arg + " needs a value");
      }
    }
    return options;
  }

  static int intOption(Map<String, String> options, String name, int fallback) {
    String value = options.get(name);
    return value == null ? fallback : Integer.parseInt(value.replace("_", "").replace(",", ""));
  }
}
