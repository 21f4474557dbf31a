package io.arsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arsim.cli.schema.TopologySchema;
import io.arsim.core.topology.ExtensionKind;
import io.arsim.policy.catalog.DiscoveredProvider;
import io.arsim.policy.catalog.PolicyCatalog;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The documentation claims nothing the code lacks. In README.md and docs/*.md:
 *
 * <ul>
 *   <li>every problem code and lint rule in a table whose first column is headed "code" or "rule"
 *       is a string the main sources of some module hold;
 *   <li>every property in a table headed "Property" (the topology format) is a property of the
 *       topology schema {@code arsim schema} prints, and every property in a "property" or "entry
 *       property" table of plugins.md is a component of a built-in policy's config;
 *   <li>every {@code arsim} command line shown (in code spans, code blocks and examples) names a
 *       command arsim has, and only options that command (or arsim itself) has.
 * </ul>
 *
 * {@link DocsCommandsIT} runs the commands; this test checks what the text says about them.
 */
class DocsClaimsIT {
  private static final Pattern BACKQUOTED = Pattern.compile("`([^`]+)`");
  private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\"");
  /** A command line as docs show it: {@code arsim ...} or {@code ./arsim ...}, up to a comment. */
  private static final Pattern COMMAND = Pattern.compile("(?:\\./)?arsim((?:\\s+[^#\\s]+)+)\\s*(?:#.*)?");
  private static final Path ROOT = ExampleFiles.root();

  /** What the code has: problem codes and rule ids, schema properties, config components, commands. */
  record Code(Set<String> literals, Set<String> schemaProperties, Set<String> configProperties,
      CommandLine commands) {}

  static Code code() throws IOException {
    Set<String> literals = new TreeSet<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("src/main/java"))
          .filter(p -> !p.toString().contains("/target/")).toList()) {
        Matcher m = LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          literals.add(m.group(1));
        }
      }
    }
    var injector = com.google.inject.Guice.createInjector(Main.modules(PolicyDiscovery.discover(null)));
    List<ExtensionKind<?>> kinds = injector.getInstance(
        com.google.inject.Key.get(new com.google.inject.TypeLiteral<List<ExtensionKind<?>>>() {}));
    Set<String> schema = new TreeSet<>();
    properties(new ObjectMapper().readTree(new TopologySchema(kinds).render()), schema);
    Set<String> config = new TreeSet<>();
    for (DiscoveredProvider builtIn : PolicyCatalog.builtIns().providers().values()) {
      components(builtIn.provider().configType(), config);
    }
    CommandLine commands = Main.commandLine(injector);
    return new Code(literals, schema, config, commands);
  }

  private static void properties(JsonNode node, Set<String> out) {
    if (node.isObject()) {
      JsonNode properties = node.get("properties");
      if (properties != null && properties.isObject()) {
        properties.fieldNames().forEachRemaining(out::add);
      }
      node.forEach(child -> properties(child, out));
    } else if (node.isArray()) {
      node.forEach(child -> properties(child, out));
    }
  }

  private static void components(Type type, Set<String> out) {
    if (type instanceof ParameterizedType p) {
      for (Type argument : p.getActualTypeArguments()) {
        components(argument, out);
      }
    } else if (type instanceof Class<?> c && c.isRecord() && out.add("record:" + c.getName())) {
      for (RecordComponent component : c.getRecordComponents()) {
        out.add(component.getName());
        components(component.getGenericType(), out);
      }
    }
  }

  /** Every claim of {@code page} (its text) the code does not back, as "line: claim". */
  static List<String> unbacked(String page, String text, Code code) {
    List<String> problems = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    String table = null;
    boolean fenced = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String where = page + ":" + (i + 1) + ": ";
      if (line.startsWith("|")) {
        String[] cells = line.split("\\|", -1);
        String first = cells.length > 1 ? cells[1].strip() : "";
        if (i + 1 < lines.length && lines[i + 1].startsWith("|---")) {
          table = first.toLowerCase(java.util.Locale.ROOT);
        } else if (table != null && !line.startsWith("|---")) {
          Matcher name = BACKQUOTED.matcher(first);
          while (name.find()) {
            String claim = name.group(1);
            boolean backed = switch (table) {
              case "code", "rule" -> code.literals().contains(claim);
              case "property" -> page.endsWith("plugins.md") ? code.configProperties().contains(claim)
                  : code.schemaProperties().contains(claim);
              case "entry property" -> code.configProperties().contains(claim);
              default -> true;
            };
            if (!backed) {
              problems.add(where + table + " `" + claim + "`");
            }
          }
        }
      } else {
        table = null;
      }
      if (line.strip().startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      List<String> commands = new ArrayList<>();
      if (fenced) {
        commands.add(line.strip().replaceFirst("^\\$ ", ""));
      } else {
        Matcher span = BACKQUOTED.matcher(line);
        while (span.find()) {
          commands.add(span.group(1).strip());
        }
      }
      for (String command : commands) {
        Matcher m = COMMAND.matcher(command);
        if (m.matches()) {
          String claim = commandClaim(m.group(1).strip(), code.commands());
          if (claim != null) {
            problems.add(where + claim);
          }
        }
      }
    }
    return problems;
  }

  /** What is wrong with the command line {@code arsim words}, or null when arsim has it all. */
  static String commandClaim(String words, CommandLine root) {
    List<String> tokens = new ArrayList<>(List.of(words.replace("\\|", " ").replace("|", " ").replace("[", " ")
        .replace("]", " ").strip().split("\\s+")));
    CommandLine command = root;
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (token.isEmpty() || token.equals("...") || token.contains("<") || token.equals("\\")) {
        continue;
      }
      if (token.startsWith("-") && !token.equals("-")) {
        String name = token.contains("=") ? token.substring(0, token.indexOf('=')) : token;
        if (name.length() == 1 || name.equals("--")) {
          continue;
        }
        OptionSpec option = option(command, name);
        if (option == null) {
          return "arsim " + words + ": " + (command == root ? "arsim" : "arsim " + command.getCommandName())
              + " has no option " + name;
        }
        if (option.arity().max() > 0 && !token.contains("=")) {
          i++; // its value
        }
        continue;
      }
      if (command == root) {
        if (!root.getSubcommands().containsKey(token)) {
          return token.matches("[a-z][a-z-]*") ? "arsim " + words + ": no command " + token : null;
        }
        command = root.getSubcommands().get(token);
      } else if (command.getSubcommands().containsKey(token)) {
        command = command.getSubcommands().get(token); // nested commands: import arm|az|terraform
      }
    }
    return null;
  }

  private static OptionSpec option(CommandLine command, String name) {
    for (CommandLine c = command; c != null; c = c.getParent()) {
      OptionSpec option = c.getCommandSpec().findOption(name);
      if (option != null) {
        return option;
      }
    }
    return null;
  }

  @TestFactory
  Stream<DynamicTest> everyDocumentedCodePropertyCommandAndOptionExists() throws IOException {
    Code code = code();
    List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (DirectoryStream<Path> docs = Files.newDirectoryStream(ROOT.resolve("docs"), "*.md")) {
      docs.forEach(pages::add);
    }
    return pages.stream().sorted().map(page -> DynamicTest.dynamicTest(ROOT.relativize(page).toString(), () ->
        assertThat(unbacked(ROOT.relativize(page).toString(), Files.readString(page, StandardCharsets.UTF_8), code))
            .isEmpty()));
  }

  @Test
  void theCheckFindsClaimsTheCodeLacks() throws IOException {
    Code code = code();
    String page = """
        | Code | Sev. |
        |---|---|
        | `duplicate-name` | E |
        | `no-such-problem` | E |

        | Property | Type |
        |---|---|
        | `virtualNetworks` | list |
        | `hubs` | list |

        Run `arsim validate --strict design.yaml`, `arsim teleport design.yaml` or
        `arsim simulate design.yaml --no-such-option` or `arsim --plugins DIR plugins -o json`.
        """;
    assertThat(unbacked("docs/x.md", page, code)).containsExactly(
        "docs/x.md:4: code `no-such-problem`",
        "docs/x.md:9: property `hubs`",
        "docs/x.md:11: arsim teleport design.yaml: no command teleport",
        "docs/x.md:12: arsim simulate design.yaml --no-such-option: arsim simulate has no option --no-such-option");
    assertThat(Map.of("plugins", unbacked("docs/plugins.md", "| property | type |\n|---|---|\n| `count` | 1..10 |\n"
        + "| `counter` | x |\n", code))).containsEntry("plugins", List.of("docs/plugins.md:4: property `counter`"));
  }
}
