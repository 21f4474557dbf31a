package io.arsim.engine.intent;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import io.arsim.core.problem.Problem;
import io.arsim.core.problem.SourceLocation;
import io.arsim.core.problem.Suggestions;
import io.arsim.core.topology.TopologyException;
import io.arsim.core.topology.file.DocumentParser;
import io.arsim.core.topology.file.ParsedDocument;
import io.arsim.core.topology.file.ReadLimits;
import io.arsim.core.topology.file.TopologyFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reads an intents file (YAML or JSON, docs/intents.md) strictly: the text is parsed by core's
 * document parser (Jackson, within {@link ReadLimits}, every value located), then each key and
 * value is checked against the format. Every problem is reported at once, at
 * {@code file:line:column}, with the value, what was expected and how to fix it; names that need the
 * design (endpoints, waypoints, failures) are checked by {@link IntentChecker}. The engine reads no
 * files: the caller passes the text.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class IntentReader {
  private static final List<String> FILE_KEYS = List.of("$schema", "design", "description", "under",
      "intents");
  private static final List<String> INTENT_KEYS = List.of("name", "description", "from", "to", "expect", "through",
      "notThrough", "symmetric", "under", "failed");
  private static final List<String> EXPECTATIONS = List.of("reachable", "isolated");
  private static final List<String> SCOPES = List.of("none", "any-single-failure", "any-two-failures");

  private final ReadLimits limits;

  /** A reader with the default limits. */
  public IntentReader() {
    this(ReadLimits.defaults());
  }

  /** A reader within {@code limits}. */
  public IntentReader(ReadLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * Reads the intents file {@code fileName} holding {@code content}; its format comes from the
   * extension (.yaml, .yml, .json).
   *
   * @throws IntentsException listing every problem
   */
  public LoadedIntents read(String fileName, String content) {
    TopologyFormat format = TopologyFormat.ofFileName(fileName).orElseThrow(() -> new IntentsException(fileName,
        List.of(Problem.error("unknown-format", "", "cannot tell the format of \"" + fileName + "\" from its"
            + " extension", "name intents files *.yaml, *.yml or *.json").located(SourceLocation.ofFile(fileName), ""))));
    if (content.isBlank()) {
      throw new IntentsException(fileName, List.of(Problem.error("empty-file", "", "the file is empty",
          "an intents file needs `intents:`, a list of intents; see docs/intents.md").located(
              SourceLocation.ofFile(fileName), "")));
    }
    ParsedDocument document;
    try {
      document = DocumentParser.parse(fileName, format, content, limits);
    } catch (TopologyException e) {
      throw new IntentsException(fileName, e.problems());
    }
    JsonNode root = document.root().orElse(null);
    Binding binding = new Binding();
    IntentFile file = binding.file(root);
    LoadedIntents loaded = new LoadedIntents(fileName, file == null ? new IntentFile(null, null, null,
        FailureScope.NONE, List.of()) : file, document.locations());
    if (!binding.problems.isEmpty() || file == null) {
      throw new IntentsException(fileName, loaded.locate(binding.problems));
    }
    return loaded;
  }

  /** One pass over the tree: binds what is right, collects a problem for everything else. */
  private static final class Binding {
    private final List<Problem> problems = new ArrayList<>();

    private void error(String code, String pointer, String message, String fix) {
      problems.add(Problem.error(code, pointer, message, fix));
    }

    @Nullable IntentFile file(@Nullable JsonNode root) {
      if (root == null || root.isMissingNode() || root.isNull()) {
        error("empty-file", "", "the document holds no intents", "write `intents:` with a list of intents;"
            + " see docs/intents.md");
        return null;
      }
      if (!root.isObject()) {
        error("wrong-type", "", "expected the document to be a mapping with `intents` (and optionally `design`,"
            + " `description`, `under`), found " + kind(root), "start the file with `intents:`");
        return null;
      }
      unknownKeys(root, "", FILE_KEYS, "an intents file");
      String schema = text(root, "", "$schema", false);
      String design = text(root, "", "design", false);
      String description = text(root, "", "description", false);
      FailureScope under = root.has("under") ? scope(root.get("under"), "/under") : FailureScope.NONE;
      JsonNode list = root.get("intents");
      List<Intent> intents = new ArrayList<>();
      if (list == null) {
        error("missing-property", "", "required property `intents` is missing", "add `intents:` with a list of"
            + " intents, e.g. `- {name: spoke-reaches-internet, from: vm-spoke, to: internet}`");
      } else if (!list.isArray()) {
        error("wrong-type", "/intents", "expected a list of intents, found " + kind(list), "write each intent as a"
            + " list item: `- name: ...`");
      } else if (list.isEmpty()) {
        error("empty-intents", "/intents", "the list of intents is empty", "add at least one intent");
      } else {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
          JsonNode name = list.get(i).get("name");
          if (name != null && scalar(name) && !names.add(name.asText().strip())) {
            error("duplicate-name", "/intents/" + i + "/name", "two intents are named \"" + name.asText().strip() + "\"",
                "give every intent its own name");
          }
          Intent intent = intent(list.get(i), "/intents/" + i);
          if (intent != null) {
            intents.add(intent);
          }
        }
      }
      if (under == null) {
        return null;
      }
      return new IntentFile(schema, design, description, under, intents);
    }

    private @Nullable Intent intent(JsonNode node, String at) {
      if (!node.isObject()) {
        error("wrong-type", at, "expected an intent (a mapping with `name`, `from` and `to`), found " + kind(node)
            + value(node), "write `- {name: NAME, from: SOURCE, to: DESTINATION}`");
        return null;
      }
      int before = problems.size();
      unknownKeys(node, at, INTENT_KEYS, "an intent");
      String name = text(node, at, "name", true);
      if (name != null && name.isBlank()) {
        error("invalid-value", at + "/name", "the name is blank", "name the intent, e.g. spoke-reaches-onprem");
      }
      String description = text(node, at, "description", false);
      String from = text(node, at, "from", true);
      String to = text(node, at, "to", true);
      Expectation expect = Expectation.REACHABLE;
      if (node.has("expect")) {
        String e = text(node, at, "expect", false);
        if (e != null) {
          if (EXPECTATIONS.contains(e.toLowerCase(Locale.ROOT))) {
            expect = Expectation.valueOf(e.toUpperCase(Locale.ROOT));
          } else {
            error("invalid-value", at + "/expect", "expect is \"" + e + "\"; it is reachable or isolated",
                didYouMean(e, EXPECTATIONS, "write expect: reachable (every path gets there) or expect: isolated"
                    + " (none does)"));
          }
        }
      }
      List<String> through = names(node, at, "through");
      List<String> notThrough = names(node, at, "notThrough");
      for (String both : through) {
        if (notThrough.contains(both)) {
          error("conflicting-options", at + "/notThrough", "\"" + both + "\" is in both through and notThrough",
              "keep it in one of them");
        }
      }
      boolean symmetric = false;
      JsonNode s = node.get("symmetric");
      if (s != null) {
        if (s.isBoolean()) {
          symmetric = s.asBoolean();
        } else {
          error("wrong-type", at + "/symmetric", "expected true or false, found " + kind(s) + value(s),
              "write symmetric: true");
        }
      }
      if (expect == Expectation.ISOLATED) {
        for (String key : List.of("through", "notThrough", "symmetric")) {
          if (node.has(key) && !(key.equals("symmetric") && !symmetric)) {
            error("conflicting-options", at + "/" + key, "an isolated intent has no " + key + ": nothing may get"
                + " there, so no path has waypoints or a way back", "remove " + key + ", or expect: reachable");
          }
        }
      }
      FailureScope under = node.has("under") ? scope(node.get("under"), at + "/under") : null;
      List<String> failed = List.of();
      if (node.has("failed")) {
        failed = names(node, at, "failed");
        if (failed.isEmpty() && problems.size() == before) {
          error("invalid-value", at + "/failed", "the list of failed elements is empty", "name what fails, e.g."
              + " failed: [nva1], or remove failed");
        }
        if (node.has("under")) {
          error("conflicting-options", at + "/failed", "an intent has failed or under, not both: failed checks it in"
              + " one design with those elements failed, under with nothing failed and in each failure scenario",
              "remove one of them");
        }
      }
      if (problems.size() > before || name == null || from == null || to == null || (node.has("under")
          && under == null)) {
        return null;
      }
      return new Intent(name, description, from, to, expect, through, notThrough, symmetric, under, failed);
    }

    /** {@code under}: none, any-single-failure, any-two-failures, or a list of failures. */
    private @Nullable FailureScope scope(JsonNode node, String at) {
      if (node.isTextual()) {
        String t = node.asText().strip().toLowerCase(Locale.ROOT);
        return switch (t) {
          case "none" -> FailureScope.NONE;
          case "any-single-failure" -> new FailureScope(FailureScope.Kind.ANY_SINGLE_FAILURE, List.of());
          case "any-two-failures" -> new FailureScope(FailureScope.Kind.ANY_TWO_FAILURES, List.of());
          default -> {
            error("invalid-value", at, "under is \"" + node.asText() + "\"; it is none, any-single-failure,"
                + " any-two-failures or a list of failures", didYouMean(t, SCOPES, "write under: any-single-failure,"
                    + " or a list such as under: [nva1, [nva2, rs-spoke/IN_0]]"));
            yield null;
          }
        };
      }
      if (!node.isArray()) {
        error("wrong-type", at, "expected none, any-single-failure, any-two-failures or a list of failures, found "
            + kind(node) + value(node), "write under: any-single-failure, or under: [nva1]");
        return null;
      }
      if (node.isEmpty()) {
        error("invalid-value", at, "the list of failures is empty", "list at least one failure, or write under: none");
        return null;
      }
      List<List<String>> sets = new ArrayList<>();
      boolean ok = true;
      for (int i = 0; i < node.size(); i++) {
        JsonNode entry = node.get(i);
        String entryAt = at + "/" + i;
        if (scalar(entry)) {
          sets.add(List.of(entry.asText().strip()));
        } else if (entry.isArray() && !entry.isEmpty() && allScalar(entry)) {
          List<String> together = new ArrayList<>();
          entry.forEach(e -> together.add(e.asText().strip()));
          sets.add(together);
        } else {
          error("wrong-type", entryAt, "expected a failure (a name such as nva1, rs-spoke/IN_0 or vnet:hub1) or a"
              + " list of names that fail together, found " + kind(entry) + value(entry),
              "write - nva1, or - [nva1, rs-spoke/IN_0]");
          ok = false;
        }
      }
      return ok ? FailureScope.listed(sets) : null;
    }

    /** A string property; reports a missing required one and a value of another type. */
    private @Nullable String text(JsonNode node, String at, String key, boolean required) {
      JsonNode value = node.get(key);
      if (value == null || value.isNull()) {
        if (required) {
          error("missing-property", at, "required property `" + key + "` is missing", switch (key) {
            case "name" -> "add `name:`, unique in the file";
            case "from" -> "add `from:` with where the traffic starts (a VM, subnet, on-premises site, ...)";
            default -> "add `to:` with where the traffic goes (a VM, subnet, on-premises site, internet, ...)";
          });
        }
        return null;
      }
      if (!scalar(value)) {
        error("wrong-type", at + "/" + key, "expected text, found " + kind(value), key.equals("from")
            || key.equals("to") ? "an intent has one " + (key.equals("from") ? "source" : "destination") + ": write "
            + key + ": NAME, and one intent per other " + (key.equals("from") ? "source" : "destination") + " (a subnet"
            + " or VNet stands for every VM in it)" : "write " + key + ": followed by one value");
        return null;
      }
      return value.asText().strip();
    }

    /** A name or a list of names (waypoints). */
    private List<String> names(JsonNode node, String at, String key) {
      JsonNode value = node.get(key);
      if (value == null || value.isNull()) {
        return List.of();
      }
      if (scalar(value)) {
        return List.of(value.asText().strip());
      }
      if (value.isArray() && allScalar(value)) {
        List<String> list = new ArrayList<>();
        value.forEach(v -> list.add(v.asText().strip()));
        return List.copyOf(new java.util.LinkedHashSet<>(list));
      }
      error("wrong-type", at + "/" + key, "expected " + (key.equals("failed") ? "a name of what fails" : "an NVA, VM or"
          + " load balancer name") + ", or a list of them, found " + kind(value), "write " + key + ": "
          + (key.equals("failed") ? "[nva1]" : "[fw1, fw2]"));
      return List.of();
    }

    private void unknownKeys(JsonNode node, String at, List<String> known, String what) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String key = field.getKey();
        if (!known.contains(key)) {
          error("unknown-property", at + "/" + escape(key), "\"" + key + "\" is not a property of " + what,
              didYouMean(key, known, "the properties are " + String.join(", ", known)));
        }
      }
    }

    private static String didYouMean(String wrong, List<String> known, String otherwise) {
      return Suggestions.closest(wrong, known).map(s -> "did you mean \"" + s + "\"?").orElse(otherwise);
    }

    private static boolean scalar(JsonNode node) {
      return node.isTextual() || node.isNumber();
    }

    private static boolean allScalar(JsonNode node) {
      for (JsonNode n : node) {
        if (!scalar(n)) {
          return false;
        }
      }
      return true;
    }

    private static String escape(String key) {
      return key.replace("~", "~0").replace("/", "~1");
    }

    private static String kind(JsonNode node) {
      if (node.isObject()) {
        return "a mapping";
      }
      if (node.isArray()) {
        return "a list";
      }
      if (node.isBoolean()) {
        return "true/false";
      }
      if (node.isNumber()) {
        return "a number";
      }
      if (node.isNull()) {
        return "nothing";
      }
      return "text";
    }

    private static String value(JsonNode node) {
      return node.isValueNode() && !node.isNull() ? " (" + node.asText() + ")" : "";
    }
  }
}
