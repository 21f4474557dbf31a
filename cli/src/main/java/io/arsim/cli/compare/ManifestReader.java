package io.arsim.cli.compare;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import io.arsim.cli.compare.CompareManifest.BgpFormat;
import io.arsim.cli.compare.CompareManifest.ObservedFile;
import io.arsim.cli.compare.CompareManifest.Shows;
import io.arsim.core.problem.Problem;
import io.arsim.core.problem.SourceLocation;
import io.arsim.core.problem.Suggestions;
import io.arsim.core.topology.TopologyException;
import io.arsim.core.topology.file.DocumentParser;
import io.arsim.core.topology.file.ParsedDocument;
import io.arsim.core.topology.file.InputFiles;
import io.arsim.core.topology.file.ReadLimits;
import io.arsim.core.topology.file.TopologyFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reads an observed folder's manifest ({@code observed.yaml}, docs/compare.md) strictly, as intents
 * files are read: core's document parser locates every value, then each key and value is checked
 * against the format, and every file it names must be in the folder. Every problem is reported at
 * once, at {@code file:line:column}. The names of route servers, peers, NICs and NVAs need the
 * design; {@link Predictions} checks them.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class ManifestReader {
  private static final List<String> FILE_KEYS = List.of("$schema", "design", "description", "files");
  private static final List<String> ENTRY_KEYS = List.of("file", "shows", "routeServer", "peer", "gateway",
      "instance", "vm", "nic", "nva", "format");
  private static final Map<Shows, List<String>> KEYS_OF = Map.of(
      Shows.LEARNED_ROUTES, List.of("routeServer", "peer", "instance"),
      Shows.ADVERTISED_ROUTES, List.of("routeServer", "peer", "instance"),
      Shows.EFFECTIVE_ROUTES, List.of("vm", "nic"),
      Shows.BGP_TABLE, List.of("nva", "format"),
      Shows.GATEWAY_LEARNED_ROUTES, List.of("gateway", "instance"));

  private final ReadLimits limits;

  /** A reader within {@code limits}. */
  public ManifestReader(ReadLimits limits) {
    this.limits = limits;
  }

  /**
   * Reads the manifest of {@code folder}.
   *
   * @throws CompareInputException listing every problem
   */
  public LoadedManifest read(Path folder) {
    String shown = folder.toString();
    if (!Files.isDirectory(folder)) {
      throw fail(shown, Files.exists(folder) ? "not-a-folder" : "folder-not-found", Files.exists(folder)
          ? "--observed names a file; it names the folder that holds " + CompareManifest.FILE_NAME + " and the"
          + " files it lists" : "no such folder", "name the folder of the collected outputs, e.g."
          + " examples/observed/s1-dual-homed-active-active/match");
    }
    Path file = folder.resolve(CompareManifest.FILE_NAME);
    String name = file.toString();
    if (Files.notExists(file)) {
      throw fail(name, "manifest-not-found", "the folder has no " + CompareManifest.FILE_NAME,
          "write one that lists each file and what it shows; see docs/compare.md");
    }
    String content;
    try {
      content = InputFiles.readText(file, "manifest", limits.maxInputBytes());
    } catch (TopologyException e) {
      throw new CompareInputException(name, e.problems());
    }
    return read(folder, name, content);
  }

  /** Reads the manifest {@code fileName} of {@code folder}, holding {@code content}. */
  public LoadedManifest read(Path folder, String fileName, String content) {
    if (content.isBlank()) {
      throw fail(fileName, "empty-file", "the file is empty", "write `files:`, a list of the collected files; see"
          + " docs/compare.md");
    }
    ParsedDocument document;
    try {
      document = DocumentParser.parse(fileName, TopologyFormat.ofFileName(fileName).orElse(TopologyFormat.YAML),
          content, limits);
    } catch (TopologyException e) {
      throw new CompareInputException(fileName, e.problems());
    }
    Binding binding = new Binding(folder);
    CompareManifest manifest = binding.manifest(document.root().orElse(null));
    LoadedManifest loaded = new LoadedManifest(folder, fileName, manifest == null
        ? new CompareManifest(null, null, null, List.of()) : manifest, document.locations());
    if (!binding.problems.isEmpty() || manifest == null) {
      throw new CompareInputException(fileName, loaded.locate(binding.problems));
    }
    return loaded;
  }

  private static CompareInputException fail(String file, String code, String message, String fix) {
    return new CompareInputException(file, List.of(Problem.error(code, "", message, fix)
        .located(SourceLocation.ofFile(file), "")));
  }

  /** One pass over the tree: binds what is right, collects a problem for everything else. */
  private static final class Binding {
    private final Path folder;
    private final List<Problem> problems = new ArrayList<>();

    Binding(Path folder) {
      this.folder = folder;
    }

    private void error(String code, String pointer, String message, String fix) {
      problems.add(Problem.error(code, pointer, message, fix));
    }

    @Nullable CompareManifest manifest(@Nullable JsonNode root) {
      if (root == null || !root.isObject()) {
        error("wrong-type", "", "expected a mapping with `files` (and optionally `design`, `description`), found "
            + kind(root), "start the file with `files:`; see docs/compare.md");
        return null;
      }
      unknownKeys(root, "", FILE_KEYS, "a compare manifest");
      String schema = text(root, "", "$schema", false);
      String design = text(root, "", "design", false);
      String description = text(root, "", "description", false);
      JsonNode list = root.get("files");
      List<ObservedFile> files = new ArrayList<>();
      if (list == null) {
        error("missing-property", "", "required property `files` is missing", "add `files:` with one entry per"
            + " collected file, e.g. `- {file: rs-spoke-nva1-learned.json, shows: learned-routes, routeServer:"
            + " rs-spoke, peer: nva1}`");
      } else if (!list.isArray() || list.isEmpty()) {
        error(list.isArray() ? "empty-files" : "wrong-type", "/files", list.isArray() ? "the list of files is empty"
            : "expected a list of files, found " + kind(list), "list at least one file: `- {file: ..., shows: ...}`");
      } else {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
          ObservedFile entry = entry(list.get(i), "/files/" + i);
          JsonNode name = list.get(i).path("file");
          if (name.isTextual() && !seen.add(name.asText().strip())) {
            error("duplicate-file", "/files/" + i + "/file", "\"" + name.asText().strip() + "\" is listed twice",
                "list each file once");
          }
          if (entry != null) {
            files.add(entry);
          }
        }
      }
      return new CompareManifest(schema, design, description, files);
    }

    private @Nullable ObservedFile entry(JsonNode node, String at) {
      if (!node.isObject()) {
        error("wrong-type", at, "expected a file entry (a mapping with `file` and `shows`), found " + kind(node)
            + value(node), "write `- {file: NAME, shows: learned-routes, routeServer: RS, peer: PEER}`");
        return null;
      }
      int before = problems.size();
      unknownKeys(node, at, ENTRY_KEYS, "a file entry");
      String file = text(node, at, "file", true);
      String showsText = text(node, at, "shows", true);
      Shows shows = null;
      if (showsText != null) {
        shows = Arrays.stream(Shows.values()).filter(s -> s.label().equals(showsText)).findFirst().orElse(null);
        if (shows == null) {
          List<String> labels = Arrays.stream(Shows.values()).map(Shows::label).toList();
          error("invalid-value", at + "/shows", "shows is \"" + showsText + "\"; it is one of "
              + String.join(", ", labels), didYouMean(showsText, labels, "write shows: learned-routes"));
        }
      }
      if (file != null && !file.isBlank()) {
        Path path = folder.resolve(file);
        // A folder, a pipe or a device is refused when the file is read, in InputFiles' words.
        if (Files.notExists(path)) {
          error("file-not-found", at + "/file", "no file \"" + file + "\" in " + folder, "save the command's output"
              + " there, or correct the name" + (shows == null ? "" : "; collect it with: " + Collect.command(shows)));
        }
      } else if (file != null) {
        error("invalid-value", at + "/file", "the file name is blank", "name the file, relative to the folder");
      }
      String routeServer = text(node, at, "routeServer", false);
      String peer = text(node, at, "peer", false);
      String vm = text(node, at, "vm", false);
      String nic = text(node, at, "nic", false);
      String nva = text(node, at, "nva", false);
      String gateway = text(node, at, "gateway", false);
      Integer instance = null;
      JsonNode i = node.get("instance");
      if (i != null && !i.isNull()) {
        if (i.isInt() && (i.asInt() == 0 || i.asInt() == 1)) {
          instance = i.asInt();
        } else {
          error("invalid-value", at + "/instance", "instance is " + i.asText() + "; a route server or gateway has"
              + " two instances, 0 and 1", "write instance: 0 or instance: 1, or leave it out when the file holds both");
        }
      }
      BgpFormat format = null;
      String formatText = text(node, at, "format", false);
      if (formatText != null) {
        format = Arrays.stream(BgpFormat.values()).filter(f -> f.label().equals(formatText)).findFirst().orElse(null);
        if (format == null) {
          List<String> labels = Arrays.stream(BgpFormat.values()).map(BgpFormat::label).toList();
          error("invalid-value", at + "/format", "format is \"" + formatText + "\"; it is frr-json or iosxe-text",
              didYouMean(formatText, labels, "write format: frr-json (show bgp ipv4 unicast json) or format:"
                  + " iosxe-text (show ip bgp)"));
        }
      }
      if (shows != null) {
        List<String> allowed = KEYS_OF.get(shows);
        for (String key : List.of("routeServer", "peer", "gateway", "instance", "vm", "nic", "nva", "format")) {
          if (node.has(key) && !allowed.contains(key)) {
            error("conflicting-options", at + "/" + key, "a " + shows.label() + " file has no " + key + "; it takes "
                + String.join(", ", allowed), "remove " + key);
          }
        }
        switch (shows) {
          case LEARNED_ROUTES, ADVERTISED_ROUTES -> {
            require(node, at, "routeServer", routeServer, "the route server the routes are of");
            require(node, at, "peer", peer, "the peer (a bgpConnections name, an NVA name or its address)");
          }
          case EFFECTIVE_ROUTES -> {
            if (vm == null && nic == null && !node.has("vm") && !node.has("nic")) {
              error("missing-property", at, "an effective-routes file needs `vm` or `nic`", "add `vm: NAME` (its"
                  + " first NIC) or `nic: NAME`");
            } else if (vm != null && nic != null) {
              error("conflicting-options", at + "/nic", "an effective-routes file is of one NIC: give `vm` or `nic`,"
                  + " not both", "remove one of them");
            }
          }
          case BGP_TABLE -> require(node, at, "nva", nva, "the NVA the table is of");
          case GATEWAY_LEARNED_ROUTES -> require(node, at, "gateway", gateway, "the gateway the routes are of");
          default -> throw new IllegalStateException("unknown kind " + shows);
        }
      }
      if (problems.size() > before || file == null || shows == null) {
        return null;
      }
      return new ObservedFile(file, shows, routeServer, peer, gateway, instance, vm, nic, nva, format);
    }

    private void require(JsonNode node, String at, String key, @Nullable String value, String what) {
      if (value == null && !node.has(key)) {
        error("missing-property", at, "required property `" + key + "` is missing", "add `" + key + ":` with " + what);
      }
    }

    private @Nullable String text(JsonNode node, String at, String key, boolean required) {
      JsonNode value = node.get(key);
      if (value == null || value.isNull()) {
        if (required) {
          error("missing-property", at, "required property `" + key + "` is missing", key.equals("file")
              ? "add `file:` with the file's name, relative to the folder"
              : "add `shows:` with learned-routes, advertised-routes, effective-routes, bgp-table or"
              + " gateway-learned-routes");
        }
        return null;
      }
      if (!value.isTextual() && !value.isNumber()) {
        error("wrong-type", at + "/" + key, "expected text, found " + kind(value), "write " + key + ": followed by"
            + " one value");
        return null;
      }
      return value.asText().strip();
    }

    private void unknownKeys(JsonNode node, String at, List<String> known, String what) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String key = field.getKey();
        if (!known.contains(key)) {
          error("unknown-property", at + "/" + key.replace("~", "~0").replace("/", "~1"), "\"" + key + "\" is not a"
              + " property of " + what, didYouMean(key, known, "the properties are " + String.join(", ", known)));
        }
      }
    }

    private static String didYouMean(String wrong, List<String> known, String otherwise) {
      return Suggestions.closest(wrong, known).map(s -> "did you mean \"" + s + "\"?").orElse(otherwise);
    }

    private static String kind(@Nullable JsonNode node) {
      if (node == null || node.isNull() || node.isMissingNode()) {
        return "nothing";
      }
      if (node.isObject()) {
        return "a mapping";
      }
      if (node.isArray()) {
        return "a list";
      }
      if (node.isBoolean()) {
        return "true/false";
      }
      return node.isNumber() ? "a number" : "text";
    }

    private static String value(JsonNode node) {
      return node.isValueNode() && !node.isNull() ? " (" + node.asText() + ")" : "";
    }
  }
}
